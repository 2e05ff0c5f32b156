import type { Span } from './api.ts'

export interface Mark<T = unknown> {
  span: Span
  layer: 'quote' | 'cue' | 'mention' | 'event' | 'time' | 'qty'
  item: T
}

export interface Segment {
  start: number
  end: number
  /** every mark that covers the whole segment, shortest first (so [0] of a layer is the innermost) */
  marks: Mark[]
  /** marks that begin exactly here (an event's tag is drawn at its start) */
  starting: Mark[]
}

/**
 * Cuts `range` at every boundary of the marks that touch it. Marks overlap freely (a quote holds a date and
 * a figure, an event spans a quote and its cue), so each segment lists all marks covering it.
 */
export function cutSegments(range: Span, marks: Mark[]): Segment[] {
  const touching = marks
    .filter((m) => m.span[0] < range[1] && m.span[1] > range[0])
    .sort((a, b) => a.span[1] - a.span[0] - (b.span[1] - b.span[0]))
  const cuts = new Set<number>([range[0], range[1]])
  for (const m of touching) {
    cuts.add(Math.max(range[0], m.span[0]))
    cuts.add(Math.min(range[1], m.span[1]))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number
    const end = points[i + 1] as number
    segments.push({
      start,
      end,
      marks: touching.filter((m) => m.span[0] <= start && end <= m.span[1]),
      starting: touching.filter((m) => m.span[0] === start),
    })
  }
  return segments
}
