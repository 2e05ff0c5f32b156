export type { FoundQuote } from './find-speech.ts'
export { describeSpeech, speechStage } from './speech-stage.ts'
export { reviewSpeech } from './review.ts'
