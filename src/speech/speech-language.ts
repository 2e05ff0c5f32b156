import type { Document, Env } from '../document/index.ts'
import type { FoundQuote, SpeechOptions } from './found-quote.ts'
import type { SpeakerWords } from './resolve-speakers.ts'

/** A rule id with one real phrase it reads: what `lagebild analyze --explain` and the web app say of a quote. */
export interface RuleInfo {
  readonly id: string
  readonly example: string
  readonly description: string
}

/**
 * One rule over one sentence, in the order a language's scan lists them. `makes` names every rule id its quotes
 * may carry when the rule's frames tell finer kinds apart ("…, so Blinken" is `de/so-after` of the cue-after rule).
 */
export interface SentenceRule<S> extends RuleInfo {
  readonly makes?: readonly RuleInfo[]
  apply(state: S): void
}

/** What a language brings to the speech stage: its rules, and the speech they find in a document. */
export interface SpeechLanguage {
  readonly lang: string
  /** every rule id the language's quotes may carry */
  readonly rules: readonly RuleInfo[]
  /** every speech act of the document, speakers resolved against its entities */
  findSpeech(doc: Document, env: Env, options: SpeechOptions): FoundQuote[]
  /** the words that refer to speakers, for the actors of a statement */
  speakerWords(env: Env): SpeakerWords
}

/** The rule ids a list of sentence rules may put on a quote, in their order. */
export function rulesOf<S>(rules: readonly SentenceRule<S>[]): RuleInfo[] {
  return rules.flatMap((r) =>
    r.makes ? [...r.makes] : [{ id: r.id, example: r.example, description: r.description }],
  )
}
