/**
 * The last day a TIMEX3 date value covers, as YYYY-MM-DD, or undefined when it is not a calendar date
 * ("FUTURE_REF", "XXXX-WXX"). "2022-W04" (a promise "kommende Woche") ends on Sunday 2022-01-30.
 */
export function timexEnd(value: string): string | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value)
  if (m) return value
  m = /^(\d{4})-W(\d{2})$/u.exec(value)
  if (m) {
    const year = Number(m[1])
    const week = Number(m[2])
    // ISO week 1 holds 4 January; its Monday is 4 January minus (weekday - 1)
    const jan4 = Date.UTC(year, 0, 4)
    const weekday = new Date(jan4).getUTCDay() || 7
    const sunday = jan4 - (weekday - 1) * 864e5 + ((week - 1) * 7 + 6) * 864e5
    return new Date(sunday).toISOString().slice(0, 10)
  }
  m = /^(\d{4})-(\d{2})$/u.exec(value)
  if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).toISOString().slice(0, 10)
  m = /^(\d{4})$/u.exec(value)
  if (m) return `${m[1]}-12-31`
  return undefined
}
