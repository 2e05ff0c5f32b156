import { pad } from '../calendar.ts'
import type { TimeRule } from '../time-language.ts'
import { alternation } from '../time-lexicon.ts'
import type { Candidate, Meaning } from '../time-rules.ts'
import type { EnglishTimeLexicon } from './english-time-lexicon.ts'

type Rule = TimeRule<EnglishTimeLexicon>

const L = '(?<![\\p{L}\\p{N}])'
const R = '(?![\\p{L}\\p{N}])'
const DAY = '(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?'
/** a year that follows a month or a day: "Aug. 7, 1998", "March 1999"; not "March 15 1,000" */
const YEAR = '(\\d{4})(?![\\p{L}\\p{N}]|[.,]\\d)'

/** the middle month of a season, quarter or half, for the year it falls in */
const SEASON_MONTHS: Record<string, number> = {
  SP: 4,
  SU: 7,
  FA: 10,
  WI: 1,
  Q1: 2,
  Q2: 5,
  Q3: 8,
  Q4: 11,
  H1: 4,
  H2: 10,
}

const lower = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/gu, ' ')

function previousWord(text: string, at: number): string {
  const m = text.slice(Math.max(0, at - 30), at).match(/([\p{L}.$]+)\s*$/u)
  return (m?.[1] ?? '').toLowerCase()
}

function nextWord(text: string, at: number): string {
  return (text.slice(at, at + 40).match(/^[ \t]*([\p{L}%$]+)/u)?.[1] ?? '').toLowerCase()
}

/** "two", "twenty-five", "12", "a", "several" (X); null when the word is no amount. */
export function englishNumber(word: string, lex: EnglishTimeLexicon): number | 'X' | null {
  const w = lower(word)
  if (/^\d+(?:\.\d+)?$/u.test(w)) return Number(w)
  if (/^\d{1,3}(?:,\d{3})+$/u.test(w)) return Number(w.replace(/,/gu, ''))
  if (lex.vagueNumbers.includes(w)) return 'X'
  if (lex.numbers[w] !== undefined) return lex.numbers[w] ?? null
  const parts = w.split(/[-\s]/u)
  if (parts.length === 2) {
    const [tens, ones] = parts.map((p) => lex.numbers[p])
    if (tens !== undefined && ones !== undefined && tens >= 20 && tens % 10 === 0 && ones < 10)
      return tens + ones
  }
  return null
}

function duration(n: number | 'X', unit: [string, boolean, number]): string {
  const [u, clock, factor] = unit
  const amount = n === 'X' ? 'X' : String(Math.round(n * factor * 100) / 100)
  return clock ? `PT${amount}${u}` : `P${amount}${u}`
}

function candidate(m: RegExpExecArray, type: Candidate['type'], meaning: Meaning, start = m.index) {
  return { start, end: m.index + m[0].length, type, meaning }
}

const capitalised = (s: string | undefined) => /^\p{Lu}/u.test(s ?? '')

