import { describe, expect, it } from 'vitest'
import { plausibleGoldDate, sameDate } from './html.ts'

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
  })
})
