export { type EventLexicon, loadEventLexicon } from './event-lexicon.ts'
export { type FoundEvent, findEvents } from './find-events.ts'
