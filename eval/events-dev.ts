/**
 * `npm run eval -- events --dir DIR [--half tune|report] [--errors]`: scores the events layer against the
 * development gold in DIR (one JSON file per article, see eval/events-gold.ts), coded by hand from modern German
 * news whose texts stay in the shared data folder.
 *
 * Matching
 * - type: a system event matches a gold event when the types are equal and the system evidence begins in a
 *   sentence (the system's `sentences` layer; a line when no sentence covers the place) where the gold evidence or
 *   one of its `also` mentions begins. One system event per gold event and one gold event per system event,
 *   chosen greedily: first pairs whose spans overlap, then pairs that agree on more of actor, recipient and status,
 *   then the nearer pair. A system event left over on a gold event already taken is a false positive and is also
 *   counted apart as a duplicate.
 * - actor / recipient: a type match whose sides agree: both name nobody, or a gold name matches a system actor's
 *   display name or an alias, or both stand for the same state (eval/events-names.ts).
 * - status: a type match with the same status.
 * Precision divides by every system event, recall by every gold event, for each measure.
 * The report half is never listed event by event: `--errors` lists the tuning half only.
 */
import { resolve } from 'node:path'
import { type Analysis, createEnv, type Env } from '../src/document/index.ts'
import { analyze } from '../src/pipeline.ts'
import { type Half, type LoadedEvent, type LoadedGold, PLOVER_TYPES, readGoldDir } from './events-gold.ts'
import { countryOf, type SystemActorNames, sidesAgree } from './events-names.ts'

type Span = [number, number]
type SystemEvent = Analysis['events'][number]

export interface Prf {
  tp: number
  sys: number
  gold: number
}
const emptyPrf = (): Prf => ({ tp: 0, sys: 0, gold: 0 })
export const prf = (c: Prf) => {
  const p = c.sys ? c.tp / c.sys : 0
  const r = c.gold ? c.tp / c.gold : 0
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 }
}
const pct = (n: number) => (100 * n).toFixed(1)

export const MEASURES = ['type', 'actor', 'recipient', 'status'] as const
export type Measure = (typeof MEASURES)[number]

export interface DevCounts {
  measures: Record<Measure, Prf>
  /** type-in-sentence counts per event type */
  byType: Map<string, Prf>
  duplicates: number
  claimed: { gold: number; system: number; matched: number }
}

export const emptyCounts = (): DevCounts => ({
  measures: { type: emptyPrf(), actor: emptyPrf(), recipient: emptyPrf(), status: emptyPrf() },
  byType: new Map(),
  duplicates: 0,
  claimed: { gold: 0, system: 0, matched: 0 },
})

export function addCounts(into: DevCounts, from: DevCounts): void {
  for (const m of MEASURES) {
    into.measures[m].tp += from.measures[m].tp
    into.measures[m].sys += from.measures[m].sys
    into.measures[m].gold += from.measures[m].gold
  }
  for (const [type, c] of from.byType) {
    const t = into.byType.get(type) ?? emptyPrf()
    t.tp += c.tp
    t.sys += c.sys
    t.gold += c.gold
    into.byType.set(type, t)
  }
  into.duplicates += from.duplicates
  into.claimed.gold += from.claimed.gold
  into.claimed.system += from.claimed.system
  into.claimed.matched += from.claimed.matched
}

export interface ArticleScore {
  counts: DevCounts
  /** one line per missed, spurious, duplicate or partly wrong event, for --errors */
  errors: string[]
}

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1]

/** The sentence (or, outside every sentence, the line) a span begins in: its span, and a key to compare. */
function unitFinder(analysis: Analysis) {
  const { text, sentences } = analysis
  return (span: Span): { key: string; span: Span } => {
    const at = sentences.findIndex((s) => s[0] <= span[0] && span[0] < s[1])
    const inside = at >= 0 ? at : sentences.findIndex((s) => s[0] >= span[0] && s[0] < span[1])
    const sentence = sentences[inside]
    if (sentence) return { key: `s${inside}`, span: sentence }
    const start = text.lastIndexOf('\n', span[0] - 1) + 1
    const end = text.indexOf('\n', span[0])
    return { key: `l${start}`, span: [start, end < 0 ? text.length : end] }
  }
}

