export {
  type EnglishEventLexicon,
  loadEnglishEventLexicon,
  nounLemma,
  verbLemma,
} from './english-event-lexicon.ts'
export { ENGLISH_EVENT_RULES } from './english-event-rules.ts'
export { findEnglishEvents } from './find-english-events.ts'
