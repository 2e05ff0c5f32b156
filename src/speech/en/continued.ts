import type { Span } from '../../document/index.ts'
import type { FoundQuote } from '../found-quote.ts'
import { closesQuotation, type EnglishView, opensQuotation } from './sentence-view.ts'

/** Marks that may stand between a frame or a quotation and the next quotation: '…,” he said, “…', '….” “…' */
const BETWEEN = new Set([',', '.', ':', '?', '!'])

/** Per token, the sentence it belongs to. */
function sentenceOfTokens(view: EnglishView): number[] {
  const of = view.tokens.map(() => -1)
  view.sentences.forEach(({ first, end }, s) => {
    for (let k = first; k < end; k++) of[k] = s
  })
  return of
}

/** Whether a new paragraph begins between tokens `a` and `b`. */
function paragraphBetween(view: EnglishView, a: number, b: number): boolean {
  const left = view.tokens[a]
  const right = view.tokens[b]
  return (
    left !== undefined && right !== undefined && view.text.slice(left.span[1], right.span[0]).includes('\n')
  )
}

/** Whether a new paragraph (or the text) begins at token `k`. */
function paragraphAt(view: EnglishView, k: number): boolean {
  return k === 0 || paragraphBetween(view, k - 1, k)
}

/** Whether only punctuation follows token `close` up to its paragraph's end. */
function fillsParagraph(view: EnglishView, close: number): boolean {
  for (let k = close + 1; k < view.tokens.length && !paragraphAt(view, k); k++)
    if (view.tokens[k]?.kind !== 'punct') return false
  return true
}

/** Whether only punctuation follows token `close` in its sentence: the quotation closes the sentence. */
function endsSentence(view: EnglishView, close: number, sentenceOf: readonly number[]): boolean {
  const range = view.sentences[sentenceOf[close] ?? -1]
  if (!range) return false
  for (let k = close + 1; k < range.end; k++) if (view.tokens[k]?.kind !== 'punct') return false
  return true
}

const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD'])

/**
 * Past the frame's adverbial, which holds no verb of its own: up to its sentence's end ("he said in the interview
 * with Breitbart News.") or to the quotation its comma opens ("the senator said on Friday, “…”"); else `from`.
 */
function restOfFrame(view: EnglishView, from: number, sentenceOf: readonly number[]): number {
  const range = view.sentences[sentenceOf[from - 1] ?? -1]
  if (!range || from >= range.end) return from
  for (let k = from; k < range.end; k++) {
    const t = view.tokens[k]
    if (opensQuotation(view, k) && BETWEEN.has(view.tokens[k - 1]?.text ?? '')) return k
    if (!t || t.kind === 'quote' || view.partner[k] !== undefined || FINITE.has(t.pos)) return from
  }
  return range.end
}

/**
 * A direct quote goes on in the quotations that follow its frame or its closing mark in the same paragraph, and in
 * the next paragraphs that are nothing but a quotation, as long as nobody else's frame takes them: split quotations ("“We will win,” he said, “and soon.”") and the sentences a
 * speaker's quotation runs on in ("“…,” he said. “…”"). Each becomes a part of the quote's words.
 */
export function continueQuotations(view: EnglishView, found: FoundQuote[]): void {
  const byEnd = new Map<number, number>()
  view.tokens.forEach((t, i) => {
    byEnd.set(t.span[1], i)
  })
  const sentenceOf = sentenceOfTokens(view)
  const taken = (from: number, to: number) => found.some((q) => q.span[0] < to && from < q.span[1])
  for (const quote of found) {
    if (quote.kind !== 'direct' || quote.nested) continue
    let last = byEnd.get(quote.span[1])
    if (last === undefined) continue
    while (last < view.tokens.length && !closesQuotation(view, last)) {
      if (view.tokens[last + 1]?.kind !== 'punct' && !closesQuotation(view, last + 1)) break
      last++
    }
    if (!closesQuotation(view, last)) continue
    // the frame may stand after the words: go on after it
    const frameEnds = [...(quote.cue ?? []), ...(quote.speakerMention ? [quote.speakerMention] : [])]
      .map((s) => byEnd.get(s[1]) ?? -1)
      .filter((k) => k > last)
    let from = restOfFrame(view, Math.max(last, ...frameEnds) + 1, sentenceOf)
    const parts: Span[] = [quote.span]
    for (;;) {
      let k = from
      while (view.tokens[k]?.kind === 'punct' && BETWEEN.has(view.tokens[k]?.text ?? '')) k++
      if (!opensQuotation(view, k)) break
      const close = view.partner[k] as number
      // the speaker's next paragraph, when it is nothing but a quotation ("“…,” he said.¶“…”")
      if (paragraphBetween(view, from - 1, k) && !(paragraphAt(view, k) && fillsParagraph(view, close))) break
      let end = close
      while (end > k + 1 && view.tokens[end - 1]?.text === ',') end--
      const first = view.tokens[k + 1]
      const lastWord = view.tokens[end - 1]
      if (!first || !lastWord || end <= k + 1) break
      const piece: Span = [first.span[0], lastWord.span[1]]
      if (taken(piece[0], piece[1]) || !endsSentence(view, close, sentenceOf)) break
      parts.push(piece)
      from = close + 1
    }
    if (parts.length > 1) quote.parts = parts
  }
}
