/** Calendar arithmetic on plain dates, in UTC so that no time zone of the machine leaks in. */
export interface Ymd {
  y: number
  m: number
  d: number
}

export const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0')

export function toDate({ y, m, d }: Ymd): Date {
  const date = new Date(Date.UTC(2000, m - 1, d))
  date.setUTCFullYear(y)
  return date
}

export function fromDate(date: Date): Ymd {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() }
}

export function addDays(day: Ymd, n: number): Ymd {
  const date = toDate(day)
  date.setUTCDate(date.getUTCDate() + n)
  return fromDate(date)
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + n
  return { y: Math.floor(index / 12), m: (index % 12) + 1 }
}

/** ISO weekday, Monday 1 … Sunday 7. */
export function isoWeekday(day: Ymd): number {
  const w = toDate(day).getUTCDay()
  return w === 0 ? 7 : w
}

/** ISO 8601 week: the week that holds the Thursday decides the year. */
export function isoWeek(day: Ymd): { y: number; w: number } {
  const thursday = addDays(day, 4 - isoWeekday(day))
  const jan1 = toDate({ y: thursday.y, m: 1, d: 1 })
  const days = Math.round((toDate(thursday).getTime() - jan1.getTime()) / 86_400_000)
  return { y: thursday.y, w: Math.floor(days / 7) + 1 }
}

/** Years before Christ are negative ("490 v. Chr." is -490) and written as TIMEX2 does: BC0490. */
export function formatYear(y: number): string {
  return y < 0 ? `BC${pad(-y, 4)}` : pad(y, 4)
}

export function formatDay(day: Ymd): string {
  return `${formatYear(day.y)}-${pad(day.m)}-${pad(day.d)}`
}

export function formatWeek(day: Ymd): string {
  const { y, w } = isoWeek(day)
  return `${formatYear(y)}-W${pad(w)}`
}

/** "2022-01-21", "2022-01-21T17:00:00Z" → the date part; anything else → undefined (never today's date). */
export function parseReferenceDate(value: string | undefined): Ymd | undefined {
  const match = value?.match(/^(\d{4})-(\d{2})-(\d{2})/u)
  if (!match) return undefined
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) }
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}
