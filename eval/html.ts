/**
 * `npm run eval -- html [--dir DIR] [--pages] [--only Publisher]`: our HTML reader against Fundus's expected parse
 * of real German and Austrian news pages (../shared/data/fundus-dach), with plain @mozilla/readability over
 * linkedom as the peer on the same pages (with `<template>` contents removed, as a browser leaves them inert).
 *
 * - body: token F1 (bag of lower-cased letter/digit runs, invisible characters dropped) of our headings + paragraphs (the lead excluded,
 *   unless Fundus has no summary for the page) against the expected sections (headlines + paragraphs; the summary excluded),
 *   averaged over pages. The peer is
 *   readability's `textContent`, as most users take it.
 * - title: exact after collapsing white space and dropping invisible characters (soft hyphen, zero-width
 *   space). authors: the same set of names (order free).
 * - date: the same instant (to the minute) when both sides carry a time zone; the same wall-clock minute when both
 *   carry a time but one lacks the zone; otherwise the same calendar day.
 * Publishers are split by a hash of their name into tuning (rules were developed looking at these) and held-out
 * (never looked at while tuning); both are reported. The last line covers all pages.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { readHtmlArticle } from '../src/ingest/html/index.ts'

interface Expected {
  title?: string
  authors?: string[] | null
  publishing_date?: string
  body?: { summary?: string[]; sections?: Array<{ headline?: string[]; paragraphs?: string[] }> }
}

interface Page {
  publisher: string
  country: string
  file: string
  url?: string
  /** when Fundus fetched the page ("2026-01-07 22:16:00.930260") */
  crawled?: string
  html: string
  expected: Expected
}

interface Score {
  body: number
  peer: number
  lead?: number
  title: boolean
  /** exact, or another headline the page itself declares while Fundus's is one of them too (an editorial choice) */
  titleVariant: boolean
  /** undefined when the expected date is impossible (after the crawl) and not scored */
  date?: boolean
  day?: boolean
  /** the expected date was corrected or left out (see plausibleGoldDate) */
  goldDate?: 'corrected' | 'dropped'
  authors: boolean
  ms: number
  error?: string
}

const DEFAULT_DIR = new URL('../../shared/data/fundus-dach', import.meta.url).pathname

/** About 40% of publishers are held out; the split depends only on the name, so it is stable across runs. */
export function isHeldOut(publisher: string): boolean {
  return Number.parseInt(createHash('sha256').update(publisher).digest('hex').slice(0, 2), 16) % 5 < 2
}

function versionOrder(a: string, b: string): number {
  const parts = (v: string) => v.replace(/^V/u, '').split('_').map(Number)
  const [pa, pb] = [parts(a), parts(b)]
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d) return d
  }
  return 0
}

const key = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

export function loadPages(dir: string): Page[] {
  const pages: Page[] = []
  for (const country of readdirSync(dir).filter((d) => existsSync(join(dir, d, 'meta.info')))) {
    const folder = join(dir, country)
    const info = JSON.parse(readFileSync(join(folder, 'meta.info'), 'utf8')) as Record<
      string,
      { url?: string; crawl_date?: string }
    >
    for (const json of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
      const publisher = json.replace(/\.json$/u, '')
      const expectedByVersion = JSON.parse(readFileSync(join(folder, json), 'utf8')) as Record<
        string,
        Expected
      >
      const versions = Object.keys(expectedByVersion).sort(versionOrder)
      const files = readdirSync(folder)
        .filter((f) => f.startsWith(`${publisher}_`) && f.endsWith('.html.gz'))
        .sort()
      const unused = new Set(versions)
      files.forEach((file, i) => {
        const html = gunzipSync(readFileSync(join(folder, file))).toString('utf8')
        // Fundus pairs a page with the parser version of its crawl date; in order, checked by the title
        const byOrder = versions[i]
        const text = key(html)
        const byTitle = [...unused].find((v) => {
          const t = expectedByVersion[v]?.title
          return t ? text.includes(key(t)) : false
        })
        const version =
          byOrder && unused.has(byOrder) && text.includes(key(expectedByVersion[byOrder]?.title ?? ''))
            ? byOrder
            : (byTitle ?? byOrder)
        if (!version) return
        unused.delete(version)
        const expected = expectedByVersion[version]
        if (!expected) return
        pages.push({
          publisher,
          country,
          file,
          url: info[file]?.url,
          crawled: info[file]?.crawl_date,
          html,
          expected,
        })
      })
    }
  }
  return pages.sort((a, b) => a.publisher.localeCompare(b.publisher) || a.file.localeCompare(b.file))
}

