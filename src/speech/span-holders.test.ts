import { describe, expect, it } from 'vitest'
import type { Span } from '../document/index.ts'
import { anySpanHolding, anySpanOverlapping, spansHolding } from './span-holders.ts'

/** The plain answers both indexes must give: every span tried against the inner one. */
const holds = (outer: Span, inner: Span) => outer[0] <= inner[0] && inner[1] <= outer[1]

const text =
  'Lawrow sagte: „Blinken hat uns zugesichert, dass die NATO nicht wächst.“ Bezirkshauptmann Graf Schaffgotsch betonte, „Wir bleiben“, so Schaffgotsch.'
const spanOf = (phrase: string, from = 0): Span => {
  const at = text.indexOf(phrase, from)
  if (at < 0) throw new Error(`"${phrase}" is not in the text`)
  return [at, at + phrase.length]
}

describe('anySpanHolding', () => {
  const quoted = [
    spanOf('„Blinken hat uns zugesichert, dass die NATO nicht wächst.“'),
    spanOf('„Wir bleiben“'),
  ]
  const inQuotes = anySpanHolding(quoted)

  it('tells a name inside quotation marks from one outside them', () => {
    expect(inQuotes(spanOf('Blinken'))).toBe(true)
    expect(inQuotes(spanOf('NATO'))).toBe(true)
    expect(inQuotes(spanOf('Lawrow'))).toBe(false)
    expect(inQuotes(spanOf('Schaffgotsch'))).toBe(false)
  })

  it('needs one span to hold the whole inner span, not two that touch it', () => {
    expect(inQuotes(spanOf('wächst.“ Bezirkshauptmann'))).toBe(false)
    expect(anySpanHolding([])([0, 1])).toBe(false)
  })

  it('answers as trying every span does, for every stretch of the text', () => {
    const spans: Span[] = [
      [40, 50],
      [0, 30],
      [5, 12],
      [28, 90],
      [60, 61],
      [60, 61],
      [100, 100],
    ]
    const anyHolds = anySpanHolding(spans)
    for (let a = 0; a <= 110; a += 3)
      for (let b = a; b <= 110; b += 4)
        expect(anyHolds([a, b]), `[${a}, ${b}]`).toBe(spans.some((s) => holds(s, [a, b])))
  })
})

describe('anySpanOverlapping', () => {
  it('tells a sentence that shares words with a caption from one that does not', () => {
    const captions = anySpanOverlapping([spanOf('Bezirkshauptmann Graf')])
    expect(captions(spanOf('„Wir bleiben“, so Schaffgotsch.'))).toBe(false)
    expect(captions(spanOf('wächst.“ Bezirkshauptmann'))).toBe(true)
    expect(captions(spanOf('Graf Schaffgotsch betonte'))).toBe(true)
    expect(captions(spanOf('Schaffgotsch betonte'))).toBe(false)
  })

  it('answers as trying every span does, with touching, nested and empty spans', () => {
    const overlap = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1]
    const spans: Span[] = [
      [40, 50],
      [0, 30],
      [5, 12],
      [28, 90],
      [60, 61],
      [100, 100],
    ]
    const anyOverlaps = anySpanOverlapping(spans)
    for (let a = 0; a <= 110; a += 3)
      for (let b = a; b <= 110; b += 2)
        expect(anyOverlaps([a, b]), `[${a}, ${b}]`).toBe(spans.some((s) => overlap(s, [a, b])))
    expect(anySpanOverlapping([])([0, 5])).toBe(false)
  })
})

describe('spansHolding', () => {
  it('gives the indices of the speaker mentions that hold a name, in the order of the quotes', () => {
    const mentions: (Span | undefined)[] = [
      spanOf('Schaffgotsch', text.indexOf('so ')),
      undefined,
      spanOf('Bezirkshauptmann Graf Schaffgotsch'),
      spanOf('Lawrow'),
    ]
    const holding = spansHolding(mentions)
    expect(holding(spanOf('Schaffgotsch'))).toEqual([2])
    expect(holding(spanOf('Schaffgotsch', text.indexOf('so ')))).toEqual([0])
    expect(holding(spanOf('Lawrow'))).toEqual([3])
    expect(holding(spanOf('Blinken'))).toEqual([])
  })

  it('answers as trying every span does, with nested, equal and missing spans', () => {
    const spans: (Span | undefined)[] = [[40, 50], undefined, [0, 30], [5, 12], [28, 90], [60, 61], [60, 61]]
    const holding = spansHolding(spans)
    for (let a = 0; a <= 95; a += 2)
      for (let b = a; b <= 95; b += 3) {
        const plain = spans.flatMap((s, i) => (s && holds(s, [a, b]) ? [i] : []))
        expect(holding([a, b]), `[${a}, ${b}]`).toEqual(plain)
      }
  })
})
