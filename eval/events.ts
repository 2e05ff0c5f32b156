/**
 * `npm run eval -- events [--errors]`: scores the events, quantities and times layers on the golden articles
 * (test/fixtures/golden/<slug>/) against hand-made gold files in eval/gold/ (`events-*.json`, `quantities-*.json`,
 * `times-*.json`, each naming its article). Gold items point into the text by a quoted stretch of it.
 *
 * Matching rules
 * - events: a system event matches a gold event of the same type whose actors it shares — at least one id in
 *   common after folding people and bodies into their country (per:sergej-lawrow ≈ country:RUS, because PLOVER
 *   codes actors by country and sector). Each gold event takes at most one system event, preferring one whose
 *   evidence overlaps the gold evidence or a listed later mention. `loose` counts these matches; `full` further
 *   needs the same status and fitting recipients (both empty, or sharing an id after folding). Extra system
 *   events at a listed later mention are counted as false positives and reported as duplicates.
 *   For matched pairs the report also gives how often `when` and `where` agree with the gold where it has them.
 * - quantities: spans overlap and the value is equal; `of` agreeing (same first word) is reported apart.
 * - times: spans overlap (lenient); `value` agreeing is reported apart as value accuracy and value-F1.
 *
 * `npm run eval -- events --dir DIR [--half tune|report] [--errors]` scores the events layer against the
 * development gold of modern news in DIR instead (eval/events-dev.ts).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { type Analysis, createEnv } from '../src/document/index.ts'
import { analyze } from '../src/pipeline.ts'
import { main as mainDev, type Prf, prf } from './events-dev.ts'
import { occurrences } from './events-gold.ts'

export type { Prf }

type Span = [number, number]

interface GoldEvent {
  type: string
  status: string
  actor: string[]
  recipient: string[]
  when?: string
  where?: string[]
  required?: boolean
  evidence: string
  also?: string[]
}

interface GoldFile {
  article: string
  events?: GoldEvent[]
  quantities?: Array<{ text: string; nth?: number; value: number; approx?: boolean; of?: string }>
  times?: Array<{ text: string; nth?: number; type: string; value: string }>
}

const GOLD_DIR = new URL('./gold/', import.meta.url)
const GOLDEN_DIR = new URL('../test/fixtures/golden/', import.meta.url)

/** The span of the n-th (1-based) occurrence of `snippet` as whole words. */
export function locate(text: string, snippet: string, nth = 1): Span {
  const found = occurrences(text, snippet)[nth - 1]
  if (found) return found
  throw new Error(`gold snippet not found in the text (occurrence ${nth}): ${JSON.stringify(snippet)}`)
}

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1]

const pct = (n: number) => (100 * n).toFixed(1)

/** Ids with their country: what PLOVER's country-level actor codes would call them. */
function folder(analysis: Analysis) {
  const countryOf = new Map(analysis.actors.map((a) => [a.id, a.country]))
  return (ids: string[]) =>
    new Set(
      ids.flatMap((id) => {
        const country = id.startsWith('country:') ? id.slice(8) : countryOf.get(id)
        return country ? [id, `country:${country}`] : [id]
      }),
    )
}
const meets = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x))

export interface EventScore {
  loose: Prf
  full: Prf
  required: { found: number; total: number; missing: string[] }
  when: { right: number; total: number }
  where: { right: number; total: number }
  duplicates: number
  errors: string[]
}

type SystemEvent = Analysis['events'][number]

