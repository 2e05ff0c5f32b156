import { firstIndex, type Quote, type Span } from '../document/index.ts'

/** A speech act as a language's rules find it: the contract's quote plus what evaluation and review need. */
export interface FoundQuote {
  span: Span
  kind: Quote['kind']
  medium?: NonNullable<Quote['medium']>
  speakerMention?: Span
  /** the named speaker a pronoun or role noun stands for ("er" → "Lawrow") */
  antecedent?: Span
  /** a pronoun or role noun that stands for nobody the text named before it: the quote has no speaker actor */
  unresolved?: boolean
  addresseeMention?: Span
  cue?: Span[]
  /** every piece of the said words when a frame splits them or a quotation goes on after it; `span` is the first */
  parts?: Span[]
  viaMentions?: Span[]
  /** inside another quote's words ("Blinken habe ihm zugesichert, dass …" within Lawrow's statement) */
  nested: boolean
  /** the id of the rule that made it ("de/cue-after"): why it is a quote */
  rule: string
  sentence: number
}

/** A pair of quotation marks (token indices) and what stands between them. */
export interface Quotation {
  open: number
  close: number
  /** a sentence or clause of somebody's words: „Wir haben deutlich gemacht, …“ */
  full: boolean
  /** a name or title: die „Times“, „Volksrepublik Donezk“, die Übung „Alliierte Entschlossenheit“ */
  nameLike: boolean
}

export interface SpeechOptions {
  /** sentences that are not running text (figure descriptions, credits) */
  skipSentence: (sentence: number) => boolean
  /** sentences that are headings or the title */
  isHeading: (sentence: number) => boolean
}

/** The last token that ends at or before `end` (tokens in text order). */
export function lastTokenEndingBy(tokens: readonly { span: Span }[], end: number): number | undefined {
  const last = firstIndex(tokens, (t) => t.span[1], end) - 1
  return last >= 0 ? last : undefined
}
