import { describe, expect, it } from 'vitest'
import { normalizeDate } from './normalize-date.ts'

describe('normalizeDate', () => {
  it.each([
    // German-written RFC 822, as some German CMSs put into <pubDate>
    ['Mi, 12 Mär 2025 10:00:00 +0100', '2025-03-12T10:00:00+01:00'],
    ['Mi., 12. März 2025 10:00:00 +0100', '2025-03-12T10:00:00+01:00'],
    ['Do, 03 Okt 2024 08:15:00 +0200', '2024-10-03T08:15:00+02:00'],
    ['Di, 31 Dez 2024 23:59:59 GMT', '2024-12-31T23:59:59Z'],
    ['So, 2 Feb 2025 19:45:00 MEZ', '2025-02-02T19:45:00+01:00'],
    ['Sa, 14 Jun 2025 12:00:00 MESZ', '2025-06-14T12:00:00+02:00'],
    ['Mo, 13 Jän 2025 07:00:00 +0100', '2025-01-13T07:00:00+01:00'],
    ['Freitag, 21. Januar 2022, 14:05 Uhr', '2022-01-21T14:05:00'],
    ['Mrz 5 2025', undefined],
    // English RFC 822
    ['Wed, 12 Mar 2025 10:00:00 +0100', '2025-03-12T10:00:00+01:00'],
    ['Thu, 03 Oct 2024 08:15:00 EDT', '2024-10-03T08:15:00-04:00'],
    ['12 Mar 25 10:00 +0100', '2025-03-12T10:00:00+01:00'],
    // ISO 8601 as pages and JSON-LD write it
    ['2024-04-22T15:26:46.863186+00:00', '2024-04-22T15:26:46.863+00:00'],
    ['2024-04-26T20:44:00+0200', '2024-04-26T20:44:00+02:00'],
    ['2023-04-28 17:23:42', '2023-04-28T17:23:42'],
    ['2024-08-22', '2024-08-22'],
    ['2024-04-26 20:44', '2024-04-26T20:44:00'],
    // German numeric dates on pages
    ['28.04.2023, 19:20 Uhr', '2023-04-28T19:20:00'],
    ['03.05.2024', '2024-05-03'],
    // not dates, or impossible ones
    ['31.02.2024', undefined],
    ['Mi, 12 Foo 2025 10:00:00 +0100', undefined],
    ['gestern', undefined],
    ['', undefined],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected)
  })
})
