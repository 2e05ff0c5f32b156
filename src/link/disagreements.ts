import type { Disagreement, FigureGroup, FigureReport, QuantityReport } from './report-types.ts'

/**
 * The same quantity reported differently by different sources, kept side by side: ORF.at counts "100.000
 * Soldaten" at the border, another outlet the same week "127.000 Soldaten". Nobody decides who is right; the
 * reports are shown together with their outlets and evidence.
 */

export type { Disagreement, FigureGroup, QuantityReport } from './report-types.ts'

/** Reports this many days apart can still be about the same figure. */
const WINDOW_DAYS = 3
/** Values further apart than this factor count different things (830 soldiers in Estonia, 100.000 at the border). */
const MAX_RATIO = 2
/** "rund 100.000" and "etwa 105.000" agree: approximate figures within this share are the same. */
const APPROX_TOLERANCE = 0.1

/** "russische Soldaten" and "Soldat" count the same thing: the head noun, lower-cased, without plural ending. */
export function countedKey(of: string): string {
  const words = of.match(/[\p{L}\p{N}]+/gu) ?? []
  // German nouns are capitalised: the head of "russische Soldaten" is "Soldaten", of "Bataillone des …" "Bataillone"
  const head = words.find((w) => /^\p{Lu}/u.test(w)) ?? words[0] ?? ''
  return head.toLowerCase().replace(/(en|n|e|s)$/u, '')
}

const day = (iso: string | null) => (iso ? Date.parse(iso.slice(0, 10)) / 864e5 : Number.NaN)

function sameFigure(a: QuantityReport, b: QuantityReport): boolean {
  if (a.value === b.value) return true
  if (!(a.approx || b.approx)) return false
  return Math.abs(a.value - b.value) <= APPROX_TOLERANCE * Math.max(Math.abs(a.value), Math.abs(b.value))
}

/**
 * The reports of one cluster that outlets dispute: outlet B disputes A's figure when none of B's agrees with it
 * and B gives a figure of its own that none of A's agrees with. Three outlets carrying one APA story all say
 * "Hunderte" and "140" soldiers (no dispute, however close the two figures are; nor from a fourth that gives only
 * the 140), while one of them says 127.000 where the others say 100.000 (a dispute of all three). One report per
 * outlet and figure: an outlet repeating itself is no second source.
 */
function disputedReports(cluster: readonly QuantityReport[]): QuantityReport[] {
  const byOutlet = new Map<string | null, QuantityReport[]>()
  for (const r of cluster) {
    const theirs = byOutlet.get(r.outlet) ?? []
    if (!theirs.some((t) => t.value === r.value && t.approx === r.approx)) theirs.push(r)
    byOutlet.set(r.outlet, theirs)
  }
  const agreesWithAny = (r: QuantityReport, figures: readonly QuantityReport[]) =>
    figures.some((t) => sameFigure(r, t))
  const disputes = (other: readonly QuantityReport[], r: QuantityReport) => {
    const own = byOutlet.get(r.outlet) ?? []
    return !agreesWithAny(r, other) && other.some((t) => !agreesWithAny(t, own))
  }
  return [...byOutlet.values()]
    .flat()
    .filter((r) => [...byOutlet].some(([outlet, other]) => outlet !== r.outlet && disputes(other, r)))
}

export function findDisagreements(reports: readonly QuantityReport[]): Disagreement[] {
  const groups = new Map<string, QuantityReport[]>()
  for (const r of reports) {
    if (!r.of || !r.outlet || !r.published || !(r.value > 0)) continue
    const key = `${countedKey(r.of)}|${r.unit ?? ''}`
    const list = groups.get(key) ?? []
    list.push(r)
    groups.set(key, list)
  }
  const out: Disagreement[] = []
  for (const list of groups.values()) {
    list.sort((a, b) => day(a.published) - day(b.published) || a.value - b.value)
    // single-link clusters: close in time and of the same order of magnitude
    const parent = list.map((_, i) => i)
    const find = (i: number): number => {
      const up = parent[i] as number
      if (up === i) return i
      const root = find(up)
      parent[i] = root
      return root
    }
    for (let i = 0; i < list.length; i++) {
      const a = list[i] as QuantityReport
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j] as QuantityReport
        if (day(b.published) - day(a.published) > WINDOW_DAYS) break
        const ratio = Math.max(a.value, b.value) / Math.min(a.value, b.value)
        if (ratio <= MAX_RATIO) parent[find(j)] = find(i)
      }
    }
    const clusters = new Map<number, QuantityReport[]>()
    list.forEach((r, i) => {
      const root = find(i)
      clusters.set(root, [...(clusters.get(root) ?? []), r])
    })
    for (const cluster of clusters.values()) {
      const kept = disputedReports(cluster)
      if (kept.length === 0) continue
      const dates = kept.map((r) => r.published as string).sort()
      out.push({
        of: (kept[0] as QuantityReport).of as string,
        unit: (kept[0] as QuantityReport).unit,
        from: dates[0] ?? null,
        to: dates.at(-1) ?? null,
        reports: kept.sort((a, b) => a.value - b.value || (a.outlet ?? '').localeCompare(b.outlet ?? '')),
      })
    }
  }
  return out.sort((a, b) => (b.to ?? '').localeCompare(a.to ?? '') || a.of.localeCompare(b.of))
}

/**
 * Every counted thing with all its reports across the corpus, those in dispute (a report of a disagreement) first,
 * then the most reported: the board's figures by source, paged by the API instead of read from the newest articles.
 */
export function groupFigures(reports: readonly QuantityReport[]): FigureGroup[] {
  const disputed = new Set(
    findDisagreements(reports).flatMap((d) => d.reports.map((r) => `${r.documentId}:${r.span[0]}`)),
  )
  const groups = new Map<string, FigureGroup>()
  for (const r of reports) {
    if (!r.of) continue
    const key = countedKey(r.of)
    let group = groups.get(key)
    if (!group) {
      group = { of: r.of, disputed: false, reports: [] }
      groups.set(key, group)
    }
    const inDispute = disputed.has(`${r.documentId}:${r.span[0]}`)
    group.reports.push({ ...r, disputed: inDispute })
    if (inDispute) group.disputed = true
  }
  const newestFirst = (a: FigureReport, b: FigureReport) =>
    (b.published ?? '').localeCompare(a.published ?? '') ||
    a.documentId.localeCompare(b.documentId) ||
    a.span[0] - b.span[0]
  for (const group of groups.values()) group.reports.sort(newestFirst)
  return [...groups.values()].sort(
    (a, b) => Number(b.disputed) - Number(a.disputed) || b.reports.length - a.reports.length,
  )
}