/** The names and the state of every actor id the system uses. */
function actorNamer(analysis: Analysis) {
  const byId = new Map(analysis.actors.map((a) => [a.id, a]))
  const cache = new Map<string, SystemActorNames & { display: string }>()
  return (id: string) => {
    const known = cache.get(id)
    if (known) return known
    const actor = byId.get(id)
    const names = actor ? [actor.name, ...actor.aliases] : [id.replace(/^[a-z]+:/u, '').replace(/-/gu, ' ')]
    const country = id.startsWith('country:')
      ? id.slice(8)
      : actor?.kind === 'country' && actor.country
        ? actor.country
        : names.map(countryOf).find(Boolean)
    const made = { names, display: actor?.name ?? id, ...(country ? { country } : {}) }
    cache.set(id, made)
    return made
  }
}

/** "… words before ⟦the evidence⟧ words after …" inside the sentence, on one line. */
function excerpt(text: string, unit: Span, span: Span): string {
  const flat = (s: string) => s.replace(/\s+/gu, ' ')
  const from = Math.max(unit[0], span[0] - 90)
  const to = Math.min(Math.max(unit[1], span[1]), span[1] + 70)
  const cut = Math.min(span[1], span[0] + 90)
  return `${from > unit[0] ? '…' : ''}${flat(text.slice(from, span[0]))}⟦${flat(text.slice(span[0], cut))}${cut < span[1] ? '…' : ''}⟧${flat(text.slice(span[1], to))}${to < unit[1] ? '…' : ''}`
}

