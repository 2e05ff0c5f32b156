import { describe, expect, it } from 'vitest'
import { normalisePublished, readPublished } from './published-date.ts'

describe('published dates in one form', () => {
  it.each([
    ['2022-01-21', '2022-01-21'],
    ['2022-01-21T09:30:13+02:00', '2022-01-21T09:30:13+02:00'],
    ['2022-01-21T09:30:13.250Z', '2022-01-21T09:30:13+00:00'],
    ['2022-01-21 09:30+0100', '2022-01-21T09:30:00+01:00'],
    ['2022-01-21T09:30:13-05', '2022-01-21T09:30:13-05:00'],
    // a time without a zone is no instant: the date stays
    ['2022-01-21T09:30:13', '2022-01-21'],
  ])('%s is stored as %s', (value, stored) => {
    expect(readPublished(value)).toBe(stored)
  })

  it.each([
    '2022-13-45',
    '2022-02-30',
    '2022-01-21T25:00Z',
    '21.01.2022',
    'gestern',
    '2022-01-21T09:30+15:00',
  ])('%s is no date', (value) => {
    expect(readPublished(value)).toBeUndefined()
    expect(() => normalisePublished(value)).toThrow(/published: .* is not a date/u)
  })

  it('leaves a missing date missing', () => {
    expect(normalisePublished(undefined)).toBeNull()
    expect(normalisePublished('')).toBeNull()
  })
})
