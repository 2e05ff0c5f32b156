import type { Span } from './span.ts'

/** width in characters of one bucket of a SpanSet */
const BUCKET = 256
/** spans over more buckets than this are kept in one list that every query reads */
const MAX_BUCKETS = 16

/**
 * Spans that can be asked whether any of them overlaps a span (a[0] < b[1] && b[0] < a[1]), in time that does not
 * grow with the number of spans held: each span is filed under the buckets of text it touches.
 */
export class SpanSet {
  private readonly buckets = new Map<number, Span[]>()
  private readonly long: Span[] = []

  constructor(spans: Iterable<Span> = []) {
    for (const span of spans) this.add(span)
  }

  add(span: Span): void {
    const from = Math.floor(span[0] / BUCKET)
    const to = Math.floor(Math.max(span[0], span[1] - 1) / BUCKET)
    if (to - from > MAX_BUCKETS) {
      this.long.push(span)
      return
    }
    for (let b = from; b <= to; b++) {
      const list = this.buckets.get(b)
      if (list) list.push(span)
      else this.buckets.set(b, [span])
    }
  }

  overlaps(span: Span): boolean {
    for (const s of this.long) if (s[0] < span[1] && span[0] < s[1]) return true
    const from = Math.floor(span[0] / BUCKET)
    const to = Math.floor(Math.max(span[0], span[1] - 1) / BUCKET)
    if (to - from > MAX_BUCKETS) {
      for (const list of this.buckets.values())
        for (const s of list) if (s[0] < span[1] && span[0] < s[1]) return true
      return false
    }
    for (let b = from; b <= to; b++)
      for (const s of this.buckets.get(b) ?? []) if (s[0] < span[1] && span[0] < s[1]) return true
    return false
  }
}
