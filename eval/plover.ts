/**
 * `npm run eval -- plover [--file F] [--lang L]`: events in English sentences against event-coded records, as event
 * coders are compared (UD-PETRARCH's validation: the share of codings found and the share of false ones).
 *
 * Reads either the PLOVER gold standard records (a JSON array, `plover_gsr/gold_standard_records/…`, CC BY-SA) or
 * PETRARCH's validation XML (`petrarch_suites/PETR_Validate_records_2_02.xml`, MIT; `<Sentence evaluate="true">`
 * with `<EventCoding eventcode sourcecode targetcode>`, CAMEO codes mapped to PLOVER with
 * `plover_gsr/CAMEO2PLOVER-2021.txt`). Each sentence runs through the pipeline on its own as English.
 *
 * - found: a gold coding has a system event of its PLOVER type in the sentence;
 * - false: a system event matches no gold coding of its sentence;
 * - source/target agreement: of the codings found, the share whose system actor (recipient) carries the gold
 *   code's country (its first three letters, "USAGOV" → USA), counted where the gold code names a country.
 * Sentences whose codings map to no PLOVER type (CAMEO's "make a statement", "---") count only their false events.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createEnv, PLOVER_TYPES } from '../src/document/index.ts'
import { analyzeText } from '../src/pipeline.ts'

/** A sentence with the events coded for it. */
export interface CodedSentence {
  id: string
  text: string
  codings: Array<{ type: string; source: string; target: string }>
}

/** The record's own names of the 2016 draft that the sixteen types of today renamed or merged. */
const RENAMED: Record<string, string> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
}

const TYPES = new Set<string>(PLOVER_TYPES)

const plover = (type: string): string | undefined => {
  const t = RENAMED[type] ?? type
  return TYPES.has(t) ? t : undefined
}

/** PLOVER gold standard records: one sentence per record, sides as lists of actor codes. */
export function readGoldStandard(json: string): CodedSentence[] {
  const records = JSON.parse(json) as Array<{
    id: string
    event: string
    text?: string
    source?: Array<{ code?: string }>
    target?: Array<{ code?: string }>
  }>
  return records
    .filter((r) => r.text && plover(r.event))
    .map((r) => ({
      id: r.id,
      text: r.text as string,
      codings: [
        {
          type: plover(r.event) as string,
          source: r.source?.[0]?.code ?? '',
          target: r.target?.[0]?.code ?? '',
        },
      ],
    }))
}

/** CAMEO code → PLOVER type, from the conversion table ("0311: AGREE,  , economic # …"). */
export function readCameoMap(table: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const line of table.split('\n')) {
    const m = /^(\d{2,4}):\s*([A-Z]+)/u.exec(line)
    if (m) map.set(m[1] as string, m[2] as string)
  }
  return map
}

