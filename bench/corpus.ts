import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface BenchArticle {
  name: string
  text: string
  published?: string
}

/** `<repo>/../shared/data`, or LAGEBILD_DATA when set. */
export function sharedDataDir(): string {
  return process.env.LAGEBILD_DATA ?? new URL('../../shared/data/', import.meta.url).pathname
}

/** SpkAtt-2023 news articles (Wikinews): tokens joined back into text; the date is in the file name. */
export function loadSpkattArticles(dir: string): BenchArticle[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        Sentences: Array<{ Tokens: string[] }>
      }
      const text = doc.Sentences.map((s) => joinTokens(s.Tokens)).join('\n')
      const date = /\((\d{4}-\d{2}-\d{2})\)\.json$/u.exec(file)?.[1]
      return { name: `spkatt/${file}`, text, ...(date ? { published: date } : {}) }
    })
}

/** Joins tokens with the spacing a German typesetter would use (no space before , . ; : ! ? ) “ and after „ ( ). */
export function joinTokens(tokens: readonly string[]): string {
  let out = ''
  for (const token of tokens) {
    if (out === '' || /^[,.;:!?)\]}“”'’»%]$/u.test(token) || /[„([{«‚]$/u.test(out)) out += token
    else out += ` ${token}`
  }
  return out
}

function loadRedewiedergabe(dir: string): BenchArticle[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((file) => {
      const sentences: string[][] = []
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n').slice(1)) {
        const [tok, , , , , sentstart] = line.split('\t')
        if (!tok) continue
        if (sentstart === 'yes' || sentences.length === 0) sentences.push([])
        sentences[sentences.length - 1]?.push(tok)
      }
      return { name: `redewiedergabe/${file}`, text: sentences.map(joinTokens).join(' ') }
    })
}

function loadWikiwars(dir: string): BenchArticle[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .sort()
    .map((file) => ({
      name: `wikiwarsde/${file}`,
      text: readFileSync(join(dir, file), 'utf8').replace(/<[^>]+>/gu, ''),
    }))
}

/** One page of a Fundus JSON file (`{ V1: page, … }`) as the article's text. */
export interface FundusPage {
  title?: unknown
  body?: { summary?: string[]; sections?: Array<{ headline?: string[]; paragraphs?: string[] }> }
}

/**
 * A Fundus page's text: the title, the summary paragraphs, then each section's headline lines and paragraphs,
 * joined by blank lines. The bench and the events gold (eval/events-gold.ts) both read pages through this.
 */
export function fundusPageText(page: FundusPage): string {
  const body = page.body
  const parts = [String(page.title ?? ''), ...(body?.summary ?? [])]
  for (const section of body?.sections ?? [])
    parts.push(...(section.headline ?? []), ...(section.paragraphs ?? []))
  return parts.filter(Boolean).join('\n\n')
}

function loadFundusBodies(dir: string): BenchArticle[] {
  const articles: BenchArticle[] = []
  for (const country of ['de', 'at']) {
    const folder = join(dir, country)
    if (!existsSync(folder)) continue
    for (const file of readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const pages = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, FundusPage>
      for (const [key, page] of Object.entries(pages))
        articles.push({ name: `fundus/${country}/${file}#${key}`, text: fundusPageText(page) })
    }
  }
  return articles
}

/** GermEval 2014 sentences, grouped 40 at a time into article-sized texts. */
function loadGermeval(dir: string): BenchArticle[] {
  const articles: BenchArticle[] = []
  for (const file of ['train.tsv', 'dev.tsv']) {
    const path = join(dir, file)
    if (!existsSync(path)) continue
    const sentences: string[] = []
    let tokens: string[] = []
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.startsWith('#')) continue
      if (line.trim() === '') {
        if (tokens.length) sentences.push(joinTokens(tokens))
        tokens = []
        continue
      }
      tokens.push(line.split('\t')[1] ?? '')
    }
    for (let i = 0; i < sentences.length; i += 40) {
      articles.push({ name: `germeval/${file}#${i / 40}`, text: sentences.slice(i, i + 40).join(' ') })
    }
  }
  return articles
}

/** Every German text in shared/data, about 5.5 MB: news first, so a partial run still measures news. */
export function loadBenchCorpus(dataDir = sharedDataDir()): BenchArticle[] {
  const spk = join(dataDir, 'spkatt2023-news')
  return [
    ...loadSpkattArticles(join(spk, 'train')),
    ...loadSpkattArticles(join(spk, 'dev')),
    ...loadSpkattArticles(join(spk, 'unlabeled')),
    ...loadFundusBodies(join(dataDir, 'fundus-dach')),
    ...loadWikiwars(join(dataDir, 'wikiwarsde', 'in')),
    ...loadRedewiedergabe(join(dataDir, 'redewiedergabe', 'tsv')),
    ...loadGermeval(join(dataDir, 'germeval2014')),
  ]
}
