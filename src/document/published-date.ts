import { LagebildError } from './errors.ts'

/**
 * `published` in one of two forms, whatever brought it (a page's metadata, a feed, a JSONL line, the API): a
 * calendar date (`2022-01-21`) or a date-time with its zone, to the second (`2022-01-21T09:30:13+02:00`). UTC is
 * written `+00:00`, not `Z`, so every stored time reads alike. A time without a zone names no instant: only its
 * date is kept.
 */
const PARTS =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/u

/** `value` in the stored form, or undefined when it is not a real date (`2022-13-45`) or time (`25:00`). */
export function readPublished(value: string): string | undefined {
  const parts = PARTS.exec(value.trim())
  if (!parts) return undefined
  const [, year, month, day, hour, minute, second = '00', zone] = parts
  const date = `${year}-${month}-${day}`
  const calendar = new Date(`${date}T00:00:00Z`)
  if (Number.isNaN(calendar.getTime()) || calendar.toISOString().slice(0, 10) !== date) return undefined
  if (hour === undefined || minute === undefined) return date
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined
  if (zone === undefined) return date
  const offset = zone === 'Z' ? '+00:00' : `${zone.slice(0, 3)}:${zone.slice(3).replace(':', '') || '00'}`
  if (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4)) > 59) return undefined
  return `${date}T${hour}:${minute}:${second}${offset}`
}

/** The stored form of a date about to be saved; a date that is none is refused, naming the value. */
export function normalisePublished(value: string | undefined | null): string | null {
  if (value === undefined || value === null || value === '') return null
  const stored = readPublished(value)
  if (stored === undefined)
    throw new LagebildError(
      'LB_ARG_INVALID',
      `published: "${value.slice(0, 40)}" is not a date (YYYY-MM-DD, or a date-time with zone such as 2022-01-21T09:30:00+01:00)`,
    )
  return stored
}