export function scoreEvents(analysis: Analysis, gold: GoldEvent[]): EventScore {
  const text = analysis.text
  const fold = folder(analysis)
  const system: SystemEvent[] = analysis.events
  const used = new Set<number>()
  const score: EventScore = {
    loose: { tp: 0, sys: system.length, gold: gold.length },
    full: { tp: 0, sys: system.length, gold: gold.length },
    required: { found: 0, total: gold.filter((g) => g.required).length, missing: [] },
    when: { right: 0, total: 0 },
    where: { right: 0, total: 0 },
    duplicates: 0,
    errors: [],
  }
  const mentionsOf = gold.map((g) => [
    locate(text, g.evidence),
    ...(g.also ?? []).map((a) => locate(text, a)),
  ])
  const describe = (e: SystemEvent) =>
    `${e.type} ${e.status} [${e.actor.join(', ')}] -> [${e.recipient.join(', ')}] «${text.slice(e.span[0], e.span[1]).slice(0, 90)}»`
  const candidatesOf = (g: GoldEvent, k: number, nearOnly: boolean) =>
    system
      .map((e, i) => ({ e, i }))
      .filter(({ e, i }) => !used.has(i) && e.type === g.type && meets(fold(e.actor), fold(g.actor)))
      .map((c) => ({ ...c, near: mentionsOf[k]?.some((m) => overlaps(m, c.e.span)) ?? false }))
      .filter((c) => c.near || !nearOnly)
      .map((c) => ({
        ...c,
        fits: c.e.status === g.status && recipientsFit(fold, c.e.recipient, g.recipient),
      }))
      .sort((a, b) => Number(b.fits) - Number(a.fits))
  // first the system events told where the gold event is told, then any left for gold events still open
  const matched = new Map<number, { e: SystemEvent; i: number; fits: boolean }>()
  for (const nearOnly of [true, false])
    gold.forEach((g, k) => {
      if (matched.has(k)) return
      const best = candidatesOf(g, k, nearOnly)[0]
      if (best) {
        matched.set(k, best)
        used.add(best.i)
      }
    })
  gold.forEach((g, k) => {
    const best = matched.get(k)
    const label = `${g.type} ${g.status} [${g.actor.join(', ')}] -> [${g.recipient.join(', ')}] «${g.evidence.slice(0, 70)}»`
    if (!best) {
      score.errors.push(`missed      ${label}`)
      if (g.required) score.required.missing.push(label)
      return
    }
    score.loose.tp++
    if (best.fits) {
      score.full.tp++
      if (g.required) score.required.found++
    } else {
      score.errors.push(`partial     ${label}\n              got ${describe(best.e)}`)
      if (g.required)
        score.required.missing.push(`${label} (got ${best.e.status} -> [${best.e.recipient.join(', ')}])`)
    }
    if (g.when) {
      score.when.total++
      if (best.e.when === g.when) score.when.right++
    }
    if (g.where) {
      score.where.total++
      if (g.where.some((w) => best.e.where?.includes(w))) score.where.right++
    }
  })
  system.forEach((e, i) => {
    if (used.has(i)) return
    const duplicate = gold.some(
      (g, k) => g.type === e.type && mentionsOf[k]?.some((m) => overlaps(m, e.span)),
    )
    if (duplicate) score.duplicates++
    score.errors.push(`${duplicate ? 'duplicate  ' : 'spurious   '} ${describe(e)}`)
  })
  return score
}

function recipientsFit(fold: (ids: string[]) => Set<string>, sys: string[], gold: string[]): boolean {
  if (gold.length === 0) return sys.length === 0
  return meets(fold(sys), fold(gold))
}

export function scoreQuantities(analysis: Analysis, gold: NonNullable<GoldFile['quantities']>) {
  const text = analysis.text
  const counts = { tp: 0, sys: analysis.quantities.length, gold: gold.length, ofRight: 0 }
  const errors: string[] = []
  const used = new Set<number>()
  for (const g of gold) {
    const span = locate(text, g.text, g.nth)
    const i = analysis.quantities.findIndex(
      (q, j) => !used.has(j) && overlaps(q.span, span) && q.value === g.value,
    )
    if (i < 0) {
      errors.push(`missed      ${g.text} = ${g.value} (${g.of ?? ''})`)
      continue
    }
    used.add(i)
    counts.tp++
    const q = analysis.quantities[i]
    if (g.of && q?.of?.split(' ')[0] === g.of) counts.ofRight++
    else errors.push(`of          ${g.text}: gold ${g.of}, got ${q?.of}`)
  }
  analysis.quantities.forEach((q, j) => {
    if (!used.has(j)) errors.push(`spurious    ${text.slice(q.span[0], q.span[1])} = ${q.value}`)
  })
  return { counts, errors }
}

export function scoreTimes(analysis: Analysis, gold: NonNullable<GoldFile['times']>) {
  const text = analysis.text
  const counts = { tp: 0, sys: analysis.times.length, gold: gold.length, valueRight: 0 }
  const errors: string[] = []
  const used = new Set<number>()
  for (const g of gold) {
    const span = locate(text, g.text, g.nth)
    const i = analysis.times.findIndex((t, j) => !used.has(j) && overlaps(t.span, span))
    if (i < 0) {
      errors.push(`missed      ${g.text} = ${g.value}`)
      continue
    }
    used.add(i)
    counts.tp++
    const t = analysis.times[i]
    if (t?.value === g.value) counts.valueRight++
    else errors.push(`value       ${g.text}: gold ${g.value}, got ${t?.value}`)
  }
  analysis.times.forEach((t, j) => {
    if (!used.has(j)) errors.push(`spurious    ${text.slice(t.span[0], t.span[1])} = ${t.value}`)
  })
  return { counts, errors }
}

