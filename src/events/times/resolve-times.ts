import {
  addDays,
  addMonths,
  formatDay,
  formatWeek,
  formatYear,
  isoWeekday,
  pad,
  type Ymd,
} from './calendar.ts'
import type { TenseCues } from './time-language.ts'
import type { Candidate, Meaning } from './time-rules.ts'

/**
 * news: relative expressions count from the publication date ("am Freitag" is in the week of publication).
 * narrative: they count from the last date the text named ("im Mai" after "1940" is May 1940), as in history texts.
 */
export type TimeMode = 'news' | 'narrative'

interface Anchor {
  /** the year was not written but taken from an earlier date */
  inferred?: boolean
  y?: number
  m?: number
  d?: number
  value?: string
}

export interface ResolveState {
  mode: TimeMode
  reference?: Ymd
  anchor: Anchor
  /** the last day-level date and the sentence it stands in, for clock times ("am 1. September 1939 um 4:45 Uhr") */
  lastDay?: { day: Ymd; sentence: number }
  /** the last quarter the text named: an earnings report's "a year ago" is that quarter a year before */
  lastQuarter?: { y: number; quarter: string }
}

/** -1 past, +1 future, 0 unknown: the tense cue nearest to the expression within its sentence. */
export function tenseAround(text: string, start: number, end: number, lex: TenseCues): number {
  const from = sentenceStart(text, start)
  const to = sentenceEnd(text, end)
  const justBefore = text.slice(Math.max(from, start - 30), start).match(/([\p{L}]+)\s+$/u)?.[1]
  if (justBefore && lex.futureBeforeSet?.has(justBefore.toLowerCase())) return 1
  let best = 0
  let bestDistance = Number.POSITIVE_INFINITY
  let previous = ''
  for (const m of text.slice(from, to).matchAll(/[\p{L}]+/gu)) {
    const word = m[0].toLowerCase()
    const before = previous
    previous = word
    const at = from + (m.index ?? 0)
    if (at >= start && at < end) continue
    const distance = at < start ? start - at : at - end
    const past = (lex.pastCueSet.has(word) || isPastForm(word, lex)) && !lex.notPastAfterSet?.has(before)
    const sign = lex.futureCueSet.has(word) ? 1 : past ? -1 : 0
    if (sign !== 0 && distance < bestDistance) {
      best = sign
      bestDistance = distance
    }
  }
  return best
}

function isPastForm(word: string, lex: TenseCues): boolean {
  const suffix = lex.pastSuffix
  return (
    suffix !== undefined &&
    word.length > suffix.length + 2 &&
    word.endsWith(suffix) &&
    !lex.notPastSet?.has(word)
  )
}

