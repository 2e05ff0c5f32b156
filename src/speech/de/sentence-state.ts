import type { FoundQuote, Quotation, SpeechOptions } from '../found-quote.ts'
import type { SentenceRule } from '../speech-language.ts'
import type { View } from './sentence-view.ts'

/** What the scan remembers across sentences: the last sentence that held speech, and its statement. */
export interface ScanMemory {
  context?: { sentence: number; quote: FoundQuote }
}

/**
 * One sentence as the German rules see it, in turn: each rule reads what the rules before it found (`top`, the
 * sentence's main statement) and adds its own findings to `found`.
 */
export interface SentenceState {
  readonly v: View
  /** sentence index, and its first and last token */
  readonly s: number
  readonly first: number
  readonly last: number
  /** top-level commas (outside quotations and brackets) */
  readonly cuts: number[]
  readonly options: SpeechOptions
  /** inside a quotation only speech with a frame counts: a speaker's own "ich habe" would read as Konjunktiv I */
  readonly framedOnly: boolean
  /** every speech act of the view found so far, this sentence's included */
  readonly found: FoundQuote[]
  /** quotations a frame has claimed already */
  readonly directDone: Set<Quotation>
  /** how many speech acts were found before this sentence */
  readonly before: number
  readonly memory: ScanMemory
  /** the sentence's main statement, once a rule found it */
  top?: FoundQuote
  /** a second statement of the sentence, after the first one's words */
  also?: FoundQuote
  /** set when a rule has settled the sentence: no later rule looks at it */
  done: boolean
}

export type GermanRule = SentenceRule<SentenceState>

/** Whether somebody spoke in this sentence or the two before: reported words may go on that far. */
export function inContextAt(st: SentenceState): boolean {
  const context = st.memory.context
  return context !== undefined && context.sentence >= st.s - 2
}

/** The sentence's main statement: kept as `top` and added to what the scan found. */
export function claim(st: SentenceState, q: FoundQuote): void {
  st.top = q
  st.found.push(q)
}
