/**
 * `npm run eval -- times [--dir DIR] [--errors tune|held-out|all]`: scores the times layer on WikiWarsDE
 * (Strötgen & Gertz 2011; German Wikipedia war articles with inline TIMEX2 gold; each article's DATETIME is
 * its reference date). History narrates, so dates are resolved in narrative mode (from the last date named).
 *
 * Split: the rules were tuned looking only at the odd-numbered articles (01, 03, … 15); the even-numbered ones
 * (02, 04, … 14) are held out and reported apart.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findTimes, timeLexicon } from '../src/events/times/index.ts'

export interface GoldTimex {
  start: number
  end: number
  value: string
}

export interface TimexDocument {
  id: string
  text: string
  reference: string
  gold: GoldTimex[]
}

/** Reads one `keyinline/*.key.xml`: the TEXT element without tags, the TIMEX2 spans in it and DATETIME. */
export function parseKeyInline(id: string, xml: string): TimexDocument {
  const reference = xml.match(/<DATETIME>[\s\S]*?(\d{4}-\d{2}-\d{2})[\s\S]*?<\/DATETIME>/u)?.[1] ?? ''
  const body = xml.slice(xml.indexOf('<TEXT>') + '<TEXT>'.length, xml.indexOf('</TEXT>'))
  let text = ''
  const gold: GoldTimex[] = []
  const open: Array<{ start: number; value: string }> = []
  let last = 0
  for (const m of body.matchAll(/<(\/?)TIMEX2\b([^>]*)>/gu)) {
    text += body.slice(last, m.index)
    last = (m.index ?? 0) + m[0].length
    if (m[1]) {
      const o = open.pop()
      if (o) gold.push({ start: o.start, end: text.length, value: o.value })
    } else open.push({ start: text.length, value: m[2]?.match(/val="([^"]*)"/u)?.[1] ?? '' })
  }
  text += body.slice(last)
  return { id, text: decodeEntities(text), reference, gold }
}

// The corpus writes &amp; etc. rarely; spans are counted after decoding only if lengths stay equal.
function decodeEntities(text: string): string {
  return text
}

export interface Counts {
  sys: number
  gold: number
  strict: number
  lenientSys: number
  lenientGold: number
  valueStrict: number
  valueLenient: number
}

/** Counts of nothing scored yet. */
export const zeroCounts = (): Counts => ({
  sys: 0,
  gold: 0,
  strict: 0,
  lenientSys: 0,
  lenientGold: 0,
  valueStrict: 0,
  valueLenient: 0,
})

/** Prints each error of a document as a tab-separated line: id, kind, text, gold value, system value. */
export const printErrorsOf =
  (id: string) =>
  (kind: string, text: string, gold?: string, sys?: string): void =>
    console.log(`${id}\t${kind}\t${JSON.stringify(text)}\t${gold ?? ''}\t${sys ?? ''}`)

export function scoreDocument(
  doc: TimexDocument,
  system: Array<{ span: [number, number]; value: string }>,
  onError?: (kind: string, text: string, gold?: string, sys?: string) => void,
): Counts {
  const c = zeroCounts()
  c.sys = system.length
  c.gold = doc.gold.length
  const overlaps = (a: [number, number], g: GoldTimex) => a[0] < g.end && g.start < a[1]
  for (const s of system) {
    const hits = doc.gold.filter((g) => overlaps(s.span, g))
    if (hits.length > 0) c.lenientSys++
    const exact = hits.find((g) => g.start === s.span[0] && g.end === s.span[1])
    if (exact) {
      c.strict++
      if (exact.value === s.value) c.valueStrict++
      else onError?.('value', doc.text.slice(exact.start, exact.end), exact.value, s.value)
    } else if (hits.length > 0) {
      const g = hits[0] as GoldTimex
      onError?.('span', doc.text.slice(s.span[0], s.span[1]), doc.text.slice(g.start, g.end))
    } else onError?.('false-positive', doc.text.slice(s.span[0], s.span[1]), undefined, s.value)
    if (hits.some((g) => g.value === s.value)) c.valueLenient++
  }
  for (const g of doc.gold) {
    if (system.some((s) => overlaps(s.span, g))) c.lenientGold++
    else onError?.('missed', doc.text.slice(g.start, g.end), g.value)
  }
  return c
}

const add = (a: Counts, b: Counts): Counts => ({
  sys: a.sys + b.sys,
  gold: a.gold + b.gold,
  strict: a.strict + b.strict,
  lenientSys: a.lenientSys + b.lenientSys,
  lenientGold: a.lenientGold + b.lenientGold,
  valueStrict: a.valueStrict + b.valueStrict,
  valueLenient: a.valueLenient + b.valueLenient,
})

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))
const pct = (n: number) => (100 * n).toFixed(1)

