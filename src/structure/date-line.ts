/**
 * A line that is only a date ("Friday, August 21, 2015", "21. Januar 2022, 14:05 Uhr"): a dateline of the page,
 * never its title or kicker. Month and weekday names come from the time lexicons of every language we read.
 */
export interface DateLineMatcher {
  isDateLine(text: string): boolean
}

interface TimeNames {
  months?: Record<string, unknown>
  weekdays?: Record<string, unknown>
}

/** Words a dateline holds besides names and numbers: "um 14:05 Uhr", "on", "at". */
const GLUE = new Set([
  'am',
  'um',
  'uhr',
  'on',
  'at',
  'the',
  'of',
  'den',
  'der',
  'vom',
  'mez',
  'mesz',
  'utc',
  'gmt',
])

export function createDateLineMatcher(names: readonly TimeNames[]): DateLineMatcher {
  const calendar = new Set<string>()
  for (const n of names)
    for (const word of [...Object.keys(n.months ?? {}), ...Object.keys(n.weekdays ?? {})])
      calendar.add(word.replace(/\.$/u, '').toLowerCase())
  return {
    isDateLine(text) {
      const words = text.toLowerCase().match(/[\p{L}]+|\d+/gu) ?? []
      if (words.length === 0 || words.length > 10) return false
      let numbers = 0
      let names = 0
      for (const w of words) {
        if (/^\d+$/u.test(w)) numbers++
        else if (calendar.has(w)) names++
        else if (!GLUE.has(w)) return false
      }
      return numbers > 0 && numbers + names >= 2
    },
  }
}