export function sentenceStart(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 400), at)
  const m = [...before.matchAll(/(?:[^\d\s][.!?]["“”]?\s+|\n)/gu)].pop()
  return m ? at - before.length + (m.index ?? 0) + m[0].length : Math.max(0, at - 400)
}

function sentenceEnd(text: string, at: number): number {
  // "announced the plan Aug. 21. Among …": the stop right after a date ending in a digit ends its sentence
  if (/^[.!?]\s/u.test(text.slice(at, at + 2))) return at + 1
  const m = text.slice(at, at + 400).match(/(?:[^\d\s][.!?](?=\s)|\n)/u)
  return m ? at + (m.index ?? 0) + m[0].length : Math.min(text.length, at + 400)
}

function yearFor(
  meaning: Extract<Meaning, { kind: 'date' }>,
  state: ResolveState,
  tense: number,
  nearest = false,
): number | undefined {
  if (meaning.year !== undefined) return meaning.year
  const anchorYear = state.anchor.y ?? state.reference?.y
  if (meaning.shortYear !== undefined) {
    const base = state.reference?.y ?? anchorYear
    if (base === undefined) return undefined
    let y = Math.floor(base / 100) * 100 + meaning.shortYear
    if (y > base + 10) y -= 100
    return y
  }
  if (meaning.yearOffset !== undefined) {
    const base = meaning.yearOffsetFrom === 'reference' ? state.reference?.y : anchorYear
    return base === undefined ? undefined : base + meaning.yearOffset
  }
  if (state.mode === 'narrative') return anchorYear
  const ref = state.reference
  if (!ref) return undefined
  if (meaning.month === undefined) return ref.y
  // "soll im Februar stattfinden" (published in December) is next year's February; "im Dezember" said in January, looking back, last year's
  const later = meaning.month > ref.m || (meaning.month === ref.m && (meaning.day ?? ref.d) > ref.d)
  const earlier = meaning.month < ref.m || (meaning.month === ref.m && (meaning.day ?? ref.d) < ref.d)
  if (tense > 0 && earlier && ref.m - meaning.month >= 2) return ref.y + 1
  if (tense < 0 && later && meaning.month - ref.m >= 2) return ref.y - 1
  // "worth $130 million in October", said in January with no tense to go by: the October just past, not the one 9 months ahead
  if (tense === 0 && nearest && later && meaning.month - ref.m > 6) return ref.y - 1
  if (tense === 0 && nearest && earlier && ref.m - meaning.month > 6) return ref.y + 1
  return ref.y
}

function offsetValue(base: Ymd | Anchor | undefined, unit: string, n: number, part?: string): string {
  const y = base?.y
  if (y === undefined)
    return (
      { D: 'XXXX-XX-XX', W: 'XXXX-WXX', WE: 'XXXX-WXX-WE', M: 'XXXX-XX', Q: 'XXXX-QX', Y: 'XXXX' }[unit] ??
      'XXXX'
    )
  const m = base?.m
  const d = base?.d
  if (unit === 'Y' || m === undefined) return formatYear(y + (unit === 'Y' ? n : 0))
  if (unit === 'Q') {
    const ym = addMonths(y, m, 3 * n)
    return `${formatYear(ym.y)}-Q${Math.ceil(ym.m / 3)}`
  }
  if (unit === 'M' || d === undefined) {
    const ym = addMonths(y, m, unit === 'M' ? n : 0)
    return `${formatYear(ym.y)}-${pad(ym.m)}`
  }
  const day = { y, m, d }
  if (unit === 'W' || unit === 'WE') return formatWeek(addDays(day, 7 * n)) + (unit === 'WE' ? '-WE' : '')
  const value = formatDay(addDays(day, n))
  return part ? `${value}T${part}` : value
}

function weekdayValue(weekday: number, base: Ymd | undefined, dir: number, forced: boolean): string {
  if (!base) return `XXXX-WXX-${weekday}`
  const today = isoWeekday(base)
  let delta: number
  if (dir < 0) {
    delta = -((today - weekday + 7) % 7)
    if (forced && delta === 0) delta = -7
  } else if (dir > 0) {
    delta = (weekday - today + 7) % 7
    if (forced && delta === 0) delta = 7
  } else delta = weekday - today
  return formatDay(addDays(base, delta))
}

function parseValueDay(value: string): Ymd | undefined {
  const m = value.match(/^(\d{4})-(\d{2})-(\d{2})/u)
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined
}

function noteQuarter(state: ResolveState, value: string): void {
  const m = value.match(/^(\d{4})-(Q[1-4])$/u)
  if (m) state.lastQuarter = { y: Number(m[1]), quarter: m[2] ?? 'Q1' }
}

/** The TIMEX3 value of one expression; updates the narrative anchor as dates go by. */
export function resolveValue(
  c: Candidate,
  text: string,
  state: ResolveState,
  lex: TenseCues,
  sentence: number,
): string {
  const meaning = c.meaning
  const remember = (value: string, anchor?: Anchor) => {
    if (anchor) state.anchor = { ...anchor, value }
    noteQuarter(state, value)
    const day = parseValueDay(value)
    if (day) state.lastDay = { day, sentence }
    return value
  }
  switch (meaning.kind) {
    case 'date': {
      const tense = meaning.year === undefined ? (meaning.dir ?? tenseAround(text, c.start, c.end, lex)) : 0
      const nearest = meaning.dir === undefined && lex.nearestMonthWithoutCue === true
      const y = yearFor(meaning, state, tense, nearest)
      const year = y === undefined ? 'XXXX' : formatYear(y)
      let value = year
      if (meaning.season) value += `-${meaning.season}`
      else if (meaning.month !== undefined) {
        value += `-${pad(meaning.month)}`
        if (meaning.day !== undefined) value += `-${pad(meaning.day)}`
      }
      if (meaning.part) value += `T${meaning.part}`
      if (y === undefined) return value
      // a season or bare year leaves the day and month of the anchor behind
      const inferred = meaning.year === undefined && meaning.shortYear === undefined
      return remember(value, { y, inferred, ...(meaning.season ? {} : { m: meaning.month, d: meaning.day }) })
    }
    case 'offset': {
      // "a year ago", "a year earlier" after "the third quarter" are that quarter a year before (1988-Q3), not 1988
      const quarter = state.anchor.value?.match(/^\d{4}-([QH][1-4])$/u)?.[1]
      const named =
        quarter && state.anchor.y !== undefined ? { y: state.anchor.y, quarter } : state.lastQuarter
      if (meaning.likeAnchor && named && meaning.unit === 'Y')
        return `${formatYear(named.y + meaning.n)}-${named.quarter}`
      if (meaning.from === 'reference') {
        const base = state.reference ?? (state.mode === 'narrative' ? state.anchor : undefined)
        const value = offsetValue(base, meaning.unit, meaning.n, meaning.part)
        if (meaning.unit === 'D') return remember(value)
        // "the year-ago quarter" is the comparison, not the quarter reported
        if (meaning.n > -4) noteQuarter(state, value)
        return value
      }
      // "that quarter", "the following quarter" after "the first quarter" count in quarters from it
      if (quarter?.startsWith('Q') && meaning.unit === 'Q' && state.anchor.y !== undefined) {
        const index = state.anchor.y * 4 + Number(quarter.slice(1)) - 1 + meaning.n
        return `${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`
      }
      const value = offsetValue(
        state.anchor.y === undefined ? state.reference : state.anchor,
        meaning.unit,
        meaning.n,
        meaning.part,
      )
      const day = parseValueDay(value)
      if (day) return remember(value, day)
      const ym = value.match(/^(\d{4})(?:-(\d{2}))?$/u)
      if (ym) return remember(value, { y: Number(ym[1]), ...(ym[2] ? { m: Number(ym[2]) } : {}) })
      return value
    }
    case 'weekday': {
      const base =
        state.mode === 'narrative' && state.anchor.d !== undefined
          ? ({ y: state.anchor.y, m: state.anchor.m, d: state.anchor.d } as Ymd)
          : state.reference
      const dir = meaning.dir ?? (tenseAround(text, c.start, c.end, lex) || (lex.defaultTense ?? 0))
      let value = weekdayValue(meaning.weekday, base, dir, meaning.dir !== undefined)
      if (meaning.weekend) {
        const day = parseValueDay(value)
        return day ? `${formatWeek(day)}-WE` : 'XXXX-WXX-WE'
      }
      if (meaning.part) value += `T${meaning.part}`
      return remember(value)
    }
    case 'clock': {
      const day =
        state.lastDay?.sentence === sentence
          ? state.lastDay.day
          : state.mode === 'narrative' && state.anchor.d !== undefined
            ? ({ y: state.anchor.y, m: state.anchor.m, d: state.anchor.d } as Ymd)
            : state.reference
      const clock = `T${pad(meaning.hour)}:${pad(meaning.minute)}`
      return `${day ? formatDay(day) : 'XXXX-XX-XX'}${clock}`
    }
    case 'decade': {
      if (meaning.digits.length === 3) return remember(meaning.digits)
      const base = state.anchor.y ?? state.reference?.y
      return base === undefined ? `XX${meaning.digits}` : `${String(Math.floor(base / 100))}${meaning.digits}`
    }
    case 'century':
      return meaning.value
    case 'vague':
      return meaning.value
    case 'literal':
      return meaning.value
  }
}

export function initialState(mode: TimeMode, reference: Ymd | undefined): ResolveState {
  return {
    mode,
    ...(reference ? { reference } : {}),
    anchor: reference && mode === 'news' ? { ...reference, value: formatDay(reference) } : {},
  }
}
