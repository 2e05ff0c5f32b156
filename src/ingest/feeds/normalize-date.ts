/**
 * Dates as feeds and pages write them, to ISO 8601. The offset the source wrote is kept (not converted to UTC),
 * so the calendar day stays the one the outlet meant; a source without a zone gives a local ISO time without one
 * rather than a guessed zone.
 */

/** German, Austrian and English month names and abbreviations ("Mär", "Mrz", "Jänner", "Sept."). */
const MONTHS: Record<string, number> = {
  jan: 1,
  januar: 1,
  january: 1,
  jänner: 1,
  jaenner: 1,
  jän: 1,
  feb: 2,
  februar: 2,
  february: 2,
  feber: 2,
  mär: 3,
  mrz: 3,
  mar: 3,
  märz: 3,
  maerz: 3,
  march: 3,
  apr: 4,
  april: 4,
  mai: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oct: 10,
  oktober: 10,
  october: 10,
  nov: 11,
  november: 11,
  dez: 12,
  dec: 12,
  dezember: 12,
  december: 12,
}

/** Zone names RFC 822 allows plus the German ones ("MEZ", "MESZ") that German feeds write. */
const ZONES: Record<string, string> = {
  z: 'Z',
  ut: 'Z',
  utc: 'Z',
  gmt: 'Z',
  mez: '+01:00',
  cet: '+01:00',
  mesz: '+02:00',
  cest: '+02:00',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
}

const pad = (n: number | string, width = 2) => String(n).padStart(width, '0')

function offsetOf(zone: string | undefined): string | undefined {
  if (!zone) return undefined
  const named = ZONES[zone.toLowerCase()]
  if (named) return named
  // "+0100", "+01:00", "-05"
  const m = /^([+-])(\d{2}):?(\d{2})?$/u.exec(zone)
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : undefined
}

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function assemble(
  year: number,
  month: number,
  day: number,
  time?: { h: string; m: string; s?: string; frac?: string },
  zone?: string,
): string | undefined {
  if (!validDate(year, month, day)) return undefined
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`
  if (!time) return date
  if (Number(time.h) > 24 || Number(time.m) > 59 || Number(time.s ?? 0) > 60) return undefined
  const seconds = `:${pad(time.s ?? '00')}${time.frac ? `.${time.frac}` : ''}`
  const offset = zone === undefined ? '' : offsetOf(zone)
  if (offset === undefined) return undefined
  return `${date}T${pad(time.h)}:${pad(time.m)}${seconds}${offset}`
}

// "2025-03-12T10:00:00+01:00", "2024-04-22T15:26:46.863Z", "2023-04-28 17:23:42", "2024-04-22T15:26:46+0200", "2024-05-03"
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/iu

// "Mi, 12 Mär 2025 10:00:00 +0100", "Wed, 12 Mar 2025 10:00:00 GMT", "Mittwoch, 12. März 2025, 10:00 Uhr MEZ"
const WRITTEN =
  /^(?:[\p{L}]+\.?,?\s+)?(\d{1,2})\.?\s+([\p{L}]+)\.?,?\s+(\d{4}|\d{2})(?:,?\s+(?:um\s+)?(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?:\s*Uhr)?(?:\s*\(?([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})\)?)?)?$/u

// "12.03.2025", "12.03.2025, 10:00 Uhr", "12.03.2025 um 10:00"
const NUMERIC = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(?:um\s+)?(\d{1,2})[:.](\d{2})(?:\s*Uhr)?)?$/u

/**
 * Reads a date as written in a feed or on a page and returns ISO 8601, or undefined when it is no date we can
 * read with certainty. Never consults the clock.
 */
export function normalizeDate(raw: string | undefined | null): string | undefined {
  if (typeof raw !== 'string') return undefined
  const input = raw.replace(/\s+/gu, ' ').trim()
  if (!input) return undefined

  const iso = ISO.exec(input)
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso
    const time = h && mi ? { h, m: mi, s, frac: frac?.slice(0, 3) } : undefined
    return assemble(Number(y), Number(mo), Number(d), time, time ? zone : undefined)
  }

  const written = WRITTEN.exec(input)
  if (written) {
    const [, d, monthName, y, h, mi, s, zone] = written
    const month = MONTHS[(monthName ?? '').toLowerCase()]
    if (!month) return undefined
    const year = y?.length === 2 ? 2000 + Number(y) : Number(y)
    return assemble(year, month, Number(d), h && mi ? { h, m: mi, s } : undefined, zone)
  }

  const numeric = NUMERIC.exec(input)
  if (numeric) {
    const [, d, mo, y, h, mi] = numeric
    return assemble(Number(y), Number(mo), Number(d), h && mi ? { h, m: mi } : undefined)
  }
  return undefined
}
