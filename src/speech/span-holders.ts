import { firstIndex, type Span } from '../document/index.ts'

/**
 * Whether any of `spans` holds a given span. Sorted by start with the furthest end reached so far, so one binary
 * search answers: some span starting at or before the inner one reaches past its end.
 */
export function anySpanHolding(spans: readonly Span[]): (inner: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a[0] - b[0])
  const furthestEnd = furthestEnds(sorted)
  return (inner) => {
    const startingBefore = firstIndex(sorted, (s) => s[0], inner[0])
    return startingBefore > 0 && (furthestEnd[startingBefore - 1] as number) >= inner[1]
  }
}

/** Whether any of `spans` overlaps a given span (shares a character with it; an empty span inside it counts). */
export function anySpanOverlapping(spans: readonly Span[]): (other: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a[0] - b[0])
  const furthestEnd = furthestEnds(sorted)
  return (other) => {
    const startingBefore = firstIndex(sorted, (s) => s[0], other[1], true)
    return startingBefore > 0 && (furthestEnd[startingBefore - 1] as number) > other[0]
  }
}

/**
 * The indices of the spans (absent ones skipped) that hold a given span, ascending. A holder starts no earlier than
 * the inner span's end minus the longest span, so only the spans starting in that stretch are tried, found by binary
 * search: a long text's quotes do not each try every other quote.
 */
export function spansHolding(spans: readonly (Span | undefined)[]): (inner: Span) => number[] {
  const byStart = spans.flatMap((s, i) => (s ? [i] : []))
  const start = (i: number) => (spans[i] as Span)[0]
  byStart.sort((a, b) => start(a) - start(b) || a - b)
  const longest = byStart.reduce((most, i) => Math.max(most, (spans[i] as Span)[1] - start(i)), 0)
  return (inner) => {
    const holders: number[] = []
    const from = firstIndex(byStart, start, inner[1] - longest, true)
    const to = firstIndex(byStart, start, inner[0])
    for (let k = from; k < to; k++) {
      const i = byStart[k] as number
      if ((spans[i] as Span)[1] >= inner[1]) holders.push(i)
    }
    return holders.sort((a, b) => a - b)
  }
}

/** Per position of spans sorted by start, the furthest end of the spans up to it. */
function furthestEnds(sorted: readonly Span[]): number[] {
  const ends: number[] = []
  let end = Number.NEGATIVE_INFINITY
  for (const s of sorted) {
    end = Math.max(end, s[1])
    ends.push(end)
  }
  return ends
}
