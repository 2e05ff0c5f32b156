import type { TimeLanguage } from './time-language.ts'
import { type TimeLexicon, timeLexicon } from './time-lexicon.ts'
import { buildRules, extendWithModifier } from './time-rules.ts'

/** German: the rules of time-rules.ts over lexicons/de-time-*.json. */
export const germanTimes: TimeLanguage<TimeLexicon> = {
  lang: 'de',
  lexicon: timeLexicon,
  rules: buildRules,
  extend: extendWithModifier,
}
