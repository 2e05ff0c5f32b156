/**
 * `npm run eval -- timeml [--dir DIR] [--meantime DIR] [--errors tune|held-out|all]`: scores English time
 * expressions with the TempEval-3 measure (UzZaman et al. 2013): relaxed (overlap) and strict (exact) span
 * F1, and value F1 (a relaxed match with the gold value, over all system and all gold expressions).
 *
 * TimeML: every `.tml` under DIR (default `$LAGEBILD_DATA/english/tempeval3/Training/TBAQ-cleaned`); the
 * document creation time (the DCT's TIMEX3) is the publication date; only expressions inside TEXT count.
 * Split: the rules were tuned looking only at the TimeBank half; the AQUAINT half is held out and reported apart.
 *
 * MEANTIME (`--meantime DIR`, default `$LAGEBILD_DATA/english/meantime_en/intra-doc_annotation`): Wikinews
 * articles as tokens with TIMEX3 over token ids; the text is rebuilt from the tokens, the line holding the
 * creation time is left out (it is the DCT, not running text), and so are the sentences after the annotated
 * ones (MEANTIME marks the title and the first five sentences). Reported as a second held-out set.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { englishTimeLexicon, findTimes } from '../src/events/times/index.ts'
import {
  type Counts,
  type GoldTimex,
  printErrorsOf,
  scoreDocument,
  summarize,
  type TimexDocument,
  zeroCounts,
} from './times.ts'

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);/gu, (_, name: string) => ENTITIES[name] ?? '')
}

/** One `.tml` file: TEXT without tags (entities decoded, so offsets count characters of the text), its TIMEX3 spans and the DCT. */
export function parseTimeML(id: string, xml: string): TimexDocument {
  const dct = xml.match(/<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/u)?.[0]
  const reference = dct?.match(/value="(\d{4}-\d{2}-\d{2})/u)?.[1]
  if (!reference)
    throw new Error(`${id}: no document creation time (a TIMEX3 with functionInDocument="CREATION_TIME")`)
  const open = xml.indexOf('<TEXT>')
  const close = xml.indexOf('</TEXT>')
  if (open < 0 || close < open) throw new Error(`${id}: no <TEXT> element`)
  const body = xml.slice(open + '<TEXT>'.length, close)
  let text = ''
  const gold: GoldTimex[] = []
  const stack: Array<{ start: number; value: string } | null> = []
  let last = 0
  for (const m of body.matchAll(/<(\/?)([A-Za-z0-9]+)\b([^>]*?)(\/?)>/gu)) {
    text += decode(body.slice(last, m.index))
    last = (m.index ?? 0) + m[0].length
    if (m[4]) continue
    const isTimex = m[2] === 'TIMEX3'
    if (m[1]) {
      if (!isTimex) continue
      const o = stack.pop()
      if (o) gold.push({ start: o.start, end: text.length, value: o.value })
    } else if (isTimex) stack.push({ start: text.length, value: m[3]?.match(/value="([^"]*)"/u)?.[1] ?? '' })
  }
  text += decode(body.slice(last))
  return { id, text, reference, gold }
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'re|'ve|'ll|'d|'m|n't|'|")$/u
const NO_SPACE_AFTER = /^[([{$]$/u

/** One MEANTIME NAF-style file: the tokens joined back into text, the TIMEX3 over them, the creation time. */
export function parseMeantime(id: string, xml: string): TimexDocument {
  const tokens = [
    ...xml.matchAll(/<token\b[^>]*sentence="(\d+)"[^>]*t_id="(\d+)"[^>]*>([^<]*)<\/token>/gu),
  ].map((m) => ({ sentence: Number(m[1]), id: m[2] ?? '', word: decode(m[3] ?? '') }))
  const timexes = [...xml.matchAll(/<TIMEX3\b([^>]*?)>([\s\S]*?)<\/TIMEX3>/gu)].map((m) => ({
    dct: /functionInDocument="CREATION_TIME"/u.test(m[1] ?? ''),
    value: m[1]?.match(/\bvalue="([^"]*)"/u)?.[1] ?? '',
    ids: [...(m[2] ?? '').matchAll(/t_id="(\d+)"/gu)].map((a) => a[1] ?? ''),
  }))
  const sentenceOf = new Map(tokens.map((t) => [t.id, t.sentence]))
  // two files leave the flag off their dateline: the full date filling the line under the title is the DCT there
  const dct =
    timexes.find((t) => t.dct) ??
    timexes.find(
      (t) =>
        /^\d{4}-\d{2}-\d{2}$/u.test(t.value) &&
        t.ids.length > 0 &&
        t.ids.every((i) => sentenceOf.get(i) === 1),
    )
  const reference = dct?.value.match(/^\d{4}-\d{2}-\d{2}/u)?.[0]
  if (!dct || !reference) throw new Error(`${id}: no TIMEX3 with functionInDocument="CREATION_TIME"`)
  dct.dct = true
  const dctSentences = new Set(tokens.filter((t) => dct.ids.includes(t.id)).map((t) => t.sentence))
  // MEANTIME annotates the title and the first sentences only: the text ends with the last sentence any markable touches
  const annotated = Math.max(
    ...[...xml.matchAll(/<token_anchor t_id="(\d+)"/gu)].map((m) => sentenceOf.get(m[1] ?? '') ?? 0),
  )
  const offsets = new Map<string, [number, number]>()
  let text = ''
  let sentence = -1
  let previous = ''
  for (const t of tokens) {
    if (dctSentences.has(t.sentence) || t.sentence > annotated) continue
    if (t.sentence !== sentence) {
      if (text) text += '\n'
      sentence = t.sentence
    } else if (!NO_SPACE_BEFORE.test(t.word) && !NO_SPACE_AFTER.test(previous)) text += ' '
    offsets.set(t.id, [text.length, text.length + t.word.length])
    text += t.word
    previous = t.word
  }
  const gold: GoldTimex[] = []
  for (const t of timexes) {
    if (t.dct) continue
    const spans = t.ids.map((i) => offsets.get(i)).filter((s): s is [number, number] => s !== undefined)
    if (spans.length === 0) continue
    gold.push({
      start: Math.min(...spans.map((s) => s[0])),
      end: Math.max(...spans.map((s) => s[1])),
      value: t.value,
    })
  }
  return { id, text, reference, gold: gold.sort((a, b) => a.start - b.start) }
}

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) return filesUnder(path, ext)
      return name.endsWith(ext) ? [path] : []
    })
}

function add(a: Counts, b: Counts): Counts {
  const sum = zeroCounts()
  for (const k of Object.keys(sum) as Array<keyof Counts>) sum[k] = a[k] + b[k]
  return sum
}

const pct = (n: number) => (100 * n).toFixed(1)

function argument(args: string[], name: string): string | undefined {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}

function dataDir(): string {
  return process.env.LAGEBILD_DATA ?? fileURLToPath(new URL('../../shared/data', import.meta.url))
}

/** The TimeBank half is where the rules were tuned; everything else (AQUAINT, MEANTIME, a --dir of other files) is held out. */
const partOf = (path: string) => (/(^|\/)TimeBank\//u.test(path) ? 'tune' : 'held-out')

export async function main(args: string[]): Promise<void> {
  const dir = argument(args, '--dir') ?? join(dataDir(), 'english/tempeval3/Training/TBAQ-cleaned')
  const meantimeDir = args.includes('--meantime')
    ? (argument(args, '--meantime')?.replace(/^--.*/u, '') ??
      join(dataDir(), 'english/meantime_en/intra-doc_annotation'))
    : undefined
  const errorsOf = args.includes('--errors') ? (argument(args, '--errors') ?? 'tune') : undefined
  const lexicon = englishTimeLexicon()
  const totals: Record<string, Counts> = { tune: zeroCounts(), 'held-out': zeroCounts() }
  const score = (doc: TimexDocument, part: string) => {
    const system = findTimes(doc.text, doc.reference, { lang: 'en', lexicon })
    const show = errorsOf === 'all' || errorsOf === part
    const counts = scoreDocument(doc, system, show ? printErrorsOf(doc.id) : undefined)
    totals[part] = add(totals[part] ?? zeroCounts(), counts)
  }
  const files = filesUnder(dir, '.tml')
  if (files.length === 0) throw new Error(`no .tml files under ${dir}`)
  // TBAQ's testpipeline/ repeats one TimeBank file: a file name read once counts once
  const seen = new Set<string>()
  for (const path of files) {
    const id = relative(dir, path)
    const name = id.split('/').pop() ?? id
    if (seen.has(name)) continue
    seen.add(name)
    score(parseTimeML(id, readFileSync(path, 'utf8')), partOf(id))
  }
  if (meantimeDir) {
    totals.meantime = zeroCounts()
    for (const path of filesUnder(meantimeDir, '.xml'))
      score(parseMeantime(relative(meantimeDir, path), readFileSync(path, 'utf8')), 'meantime')
  }
  console.log(`TimeML, ${seen.size} files (${dir}); news mode, reference = DCT`)
  console.log('                 gold   relaxed P/R/F1     strict P/R/F1      value-F1')
  const line = (name: string, c: Counts) => {
    const s = summarize(c)
    console.log(
      `${name.padEnd(14)} ${String(c.gold).padStart(6)}   ${pct(s.lenient.p)}/${pct(s.lenient.r)}/${pct(s.lenient.f1)}   ${pct(s.strict.p)}/${pct(s.strict.r)}/${pct(s.strict.f1)}   ${pct(s.valueF1)}`,
    )
  }
  const timeml = add(totals.tune ?? zeroCounts(), totals['held-out'] ?? zeroCounts())
  line('tune', totals.tune ?? zeroCounts())
  line('held-out', totals['held-out'] ?? zeroCounts())
  if (totals.meantime) line('meantime', totals.meantime)
  console.log('HeidelTime (TempEval-3 platinum, published): relaxed ~90, strict ~81, value ~78')
  const all = summarize(timeml)
  console.log(
    `timeml F1 relaxed=${pct(all.lenient.f1)} strict=${pct(all.strict.f1)} value=${pct(all.valueF1)}`,
  )
}
