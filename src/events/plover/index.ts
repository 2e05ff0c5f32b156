export { type EventLexicon, loadEventLexicon } from './event-lexicon.ts'
export { EVENT_RULES } from './event-rules.ts'
export { type FoundEvent, findEvents } from './find-events.ts'