export function tokens(text: string): Map<string, number> {
  const bag = new Map<string, number>()
  // soft hyphens and zero-width characters are invisible: "Geschlechts\u00adeintrag" is one word
  // Unicode-equal text is equal: some pages (and so Fundus's text) write "für" as "fu" + combining diaeresis (NFD)
  const visible = text.normalize('NFC').replace(/\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/gu, '')
  for (const t of visible.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) bag.set(t, (bag.get(t) ?? 0) + 1)
  return bag
}

export function tokenF1(predicted: string, gold: string): number {
  const p = tokens(predicted)
  const g = tokens(gold)
  let overlap = 0
  let np = 0
  let ng = 0
  for (const n of p.values()) np += n
  for (const [t, n] of g) {
    ng += n
    overlap += Math.min(n, p.get(t) ?? 0)
  }
  if (np === 0 && ng === 0) return 1
  if (np === 0 || ng === 0 || overlap === 0) return 0
  const precision = overlap / np
  const recall = overlap / ng
  return (2 * precision * recall) / (precision + recall)
}

const DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/u

/**
 * Same instant (to the minute, as pages show it) when both carry a zone; the same wall-clock minute when both carry a
 * time but one lacks the zone; otherwise (a date alone, or Fundus's "00:00:00" for one) the same calendar day.
 */
export function sameDate(
  predicted: string | undefined,
  gold: string | undefined,
): { date: boolean; day: boolean } {
  if (!predicted || !gold) return { date: !predicted && !gold, day: !predicted && !gold }
  const p = DATE.exec(predicted.trim())
  const g = DATE.exec(gold.trim())
  if (!p || !g) return { date: false, day: false }
  const day = p[1] === g[1]
  if (p[2] && p[3] && g[2] && g[3]) {
    const instant = (m: RegExpExecArray) =>
      Math.floor(
        Date.parse(
          `${m[1]}T${m[2]?.length === 5 ? `${m[2]}:00` : m[2]}${m[3] === 'Z' ? 'Z' : m[3]?.replace(/^([+-]\d{2})(\d{2})$/u, '$1:$2')}`,
        ) / 1000,
      )
    return { date: Math.floor(instant(p) / 60) === Math.floor(instant(g) / 60), day }
  }
  // a time without a zone is the wall clock the page shows: "2024-04-25T14:07:00" is "2024-04-25 14:07:00+02:00"
  if (p[2] && g[2] && p[2] !== '00:00' && p[2] !== '00:00:00' && g[2] !== '00:00' && g[2] !== '00:00:00')
    return { date: day && p[2].slice(0, 5) === g[2].slice(0, 5), day }
  return { date: day, day }
}

/**
 * Fundus's expected date where it is possible: a page cannot be published after it was fetched. KlasseGegenKlasse
 * shows "06.01.2026" and was fetched on 2026-01-07, yet the expected date is 2026-06-01: day and month read the
 * American way. Such a date, when day and month swapped give a day on or before the crawl, is corrected; any other
 * date after the crawl is left out of the date score (undefined), never counted against the reader.
 */
export function plausibleGoldDate(
  gold: string | undefined,
  crawled: string | undefined,
): { date?: string; corrected: boolean; dropped: boolean } {
  const m = gold ? /^(\d{4})-(\d{2})-(\d{2})(.*)$/su.exec(gold.trim()) : null
  const crawlDay = crawled?.slice(0, 10)
  if (!m || !crawlDay || !/^\d{4}-\d{2}-\d{2}$/u.test(crawlDay))
    return { date: gold, corrected: false, dropped: false }
  const [, y, mo, d, rest] = m
  if (`${y}-${mo}-${d}` <= crawlDay) return { date: gold, corrected: false, dropped: false }
  const swapped = `${y}-${d}-${mo}`
  if (Number(d) <= 12 && swapped <= crawlDay)
    return { date: `${swapped}${rest}`, corrected: true, dropped: false }
  return { date: undefined, corrected: false, dropped: true }
}

