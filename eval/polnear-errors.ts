/**
 * `npm run eval -- polnear --errors [--show CLASS]`: what the English speech rules miss on PolNeAR, for tuning on
 * train (never read dev's errors). Each gold attribution is classed by how the system's quotes meet it: `missed`
 * (no quote overlaps its content), `content` (overlaps, boundaries differ), `source` / `cue` (content exact, that
 * role wrong); each system quote no gold content overlaps is `false`. Prints the counts, the most frequent missed
 * cues, and with `--show CLASS` each case with its span texts.
 */
import type { Parts } from './brat.ts'
import { partsOverlap, sameParts, trimParts } from './brat.ts'

type Roles = { source: Parts | undefined; cue: Parts | undefined; content: Parts | undefined }

export interface ErrorTally {
  classes: Map<string, number>
  missedCues: Map<string, number>
  shown: string[]
}

export const emptyTally = (): ErrorTally => ({ classes: new Map(), missedCues: new Map(), shown: [] })

const read = (text: string, parts: Parts | undefined) =>
  parts ? parts.map(([a, b]) => text.slice(a, b)).join(' … ') : '∅'

const trimmed = (text: string, parts: Parts | undefined) => (parts ? trimParts(text, parts) : [])

function same(text: string, g: Parts | undefined, s: Parts | undefined): boolean {
  const a = trimmed(text, g)
  const b = trimmed(text, s)
  return a.length === 0 ? b.length === 0 : sameParts(a, b)
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1)
}

/** Classes one article's gold attributions against the system's quotes into `tally`. */
export function tallyErrors(
  tally: ErrorTally,
  name: string,
  text: string,
  gold: Roles[],
  system: Roles[],
  show: string | undefined,
): void {
  const context = (parts: Parts | undefined) => {
    if (!parts || parts.length === 0) return ''
    const a = Math.max(0, (parts[0] as [number, number])[0] - 120)
    const b = Math.min(text.length, (parts.at(-1) as [number, number])[1] + 120)
    return text.slice(a, b).replace(/\s+/gu, ' ')
  }
  const emit = (cls: string, lines: string[]) => {
    bump(tally.classes, cls)
    if (show === cls || show === 'all') tally.shown.push(`[${cls}] ${name}\n  ${lines.join('\n  ')}\n`)
  }
  const touched = new Set<number>()
  for (const g of gold) {
    const gc = trimmed(text, g.content)
    const hit = system.findIndex((s) => gc.length > 0 && partsOverlap(gc, trimmed(text, s.content)))
    const golden = [
      `gold  src=${read(text, g.source)} | cue=${read(text, g.cue)} | content=${read(text, g.content)}`,
    ]
    if (hit < 0) {
      bump(tally.missedCues, read(text, g.cue).toLowerCase())
      emit('missed', [...golden, `ctx   ${context(g.content)}`])
      continue
    }
    touched.add(hit)
    const s = system[hit] as Roles
    const mine = `sys   src=${read(text, s.source)} | cue=${read(text, s.cue)} | content=${read(text, s.content)}`
    if (!same(text, g.content, s.content)) emit('content', [...golden, mine])
    else if (!same(text, g.source, s.source)) emit('source', [...golden, mine])
    else if (!same(text, g.cue, s.cue)) emit('cue', [...golden, mine])
    else bump(tally.classes, 'exact')
  }
  system.forEach((s, i) => {
    if (touched.has(i)) return
    const sc = trimmed(text, s.content)
    if (gold.some((g) => partsOverlap(trimmed(text, g.content), sc))) return
    emit('false', [
      `sys   src=${read(text, s.source)} | cue=${read(text, s.cue)} | content=${read(text, s.content)}`,
    ])
  })
}

export function printTally(tally: ErrorTally): void {
  for (const line of tally.shown) console.log(line)
  console.log(`errors: ${[...tally.classes].map(([k, n]) => `${k} ${n}`).join(', ')}`)
  const top = [...tally.missedCues].sort((a, b) => b[1] - a[1]).slice(0, 60)
  console.log(`missed cues: ${top.map(([k, n]) => `${k} ${n}`).join(', ')}`)
}