/** Scores one article's analysis against its gold events (spans already located in `analysis.text`). */
export function scoreDevArticle(analysis: Analysis, gold: readonly LoadedEvent[]): ArticleScore {
  const text = analysis.text
  const system: SystemEvent[] = analysis.events
  const unitOf = unitFinder(analysis)
  const nameOf = actorNamer(analysis)
  const goldUnits = gold.map((g) => new Set(g.mentions.map((m) => unitOf(m).key)))
  const sysUnits = system.map((e) => unitOf(e.span as Span))
  const agree = (g: LoadedEvent, e: SystemEvent) => ({
    actor: sidesAgree(g.actor, e.actor.map(nameOf)),
    recipient: sidesAgree(g.recipient, e.recipient.map(nameOf)),
    status: g.status === e.status,
  })

  const pairs: Array<{ k: number; i: number; overlap: boolean; agreeing: number; distance: number }> = []
  gold.forEach((g, k) => {
    system.forEach((e, i) => {
      if (e.type !== g.type || !goldUnits[k]?.has(sysUnits[i]?.key as string)) return
      const a = agree(g, e)
      pairs.push({
        k,
        i,
        overlap: g.mentions.some((m) => overlaps(m, e.span as Span)),
        agreeing: Number(a.actor) + Number(a.recipient) + Number(a.status),
        distance: Math.min(...g.mentions.map((m) => Math.abs(m[0] - e.span[0]))),
      })
    })
  })
  pairs.sort(
    (a, b) =>
      Number(b.overlap) - Number(a.overlap) ||
      b.agreeing - a.agreeing ||
      a.distance - b.distance ||
      a.k - b.k ||
      a.i - b.i,
  )
  const goldTaken = new Map<number, number>()
  const sysTaken = new Set<number>()
  for (const p of pairs) {
    if (goldTaken.has(p.k) || sysTaken.has(p.i)) continue
    goldTaken.set(p.k, p.i)
    sysTaken.add(p.i)
  }

  const counts = emptyCounts()
  for (const m of MEASURES) {
    counts.measures[m].sys = system.length
    counts.measures[m].gold = gold.length
  }
  const typeRow = (type: string) => {
    const row = counts.byType.get(type) ?? emptyPrf()
    counts.byType.set(type, row)
    return row
  }
  for (const g of gold) typeRow(g.type).gold++
  for (const e of system) typeRow(e.type).sys++
  counts.claimed.gold = gold.filter((g) => g.status === 'claimed').length
  counts.claimed.system = system.filter((e) => e.status === 'claimed').length

  const errors: string[] = []
  const sides = (ids: string[]) => `[${ids.map((id) => nameOf(id).display).join(', ')}]`
  const describeSystem = (e: SystemEvent, i: number) =>
    `${e.type} ${e.status} ${sides(e.actor)} -> ${sides(e.recipient)}  ${excerpt(text, sysUnits[i]?.span as Span, e.span as Span)}`
  gold.forEach((g, k) => {
    const mention = g.mentions[0] as Span
    const label = `${g.type} ${g.status} [${g.actor.join(', ')}] -> [${g.recipient.join(', ')}]`
    const i = goldTaken.get(k)
    const e = i === undefined ? undefined : system[i]
    if (i === undefined || !e) {
      errors.push(`missed     ${label}  ${excerpt(text, unitOf(mention).span, mention)}`)
      return
    }
    typeRow(g.type).tp++
    counts.measures.type.tp++
    const a = agree(g, e)
    if (a.actor) counts.measures.actor.tp++
    if (a.recipient) counts.measures.recipient.tp++
    if (a.status) counts.measures.status.tp++
    if (g.status === 'claimed' && e.status === 'claimed') counts.claimed.matched++
    const wrong = [a.actor ? '' : 'actor', a.recipient ? '' : 'recipient', a.status ? '' : 'status'].filter(
      Boolean,
    )
    if (wrong.length)
      errors.push(
        `partly     ${label}  ${excerpt(text, unitOf(mention).span, mention)}\n             got ${describeSystem(e, i)}\n             wrong: ${wrong.join(', ')}`,
      )
  })
  system.forEach((e, i) => {
    if (sysTaken.has(i)) return
    const duplicate = pairs.some((p) => p.i === i && goldTaken.has(p.k))
    if (duplicate) counts.duplicates++
    errors.push(`${duplicate ? 'duplicate ' : 'spurious  '} ${describeSystem(e, i)}`)
  })
  return { counts, errors }
}

export interface ScoredArticle {
  gold: LoadedGold
  score: ArticleScore
}

/** Runs the pipeline on each gold article and scores it. */
export function scoreGolds(golds: readonly LoadedGold[], env: Env = createEnv()): ScoredArticle[] {
  return golds.map((gold) => {
    const analysis = analyze(gold.source.text, gold.published ? { published: gold.published } : {}, env)
    if (analysis.text !== gold.source.text)
      throw new Error(`${gold.file}: the analysis text differs from the gold text (normalisation changed)`)
    return { gold, score: scoreDevArticle(analysis, gold.events) }
  })
}

const header = (first: string) =>
  `${first.padEnd(12)} ${'gold'.padStart(5)} ${'sys'.padStart(5)} ${'tp'.padStart(5)}   ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}`
const row = (name: string, c: Prf) => {
  const s = prf(c)
  return `${name.padEnd(12)} ${String(c.gold).padStart(5)} ${String(c.sys).padStart(5)} ${String(c.tp).padStart(5)}   ${pct(s.p).padStart(5)} ${pct(s.r).padStart(5)} ${pct(s.f1).padStart(5)}`
}