const clean = (s: string) =>
  s
    .normalize('NFC')
    .replace(/\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()

interface HeadlineSource {
  querySelector(s: string): { textContent: string | null; getAttribute(name: string): string | null } | null
  querySelectorAll(
    s: string,
  ): ArrayLike<{ textContent: string | null; getAttribute(name: string): string | null }>
}

/**
 * Every headline the page declares for itself, as comparison keys: JSON-LD headline, og:title, twitter:title,
 * the first <h1> and <title>, each also without a " | Outlet" tail. Fundus's expected title is one of these, chosen
 * per publisher by hand (spon.py reads og:title, funke.py the JSON-LD headline), so a reader that picks another of
 * them made an editorial choice, not an extraction error: the title~ column counts those apart from wrong text.
 */
export function pageHeadlines(doc: HeadlineSource): Set<string> {
  const raw: string[] = []
  for (const name of ['og:title', 'twitter:title'])
    raw.push(
      doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content') ?? '',
    )
  raw.push(doc.querySelector('h1')?.textContent ?? '', doc.querySelector('title')?.textContent ?? '')
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')))
    for (const m of (script.textContent ?? '').matchAll(/"headline"\s*:\s*("(?:[^"\\]|\\.)*")/gu)) {
      try {
        raw.push(JSON.parse(m[1] as string) as string)
      } catch {
        // a broken literal is no headline
      }
    }
  const keys = new Set<string>()
  for (const r of raw.map((h) => h.replace(/&quot;/gu, '"').replace(/&amp;/gu, '&'))) {
    keys.add(key(r))
    const head = /^(.{8,}?)\s+[|–—-]\s+[^|–—]{2,40}$/u.exec(r.trim())?.[1]
    if (head) keys.add(key(head))
  }
  keys.delete('')
  return keys
}

function expectedBody(e: Expected): string {
  return (e.body?.sections ?? []).flatMap((s) => [...(s.headline ?? []), ...(s.paragraphs ?? [])]).join('\n')
}

function scorePage(page: Page): Score {
  const gold = page.expected
  const goldBody = expectedBody(gold)
  const peerDoc = parseHTML(page.html) as unknown as {
    document: { querySelectorAll(s: string): ArrayLike<{ remove(): void }> }
  }
  // A browser keeps <template> contents inert (outside the tree); linkedom parses them as children, and readability
  // then crashes on pages with text in a <template> in <head> (Funke papers: WAZ, Hamburger Abendblatt, Berliner
  // Morgenpost). Removing them gives the peer the tree a browser would give it.
  for (const t of Array.from(peerDoc.document.querySelectorAll('template'))) t.remove()
  const headlines = pageHeadlines(peerDoc.document as unknown as HeadlineSource)
  let peerText = ''
  try {
    peerText = new Readability(peerDoc.document as never).parse()?.textContent ?? ''
  } catch {
    peerText = ''
  }
  const started = performance.now()
  try {
    const article = readHtmlArticle(page.html, { url: page.url })
    const ms = performance.now() - started
    const s = article.structure
    const lead = s.lead
    const summary = (gold.body?.summary ?? []).join(' ')
    // Where Fundus sees no summary, the page's opening paragraph is body to it ("Kiel (dpo) - Finnland ist in
    // Gefahr! …" on Postillon, whose description repeats it): our lead then counts as body, not as missing text.
    const leadIsBody = !summary.trim()
    const body = s.blocks
      .filter(
        (b) =>
          (b.kind === 'paragraph' || b.kind === 'heading') &&
          (leadIsBody || !(lead && b.span[0] === lead[0])),
      )
      .map((b) => article.text.slice(b.span[0], b.span[1]))
      .join('\n')
    const goldDate = plausibleGoldDate(gold.publishing_date, page.crawled)
    const dates = goldDate.dropped ? {} : sameDate(article.meta.published, goldDate.date)
    const goldAuthors = new Set((gold.authors ?? []).map(clean))
    const ourAuthors = new Set((article.meta.authors ?? []).map(clean))
    return {
      body: tokenF1(body, goldBody),
      peer: tokenF1(peerText, goldBody),
      lead: summary ? tokenF1(lead ? article.text.slice(lead[0], lead[1]) : '', summary) : undefined,
      title: clean(article.meta.title ?? '') === clean(gold.title ?? ''),
      titleVariant:
        clean(article.meta.title ?? '') === clean(gold.title ?? '') ||
        (headlines.has(key(article.meta.title ?? '')) && headlines.has(key(gold.title ?? ''))),
      ...dates,
      goldDate: goldDate.corrected ? 'corrected' : goldDate.dropped ? 'dropped' : undefined,
      authors: goldAuthors.size === ourAuthors.size && [...goldAuthors].every((a) => ourAuthors.has(a)),
      ms,
    }
  } catch (error) {
    return {
      body: 0,
      peer: tokenF1(peerText, goldBody),
      title: false,
      titleVariant: false,
      date: false,
      day: false,
      authors: false,
      ms: performance.now() - started,
      error: (error as Error).message,
    }
  }
}

const pct = (n: number) => (100 * n).toFixed(1)
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0)

