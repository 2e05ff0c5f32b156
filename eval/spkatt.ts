/**
 * `npm run eval -- spkatt [--dir DIR] [--verbose N]`: the quotes layer against SpkAtt-2023 Task 2 (German Wikinews).
 * Rebuilds each article's text from its tokens, runs the full pipeline, maps quotes back to tokens and scores
 * subtask 2 (top-level messages and their sources, aligned by a linear sum assignment on token overlap) and
 * subtask 1 (all annotations; cue, source, message, addressee, frame; form and medium).
 * Tune rules on train; report dev. The corpus is CC BY-NC-SA: evaluate only, never copy it into the repo.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { createEnv, type Quote } from '../src/document/index.ts'
import { analyzeText } from '../src/pipeline.ts'
import { describeSpeech } from '../src/speech/index.ts'
import { maxWeightAssignment } from './spkatt-assignment.ts'
import {
  flatIndex,
  loadSpkattDir,
  type RebuiltText,
  rebuildText,
  type SpkattAnnotation,
  type SpkattArticle,
  tokensOfSpan,
} from './spkatt-data.ts'

const ROLES = ['message', 'source', 'cue', 'addr', 'frame'] as const
export type Role = (typeof ROLES)[number]

export interface Unit {
  roles: Record<Role, Set<number>>
  form: string
  medium: string
}

interface Counts {
  tp: number
  fp: number
  fn: number
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 })

function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0
  const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 }
}

const FORM_OF_KIND: Record<Quote['kind'], string> = {
  direct: 'Direct',
  indirect: 'Indirect',
  mixed: 'Indirect',
  freeIndirect: 'FreeIndirect',
  reported: 'Reported',
}
const MEDIUM_LETTER: Record<string, string> = { speech: 'S', writing: 'W', thought: 'T' }
const GOLD_MEDIUM: Record<string, string> = {
  Speech: 'S',
  Writing: 'W',
  Thought: 'T',
  SW: 'SW',
  ST: 'ST',
  TW: 'TW',
  none: '',
}

function goldUnit(article: ReturnType<typeof rebuildText>, a: SpkattAnnotation): Unit {
  const set = (ids: string[]) => new Set(ids.map((id) => flatIndex(article, id)))
  return {
    roles: {
      message: set(a.Message),
      source: set(a.Source),
      cue: set(a.Cue),
      addr: set(a.Addr),
      frame: set(a.Frame),
    },
    form: a.Form,
    medium: GOLD_MEDIUM[a.STWR] ?? '',
  }
}

export function overlap(a: Set<number>, b: Set<number>): number {
  let n = 0
  for (const x of a) if (b.has(x)) n++
  return n
}

/** Token counts of one role over aligned units; unmatched units count all their tokens as FP or FN. */
function scoreRoles(
  system: Unit[],
  gold: Unit[],
  roles: readonly Role[],
  counts: Record<Role, Counts>,
  agree: { form: number[]; medium: number[] },
) {
  const weights = system.map((s) =>
    gold.map((g) => {
      const o = overlap(s.roles.message, g.roles.message)
      // form and medium break ties between equal overlaps
      return o === 0
        ? 0
        : o + (s.form === g.form ? 0.1 : 0) + (s.medium !== '' && g.medium.includes(s.medium) ? 0.01 : 0)
    }),
  )
  const pairs = maxWeightAssignment(weights)
  const matchedS = new Set(pairs.map(([i]) => i))
  const matchedG = new Set(pairs.map(([, j]) => j))
  for (const [i, j] of pairs) {
    const s = system[i] as Unit
    const g = gold[j] as Unit
    for (const role of roles) {
      const o = overlap(s.roles[role], g.roles[role])
      counts[role].tp += o
      counts[role].fp += s.roles[role].size - o
      counts[role].fn += g.roles[role].size - o
    }
    agree.form.push(s.form === g.form ? 1 : 0)
    agree.medium.push(s.medium !== '' && g.medium.includes(s.medium) ? 1 : 0)
  }
  system.forEach((s, i) => {
    if (!matchedS.has(i)) for (const role of roles) counts[role].fp += s.roles[role].size
  })
  gold.forEach((g, j) => {
    if (!matchedG.has(j)) for (const role of roles) counts[role].fn += g.roles[role].size
  })
}

export type SystemUnit = Unit & { nested: boolean; rule: string }

/** The pipeline's speech acts of one article as SpkAtt units (token index sets per role). */
export function systemUnits(
  article: SpkattArticle,
  env: ReturnType<typeof createEnv>,
): { rebuilt: RebuiltText; units: SystemUnit[] } {
  const rebuilt = rebuildText(article.sentences)
  const doc = analyzeText(rebuilt.text, article.published ? { published: article.published } : {}, env)
  const found = describeSpeech(doc, env)
  const tokens = (span: [number, number] | undefined) => new Set(span ? tokensOfSpan(rebuilt, span) : [])
  const units = found.map((q) => {
    const cue = new Set((q.cue ?? []).flatMap((c) => tokensOfSpan(rebuilt, c)))
    const source = tokens(q.speakerMention)
    const addr = tokens(q.addresseeMention)
    const message = tokens(q.span)
    // SpkAtt's Reported message is the whole sentence, speaker and verb included ("Die Medien sprechen von …");
    // every other form leaves the frame out of the message
    if (q.kind === 'reported') cue.clear()
    else for (const t of [...cue, ...source, ...addr]) message.delete(t)
    // the frame spans the cue clause: from its first to its last token outside the message
    const frameTokens = [...cue, ...source, ...addr]
    const frame = new Set<number>()
    if (frameTokens.length) {
      const lo = Math.min(...frameTokens)
      const hi = Math.max(...frameTokens)
      for (let t = lo; t <= hi; t++) if (!message.has(t)) frame.add(t)
    }
    const kind = q.kind === 'indirect' && !q.cue?.length ? 'IndirectFreeIndirect' : FORM_OF_KIND[q.kind]
    return {
      roles: { message, source, cue, addr, frame },
      form: kind,
      medium: q.medium ? (MEDIUM_LETTER[q.medium] ?? '') : '',
      nested: q.nested,
      rule: q.rule,
    }
  })
  return { rebuilt, units }
}

