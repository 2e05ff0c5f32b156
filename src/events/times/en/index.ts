export { type EnglishTimeLexicon, englishTimeLexicon } from './english-time-lexicon.ts'
export { englishTimes } from './english-times.ts'