export function summarize(c: Counts) {
  const lenientP = c.sys ? c.lenientSys / c.sys : 0
  const lenientR = c.gold ? c.lenientGold / c.gold : 0
  const strictP = c.sys ? c.strict / c.sys : 0
  const strictR = c.gold ? c.strict / c.gold : 0
  const valueP = c.sys ? c.valueLenient / c.sys : 0
  const valueR = c.gold ? c.valueLenient / c.gold : 0
  return {
    lenient: { p: lenientP, r: lenientR, f1: f1(lenientP, lenientR) },
    strict: { p: strictP, r: strictR, f1: f1(strictP, strictR) },
    /** share of strict matches whose value is right */
    value: c.strict ? c.valueStrict / c.strict : 0,
    /** TempEval-style: overlap match with the right value, as an F1 (HeidelTime's "value" figure is of this kind) */
    valueF1: f1(valueP, valueR),
  }
}

function readDocuments(dir: string): TimexDocument[] {
  const keyDir = join(dir, 'keyinline')
  return readdirSync(keyDir)
    .filter((f) => f.endsWith('.key.xml'))
    .sort()
    .map((f) => parseKeyInline(f.replace('.key.xml', ''), readFileSync(join(keyDir, f), 'utf8')))
}

const isTuning = (id: string) => Number(id.slice(0, 2)) % 2 === 1

export async function main(args: string[]): Promise<void> {
  const dirArg = args.indexOf('--dir')
  const dir =
    dirArg >= 0 && args[dirArg + 1]
      ? (args[dirArg + 1] as string)
      : fileURLToPath(new URL('../../shared/data/wikiwarsde', import.meta.url))
  const errorsArg = args.indexOf('--errors')
  const errorsOf = errorsArg >= 0 ? (args[errorsArg + 1] ?? 'tune') : undefined
  const docs = readDocuments(dir)
  const lexicon = timeLexicon()
  const totals = { tune: zeroCounts(), 'held-out': zeroCounts(), all: zeroCounts() }
  const rows: string[] = []
  for (const doc of docs) {
    const part = isTuning(doc.id) ? 'tune' : 'held-out'
    const system = findTimes(doc.text, doc.reference, { lexicon, mode: 'narrative' })
    const show = errorsOf === 'all' || errorsOf === part
    const counts = scoreDocument(doc, system, show ? printErrorsOf(doc.id) : undefined)
    totals[part] = add(totals[part], counts)
    totals.all = add(totals.all, counts)
    const s = summarize(counts)
    rows.push(
      `${doc.id.padEnd(22)} ${part.padEnd(8)} ${String(counts.gold).padStart(5)} ${pct(s.lenient.f1).padStart(8)} ${pct(s.strict.f1).padStart(7)} ${pct(s.value).padStart(6)}`,
    )
  }
  console.log(`WikiWarsDE, ${docs.length} articles (${dir}); narrative mode, reference = DATETIME`)
  console.log(
    `${'article'.padEnd(22)} ${'split'.padEnd(8)} ${'gold'.padStart(5)} ${'lenient'.padStart(8)} ${'strict'.padStart(7)} ${'value'.padStart(6)}`,
  )
  for (const row of rows) console.log(row)
  console.log('')
  console.log('                       lenient P/R/F1      strict P/R/F1       value(strict) value-F1')
  for (const [name, counts] of Object.entries(totals)) {
    const s = summarize(counts)
    console.log(
      `${name.padEnd(22)} ${pct(s.lenient.p)}/${pct(s.lenient.r)}/${pct(s.lenient.f1)}    ${pct(s.strict.p)}/${pct(s.strict.r)}/${pct(s.strict.f1)}    ${pct(s.value).padStart(6)}        ${pct(s.valueF1)}`,
    )
  }
  console.log(
    `${'HeidelTime (published)'.padEnd(22)} F1 93.3 lenient, 87.7 strict; value 78.7 (all 22 articles)`,
  )
  const all = summarize(totals.all)
  console.log(`times F1 lenient=${pct(all.lenient.f1)} strict=${pct(all.strict.f1)} value=${pct(all.value)}`)
}
