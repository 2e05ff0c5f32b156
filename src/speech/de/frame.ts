import type { Quote, Span } from '../../document/index.ts'
import type { FoundQuote } from '../found-quote.ts'
import { lastTokenEndingBy } from '../found-quote.ts'
import type { Medium } from './lexicon.ts'
import type { View } from './sentence-view.ts'

export type Range = [number, number]

export const span = (v: View, first: number, last: number): Span => [
  (v.tokens[first] as { span: Span }).span[0],
  (v.tokens[last] as { span: Span }).span[1],
]

export const TERMINAL = /^[.!?…:;]$/u

/** The sentence without its final punctuation (indirect speech leaves the period to the frame). */
export function withoutFinal(v: View, first: number, last: number): Range {
  let end = last
  while (
    end > first &&
    (TERMINAL.test(v.word[end] as string) ||
      (v.tokens[end]?.kind === 'quote' && !v.quotedBy[end] && !v.fragmentOf[end]))
  )
    end--
  return [first, end]
}

export function cueSpans(v: View, verb: number, aux?: number): Span[] {
  const spans: Span[] = []
  if (aux !== undefined) spans.push(span(v, aux, aux))
  spans.push(span(v, verb, verb))
  const particle = v.tokens[verb]?.particle
  if (particle !== undefined && v.lex.verbs.has(v.tokens[verb]?.lemma ?? ''))
    spans.push(span(v, particle, particle))
  // "bekannt geben", "bekannt gegeben": a first part written apart before the verb
  else if (
    verb > 0 &&
    v.tokens[verb - 1]?.kind === 'word' &&
    v.lex.verbs.has(`${v.lower[verb - 1]}${v.tokens[verb]?.lemma ?? ''}`)
  )
    spans.push(span(v, verb - 1, verb - 1))
  return spans.sort((a, b) => a[0] - b[0])
}

export interface Frame {
  cue: Span[]
  speaker?: Range
  /** the phrase a relative pronoun speaker stands for: "Ägypten" in "…von Ägypten, das vorschlug, …" */
  antecedent?: Range
  addressee?: Range
  via?: Range
  medium?: Medium
  rule: string
}

export interface CueBefore {
  frame: Frame
  /** first token of the reported words */
  from: number
}

export function quote(
  v: View,
  range: Range,
  kind: Quote['kind'],
  frame: Frame | undefined,
  sentence: number,
): FoundQuote {
  const q: FoundQuote = {
    span: span(v, range[0], range[1]),
    kind,
    nested: false,
    rule: frame?.rule ?? 'de/continuation',
    sentence,
  }
  if (frame) {
    q.cue = frame.cue
    if (frame.speaker) q.speakerMention = span(v, frame.speaker[0], frame.speaker[1])
    if (frame.antecedent) q.antecedent = span(v, frame.antecedent[0], frame.antecedent[1])
    if (frame.addressee) q.addresseeMention = span(v, frame.addressee[0], frame.addressee[1])
    if (frame.via) q.viaMentions = [span(v, frame.via[0], frame.via[1])]
    if (frame.medium) q.medium = frame.medium
  }
  return q
}

/** mixed when quoted words stand inside the reported ones: Das Treffen sei „offen und nützlich“ gewesen */
export function kindOf(v: View, range: Range): Quote['kind'] {
  const q = v.quotedBy[range[0]]
  if (q && q.open === range[0] && (q.close === range[1] || q.close === range[1] - 1)) return 'direct'
  for (let k = range[0]; k <= range[1]; k++) {
    const f = v.fragmentOf[k]
    if ((f && !f.nameLike) || v.quotedBy[k]) return 'mixed'
  }
  return 'indirect'
}

export function tokenAt(v: View, end: number): number | undefined {
  return lastTokenEndingBy(v.tokens, end)
}