/** The tables for one group of articles: per type, then the four measures, duplicates and claimed counts. */
export function formatCounts(title: string, articles: number, c: DevCounts): string[] {
  const out = [
    `── ${title}: ${articles} articles, ${c.measures.type.gold} gold events, ${c.measures.type.sys} system events`,
  ]
  out.push(header('type'))
  const known = new Set<string>(PLOVER_TYPES)
  const others = [...c.byType.keys()].filter((t) => !known.has(t)).sort()
  // a type neither side has is left out
  for (const type of [...PLOVER_TYPES, ...others]) {
    const counts = c.byType.get(type)
    if (counts && (counts.gold || counts.sys)) out.push(row(type, counts))
  }
  out.push(row('all', c.measures.type))
  out.push('')
  out.push(header('measure'))
  for (const m of MEASURES) out.push(row(m, c.measures[m]))
  out.push(
    `duplicates: ${c.duplicates} system events on a gold event another system event already matched (counted as false positives)`,
  )
  out.push(
    `claimed (in someone's words): gold ${c.claimed.gold}, system ${c.claimed.system}, matched with both claimed ${c.claimed.matched}`,
  )
  return out
}

export const finalLine = (c: DevCounts) =>
  `events F1 ${MEASURES.map((m) => `${m}=${pct(prf(c.measures[m]).f1)}`).join(' ')}`

interface DevArgs {
  dir: string
  half?: Half
  errors: boolean
}

export function parseDevArgs(args: readonly string[]): DevArgs {
  let dir: string | undefined
  let half: Half | undefined
  let errors = false
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '--dir') dir = args[++i]
    else if (a === '--half') {
      const h = args[++i]
      if (h !== 'tune' && h !== 'report') throw new Error(`--half takes tune or report, not ${h}`)
      half = h
    } else if (a === '--errors') errors = true
    else throw new Error(`unknown option ${a}; use: events --dir DIR [--half tune|report] [--errors]`)
  }
  if (!dir) throw new Error('--dir needs a folder of gold files')
  if (errors && half === 'report')
    throw new Error('--errors lists the tuning half only: the report half is not looked at event by event')
  return { dir, ...(half ? { half } : {}), errors }
}

export async function main(args: string[]): Promise<void> {
  let opts: DevArgs
  try {
    opts = parseDevArgs(args)
  } catch (error) {
    console.error(`events: ${(error as Error).message}`)
    process.exitCode = 2
    return
  }
  const dir = resolve(opts.dir)
  const { golds, problems } = readGoldDir(dir)
  const halves = { tune: 0, report: 0 }
  for (const g of golds) halves[g.half]++
  console.log(
    `events gold ${opts.dir}: ${golds.length} articles (${halves.tune} tune, ${halves.report} report), ${golds.reduce((n, g) => n + g.events.length, 0)} events`,
  )
  for (const p of problems) console.log(`not scored ${p.file}: ${p.error}`)
  if (problems.length) process.exitCode = 1
  const chosen = opts.half ? golds.filter((g) => g.half === opts.half) : golds
  const scored = scoreGolds(chosen)
  const total = (list: ScoredArticle[]) => {
    const c = emptyCounts()
    for (const s of list) addCounts(c, s.score.counts)
    return c
  }
  const groups: Array<[string, ScoredArticle[]]> = opts.half
    ? [[opts.half, scored]]
    : [
        ['tune', scored.filter((s) => s.gold.half === 'tune')],
        ['report', scored.filter((s) => s.gold.half === 'report')],
        ['all', scored],
      ]
  for (const [name, list] of groups) {
    console.log('')
    for (const l of formatCounts(name, list.length, total(list))) console.log(l)
  }
  if (opts.errors) {
    console.log('')
    console.log('errors, tuning half only:')
    for (const s of scored.filter((x) => x.gold.half === 'tune')) {
      if (s.score.errors.length === 0) continue
      console.log(`\n## ${s.gold.file}  (${s.gold.source.label})`)
      for (const e of s.score.errors) console.log(`  ${e}`)
    }
  }
  console.log(finalLine(total(scored)))
}