function readGold(): GoldFile[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => /^(events|quantities|times)-.+\.json$/u.test(f))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, GOLD_DIR), 'utf8')) as GoldFile)
}

function analyzeGolden(slug: string, env = createEnv()): Analysis {
  const dir = new URL(`${slug}/`, GOLDEN_DIR)
  const input = readFileSync(new URL('input.txt', dir), 'utf8')
  const meta = JSON.parse(readFileSync(new URL('meta.json', dir), 'utf8')) as { published?: string }
  return analyze(input, meta, env)
}

const line = (name: string, c: Prf, extra = '') => {
  const s = prf(c)
  return `${name.padEnd(22)} ${String(c.gold).padStart(5)} ${String(c.sys).padStart(5)} ${String(c.tp).padStart(5)}   ${pct(s.p).padStart(5)} ${pct(s.r).padStart(5)} ${pct(s.f1).padStart(5)}  ${extra}`
}

export async function main(args: string[]): Promise<void> {
  if (args.includes('--dir')) return mainDev(args)
  const showErrors = args.includes('--errors')
  const env = createEnv()
  const analyses = new Map<string, Analysis>()
  const analysisOf = (slug: string) => {
    const known = analyses.get(slug)
    if (known) return known
    const fresh = analyzeGolden(slug, env)
    analyses.set(slug, fresh)
    return fresh
  }
  const total = {
    loose: { tp: 0, sys: 0, gold: 0 },
    full: { tp: 0, sys: 0, gold: 0 },
    quantities: { tp: 0, sys: 0, gold: 0 },
    times: { tp: 0, sys: 0, gold: 0 },
  }
  let timeValues = 0
  console.log(
    `${'layer / article'.padEnd(22)} ${'gold'.padStart(5)} ${'sys'.padStart(5)} ${'tp'.padStart(5)}   ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}`,
  )
  const errors: string[] = []
  for (const gold of readGold()) {
    const analysis = analysisOf(gold.article)
    if (gold.events) {
      const s = scoreEvents(analysis, gold.events)
      for (const k of ['loose', 'full'] as const) {
        total[k].tp += s[k].tp
        total[k].sys += s[k].sys
        total[k].gold += s[k].gold
      }
      console.log(line(`events loose`, s.loose, gold.article))
      console.log(
        line(
          `events full`,
          s.full,
          `required ${s.required.found}/${s.required.total}; when ${s.when.right}/${s.when.total}; where ${s.where.right}/${s.where.total}; duplicates ${s.duplicates}`,
        ),
      )
      for (const m of s.required.missing) console.log(`  required, not right: ${m}`)
      errors.push(...s.errors.map((e) => `events ${gold.article}: ${e}`))
    }
    if (gold.quantities) {
      const { counts, errors: e } = scoreQuantities(analysis, gold.quantities)
      total.quantities.tp += counts.tp
      total.quantities.sys += counts.sys
      total.quantities.gold += counts.gold
      console.log(line('quantities', counts, `of right ${counts.ofRight}/${counts.tp}`))
      errors.push(...e.map((x) => `quantities ${gold.article}: ${x}`))
    }
    if (gold.times) {
      const { counts, errors: e } = scoreTimes(analysis, gold.times)
      total.times.tp += counts.tp
      total.times.sys += counts.sys
      total.times.gold += counts.gold
      timeValues += counts.valueRight
      console.log(line('times (lenient)', counts, `value right ${counts.valueRight}/${counts.tp}`))
      errors.push(...e.map((x) => `times ${gold.article}: ${x}`))
    }
  }
  if (showErrors) {
    console.log('')
    for (const e of errors) console.log(e)
  }
  const f = (c: Prf) => pct(prf(c).f1)
  const valueAcc = total.times.tp ? timeValues / total.times.tp : 0
  console.log(
    `events F1 loose=${f(total.loose)} full=${f(total.full)} quantities=${f(total.quantities)} times=${f(total.times)} time-values=${pct(valueAcc)}`,
  )
}