export function goldUnits(article: SpkattArticle, rebuilt: RebuiltText): Array<Unit & { nested: boolean }> {
  return article.annotations.map((a) => ({ ...goldUnit(rebuilt, a), nested: a.IsNested }))
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5)
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0)

function joint(counts: Record<Role, Counts>, roles: readonly Role[]): Counts {
  const sum = zero()
  for (const role of roles) {
    sum.tp += counts[role].tp
    sum.fp += counts[role].fp
    sum.fn += counts[role].fn
  }
  return sum
}

function printTable(title: string, rows: Array<[string, Counts, string?]>) {
  console.log(`\n${title}`)
  console.log(`  ${'role'.padEnd(10)}     P     R    F1   published F1`)
  for (const [name, c, published] of rows) {
    const { p, r, f } = prf(c)
    console.log(`  ${name.padEnd(10)} ${pct(p)} ${pct(r)} ${pct(f)}   ${published ?? ''}`)
  }
}

export async function main(args: string[]): Promise<void> {
  const dirArg = args.indexOf('--dir')
  const verboseArg = args.indexOf('--verbose')
  const verbose = verboseArg >= 0 ? Number(args[verboseArg + 1] ?? 5) : 0
  const dataDir = process.env.LAGEBILD_DATA ?? new URL('../../shared/data/', import.meta.url).pathname
  const dir = dirArg >= 0 ? (args[dirArg + 1] as string) : join(dataDir, 'spkatt2023-news', 'dev')
  if (!existsSync(dir)) {
    console.log(`spkatt skipped: no data at ${dir}`)
    return
  }
  const articles: SpkattArticle[] = loadSpkattDir(dir)
  const env = createEnv()
  const sub2 = { message: zero(), source: zero(), cue: zero(), addr: zero(), frame: zero() }
  const sub1 = { message: zero(), source: zero(), cue: zero(), addr: zero(), frame: zero() }
  const agree2 = { form: [] as number[], medium: [] as number[] }
  const agree1 = { form: [] as number[], medium: [] as number[] }
  let shown = 0
  const started = performance.now()
  for (const article of articles) {
    const { rebuilt, units } = systemUnits(article, env)
    const goldAll = goldUnits(article, rebuilt)
    scoreRoles(
      units.filter((u) => !u.nested),
      goldAll.filter((g) => !g.nested),
      ['message', 'source'],
      sub2,
      agree2,
    )
    scoreRoles(units, goldAll, ROLES, sub1, agree1)

    if (shown < verbose) {
      shown++
      const word = (i: number) => {
        for (let s = rebuilt.firstToken.length - 1; s >= 0; s--) {
          const base = rebuilt.firstToken[s] as number
          if (i >= base) return article.sentences[s]?.[i - base] ?? ''
        }
        return ''
      }
      const show = (set: Set<number>) =>
        [...set]
          .sort((a, b) => a - b)
          .map(word)
          .join(' ')
      console.log(`\n### ${article.file}`)
      for (const g of goldAll.filter((u) => !u.nested))
        console.log(
          `  gold ${g.form.padEnd(20)} [${show(g.roles.source)}] (${show(g.roles.cue)}) ${show(g.roles.message)}`,
        )
      for (const u of units.filter((x) => !x.nested))
        console.log(
          `  sys  ${u.form.padEnd(20)} [${show(u.roles.source)}] (${show(u.roles.cue)}) ${show(u.roles.message)}`,
        )
    }
  }
  const seconds = (performance.now() - started) / 1000

  const j2 = joint(sub2, ['message', 'source'])
  console.log(
    `SpkAtt-2023 Task 2 (news): ${articles.length} articles from ${dir} (${(articles.length / seconds).toFixed(1)} articles/s incl. pipeline)`,
  )
  printTable('Subtask 2 (top-level messages and sources)', [
    ['message', sub2.message, '48.3 (QUiTE baseline, dev)'],
    ['source', sub2.source, '34.8'],
    ['joint', j2, '41.8'],
  ])
  console.log(
    `  form agreement on matched messages ${pct(mean(agree2.form))}%, medium ${pct(mean(agree2.medium))}%`,
  )
  printTable('Subtask 1 (all annotations, all roles)', [
    ...ROLES.map((role) => [role, sub1[role]] as [string, Counts]),
    ['joint', joint(sub1, ROLES), '38.9 (QUiTE baseline, dev)'],
  ])
  console.log(
    `  form agreement on matched messages ${pct(mean(agree1.form))}%, medium ${pct(mean(agree1.medium))}%`,
  )
  const f = (c: Counts) => (100 * prf(c).f).toFixed(1)
  console.log(`spkatt joint F1=${f(j2)} message F1=${f(sub2.message)} source F1=${f(sub2.source)}`)
}

// run directly: node --import tsx eval/spkatt.ts
if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2))
