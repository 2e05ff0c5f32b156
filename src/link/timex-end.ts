/**
 * The last day a TIMEX3 value covers, as YYYY-MM-DD, or undefined when it is no calendar date ("FUTURE_REF",
 * "XXXX-WXX"). A promise for "kommende Woche" (2022-W04) is due by Sunday 2022-01-30.
 */
export function timexEnd(value: string): string | undefined {
  // "2022-01-21", "2022-01-21T11:00"
  let m = /^(\d{4}-\d{2}-\d{2})(T.*)?$/u.exec(value)
  if (m) return m[1]
  // "2022-W04": ISO week 1 holds 4 January; its Monday is 4 January minus (weekday - 1)
  m = /^(\d{4})-W(\d{2})$/u.exec(value)
  if (m) {
    const jan4 = Date.UTC(Number(m[1]), 0, 4)
    const weekday = new Date(jan4).getUTCDay() || 7
    const sunday = jan4 - (weekday - 1) * 864e5 + ((Number(m[2]) - 1) * 7 + 6) * 864e5
    return new Date(sunday).toISOString().slice(0, 10)
  }
  // "2022-02": the last day of the month
  m = /^(\d{4})-(\d{2})$/u.exec(value)
  if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).toISOString().slice(0, 10)
  // "2022-Q1", "2022-H1"
  m = /^(\d{4})-([QH])(\d)$/u.exec(value)
  if (m) {
    const months = m[2] === 'Q' ? 3 : 6
    return new Date(Date.UTC(Number(m[1]), Number(m[3]) * months, 0)).toISOString().slice(0, 10)
  }
  m = /^(\d{4})$/u.exec(value)
  if (m) return `${m[1]}-12-31`
  return undefined
}
