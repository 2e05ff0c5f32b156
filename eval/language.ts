/**
 * `npm run eval -- language`: how often the detected language is right, on whole German and English articles and
 * on short texts (titles, single sentences). German: the founding article (corpus/), Fundus's expected bodies and
 * titles of German and Austrian pages (fundus-dach/), GermEval 2014 dev sentences. English: GUM's dev and test
 * news/interview documents and their sentences (the train split built the trigram profile), MEANTIME's Wikinews
 * articles and titles, the bodies of the article-extraction benchmark (mostly English: its pages in other
 * languages are listed, not scored). Last line: `language accuracy articles de=… en=… short de=… en=…`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createEnv } from '../src/document/index.ts'
import { detectLanguage, loadLanguageProfiles } from '../src/text/index.ts'

const DATA = process.env.LAGEBILD_DATA ?? new URL('../../shared/data', import.meta.url).pathname
const CORPUS = join(DATA, '../corpus')

interface Sample {
  set: string
  lang: string
  text: string
  short: boolean
}

function fundus(): Sample[] {
  const samples: Sample[] = []
  for (const country of ['de', 'at']) {
    const dir = join(DATA, 'fundus-dach', country)
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const pages = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<
        string,
        { title?: string; body?: { summary?: string[]; sections?: { paragraphs?: string[] }[] } }
      >
      for (const page of Object.values(pages)) {
        const body = [
          ...(page.body?.summary ?? []),
          ...(page.body?.sections ?? []).flatMap((s) => s.paragraphs ?? []),
        ].join('\n')
        if (body.trim()) samples.push({ set: 'fundus-dach', lang: 'de', text: body, short: false })
        if (page.title) samples.push({ set: 'fundus-dach titles', lang: 'de', text: page.title, short: true })
      }
    }
  }
  return samples
}

function germeval(): Sample[] {
  const sentences: string[] = []
  let words: string[] = []
  for (const line of readFileSync(join(DATA, 'germeval2014/dev.tsv'), 'utf8').split('\n')) {
    if (/^\d/u.test(line)) words.push(line.split('\t')[1] as string)
    else if (words.length > 0) {
      sentences.push(words.join(' '))
      words = []
    }
  }
  return sentences.map((text) => ({ set: 'germeval dev sentences', lang: 'de', text, short: true }))
}

function gum(): Sample[] {
  const splits = readFileSync(join(DATA, 'english/gum_news/splits.md'), 'utf8')
  const samples: Sample[] = []
  let section = ''
  const held: string[] = []
  for (const line of splits.split('\n')) {
    section = /^##\s+(\w+)/u.exec(line)?.[1] ?? section
    const doc = /^\s*\*\s+(GUM_\w+)/u.exec(line)?.[1]
    if (doc && section !== 'train') held.push(doc)
  }
  const dir = join(DATA, 'english/gum_news/dep')
  for (const file of readdirSync(dir)) {
    if (!held.includes(file.replace(/\.conllu$/u, ''))) continue
    const sentences = readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('# text = '))
      .map((l) => l.slice(9))
    samples.push({ set: 'gum dev+test', lang: 'en', text: sentences.join(' '), short: false })
    for (const s of sentences)
      samples.push({ set: 'gum dev+test sentences', lang: 'en', text: s, short: true })
  }
  return samples
}

function meantime(): Sample[] {
  const samples: Sample[] = []
  const root = join(DATA, 'english/meantime_en/intra-doc_annotation')
  for (const topic of readdirSync(root)) {
    for (const file of readdirSync(join(root, topic))) {
      const xml = readFileSync(join(root, topic, file), 'utf8')
      const tokens = [...xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/gu)]
      const text = tokens.map((m) => m[2]).join(' ')
      const title = tokens
        .filter((m) => m[1] === '0')
        .map((m) => m[2])
        .join(' ')
      samples.push({ set: 'meantime', lang: 'en', text, short: false })
      samples.push({ set: 'meantime titles', lang: 'en', text: title, short: true })
    }
  }
  return samples
}

function benchmark(): Sample[] {
  const truth = JSON.parse(
    readFileSync(join(DATA, 'english/article_extraction_benchmark/ground-truth.json'), 'utf8'),
  ) as Record<string, { articleBody: string }>
  return Object.values(truth).map((t) => ({
    set: 'article_extraction_benchmark',
    lang: 'en',
    text: t.articleBody,
    short: false,
  }))
}

function founding(): Sample[] {
  return readdirSync(CORPUS).map((f) => ({
    set: 'corpus',
    lang: 'de',
    text: readFileSync(join(CORPUS, f), 'utf8'),
    short: false,
  }))
}

export function main(): void {
  const profiles = loadLanguageProfiles(createEnv())
  const samples = [...founding(), ...fundus(), ...germeval(), ...gum(), ...meantime(), ...benchmark()]
  const sets = new Map<string, { right: number; n: number; wrong: Map<string, number> }>()
  const totals = new Map<string, { right: number; n: number }>()
  for (const s of samples) {
    const found = detectLanguage(s.text, profiles).lang ?? '?'
    const row = sets.get(s.set) ?? { right: 0, n: 0, wrong: new Map() }
    sets.set(s.set, row)
    row.n++
    const key = `${s.short ? 'short' : 'articles'} ${s.lang}`
    const total = totals.get(key) ?? { right: 0, n: 0 }
    totals.set(key, total)
    total.n++
    if (found === s.lang) {
      row.right++
      total.right++
    } else row.wrong.set(found, (row.wrong.get(found) ?? 0) + 1)
  }
  console.log('set                               n   right  wrong (as)')
  for (const [set, row] of sets) {
    const wrong = [...row.wrong].map(([l, n]) => `${l}:${n}`).join(' ')
    console.log(
      `${set.padEnd(32)} ${String(row.n).padStart(4)}  ${pct(row.right, row.n).padStart(6)}  ${wrong}`,
    )
  }
  const t = (k: string) => {
    const v = totals.get(k)
    return v ? pct(v.right, v.n) : '-'
  }
  console.log(
    `language accuracy articles de=${t('articles de')} en=${t('articles en')} short de=${t('short de')} en=${t('short en')}`,
  )
}

const pct = (a: number, n: number) => (n === 0 ? '-' : ((100 * a) / n).toFixed(1))
