import type { FoundQuote, SpeechOptions } from '../found-quote.ts'
import { continueQuotations } from './continued.ts'
import type { EnglishSpeechLexicon } from './lexicon.ts'
import { accordingTo } from './rules/according-to.ts'
import { asked } from './rules/asked.ts'
import { called } from './rules/called.ts'
import { colonSource } from './rules/colon-source.ts'
import { reportedAct } from './rules/reported-act.ts'
import { saidAfter } from './rules/said-after.ts'
import { saidBefore } from './rules/said-before.ts'
import { saying } from './rules/saying.ts'
import type { EnglishView } from './sentence-view.ts'
import type { EnglishRule, EnglishState } from './state.ts'

/** The rules in the order they read a sentence: a frame after the words takes its cue verb before one before. */
export const SENTENCE_RULES: readonly EnglishRule[] = [
  saidAfter,
  accordingTo,
  saying,
  asked,
  saidBefore,
  called,
  reportedAct,
  colonSource,
]

/** The speech of every sentence of a document, sentence by sentence. */
export function scan(view: EnglishView, lex: EnglishSpeechLexicon, options: SpeechOptions): FoundQuote[] {
  const found: FoundQuote[] = []
  view.sentences.forEach(({ first, end }, sentence) => {
    if (end <= first || options.skipSentence(sentence)) return
    const state: EnglishState = { view, lex, sentence, first, end, found, used: new Set() }
    for (const rule of SENTENCE_RULES) rule.apply(state)
  })
  continueQuotations(view, found)
  return found.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1])
}
