/**
 * `npm run eval -- polnear [--dir DIR] [--limit N] [--errors [--show CLASS]]`: who said what in English against PolNeAR (US political news,
 * 2016; brat `Source`/`Cue`/`Content` spans tied by `Attribution` events). DIR is laid out as PolNeAR's `dev/`:
 * `text/<article>.txt` and `attributions/<article>_<hash>.ann`; the default is the dev split under
 * `$LAGEBILD_DATA/english/polnear`. Each article runs through the full pipeline as English; a quote gives its said
 * words as content, its cue spans as cue and its speaker mention as source.
 *
 * Scored per role as PolNeAR's papers do, span against span: exact match (the same characters once blanks, quotation
 * marks and punctuation at the edges are trimmed from both sides; a discontinuous span must match part for part)
 * and overlap (any shared character), each gold span taken by at most one system span. PolNeAR has no data licence:
 * evaluate and tune only, never train a shipped model on it or copy it into the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createEnv } from '../src/document/index.ts'
import { analyzeText } from '../src/pipeline.ts'
import { type Parts, parseBrat, partsOverlap, sameParts, trimParts } from './brat.ts'
import { emptyTally, printTally, tallyErrors } from './polnear-errors.ts'

const ROLES = ['source', 'cue', 'content'] as const
type Role = (typeof ROLES)[number]

interface Counts {
  gold: number
  sys: number
  exact: number
  overlap: number
}

/** The text file an annotation file belongs to: `name_ab12.ann` annotates `name.txt`. */
function textFileOf(textDir: string, annName: string): string | undefined {
  const base = annName.replace(/\.ann$/u, '')
  for (const candidate of [base, base.replace(/_[0-9a-f]{4}$/u, '')]) {
    const path = join(textDir, `${candidate}.txt`)
    if (existsSync(path)) return path
  }
  return undefined
}

/** Greedy one-to-one matches of system spans to gold spans under `meets`. */
function matches(gold: Parts[], sys: Parts[], meets: (g: Parts, s: Parts) => boolean): number {
  const used = new Set<number>()
  let n = 0
  for (const s of sys) {
    const g = gold.findIndex((x, i) => !used.has(i) && meets(x, s))
    if (g >= 0) {
      used.add(g)
      n++
    }
  }
  return n
}

/** The spans of one role in an article, gold and system, trimmed and without empty ones. */
export function scoreArticle(
  text: string,
  gold: Array<Record<Role, Parts | undefined>>,
  system: Array<Record<Role, Parts | undefined>>,
): Record<Role, Counts> {
  const out = {} as Record<Role, Counts>
  for (const role of ROLES) {
    const spans = (list: typeof gold) =>
      list.map((a) => (a[role] ? trimParts(text, a[role]) : [])).filter((p) => p.length > 0)
    const g = spans(gold)
    const s = spans(system)
    out[role] = {
      gold: g.length,
      sys: s.length,
      exact: matches(g, s, sameParts),
      overlap: matches(g, s, partsOverlap),
    }
  }
  return out
}

const f1 = (tp: number, gold: number, sys: number) => {
  const p = sys > 0 ? tp / sys : 0
  const r = gold > 0 ? tp / gold : 0
  return { p: 100 * p, r: 100 * r, f: p + r > 0 ? (200 * p * r) / (p + r) : 0 }
}

export async function main(args: string[]): Promise<void> {
  const at = (flag: string) => {
    const i = args.indexOf(flag)
    return i >= 0 ? args[i + 1] : undefined
  }
  const data = process.env.LAGEBILD_DATA ?? join(process.cwd(), '..', 'shared', 'data')
  const dir = at('--dir') ?? join(data, 'english', 'polnear', 'dev')
  const limit = Number(at('--limit') ?? Number.POSITIVE_INFINITY)
  const annDir = join(dir, 'attributions')
  const textDir = join(dir, 'text')
  if (!existsSync(annDir) || !existsSync(textDir)) {
    console.error(`polnear: ${dir} has no attributions/ and text/ folders (PolNeAR's dev/ layout)`)
    process.exit(2)
  }
  const errors = args.includes('--errors') ? emptyTally() : undefined
  const env = createEnv()
  const total: Record<Role, Counts> = {
    source: { gold: 0, sys: 0, exact: 0, overlap: 0 },
    cue: { gold: 0, sys: 0, exact: 0, overlap: 0 },
    content: { gold: 0, sys: 0, exact: 0, overlap: 0 },
  }
  let articles = 0
  let attributions = 0
  const langs = new Map<string, number>()
  for (const name of readdirSync(annDir)
    .filter((n) => n.endsWith('.ann'))
    .sort()) {
    if (articles >= limit) break
    const textFile = textFileOf(textDir, name)
    if (!textFile) {
      console.error(`polnear: no text for ${name}, skipped`)
      continue
    }
    const text = readFileSync(textFile, 'utf8')
    const gold = parseBrat(readFileSync(join(annDir, name), 'utf8')).attributions
    const doc = analyzeText(text, { lang: 'en' }, env)
    langs.set(doc.lang, (langs.get(doc.lang) ?? 0) + 1)
    const system = (doc.layers.quotes ?? []).map((q) => ({
      source: q.speakerMention ? ([q.speakerMention] as Parts) : undefined,
      cue: q.cue && q.cue.length > 0 ? (q.cue as Parts) : undefined,
      content: (q.parts ?? [q.span]) as Parts,
    }))
    const scores = scoreArticle(text, gold, system)
    if (errors) tallyErrors(errors, name, text, gold, system, at('--show'))
    for (const role of ROLES)
      for (const k of ['gold', 'sys', 'exact', 'overlap'] as const) total[role][k] += scores[role][k]
    articles++
    attributions += gold.length
  }
  if (errors) printTally(errors)
  console.log(
    `polnear ${dir}: ${articles} articles, ${attributions} attributions (read as ${[...langs].map(([l, n]) => `${l} ${n}`).join(', ')})`,
  )
  console.log('role        gold   sys   exact P     R    F1   overlap P     R    F1')
  const fmt = (x: number) => x.toFixed(1).padStart(5)
  const line: string[] = []
  for (const role of ROLES) {
    const c = total[role]
    const e = f1(c.exact, c.gold, c.sys)
    const o = f1(c.overlap, c.gold, c.sys)
    console.log(
      `${role.padEnd(9)} ${String(c.gold).padStart(6)} ${String(c.sys).padStart(5)}   ${fmt(e.p)} ${fmt(e.r)} ${fmt(e.f)}   ${fmt(o.p)} ${fmt(o.r)} ${fmt(o.f)}`,
    )
    line.push(`${role}=${e.f.toFixed(1)}`)
  }
  console.log(`polnear F1 ${line.join(' ')}`)
}
