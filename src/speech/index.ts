export type { FoundQuote } from './found-quote.ts'
export { reviewSpeech } from './review.ts'
export type { RuleInfo } from './speech-language.ts'
export { describeSpeech, speechLanguageOf, speechRuleCatalogue, speechStage } from './speech-stage.ts'
