import type { TimeLanguage } from '../time-language.ts'
import { type EnglishTimeLexicon, englishTimeLexicon } from './english-time-lexicon.ts'
import { buildEnglishRules, extendEnglish } from './english-time-rules.ts'

/** English: TimeML (TIMEX3) extents and values over lexicons/en-time-*.json. */
export const englishTimes: TimeLanguage<EnglishTimeLexicon> = {
  lang: 'en',
  lexicon: englishTimeLexicon,
  rules: buildEnglishRules,
  extend: extendEnglish,
}
