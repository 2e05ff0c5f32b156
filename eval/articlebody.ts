/**
 * `npm run eval -- articlebody [--dir DIR] [--pages]`: article bodies of our HTML reader against the expected
 * `articleBody` of Scrapinghub's article-extraction benchmark (`html/<id>.html.gz`, `ground-truth.json`; by default
 * ../shared/data/english/article_extraction_benchmark, mostly English news), with plain @mozilla/readability over
 * linkedom (its `textContent`) side by side on the same pages.
 *
 * The measure is the benchmark's own: each page's text as runs of word characters (case kept), shingles of four
 * tokens counted as a bag, true/false positives and false negatives normalised per page; precision and recall are
 * the means over the pages and F1 is computed from those two means. Our body is the headings and paragraphs of the
 * structure (the lead included: the benchmark's body starts with it), without title, kicker and figure lines.
 * The last line is `articlebody F1 ours=… readability=…`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { readHtmlArticle } from '../src/ingest/html/index.ts'

const DATA_DIR = process.env.LAGEBILD_DATA ?? new URL('../../shared/data/', import.meta.url).pathname
const DEFAULT_DIR = join(DATA_DIR, 'english/article_extraction_benchmark')

/** tp, fp, fn of one page, normalised to sum to 1 so that long articles weigh no more than short ones */
export type ShingleCounts = [tp: number, fp: number, fn: number]

const WORD = /[\p{L}\p{M}\p{N}_]+/gu

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(WORD) ?? []
  const bag = new Map<string, number>()
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n)
    if (shingle.length === 0) continue
    const key = shingle.join('\u0000')
    bag.set(key, (bag.get(key) ?? 0) + 1)
  }
  return bag
}

export function shingleCounts(expected: string, predicted: string): ShingleCounts {
  const gold = shingles(expected)
  const guess = shingles(predicted)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const key of new Set([...gold.keys(), ...guess.keys()])) {
    const g = gold.get(key) ?? 0
    const p = guess.get(key) ?? 0
    tp += Math.min(g, p)
    fp += Math.max(0, p - g)
    fn += Math.max(0, g - p)
  }
  const sum = tp + fp + fn
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0]
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0)

/** Precision and recall averaged over pages (a page with nothing predicted counts no precision), F1 from the means. */
export function benchmarkScore(pages: readonly ShingleCounts[]): {
  precision: number
  recall: number
  f1: number
} {
  const score = (tp: number, fp: number, fn: number, other: number) =>
    fp === 0 && fn === 0 ? 1 : tp === 0 && other === 0 ? 0 : tp / (tp + other)
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(([tp, fp, fn]) => score(tp, fp, fn, fp)))
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(([tp, fp, fn]) => score(tp, fp, fn, fn)))
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
  }
}

/** The body our reader gives a page: its headings and paragraphs. */
export function ourBody(html: string, url?: string): string {
  const article = readHtmlArticle(html, url ? { url } : {})
  return article.structure.blocks
    .filter((b) => b.kind === 'paragraph' || b.kind === 'heading')
    .map((b) => article.text.slice(b.span[0], b.span[1]))
    .join('\n')
}

/** Plain readability as most users call it, on a tree without `<template>` contents (a browser keeps them inert). */
export function readabilityBody(html: string): string {
  const { document } = parseHTML(html) as unknown as {
    document: { querySelectorAll(s: string): ArrayLike<{ remove(): void }> }
  }
  for (const t of Array.from(document.querySelectorAll('template'))) t.remove()
  try {
    return new Readability(document as never).parse()?.textContent ?? ''
  } catch {
    return ''
  }
}

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { dir: { type: 'string' }, pages: { type: 'boolean', default: false } },
  })
  const dir = values.dir ?? DEFAULT_DIR
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >
  const ours: ShingleCounts[] = []
  const peer: ShingleCounts[] = []
  let ms = 0
  let failed = 0
  for (const [id, expected] of Object.entries(truth)) {
    const html = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8')
    const gold = expected.articleBody ?? ''
    const started = performance.now()
    let body = ''
    try {
      body = ourBody(html, expected.url)
    } catch (error) {
      failed++
      if (values.pages) console.log(`${id}: ${(error as Error).message}`)
    }
    ms += performance.now() - started
    ours.push(shingleCounts(gold, body))
    peer.push(shingleCounts(gold, readabilityBody(html)))
    if (values.pages) {
      const f = (c: ShingleCounts) => benchmarkScore([c]).f1.toFixed(3)
      console.log(
        `${id.slice(0, 12)} ours ${f(ours.at(-1) as ShingleCounts)} readability ${f(peer.at(-1) as ShingleCounts)} ${expected.url ?? ''}`,
      )
    }
  }
  const a = benchmarkScore(ours)
  const b = benchmarkScore(peer)
  const n = (x: number) => x.toFixed(3)
  console.log(
    `${ours.length} pages (${dir}); our reader ${(ms / ours.length).toFixed(0)} ms a page, ${failed} failed`,
  )
  console.log(`              precision recall  F1`)
  console.log(`ours          ${n(a.precision)}     ${n(a.recall)}   ${n(a.f1)}`)
  console.log(`readability   ${n(b.precision)}     ${n(b.recall)}   ${n(b.f1)}`)
  console.log(`articlebody F1 ours=${n(a.f1)} readability=${n(b.f1)}`)
}