/** Builds the English rule list from the lexicons; each rule finds one shape of expression. */
export function buildEnglishRules(lex: EnglishTimeLexicon): Rule[] {
  const MONTH = `(${alternation(Object.keys(lex.months))})`
  const WEEKDAY = `(${alternation(Object.keys(lex.weekdays))})`
  const SEASON = `(${alternation(Object.keys(lex.seasons))})`
  const PART = `(${alternation(Object.keys(lex.dayParts))})`
  const DIR = `(${alternation(Object.keys(lex.directions))})`
  const UNIT = `(${alternation(Object.keys(lex.units))})`
  const NUMBER_WORDS = alternation([...Object.keys(lex.numbers), ...lex.vagueNumbers])
  const numberWords = (test: (n: number) => boolean) =>
    alternation(Object.keys(lex.numbers).filter((w) => /^[a-z]{3,}$/u.test(w) && test(lex.numbers[w] ?? 0)))
  const TENS = numberWords((n) => n >= 20 && n < 100 && n % 10 === 0)
  const ONES = numberWords((n) => n >= 1 && n <= 9)
  const NUM = `(\\d+(?:\\.\\d+)?|(?:${TENS})[-\\s](?:${ONES})|(?:${NUMBER_WORDS}))`
  const APPROX = `(?:(?:${alternation(lex.approximators)})\\s+)?`
  const month = (s: string | undefined) => lex.months[lower(s)] ?? 1
  const flags = 'giu'

  return [
    {
      // "Friday, Aug. 7, 1998", "March 1", "Sept. 30", "October 15th, 1999"
      name: 'date/month-day',
      pattern: new RegExp(`${L}(?:${WEEKDAY},?\\s+)?${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?${R}`, flags),
      build(m) {
        if (!capitalised(m[2])) return null
        const meaning: Meaning = { kind: 'date', month: month(m[2]), day: Number(m[3]) }
        if (m[4]) meaning.year = Number(m[4])
        return candidate(m, 'DATE', meaning)
      },
    },
    {
      // "7 August 1998", "the 4th of July", "Friday, 7 August"
      name: 'date/day-month',
      pattern: new RegExp(
        `${L}(?:${WEEKDAY},?\\s+)?(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?${R}`,
        flags,
      ),
      build(m) {
        if (!capitalised(m[3])) return null
        const meaning: Meaning = { kind: 'date', month: month(m[3]), day: Number(m[2]) }
        if (m[4]) meaning.year = Number(m[4])
        return candidate(m, 'DATE', meaning)
      },
    },
    {
      // "August 1998", "in March", "last April", "this September", "August of 1998"
      name: 'date/month',
      pattern: new RegExp(
        `${L}(?:(last|next|this)\\s+)?${MONTH}(?:,?\\s+(?:of\\s+)?${YEAR}|\\s+(last|this|next)\\s+year)?${R}`,
        flags,
      ),
      build(m, text) {
        if (!capitalised(m[2])) return null
        const mid = /mid-$/iu.test(text.slice(Math.max(0, m.index - 4), m.index))
        if (!m[1] && !m[3] && !m[4] && !mid) {
          if (!lex.contexts.monthBefore.has(previousWord(text, m.index))) return null
          // "May" without a year also needs a preposition, not "or": "they may"
          if (lower(m[2]) === 'may' && !lex.contexts.mayBefore.has(previousWord(text, m.index))) return null
        }
        const meaning: Meaning = { kind: 'date', month: month(m[2]) }
        if (m[3]) meaning.year = Number(m[3])
        else if (m[4]) {
          meaning.yearOffset = { last: -1, next: 1 }[lower(m[4])] ?? 0
          meaning.yearOffsetFrom = 'reference'
        } else if (m[1]) meaning.dir = { last: -1, next: 1, this: 0 }[lower(m[1])] ?? 0
        return candidate(m, 'DATE', meaning)
      },
    },
    {
      // "the summer of 1998", "this spring", "last fall", "winter 1995"
      name: 'date/season',
      pattern: new RegExp(`${L}(?:(the|this|last|next)\\s+)?${SEASON}(?:\\s+(?:of\\s+)?${YEAR})?${R}`, flags),
      build(m, text) {
        const det = lower(m[1])
        // "in the summer", "during summer": a preposition shows the season; "the fall of the wall" is no autumn
        const preposition = lex.contexts.seasonBefore.has(previousWord(text, m.index))
        const named = m[3] || (det && det !== 'the') || preposition
        if (!named || (!m[3] && lower(m[2]) === 'fall' && det !== 'the' && !/^(this|last|next)$/u.test(det)))
          return null
        const season = lex.seasons[lower(m[2])] ?? 'SU'
        // the season's middle month decides the year as a month would: "last fall", said in February, is the one before
        const meaning: Meaning = { kind: 'date', season, month: SEASON_MONTHS[season] ?? 7 }
        if (m[3]) meaning.year = Number(m[3])
        else meaning.dir = { last: -1, next: 1 }[det] ?? 0
        return candidate(m, 'DATE', meaning)
      },
    },
    {
      // "the third quarter", "third-quarter", "the fiscal first quarter", "the first half of 1990",
      // "this year's third quarter", "the 1988 third quarter", "the year-earlier quarter", "the first half of this year"
      name: 'date/quarter',
      pattern: new RegExp(
        `${L}(the\\s+)?(?:(this|last|next)\\s+year's\\s+)?(?:(\\d{4}|year-ago|year-earlier)\\s+)?(?:(?:fiscal|calendar)[\\s-]+)?(${alternation(Object.keys(lex.ordinals))})(-|\\s+)(quarter|half)(?:\\s+of\\s+(?:${YEAR}|(this|last|next)\\s+year))?${R}`,
        flags,
      ),
      build(m) {
        const n = lex.ordinals[lower(m[4])]
        const half = lower(m[6]) === 'half'
        if (n === undefined || (half && n > 2)) return null
        const season = `${half ? 'H' : 'Q'}${n}`
        // a quarter is talked of once it is reported: "the third quarter", in March, was last year's, even with "expects"
        const meaning: Meaning = { kind: 'date', season, month: SEASON_MONTHS[season] ?? 6, dir: -1 }
        const year = m[7] ?? (/^\d/u.test(m[3] ?? '') ? m[3] : undefined)
        if (year) meaning.year = Number(year)
        else if (m[3] || m[2] || m[8]) {
          meaning.yearOffset = m[3] ? -1 : ({ last: -1, next: 1 }[lower(m[2] ?? m[8])] ?? 0)
          meaning.yearOffsetFrom = 'reference'
        }
        // "the third-quarter loss": the article belongs to the noun, not to the date
        const adjective = m[5] === '-' && m[1] && !m[2] && !m[3]
        return candidate(m, 'DATE', meaning, adjective ? m.index + (m[1]?.length ?? 0) : m.index)
      },
    },
    {
      // "the quarter", "the latest quarter", "this quarter", "last quarter", "the year-ago quarter"
      name: 'date/relative-quarter',
      pattern: new RegExp(
        `${L}(?:(the)\\s+)?(?:(latest|last|this|current|next|previous|year-ago|year-earlier)\\s+)?(quarter|period)${R}`,
        flags,
      ),
      build(m) {
        const word = lower(m[2])
        if (!word && !m[1]) return null
        if (lower(m[3]) === 'period' && !/^(latest|year-ago|year-earlier)$/u.test(word)) return null
        // a quarter is reported once it is over: "the quarter" in a report is the one before publication
        const n = { this: 0, current: 0, next: 1, 'year-ago': -5, 'year-earlier': -5 }[word] ?? -1
        return candidate(m, 'DATE', { kind: 'offset', unit: 'Q', n, from: 'reference' })
      },
    },
    {
      // "year-earlier results", "year-ago levels": the same quarter a year before
      name: 'date/year-ago-adjective',
      pattern: new RegExp(`${L}(year-ago|year-earlier)${R}`, flags),
      build(m) {
        return candidate(m, 'DATE', { kind: 'offset', unit: 'Q', n: -5, from: 'reference' })
      },
    },
    {
      // "the current fiscal year", "last fiscal year", "the fiscal year 1998": a year, counted from publication
      name: 'date/fiscal-year',
      pattern: new RegExp(
        `${L}(?:(the|its)\\s+)?(?:(current|this|last|next|previous|coming)\\s+)?fiscal\\s+year(?:\\s+${YEAR})?${R}`,
        flags,
      ),
      build(m) {
        if (m[3]) return candidate(m, 'DATE', { kind: 'date', year: Number(m[3]) })
        if (!m[2]) return null
        const n = lex.directions[lower(m[2])] ?? 0
        return candidate(m, 'DATE', { kind: 'offset', unit: 'Y', n, from: 'reference' })
      },
    },
    {
      // "1998", "in 1990", "fiscal 1989", "the 1988 period" (the number); not "1,998", "1998 people"
      name: 'date/year',
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}$.,/]|\\p{N}-)(?:(fiscal|calendar)\\s+)?(\\d{4})(?![\\p{L}\\p{N}]|[.,]\\d|\\s*%|-\\d)`,
        flags,
      ),
      build(m, text) {
        const y = Number(m[2])
        if (y < 1000 || y > 2099) return null
        if (!m[1]) {
          if (lex.contexts.notYearBefore.has(previousWord(text, m.index))) return null
          if (lex.contexts.notYearAfter.has(nextWord(text, m.index + m[0].length))) return null
        }
        return candidate(m, 'DATE', { kind: 'date', year: y })
      },
    },
    {
      // "the 1990s", "the '90s", "the nineties", "the mid-1980s"
      name: 'date/decade',
      pattern: new RegExp(
        `${L}(?:the\\s+)?(?:(\\d{3})0'?s|'(\\d)0s|(${alternation(Object.keys(lex.decadeWords))}))${R}`,
        flags,
      ),
      build(m, text) {
        if (m[3] && !/^the\s/iu.test(m[0])) return null
        if (
          m[1] &&
          !/^the\s/iu.test(m[0]) &&
          !/(in|since|during|of|by|from|early|late|mid-)\s*$/iu.test(
            text.slice(Math.max(0, m.index - 10), m.index),
          )
        )
          return null
        const digits = m[1] ?? m[2] ?? lex.decadeWords[lower(m[3])] ?? 'X'
        return candidate(m, 'DATE', { kind: 'decade', digits })
      },
    },
    {
      // "the 20th century", "the 19th century"
      name: 'date/century',
      pattern: new RegExp(`${L}(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+century${R}`, flags),
      build(m) {
        const n = Number(m[1])
        return candidate(m, 'DATE', { kind: 'century', value: String(n - 1).padStart(2, '0') })
      },
    },
    {
      // "10:30 a.m.", "3 p.m. EDT", "about 9 a.m.", "noon", "midnight", "14:30"
      name: 'time/clock',
      pattern: new RegExp(
        `${L}(?:(1[0-2]|0?[1-9])(?::([0-5]\\d))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm)|([01]?\\d|2[0-3]):([0-5]\\d)(?!\\d)|(noon|midnight))(?:\\s+(EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|local\\s+time))?(?:\\s+(${alternation([...Object.keys(lex.weekdays), ...Object.keys(lex.days)])})|,?\\s+${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?)?(?![\\p{L}\\p{N}])`,
        flags,
      ),
      build(m) {
        let hour: number
        let minute = 0
        if (m[6]) hour = lower(m[6]) === 'noon' ? 12 : 24
        else if (m[4]) {
          hour = Number(m[4])
          minute = Number(m[5])
        } else {
          hour = Number(m[1]) % 12
          minute = Number(m[2] ?? 0)
          if (/^p/iu.test(m[3] ?? '')) hour += 12
        }
        // "noon Thursday", "10 p.m. yesterday": one expression, the day's date with the clock as its part
        const day = lower(m[8])
        const part = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
        if (lex.weekdays[day] !== undefined) {
          if (!capitalised(m[8])) return null
          return candidate(m, 'TIME', { kind: 'weekday', weekday: lex.weekdays[day] ?? 1, part })
        }
        if (m[9] && capitalised(m[9])) {
          const meaning: Meaning = { kind: 'date', month: month(m[9]), day: Number(m[10]), part }
          if (m[11]) meaning.year = Number(m[11])
          return candidate(m, 'TIME', meaning)
        }
        if (lex.days[day] !== undefined)
          return candidate(m, 'TIME', {
            kind: 'offset',
            unit: 'D',
            n: lex.days[day] ?? 0,
            from: 'reference',
            part,
          })
        return candidate(m, 'TIME', { kind: 'clock', hour, minute })
      },
    },
    {
      // "today", "yesterday", "tomorrow morning", "tonight", "this morning", "last night"
      name: 'date/deictic-day',
      pattern: new RegExp(
        `${L}(?:(${alternation(Object.keys(lex.days))})(?:\\s+${PART})?|(this|last)\\s+${PART})${R}`,
        flags,
      ),
      build(m) {
        if (m[1]) {
          const key = lower(m[1])
          const part = key === 'tonight' ? 'NI' : m[2] ? lex.dayParts[lower(m[2])] : undefined
          const meaning: Meaning = { kind: 'offset', unit: 'D', n: lex.days[key] ?? 0, from: 'reference' }
          if (part) meaning.part = part
          return candidate(m, part ? 'TIME' : 'DATE', meaning)
        }
        const part = lex.dayParts[lower(m[4])] ?? 'DT'
        // "last night" is yesterday's; "last morning" is no idiom
        if (lower(m[3]) === 'last' && part !== 'NI') return null
        const n = lower(m[3]) === 'last' ? -1 : 0
        return candidate(m, 'TIME', { kind: 'offset', unit: 'D', n, from: 'reference', part })
      },
    },
    {
      // "last week", "next year", "this month", "the previous day", "the same day", "the coming weekend"
      name: 'date/direction-unit',
      pattern: new RegExp(
        `${L}(?:(the)\\s+)?${DIR}\\s+(${alternation(Object.keys(lex.unitWords))})${R}`,
        flags,
      ),
      build(m) {
        const word = lower(m[2])
        const anchored = lex.anchoredDirections.includes(word)
        // "the next day" is the day after the last date named; "next week" counts from the publication
        const fromAnchor = anchored || (m[1] !== undefined && word === 'next')
        return candidate(m, 'DATE', {
          kind: 'offset',
          unit: lex.unitWords[lower(m[3])] ?? 'D',
          n: lex.directions[word] ?? 0,
          from: fromAnchor ? 'anchor' : 'reference',
        })
      },
    },
    {
      // "the past three months", "the next few years", "the first nine months", "the last 20 years"
      name: 'duration/direction-number-unit',
      pattern: new RegExp(
        `${L}${APPROX}(?:the\\s+)?(past|last|next|coming|first|previous|latest|following)\\s+${APPROX}${NUM}\\s+${UNIT}(?:\\s+or\\s+so)?${R}`,
        flags,
      ),
      build(m) {
        const n = englishNumber(m[2] ?? '', lex)
        const unit = lex.units[lower(m[3])]
        if (n === null || !unit) return null
        return candidate(m, 'DURATION', { kind: 'literal', value: duration(n, unit) })
      },
    },
    {
      // "recent years", "the coming months", "the past few weeks" (no number: the past or the future as such)
      name: 'date/direction-plural',
      pattern: new RegExp(
        `${L}(?:the\\s+)?(recent|coming|past|next|last)\\s+(years|months|weeks|days|decades)${R}`,
        flags,
      ),
      build(m) {
        const future = /^(coming|next)$/iu.test(m[1] ?? '')
        return candidate(m, 'DATE', { kind: 'vague', value: future ? 'FUTURE_REF' : 'PAST_REF' })
      },
    },
    {
      // "the end of the year", "the beginning of the month": the modifier joins it (see extendEnglish)
      name: 'date/part-of-unit',
      pattern: new RegExp(
        `(?<=(?:end|beginning|start|middle|rest|half)\\s+of\\s+)the\\s+(${alternation(Object.keys(lex.unitWords))})${R}`,
        flags,
      ),
      build(m) {
        return candidate(m, 'DATE', {
          kind: 'offset',
          unit: lex.unitWords[lower(m[1])] ?? 'Y',
          n: 0,
          from: 'reference',
        })
      },
    },
    {
      // "next Tuesday", "last Friday", "this Sunday"
      name: 'date/direction-weekday',
      pattern: new RegExp(
        `${L}(?:the\\s+(previous|following)|(?:this\\s+)?(next|last|this|coming|past))\\s+${WEEKDAY}${R}`,
        flags,
      ),
      build(m) {
        const word = lower(m[1] ?? m[2])
        const dir = { next: 1, coming: 1, following: 1, last: -1, past: -1, previous: -1 }[word] ?? 0
        return candidate(m, 'DATE', { kind: 'weekday', weekday: lex.weekdays[lower(m[3])] ?? 1, dir })
      },
    },
    {
      // "two days ago", "a year earlier", "about a month ago", "five years from now"
      name: 'date/ago-later',
      pattern: new RegExp(
        `${L}${APPROX}${NUM}\\s+${UNIT}\\s+(${alternation([...lex.after, ...lex.before])})${R}`,
        flags,
      ),
      build(m) {
        const n = englishNumber(m[1] ?? '', lex)
        const unit = lex.units[lower(m[2])]
        if (n === null || !unit) return null
        const word = lower(m[3])
        const sign = lex.before.includes(word) ? -1 : 1
        if (n === 'X')
          return candidate(m, 'DATE', { kind: 'vague', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' })
        const [u, clock, factor] = unit
        const from = lex.fromReference.includes(word) ? 'reference' : 'anchor'
        if (clock) return candidate(m, 'DATE', { kind: 'offset', unit: 'D', n: 0, from })
        if (u === 'Q') return candidate(m, 'DATE', { kind: 'offset', unit: 'M', n: sign * n * 3, from })
        const amount = n * factor
        if (!Number.isInteger(amount)) return null
        return candidate(m, 'DATE', { kind: 'offset', unit: u, n: sign * amount, from, likeAnchor: true })
      },
    },
    {
      // "two days", "24 hours", "a week", "two-year", "30-year", "several years", "about three months"
      name: 'duration/number-unit',
      pattern: new RegExp(`${L}(the\\s+)?${APPROX}${NUM}(?:-|\\s+)${UNIT}(?:-long)?${R}`, flags),
      build(m, text) {
        if (m[1] && /^(a|an)$/iu.test(m[2] ?? '')) return null
        const n = englishNumber(m[2] ?? '', lex)
        const unit = lex.units[lower(m[3])]
        if (n === null || !unit) return null
        // "37 years old" is an age, which TimeBank leaves out
        if (lex.contexts.notDurationAfter.has(nextWord(text, m.index + m[0].length))) return null
        // "a second", "one day he said": an article alone before a unit names a duration only for these units
        if (/^(a|an|one)$/iu.test(m[2] ?? '') && /^(second|day)$/iu.test(m[3] ?? '')) return null
        // "three-quarters of the vote" is a share
        if (unit[0] === 'Q' && /-/u.test(m[0])) return null
        // "the 1988 quarter" is a year's quarter, not 1988 of them
        if (typeof n === 'number' && n >= 1000 && !/s$/iu.test(m[3] ?? '')) return null
        // "$2 billion a year", "three times a week": a rate, not a stretch of time
        if (
          /^(a|an)$/iu.test(m[2] ?? '') &&
          /(\d|million|billion|times|percent|%)\s*$/iu.test(text.slice(Math.max(0, m.index - 12), m.index))
        )
          return candidate(m, 'SET', { kind: 'literal', value: `P1${unit[0]}` })
        // "the two-week strike": the article belongs to the noun the duration describes
        const hyphenated = /-/u.test(m[0].slice((m[1] ?? '').length))
        // "the 1990 year" is no duration; "three years 1995 to 1998" is
        if (/^\s*-/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return null
        const start = hyphenated && m[1] ? m.index + m[1].length : m.index
        return candidate(m, 'DURATION', { kind: 'literal', value: duration(n, unit) }, start)
      },
    },
    {
      // "the year ended June 30" is a year's stretch; "profit for the year" is the year of publication
      name: 'date/the-year',
      pattern: new RegExp(`${L}the\\s+year${R}(?![\\s,]*\\d)`, flags),
      build(m, text) {
        if (lex.contexts.periodEndAfter.has(nextWord(text, m.index + m[0].length)))
          return candidate(m, 'DURATION', { kind: 'literal', value: 'P1Y' })
        if (!lex.contexts.theYearBefore.has(previousWord(text, m.index))) return null
        return candidate(m, 'DATE', { kind: 'offset', unit: 'Y', n: 0, from: 'reference' })
      },
    },
    {
      // "over the weekend": the one before publication, or the coming one when the sentence looks ahead
      name: 'date/the-weekend',
      pattern: new RegExp(`${L}the\\s+weekend${R}`, flags),
      build(m, text) {
        if (!lex.contexts.weekendBefore.has(previousWord(text, m.index))) return null
        return candidate(m, 'DATE', { kind: 'weekday', weekday: lex.weekdays.saturday ?? 6, weekend: true })
      },
    },
    {
      // "for years", "within days": a unit alone in the plural is an amount nobody counted
      name: 'duration/plural-unit',
      pattern: new RegExp(`${L}(${alternation(Object.keys(lex.vagueDurations))})${R}`, flags),
      build(m, text) {
        if (!lex.contexts.pluralUnitBefore.has(previousWord(text, m.index))) return null
        const value = lex.vagueDurations[lower(m[1])]
        return value ? candidate(m, 'DURATION', { kind: 'literal', value }) : null
      },
    },
    {
      // "Friday", "Thursday night", "Sunday morning"
      name: 'date/weekday',
      pattern: new RegExp(`${L}${WEEKDAY}(?:\\s+${PART})?${R}`, flags),
      build(m) {
        if (!capitalised(m[1])) return null
        const meaning: Meaning = { kind: 'weekday', weekday: lex.weekdays[lower(m[1])] ?? 1 }
        if (m[2]) meaning.part = lex.dayParts[lower(m[2])] ?? 'DT'
        return candidate(m, m[2] ? 'TIME' : 'DATE', meaning)
      },
    },
    {
      // "daily", "every year", "each week", "every Friday", "each July", "every summer", "every morning"
      name: 'set/frequency',
      pattern: new RegExp(
        `${L}(?:(?:every|each)\\s+(?:${WEEKDAY}|${MONTH}|${SEASON}|${PART})|(${alternation(Object.keys(lex.sets))}))${R}`,
        flags,
      ),
      build(m) {
        if (m[2] && !capitalised(m[2])) return null
        let value = lex.sets[lower(m[5])] ?? 'P1D'
        if (m[1]) value = `XXXX-WXX-${lex.weekdays[lower(m[1])]}`
        else if (m[2]) value = `XXXX-${pad(month(m[2]))}`
        else if (m[3]) value = `XXXX-${lex.seasons[lower(m[3])]}`
        else if (m[4]) value = `XXXX-XX-XXT${lex.dayParts[lower(m[4])]}`
        return candidate(m, 'SET', { kind: 'literal', value })
      },
    },
    {
      // "Christmas", "New Year's Day 1999"
      name: 'date/feast',
      pattern: new RegExp(`${L}(${alternation(Object.keys(lex.feasts))})(?:,?\\s+${YEAR})?${R}`, flags),
      build(m) {
        if (!capitalised(m[1])) return null
        const [mm, dd] = (lex.feasts[lower(m[1])] ?? '12-25').split('-').map(Number)
        const meaning: Meaning = { kind: 'date', month: mm ?? 12, day: dd ?? 25 }
        if (m[2]) meaning.year = Number(m[2])
        return candidate(m, 'DATE', meaning)
      },
    },
    {
      // "now", "currently", "recently", "the past", "the future", "soon"
      name: 'date/vague',
      pattern: new RegExp(`${L}(${alternation(Object.keys(lex.vague))})${R}`, flags),
      build(m) {
        return candidate(m, 'DATE', { kind: 'vague', value: lex.vague[lower(m[1])] ?? 'PRESENT_REF' })
      },
    },
  ]
}

/**
 * Words in front of a found date that belong to it (TimeML keeps them in the span): "early next year",
 * "mid-November", "the end of 1990", "late Friday", "earlier this month".
 */
export function extendEnglish(text: string, c: Candidate, lex: EnglishTimeLexicon): Candidate {
  const kind = c.meaning.kind
  if (kind !== 'date' && kind !== 'decade' && kind !== 'century' && kind !== 'weekday' && kind !== 'offset')
    return c
  if (
    kind === 'offset' &&
    c.meaning.unit === 'D' &&
    c.meaning.n === 0 &&
    /^\s*[Tt]oday/u.test(text.slice(c.start))
  )
    return c
  const before = text.slice(Math.max(0, c.start - 30), c.start)
  const m = before.match(
    new RegExp(`(?<![\\p{L}])(?:${alternation(Object.keys(lex.pointModifiers))})\\s*$`, 'iu'),
  )
  if (!m) return c
  // "mid-" binds without a space; the others need one
  if (!/-$/u.test(m[0].trimEnd()) && !/\s$/u.test(m[0])) return c
  const start = c.start - m[0].length
  // "the late 1970s": the article goes before the modifier
  const article = /^(?:early|late|mid)/iu.test(m[0])
    ? text.slice(Math.max(0, start - 4), start).match(/(?<!\p{L})the\s$/iu)
    : null
  return { ...c, start: start - (article?.[0].length ?? 0) }
}
