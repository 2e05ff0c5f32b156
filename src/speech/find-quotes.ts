import { firstIndex, type Span } from '../document/index.ts'
import { type FoundQuote, lastTokenEndingBy, type Quotation, type SpeechOptions } from './found-quote.ts'

/** What the engine needs of a language's view of a document: its tokens and its quotations. */
export interface QuotationView {
  readonly tokens: readonly { span: Span }[]
  readonly quotations: readonly Quotation[]
  readonly quotedBy: readonly (Quotation | undefined)[]
}

/** A language's scan of a view, and the view from inside one quotation. */
export interface Scanner<V extends QuotationView> {
  /** the speech of every sentence of a view; `framedOnly`: inside a quotation only speech with a frame counts */
  scan(view: V, options: SpeechOptions, framedOnly: boolean): FoundQuote[]
  innerView(view: V, quotation: Quotation): V
}

/**
 * Finds speech sentence by sentence, then the speech reported inside somebody's own words: inside quotation marks
 * ("»Ich glaube nur, daß wir nicht mehr so glücklich werden«") and after a colon without them ("sagte: Ich weiß, daß
 * heute mein letzter Tag ist"). Nested findings are marked `nested`.
 */
export function findQuotes<V extends QuotationView>(
  view: V,
  scanner: Scanner<V>,
  options: SpeechOptions,
): FoundQuote[] {
  const found = scanner.scan(view, options, false)
  const unmarked: Quotation[] = []
  for (const q of found) {
    if (q.kind !== 'direct' || q.nested) continue
    const first = firstIndex(view.tokens, (t) => t.span[0], q.span[0], true)
    const last = lastTokenEndingBy(view.tokens, q.span[1])
    if (first < 1 || last === undefined || view.quotedBy[first] || last - first < 5) continue
    unmarked.push({ open: first - 1, close: last + 1, full: true, nameLike: false })
  }
  for (const q of [...view.quotations, ...unmarked]) {
    if (!q.full || q.close - q.open < 5) continue
    for (const inner of scanner.scan(scanner.innerView(view, q), options, true)) {
      inner.nested = true
      found.push(inner)
    }
  }
  return found.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1])
}
