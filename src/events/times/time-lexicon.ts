import { type Env, lexicon, readLexicon } from '../../document/index.ts'
// number-words.ts directly, not the quantities index, which itself uses the times: no import cycle
import { type NumberWordLexicon, numberWordLexicon } from '../quantities/number-words.ts'

/** The calendar's names in one language: months, weekdays, seasons, parts of the day, feasts (`<lang>-time-names`). */
export interface TimeNames {
  months: Record<string, number>
  weekdays: Record<string, number>
  seasons: Record<string, string>
  dayParts: Record<string, string>
  feasts: Record<string, string>
}

interface TimeRelative {
  days: Record<string, number>
  dayPartWords: Record<string, [string, string]>
  directions: Record<string, number>
  unitWords: Record<string, string>
  compounds: Record<string, [string, number]>
  after: string[]
  before: string[]
  vague: Record<string, string>
  pointModifiers: Record<string, string>
  approximators: string[]
  futureCues: string[]
  pastCues: string[]
}

interface TimeUnits {
  units: Record<string, [string, boolean]>
  adjectiveStems: Record<string, [string, boolean]>
  longStems: Record<string, [string, boolean]>
  sets: Record<string, string>
}

/** Everything the time rules read, from lexicons/de-time-*.json and de-number-words.json. */
export interface TimeLexicon extends TimeNames, TimeRelative, TimeUnits {
  readonly lang: 'de'
  numbers: NumberWordLexicon
  futureCueSet: Set<string>
  pastCueSet: Set<string>
}

function prepare(
  names: TimeNames,
  relative: TimeRelative,
  units: TimeUnits,
  numbers: NumberWordLexicon,
): TimeLexicon {
  return {
    lang: 'de',
    ...names,
    ...relative,
    ...units,
    numbers,
    futureCueSet: new Set(relative.futureCues),
    pastCueSet: new Set(relative.pastCues),
  }
}

/** Loads the time lexicons once per Env; without an Env (scripts, tests) reads them afresh. */
export function timeLexicon(env?: Env): TimeLexicon {
  if (!env) {
    return prepare(
      readLexicon<TimeNames>('de-time-names'),
      readLexicon<TimeRelative>('de-time-relative'),
      readLexicon<TimeUnits>('de-time-units'),
      numberWordLexicon(),
    )
  }
  return env.load('time-lexicon', () =>
    prepare(
      lexicon(env, 'de-time-names', (raw) => raw as TimeNames),
      lexicon(env, 'de-time-relative', (raw) => raw as TimeRelative),
      lexicon(env, 'de-time-units', (raw) => raw as TimeUnits),
      numberWordLexicon(env),
    ),
  )
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

/** A regex alternation of the keys, longest first so "Jänner" is not cut to "Jän.". */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegex(w).replace(/ /gu, '\\s+'))
    .join('|')
}
