/**
 * `npm run eval -- speech [--dir DIR] [--half tune|held-out] [--show TYPE]`: the quotes layer against Redewiedergabe (historical German fiction and
 * newspapers, 1840–1919): token-level precision, recall and F1 per type (direct, indirect, reported, free
 * indirect), on all samples and on the non-fiction samples alone. CC BY-NC-SA: evaluate only.
 * `--half tune` scores the even-numbered samples (in file order) that rules are tuned on, `--half held-out` the
 * odd-numbered ones that report; `--show direct` prints missed and spurious stretches of one type.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createEnv, type Quote } from '../src/document/index.ts'
import { analyzeText } from '../src/pipeline.ts'
import { rebuildText, tokensOfSpan } from './spkatt-data.ts'

const TYPES = ['direct', 'indirect', 'reported', 'freeIndirect'] as const
type Type = (typeof TYPES)[number]
const TYPE_OF_KIND: Record<Quote['kind'], Type> = {
  direct: 'direct',
  indirect: 'indirect',
  mixed: 'indirect',
  reported: 'reported',
  freeIndirect: 'freeIndirect',
}

interface Counts {
  tp: number
  fp: number
  fn: number
}

export function readSample(path: string): { sentences: string[][]; gold: Set<Type>[] } {
  const sentences: string[][] = []
  const gold: Set<Type>[] = []
  for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
    const cols = line.split('\t')
    const tok = cols[0]
    if (!tok) continue
    if (cols[5] === 'yes' || sentences.length === 0) sentences.push([])
    sentences[sentences.length - 1]?.push(tok)
    const types = new Set<Type>()
    for (const item of (cols[6] ?? '-').split('|')) {
      for (const t of (item.split('.')[0] ?? '').split(' '))
        if ((TYPES as readonly string[]).includes(t)) types.add(t as Type)
    }
    gold.push(types)
  }
  return { sentences, gold }
}

/**
 * Redewiedergabe counts the mark that closes the sentence as part of the words reported up to it (all 1,584
 * indirect stretches that reach one take it in, no stretch takes in a comma); our spans, like SpkAtt's, stop before
 * it, so the scorer adds it: a difference of convention, not of finding.
 */
function withClosingMark(words: string[], tokens: number[]): number[] {
  const next = (tokens[tokens.length - 1] ?? -2) + 1
  return /^[.!?]$/.test(words[next] ?? '') ? [...tokens, next] : tokens
}

/**
 * The tokens of a frame that stands inside the words, with the commas, dashes and "wie"/"so" that set it off:
 * ", wie Göthe kürzlich ausführte," in "So verlangen, wie Göthe kürzlich ausführte, manche Böden …". As in the SpkAtt
 * scorer, the frame is not what is said; Redewiedergabe leaves it out of the words too.
 */
function insideFrame(words: string[], said: number[], frameTokens: number[]): Set<number> {
  const inside = frameTokens.filter((t) => said.includes(t))
  if (inside.length === 0) return new Set()
  let lo = Math.min(...inside)
  let hi = Math.max(...inside)
  while (lo > (said[0] as number) && /^(,|wie|so|[-–—]+)$/u.test(words[lo - 1] ?? '')) lo--
  while (hi < (said[said.length - 1] as number) && /^(,|[-–—]+)$/u.test(words[hi + 1] ?? '')) hi++
  const out = new Set<number>()
  for (let t = lo; t <= hi; t++) out.add(t)
  return out
}

