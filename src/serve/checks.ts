import { LagebildError } from '../document/index.ts'

/**
 * Checks of the API's input that JSON schema alone does not make: a real calendar day, a field of the right type
 * before the validator would coerce it, a field or parameter the route knows, a cursor this API gave. Each returns
 * a message naming the field (`querystring/from`, `body/text`), or undefined when the input is fine.
 */

/** The shape of a date or date-time with zone; `checkDate` then admits only real days and times. */
export const ISO_DATE =
  '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?$'

const DATE_PARTS =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/u

/** A message when `value` (a string) is not a real day ("2022-13-45", "2022-02-30") or time ("25:00"). */
export function checkDate(field: string, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const parts = DATE_PARTS.exec(value)
  const bad = `${field}: "${value.slice(0, 40)}" is not a date (YYYY-MM-DD, or a date-time with zone such as 2022-01-21T09:30:00+01:00)`
  if (!parts) return bad
  const [year, month, day, hour, minute, second, zoneHour, zoneMinute] = parts
    .slice(1)
    .map((p) => (p === undefined ? 0 : Number(p)))
  const daysInMonth = new Date(Date.UTC(year as number, month as number, 0)).getUTCDate()
  if ((month as number) < 1 || (month as number) > 12 || (day as number) < 1 || (day as number) > daysInMonth)
    return bad
  if ((hour as number) > 23 || (minute as number) > 59 || (second as number) > 59) return bad
  if ((zoneHour as number) > 14 || (zoneMinute as number) > 59) return bad
  return undefined
}

/** A message for the first field of `input` the schema's `properties` do not name. */
export function unknownFields(
  part: string,
  input: unknown,
  properties: object | undefined,
): string | undefined {
  if (!properties || !input || typeof input !== 'object' || Array.isArray(input)) return undefined
  const known = Object.keys(properties)
  const unknown = Object.keys(input).find((name) => !known.includes(name))
  return unknown === undefined
    ? undefined
    : `${part}/${unknown.slice(0, 40)} is not a ${part === 'body' ? 'field' : 'parameter'} of this request (${known.join(', ')})`
}

/** A message for the first field whose schema asks for a string and whose value is not one (no coercion). */
export function wrongTypes(
  part: string,
  input: unknown,
  properties: Record<string, { type?: string }>,
): string | undefined {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return undefined
  for (const [name, value] of Object.entries(input)) {
    const type = properties[name]?.type
    if (type === 'string' && typeof value !== 'string')
      return `${part}/${name} must be a string, not ${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`}`
  }
  return undefined
}

/** The cursor of the page that starts at `offset`: opaque to clients, who pass back what `nextCursor` gave. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url')
}

/** The offset a cursor of `encodeCursor` stands for; a cursor this API did not give is a coded 400. */
export function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,9})$/u.exec(Buffer.from(cursor, 'base64url').toString('utf8'))
  if (!match)
    throw new LagebildError(
      'LB_ARG_INVALID',
      'querystring/cursor is not a cursor this API gave (pass back `nextCursor`)',
    )
  return Number(match[1])
}
