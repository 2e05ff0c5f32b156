import { type Env, lexicon, readLexicon } from '../../../document/index.ts'
import type { TimeNames as Names } from '../time-lexicon.ts'

interface Contexts {
  monthBefore: string[]
  mayBefore: string[]
  seasonBefore: string[]
  notYearBefore: string[]
  notYearAfter: string[]
  theYearBefore: string[]
  periodEndAfter: string[]
  weekendBefore: string[]
  pluralUnitBefore: string[]
  notDurationAfter: string[]
}

interface Relative {
  days: Record<string, number>
  directions: Record<string, number>
  anchoredDirections: string[]
  unitWords: Record<string, string>
  fromReference: string[]
  after: string[]
  before: string[]
  vague: Record<string, string>
  pointModifiers: Record<string, string>
  approximators: string[]
  futureCues: string[]
  pastCues: string[]
  pastSuffix: string
  notPast: string[]
  notPastAfter: string[]
  futureBefore: string[]
  nearestMonthWithoutCue: boolean
  defaultTense: number
  contexts: Contexts
}

interface Units {
  /** unit word → [TIMEX3 unit, clock unit (PT…), factor] */
  units: Record<string, [string, boolean, number]>
  sets: Record<string, string>
  /** a unit alone in the plural ("for years") → its TIMEX3 value with an unspecified amount */
  vagueDurations: Record<string, string>
  ordinals: Record<string, number>
  decadeWords: Record<string, string>
  numbers: Record<string, number>
  vagueNumbers: string[]
}

/** Everything the English time rules read, from lexicons/en-time-*.json. */
export interface EnglishTimeLexicon extends Names, Omit<Relative, 'contexts'>, Units {
  readonly lang: 'en'
  /** the context words as sets, by the name they have in en-time-relative.json */
  contexts: Record<keyof Contexts, Set<string>>
  futureCueSet: Set<string>
  pastCueSet: Set<string>
  notPastSet: Set<string>
  notPastAfterSet: Set<string>
  futureBeforeSet: Set<string>
}

function prepare(names: Names, relative: Relative, units: Units): EnglishTimeLexicon {
  return {
    lang: 'en',
    ...names,
    ...relative,
    ...units,
    futureCueSet: new Set(relative.futureCues),
    pastCueSet: new Set(relative.pastCues),
    notPastSet: new Set(relative.notPast),
    notPastAfterSet: new Set(relative.notPastAfter),
    futureBeforeSet: new Set(relative.futureBefore),
    contexts: {
      monthBefore: new Set(relative.contexts.monthBefore),
      mayBefore: new Set(relative.contexts.mayBefore),
      seasonBefore: new Set(relative.contexts.seasonBefore),
      notYearBefore: new Set(relative.contexts.notYearBefore),
      notYearAfter: new Set(relative.contexts.notYearAfter),
      theYearBefore: new Set(relative.contexts.theYearBefore),
      periodEndAfter: new Set(relative.contexts.periodEndAfter),
      weekendBefore: new Set(relative.contexts.weekendBefore),
      pluralUnitBefore: new Set(relative.contexts.pluralUnitBefore),
      notDurationAfter: new Set(relative.contexts.notDurationAfter),
    },
  }
}

/** Loads the English time lexicons once per Env; without an Env (scripts, tests) reads them afresh. */
export function englishTimeLexicon(env?: Env): EnglishTimeLexicon {
  if (!env)
    return prepare(
      readLexicon<Names>('en-time-names'),
      readLexicon<Relative>('en-time-relative'),
      readLexicon<Units>('en-time-units'),
    )
  return env.load('en-time-lexicon', () =>
    prepare(
      lexicon(env, 'en-time-names', (raw) => raw as Names),
      lexicon(env, 'en-time-relative', (raw) => raw as Relative),
      lexicon(env, 'en-time-units', (raw) => raw as Units),
    ),
  )
}