export async function main(args: string[]): Promise<void> {
  const dirArg = args.indexOf('--dir')
  const dataDir = process.env.LAGEBILD_DATA ?? new URL('../../shared/data/', import.meta.url).pathname
  const dir = dirArg >= 0 ? (args[dirArg + 1] as string) : join(dataDir, 'redewiedergabe', 'tsv')
  if (!existsSync(dir)) {
    console.log(`speech skipped: no data at ${dir}`)
    return
  }
  const metaPath = join(dir, '..', 'metadata.tsv')
  const fictional = new Map<string, boolean>()
  if (existsSync(metaPath)) {
    for (const line of readFileSync(metaPath, 'utf8').split('\n').slice(1)) {
      const cols = line.split('\t')
      if (cols[0]) fictional.set(cols[0], cols[7] === 'yes')
    }
  }
  const env = createEnv()
  const all = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<Type, Counts>
  const news = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<Type, Counts>
  const halfArg = args.indexOf('--half')
  const half = halfArg >= 0 ? args[halfArg + 1] : undefined
  const showArg = args.indexOf('--show')
  const show = showArg >= 0 ? (args[showArg + 1] as Type) : undefined
  let shown = 0
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .filter((_, i) => (half === 'tune' ? i % 2 === 0 : half === 'held-out' ? i % 2 === 1 : true))
  let nonFiction = 0
  for (const file of files) {
    const { sentences, gold } = readSample(join(dir, file))
    const rebuilt = rebuildText(sentences)
    const doc = analyzeText(rebuilt.text, {}, env)
    const system: Set<Type>[] = gold.map(() => new Set())
    const words = sentences.flat()
    for (const q of doc.layers.quotes ?? []) {
      // as in the SpkAtt scorer, a frame inside the words ("So verlangen, wie Göthe ausführte, manche Böden …") is
      // not what is said: its cue and speaker leave the words
      const said = tokensOfSpan(rebuilt, q.span)
      const frame = insideFrame(
        words,
        said,
        [...(q.cue ?? []), ...(q.speakerMention ? [q.speakerMention] : [])].flatMap((s) =>
          tokensOfSpan(rebuilt, s),
        ),
      )
      for (const t of withClosingMark(words, said))
        if (q.kind === 'reported' || !frame.has(t)) system[t]?.add(TYPE_OF_KIND[q.kind])
    }
    if (show && shown < 60) {
      // stretches where gold and system disagree on the type, with a little context
      let k = 0
      while (k < words.length && shown < 60) {
        const miss = (i: number) => (gold[i] as Set<Type>).has(show) !== (system[i] as Set<Type>).has(show)
        if (!miss(k)) {
          k++
          continue
        }
        const from = k
        while (k < words.length && miss(k)) k++
        if (k - from < 2) continue
        const label = (gold[from] as Set<Type>).has(show) ? 'MISSED' : 'SPURIOUS'
        console.log(
          `${label} ${file}: ${words.slice(Math.max(0, from - 8), from).join(' ')} [[ ${words.slice(from, k).join(' ')} ]] ${words.slice(k, k + 8).join(' ')}`,
        )
        shown++
      }
    }
    const isNews = fictional.get(file) === false
    if (isNews) nonFiction++
    gold.forEach((g, i) => {
      const s = system[i] as Set<Type>
      for (const type of TYPES) {
        const key = g.has(type) ? (s.has(type) ? 'tp' : 'fn') : s.has(type) ? 'fp' : undefined
        if (!key) continue
        all[type][key]++
        if (isNews) news[type][key]++
      }
    })
  }
  const f1 = (c: Counts) => {
    const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0
    const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 }
  }
  const published: Record<Type, string> = {
    direct: '0.87 / 0.85 / 0.91',
    indirect: '0.71 / 0.76 / 0.79',
    reported: '0.58 / 0.60 / 0.70',
    freeIndirect: '0.40 / 0.59 / 0.58',
  }
  console.log(`Redewiedergabe: ${files.length} samples (${nonFiction} non-fiction) from ${dir}`)
  for (const [title, counts] of [
    ['all samples', all],
    ['non-fiction samples', news],
  ] as const) {
    console.log(
      `\n${title}\n  type              P     R    F1   published F1 (Brunner 2013 / BERT 2020 / GBERT-large; KONVENS split)`,
    )
    for (const type of TYPES) {
      const { p, r, f } = f1(counts[type])
      console.log(
        `  ${type.padEnd(14)} ${p.toFixed(2)}  ${r.toFixed(2)}  ${f.toFixed(2)}   ${published[type]}`,
      )
    }
  }
  console.log(`speech F1 ${TYPES.map((t) => `${t}=${f1(all[t]).f.toFixed(2)}`).join(' ')}`)
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2))
