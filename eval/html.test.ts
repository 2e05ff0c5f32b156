import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { pageHeadlines, plausibleGoldDate, sameDate, tokenF1 } from './html.ts'

describe('html eval: expected dates', () => {
  it('corrects a date Fundus read month-first when it lies after the crawl ("06.01.2026" → 2026-06-01)', () => {
    expect(plausibleGoldDate('2026-06-01 00:00:00', '2026-01-07 22:16:00.930260')).toEqual({
      date: '2026-01-06 00:00:00',
      corrected: true,
      dropped: false,
    })
  })

  it('keeps a date on or before the crawl, and leaves out one that no swap repairs', () => {
    expect(plausibleGoldDate('2024-04-25 14:07:00', '2024-04-25 20:00:00')).toMatchObject({
      date: '2024-04-25 14:07:00',
      corrected: false,
    })
    expect(plausibleGoldDate('2024-12-25 10:00:00', '2024-04-25 20:00:00')).toMatchObject({ dropped: true })
  })

  it('compares instants when both sides carry a zone, else calendar days', () => {
    expect(sameDate('2024-04-22T15:26:00+02:00', '2024-04-22T13:26:00Z').date).toBe(true)
    expect(sameDate('2024-04-22T15:26:00+02:00', '2024-04-22T15:26:00Z').date).toBe(false)
    expect(sameDate('2024-04-25T14:07:00', '2024-04-25 14:07:00').date).toBe(true)
    // one side without a zone: the wall clock decides, to the minute
    expect(sameDate('2024-04-24T22:58:49.536+02:00', '2024-04-24 22:58:49').date).toBe(true)
    expect(sameDate('2024-04-24T21:58:49+02:00', '2024-04-24 22:58:49').date).toBe(false)
    expect(sameDate('2024-04-22', '2024-04-22 00:00:00').date).toBe(true)
  })
})

describe('html eval: the headlines a page declares', () => {
  it('collects JSON-LD headline, og:title, <h1> and <title> without the outlet tail', () => {
    const { document } =
      parseHTML(`<html><head><title>Silicon Valley Bank: Federal Reserve räumt Versäumnisse ein - DER SPIEGEL</title>
      <meta property="og:title" content="Silicon Valley Bank: Federal Reserve räumt Versäumnisse ein">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Kollaps der Silicon Valley Bank: US-Notenbank räumt Versäumnisse ein"}</script>
      </head><body><h1>Silicon Valley Bank: Federal Reserve räumt Versäumnisse ein</h1></body></html>`)
    const keys = pageHeadlines(document as never)
    expect(keys.has('kollaps der silicon valley bank us notenbank räumt versäumnisse ein')).toBe(true)
    expect(keys.has('silicon valley bank federal reserve räumt versäumnisse ein')).toBe(true)
    expect(keys.has('silicon valley bank federal reserve räumt versäumnisse ein der spiegel')).toBe(true)
    expect(keys.has('silicon valley bank')).toBe(false)
  })
})

describe('html eval: body tokens', () => {
  it('counts "für" written with a combining diaeresis (NFD) as the same word', () => {
    expect(tokenF1('Kate Moss für die Vogue', 'Kate Moss fu\u0308r die Vogue')).toBe(1)
    expect(tokenF1('Kate Moss für die Vogue', 'Kate Moss fuer die Vogue')).toBeLessThan(1)
  })
})