function summarise(scores: Score[]) {
  const leads = scores.filter((s) => s.lead !== undefined).map((s) => s.lead as number)
  return {
    pages: scores.length,
    body: mean(scores.map((s) => s.body)),
    peer: mean(scores.map((s) => s.peer)),
    title: mean(scores.map((s) => (s.title ? 1 : 0))),
    titleVariant: mean(scores.map((s) => (s.titleVariant ? 1 : 0))),
    date: mean(scores.filter((s) => s.date !== undefined).map((s) => (s.date ? 1 : 0))),
    day: mean(scores.filter((s) => s.day !== undefined).map((s) => (s.day ? 1 : 0))),
    authors: mean(scores.map((s) => (s.authors ? 1 : 0))),
    lead: mean(leads),
    ms: mean(scores.map((s) => s.ms)),
  }
}

export async function main(args: string[]): Promise<void> {
  const dirAt = args.indexOf('--dir')
  const dir = dirAt >= 0 && args[dirAt + 1] ? (args[dirAt + 1] as string) : DEFAULT_DIR
  const onlyAt = args.indexOf('--only')
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined
  const showPages = args.includes('--pages')
  if (!existsSync(dir)) {
    console.error(`no Fundus pages at ${dir}: pass --dir DIR`)
    process.exitCode = 2
    return
  }
  const pages = loadPages(dir).filter((p) => !only || p.publisher === only)
  const results = pages.map((page) => ({ page, score: scorePage(page) }))

  const byPublisher = new Map<string, Score[]>()
  for (const { page, score } of results) {
    byPublisher.set(page.publisher, [...(byPublisher.get(page.publisher) ?? []), score])
    if (showPages) {
      const flags = `${score.title ? 'T' : '-'}${score.date ? 'D' : score.day ? 'd' : '-'}${score.authors ? 'A' : '-'}`
      console.log(
        `  ${page.file.padEnd(44)} body ${pct(score.body).padStart(5)} rd ${pct(score.peer).padStart(5)} ${flags}${score.error ? ` ERROR ${score.error}` : ''}`,
      )
    }
  }
  console.log('publisher                split     pages  body   rd     title  date   day    authors')
  for (const [publisher, scores] of byPublisher) {
    const s = summarise(scores)
    console.log(
      `${publisher.padEnd(24)} ${(isHeldOut(publisher) ? 'held-out' : 'tuning').padEnd(9)} ${String(s.pages).padStart(5)}  ${pct(s.body).padStart(5)}  ${pct(s.peer).padStart(5)}  ${pct(s.title).padStart(5)}  ${pct(s.date).padStart(5)}  ${pct(s.day).padStart(5)}  ${pct(s.authors).padStart(5)}`,
    )
  }
  for (const { page, score } of results.filter((r) => r.score.goldDate))
    console.log(
      `expected date ${score.goldDate} (after the crawl date) ${page.file}: ${page.expected.publishing_date}`,
    )
  const errors = results.filter((r) => r.score.error)
  for (const { page, score } of errors) console.log(`error ${page.file}: ${score.error}`)
  console.log('')
  console.log('split      publishers pages  body   rd     title  title~ date   day    authors lead   ms/page')
  for (const [name, filter] of [
    ['tuning', (p: Page) => !isHeldOut(p.publisher)],
    ['held-out', (p: Page) => isHeldOut(p.publisher)],
    ['all', () => true],
  ] as const) {
    const chosen = results.filter((r) => filter(r.page))
    const s = summarise(chosen.map((r) => r.score))
    const publishers = new Set(chosen.map((r) => r.page.publisher)).size
    console.log(
      `${name.padEnd(10)} ${String(publishers).padStart(10)} ${String(s.pages).padStart(5)}  ${pct(s.body).padStart(5)}  ${pct(s.peer).padStart(5)}  ${pct(s.title).padStart(5)}  ${pct(s.titleVariant).padStart(5)}  ${pct(s.date).padStart(5)}  ${pct(s.day).padStart(5)}  ${pct(s.authors).padStart(5)}   ${pct(s.lead).padStart(5)}  ${s.ms.toFixed(1)}`,
    )
  }
  const all = summarise(results.map((r) => r.score))
  console.log(
    `html F1 body=${pct(all.body)} readability=${pct(all.peer)} title=${pct(all.title)} date=${pct(all.date)}`,
  )
  const held = summarise(results.filter((r) => isHeldOut(r.page.publisher)).map((r) => r.score))
  console.log(
    `html held-out body=${pct(held.body)} readability=${pct(held.peer)} title=${pct(held.title)} title~=${pct(held.titleVariant)} date=${pct(held.date)}`,
  )
}
