import { describe, expect, it } from 'vitest'
import { isFileName, isMediaTime } from './page-leftovers.ts'

describe('page leftovers', () => {
  it.each([
    ['00:00', true],
    ['03:15', true],
    ['1:02:07', true],
    ['00:00 / 03:15', true],
    ['11.00 Uhr', false],
    ['Um 03:15 begann der Angriff.', false],
    ['2:1', false],
  ])('media time %s → %s', (text, expected) => {
    expect(isMediaTime(text)).toBe(expected)
  })

  it.each([
    ['IMG_1234.jpg', true],
    ['foto-xyz.png', true],
    ['1.JPG', true],
    ['U-S-President-Donald-Trump-looks-on-as-he-signs', true],
    ['Golem.de', false],
    ['Baden-Württemberg', false],
    ['Nordrhein-Westfalen-Ticket', false],
    ['Das Bild zeigt foto.jpg im Archiv', false],
  ])('file name %s → %s', (text, expected) => {
    expect(isFileName(text)).toBe(expected)
  })
})