const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`, 'u').exec(tag)?.[1] ?? ''

/** PETRARCH validation records: sentences to evaluate with their CAMEO codings. */
export function readPetrarch(xml: string, cameo: Map<string, string>): CodedSentence[] {
  const out: CodedSentence[] = []
  for (const m of xml.matchAll(/<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/gu)) {
    const head = m[1] as string
    const body = m[2] as string
    if (attr(head, 'evaluate') === 'false') continue
    const text = /<Text>([\s\S]*?)<\/Text>/u.exec(body)?.[1]?.replace(/\s+/gu, ' ').trim()
    if (!text) continue
    const codings = [...body.matchAll(/<EventCoding\b([^>]*)\/?>/gu)].flatMap((c) => {
      const code = attr(c[1] as string, 'eventcode')
      // a code maps by its own digits, else by its root ("0874" → "087" → "08")
      const type = [code, code.slice(0, 3), code.slice(0, 2)].map((k) => cameo.get(k)).find(Boolean)
      const p = type ? plover(type) : undefined
      return p
        ? [
            {
              type: p,
              source: attr(c[1] as string, 'sourcecode'),
              target: attr(c[1] as string, 'targetcode'),
            },
          ]
        : []
    })
    out.push({ id: attr(head, 'id'), text, codings })
  }
  return out
}

export interface PloverScore {
  gold: number
  found: number
  system: number
  falseEvents: number
  sourceChecked: number
  sourceAgree: number
  targetChecked: number
  targetAgree: number
}

/** A score with nothing counted yet. */
export function emptyPloverScore(): PloverScore {
  return {
    gold: 0,
    found: 0,
    system: 0,
    falseEvents: 0,
    sourceChecked: 0,
    sourceAgree: 0,
    targetChecked: 0,
    targetAgree: 0,
  }
}

/**
 * Scores one sentence's system events (type and the countries of their sides) against its codings; tells, coding by
 * coding, whether it was found.
 */
export function scoreSentence(
  codings: CodedSentence['codings'],
  events: Array<{ type: string; actorCountries: string[]; recipientCountries: string[] }>,
  score: PloverScore,
): boolean[] {
  const used = new Set<number>()
  const found: boolean[] = []
  for (const g of codings) {
    score.gold++
    const k = events.findIndex((e, i) => !used.has(i) && e.type === g.type)
    found.push(k >= 0)
    if (k < 0) continue
    used.add(k)
    score.found++
    const e = events[k] as (typeof events)[number]
    const country = (code: string) => (/^[A-Z]{3}/u.test(code) ? code.slice(0, 3) : undefined)
    const source = country(g.source)
    if (source) {
      score.sourceChecked++
      if (e.actorCountries.includes(source)) score.sourceAgree++
    }
    const target = country(g.target)
    if (target) {
      score.targetChecked++
      if (e.recipientCountries.includes(target)) score.targetAgree++
    }
  }
  score.system += events.length
  score.falseEvents += events.length - used.size
  return found
}

const pct = (a: number, b: number) => (b > 0 ? ((100 * a) / b).toFixed(1) : '0.0')

export async function main(args: string[]): Promise<void> {
  const at = (flag: string) => {
    const i = args.indexOf(flag)
    return i >= 0 ? args[i + 1] : undefined
  }
  const data = process.env.LAGEBILD_DATA ?? join(process.cwd(), '..', 'shared', 'data')
  const file = at('--file') ?? join(data, 'english', 'petrarch_suites', 'PETR_Validate_records_2_02.xml')
  const lang = at('--lang') ?? 'en'
  if (!existsSync(file)) {
    console.error(`plover: no file ${file}`)
    process.exit(2)
  }
  const raw = readFileSync(file, 'utf8')
  let sentences: CodedSentence[]
  if (raw.trimStart().startsWith('[')) sentences = readGoldStandard(raw)
  else {
    const table = join(data, 'english', 'plover_gsr', 'CAMEO2PLOVER-2021.txt')
    if (!existsSync(table)) {
      console.error(`plover: the CAMEO to PLOVER table ${table} is missing`)
      process.exit(2)
    }
    sentences = readPetrarch(raw, readCameoMap(readFileSync(table, 'utf8')))
  }
  const env = createEnv()
  const score = emptyPloverScore()
  const byType = new Map<string, { gold: number; found: number }>()
  for (const s of sentences) {
    const doc = analyzeText(s.text, { lang }, env)
    const countryOf = new Map((doc.layers.actors ?? []).map((a) => [a.id, a.country]))
    const countries = (ids: string[]) =>
      ids.map((id) => countryOf.get(id)).filter((c): c is string => c !== undefined)
    const events = (doc.layers.events ?? []).map((e) => ({
      type: e.type,
      actorCountries: countries(e.actor),
      recipientCountries: countries(e.recipient),
    }))
    const found = scoreSentence(s.codings, events, score)
    s.codings.forEach((g, i) => {
      const t = byType.get(g.type) ?? { gold: 0, found: 0 }
      t.gold++
      if (found[i]) t.found++
      byType.set(g.type, t)
    })
  }
  console.log(`plover ${file}: ${sentences.length} sentences, ${score.gold} codings (read as ${lang})`)
  console.log('type          gold  found   %')
  for (const [type, t] of [...byType].sort()) {
    console.log(
      `${type.padEnd(12)} ${String(t.gold).padStart(5)} ${String(t.found).padStart(6)} ${pct(t.found, t.gold).padStart(5)}`,
    )
  }
  console.log(
    `system events ${score.system}, false ${score.falseEvents}; source agrees ${score.sourceAgree}/${score.sourceChecked}, target agrees ${score.targetAgree}/${score.targetChecked}`,
  )
  console.log(
    `plover found=${pct(score.found, score.gold)} false=${pct(score.falseEvents, score.system)} source=${pct(score.sourceAgree, score.sourceChecked)} target=${pct(score.targetAgree, score.targetChecked)}`,
  )
}
