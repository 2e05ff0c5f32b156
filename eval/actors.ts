/**
 * `npm run eval -- actors [--half tune|report] [--errors]`: pairwise precision and recall of actor identity on our
 * own gold (eval/actors-gold.ts). Each half's articles are analysed and stored one by one into a fresh in-memory
 * store, as `lagebild ingest` stores them, so a mention's actor is compared by the store's own corpus key (bare
 * surnames completed, bodies keyed by story). The system calls a pair the same when both mentions have an actor
 * and the two keys are equal; a mention no actor covers is nobody.
 */
import { type Analysis, createEnv } from '../src/document/index.ts'
import { analyze } from '../src/pipeline.ts'
import { openStore } from '../src/store/index.ts'
import { type ActorGold, type GoldMention, type GoldPair, type Half, readActorGold } from './actors-gold.ts'

interface Found {
  /** the store key of the actor behind the mention, if any */
  key?: string
  /** the actor's name in its article, for the error list */
  name?: string
}

/** The actor whose entity overlaps the mention most; a tie goes to the first in the text. */
export function actorAt(analysis: Analysis, start: number, end: number): string | undefined {
  let best: { id: string; overlap: number } | undefined
  for (const e of analysis.entities) {
    if (!e.actor) continue
    const overlap = Math.min(end, e.span[1]) - Math.max(start, e.span[0])
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { id: e.actor, overlap }
  }
  return best?.id
}

/** Stores the half's articles in order and finds each gold mention's corpus key. */
async function findActors(gold: ActorGold, half: Half): Promise<Map<string, Found>> {
  const env = createEnv()
  const store = await openStore({ path: ':memory:' })
  const found = new Map<string, Found>()
  try {
    const keys = [...gold.articles.keys()].filter((k) => gold.articles.get(k)?.half === half).sort()
    const analyses = new Map<string, Analysis>()
    for (const key of keys) {
      const { text } = gold.articles.get(key) as { text: { text: string; published?: string } }
      const meta = { ...(text.published ? { published: text.published } : {}), uri: `gold:${key}` }
      const analysis = analyze(text.text, meta, env)
      await store.saveAnalysis(analysis, meta)
      analyses.set(key, analysis)
    }
    // read after every article is in: a later full name may re-key an earlier bare surname
    for (const key of keys) {
      const analysis = analyses.get(key) as Analysis
      const storeKeys = (await store.getActorKeys(analysis.id)) ?? {}
      for (const m of gold.mentions.values()) {
        if (m.article !== key) continue
        const id = actorAt(analysis, m.offset, m.offset + m.surface.length)
        const name = analysis.actors.find((a) => a.id === id)?.name
        found.set(m.id, id ? { key: storeKeys[id] ?? id, ...(name ? { name } : {}) } : {})
      }
    }
  } finally {
    await store.close()
  }
  return found
}

export interface PairCounts {
  tp: number
  fp: number
  fn: number
}

export const prf = ({ tp, fp, fn }: PairCounts) => {
  const p = tp + fp ? tp / (tp + fp) : 0
  const r = tp + fn ? tp / (tp + fn) : 0
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 }
}

/** Why the system got a pair wrong: it merged two actors, kept one apart, or found no actor for a mention. */
function errorOf(pair: GoldPair, a: Found, b: Found): string | undefined {
  const systemSame = a.key !== undefined && a.key === b.key
  if (systemSame === pair.same) return undefined
  if (!pair.same) return 'merged'
  return a.key && b.key ? 'split' : 'no actor'
}

const pct = (x: number) => (100 * x).toFixed(1)

function scoreHalf(gold: ActorGold, half: Half, found: Map<string, Found>, showErrors: boolean): PairCounts {
  const counts: PairCounts = { tp: 0, fp: 0, fn: 0 }
  const byKind = new Map<string, { pairs: number; errors: Map<string, number> }>()
  const errors: string[] = []
  const describe = (m: GoldMention, f: Found) =>
    `${m.article} "${m.surface}"@${m.offset} (${m.identity ?? 'no actor'}) → ${f.key ?? '—'}`
  for (const pair of gold.pairs) {
    const a = gold.mentions.get(pair.a) as GoldMention
    if (gold.articles.get(a.article)?.half !== half) continue
    const b = gold.mentions.get(pair.b) as GoldMention
    const [fa, fb] = [found.get(a.id) ?? {}, found.get(b.id) ?? {}]
    const systemSame = fa.key !== undefined && fa.key === fb.key
    if (systemSame && pair.same) counts.tp++
    else if (systemSame) counts.fp++
    else if (pair.same) counts.fn++
    const kind = `${pair.same ? 'same' : 'different'} ${pair.kind} (${pair.scope})`
    const row = byKind.get(kind) ?? { pairs: 0, errors: new Map() }
    byKind.set(kind, row)
    row.pairs++
    const error = errorOf(pair, fa, fb)
    if (error) {
      row.errors.set(error, (row.errors.get(error) ?? 0) + 1)
      errors.push(`  ${error}: ${describe(a, fa)}  |  ${describe(b, fb)}`)
    }
  }
  const total = [...byKind.values()].reduce((n, r) => n + r.pairs, 0)
  const { p, r, f } = prf(counts)
  console.log(`\n${half} half: ${total} pairs`)
  console.log(`  ${'kind of pair'.padEnd(42)} ${'pairs'.padStart(5)}  errors`)
  for (const [kind, row] of [...byKind].sort()) {
    const errs = [...row.errors].map(([e, n]) => `${n} ${e}`).join(', ')
    console.log(`  ${kind.padEnd(42)} ${String(row.pairs).padStart(5)}  ${errs || '—'}`)
  }
  console.log(
    `  pairwise P ${pct(p)}  R ${pct(r)}  F1 ${pct(f)}  (tp ${counts.tp}, fp ${counts.fp}, fn ${counts.fn})`,
  )
  if (showErrors) for (const line of errors) console.log(line)
  return counts
}

export async function main(args: string[]): Promise<void> {
  let halves: Half[] = ['tune', 'report']
  let showErrors = false
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '--half') {
      const h = args[++i]
      if (h !== 'tune' && h !== 'report')
        throw new Error(`--half takes tune or report, not ${h ?? 'nothing'}`)
      halves = [h]
    } else if (a === '--errors') showErrors = true
    else throw new Error(`actors: unknown option ${a}; use --half tune|report, --errors`)
  }
  const gold = readActorGold()
  const total: PairCounts = { tp: 0, fp: 0, fn: 0 }
  const scores: string[] = []
  for (const half of halves) {
    const counts = scoreHalf(gold, half, await findActors(gold, half), showErrors)
    total.tp += counts.tp
    total.fp += counts.fp
    total.fn += counts.fn
    const { p, r, f } = prf(counts)
    scores.push(`${half} P ${pct(p)} R ${pct(r)} F1 ${pct(f)}`)
  }
  const { p, r, f } = prf(total)
  console.log(`\n${scores.join('; ')}`)
  console.log(`actors F1 pairwise=${pct(f)} P=${pct(p)} R=${pct(r)} (${halves.join('+')})`)
}
