import type { Span } from '../../document/index.ts'
import type { FoundQuote } from '../found-quote.ts'
import type { SentenceRule } from '../speech-language.ts'
import type { CueVerb, EnglishSpeechLexicon } from './lexicon.ts'
import { type Phrase, subjectBefore } from './noun-phrase.ts'
import { closesQuotation, type EnglishView, type EnToken } from './sentence-view.ts'

/** One sentence as the English rules read it, and what they found so far. */
export interface EnglishState {
  view: EnglishView
  lex: EnglishSpeechLexicon
  sentence: number
  /** the sentence's tokens: [first, end) */
  first: number
  end: number
  found: FoundQuote[]
  /** tokens an earlier rule already took as a cue */
  used: Set<number>
}

export type EnglishRule = SentenceRule<EnglishState>

const tokenAt = (state: EnglishState, i: number) => state.view.tokens[i] as EnToken

/** The cue verb at a token outside quotation marks that no rule took yet. */
export function cueAt(state: EnglishState, i: number): CueVerb | undefined {
  if (state.used.has(i) || state.view.quoted[i]) return undefined
  return state.lex.cueForms.get(tokenAt(state, i).lower)
}

const TERMINAL = new Set(['.', '!', '?', ';', ','])
const DASHES = new Set(['—', '–', '--'])

/**
 * The token after the last word reported from `from` on: the sentence's closing punctuation (and a closing mark
 * after it) left out, and the narrator's next clause cut off: at ";", at a comma before "but", "while", "who" …
 * ("…, but Cook did not say when") or before a preposition after a quotation, at a dash before "asserting". A verb after "and" stays: it shares the reported subject as often as the
 * narrator's ("stated it would attack … and would respond").
 */
export function contentEnd(state: EnglishState, from: number): number {
  let end = state.end
  for (let k = from + 1; k < state.end; k++) {
    if (state.view.quoted[k]) continue
    const t = tokenAt(state, k)
    const next = state.view.tokens[k + 1]
    const afterQuotation = closesQuotation(state.view, k - 1)
    const stops =
      t.text === ';' ||
      // "…, but Cook did not say when"; not "…, but that he and his team …", which reports on
      (t.text === ',' &&
        next !== undefined &&
        state.lex.contentStops.has(next.lower) &&
        !state.lex.complementizers.has(state.view.tokens[k + 2]?.lower ?? '')) ||
      // "…, saying his campaign …", "…, adding that …": the next report of the same speaker
      (t.text === ',' && next !== undefined && state.lex.participleCues.has(next.lower)) ||
      // '… doesn't want "that crap," in an interview with CNN': the narrator's adverbial after a quotation
      (t.text === ',' && afterQuotation && next?.pos === 'IN') ||
      // "called both “crazy” and said the party …": the narrator's next act of saying, or a clause of its own
      ((state.lex.coordinators.has(t.lower) || t.lower === 'but') &&
        k > from + 1 &&
        narratorGoesOn(state, k + 1)) ||
      // "… — asserting that …": a dash before another participle of saying
      (DASHES.has(t.text) && next !== undefined && state.lex.participleCues.has(next.lower))
    if (stops) {
      end = k
      break
    }
  }
  // 'said that “ethanol people” “do a fantastic job. And it’s so important.”': a quotation opened among the words
  // runs on into the sentences after, and the words with it
  for (let k = from; k < end; k++) {
    const close = state.view.partner[k]
    if (close !== undefined && close > k && close >= state.end) {
      end = close + 1
      break
    }
  }
  while (end > from) {
    const t = tokenAt(state, end - 1)
    // a closing mark whose quotation opened among the words stays with them: 'a "quasi-state of war".'
    const ownMark = closesQuotation(state.view, end - 1) && (state.view.partner[end - 1] as number) >= from
    if (TERMINAL.has(t.text) || (closesQuotation(state.view, end - 1) && !ownMark)) end--
    else break
  }
  return end
}

/** How far after "and" the narrator's next cue verb may stand: "and more than 4 in 10 said …". */
const NEXT_FRAME_REACH = 7

/**
 * Whether the words at `k`, after "and" or "but", are the narrator's next act of saying: "and said …", "but argues
 * that …", "and more than 4 in 10 said …": a cue verb before any other verb or punctuation.
 */
function narratorGoesOn(state: EnglishState, k: number): boolean {
  for (let j = k; j < Math.min(state.end, k + NEXT_FRAME_REACH); j++) {
    const t = state.view.tokens[j]
    if (!t || state.view.quoted[j] || t.kind === 'punct' || t.kind === 'quote') return false
    if (FINITE_TAGS.has(t.pos)) return state.lex.cueForms.has(t.lower)
  }
  return false
}

const FINITE_TAGS = new Set(['VBD', 'VBZ', 'VBP', 'MD'])

/** The characters of tokens [first, end), or none when the range is empty. */
export function spanOf(state: EnglishState, first: number, end: number): Span | undefined {
  if (end <= first) return undefined
  return [tokenAt(state, first).span[0], tokenAt(state, end - 1).span[1]]
}

/** Direct when one pair of quotation marks holds the words, mixed when some of them are quoted, else indirect. */
function kindOf(state: EnglishState, first: number, end: number): FoundQuote['kind'] {
  const close = first > 0 ? state.view.partner[first - 1] : undefined
  if (close !== undefined && close >= end) {
    let k = end
    while (k < close && tokenAt(state, k).kind === 'punct') k++
    if (k === close) return 'direct'
  }
  for (let k = first; k < end; k++) if (state.view.partner[k] !== undefined) return 'mixed'
  return 'indirect'
}

/** Notes one quote: content tokens [first, end), its speaker, cue tokens and addressee. */
export function note(
  state: EnglishState,
  rule: string,
  content: Phrase,
  cue: readonly Phrase[],
  speaker: Phrase | undefined,
  verb: CueVerb | undefined,
  addressee?: Phrase,
  via?: readonly Phrase[],
  /** "reported" for an act of speech told without its words; else direct, mixed or indirect by the marks */
  reported?: 'reported',
): void {
  let end = content.end
  // "We will not back down," Kerry said: the comma inside the marks closes the words, it is none of them
  while (end > content.first && tokenAt(state, end - 1).text === ',') end--
  const span = spanOf(state, content.first, end)
  if (!span) return
  const kind = reported ?? kindOf(state, content.first, end)
  const quote: FoundQuote = { span, kind, rule, sentence: state.sentence, nested: false }
  if (verb?.medium) quote.medium = verb.medium
  const mention = speaker && spanOf(state, speaker.first, speaker.end)
  if (mention) quote.speakerMention = mention
  const cues = cue.map((c) => spanOf(state, c.first, c.end)).filter((s): s is Span => s !== undefined)
  if (cues.length > 0) quote.cue = cues
  const to = addressee && spanOf(state, addressee.first, addressee.end)
  if (to) quote.addresseeMention = to
  const chain = (via ?? [])
    .map((v) => spanOf(state, v.first, v.end))
    .filter((s): s is Span => s !== undefined)
  if (chain.length > 0) quote.viaMentions = chain
  for (const c of cue) for (let k = c.first; k < c.end; k++) state.used.add(k)
  state.found.push(quote)
}

const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD'])

/**
 * The cue of a verb at `verb` whose subject stands before it: the verb with the auxiliaries and adverbs between them
 * ("has also said", "is telling", "did not say"), as PolNeAR marks cues.
 */
export function cueAfterSubject(state: EnglishState, speaker: Phrase, verb: number): Phrase {
  let first = Math.max(speaker.end, state.first)
  while (first < verb && tokenAt(state, first).kind === 'punct') first++
  return { first: Math.min(first, verb), end: verb + 1 }
}

/**
 * The subject of the sentence's first finite verb outside quotation marks before `before`: who does the saying in
 * "…, saying that …" and "… and says that …".
 */
export function sentenceSubject(state: EnglishState, before: number): Phrase | undefined {
  for (let v = state.first; v < before; v++) {
    const t = state.view.tokens[v]
    if (!t || state.view.quoted[v]) continue
    if (FINITE.has(t.pos)) return subjectBefore(state.view, state.lex, v, state.first)
    // "The mayor praised the plan, …": a past tense the tagger read as a participle
    if (t.pos === 'VBN') {
      const subject = subjectBefore(state.view, state.lex, v, state.first)
      if (subject && actsAsPast(state, v, subject)) return subject
    }
  }
  return undefined
}

const PERFECT = new Set(['has', 'have', 'had'])

/**
 * Whether a cue the tagger read as a past participle (VBN) acts with `speaker` as its subject: after "has"/"have"/
 * "had", or when the subject opens the sentence ("The governor called the plan …"); not "a group called the …".
 */
export function actsAsPast(state: EnglishState, verb: number, speaker: Phrase): boolean {
  if (state.view.tokens[verb]?.pos !== 'VBN') return true
  const before = state.view.tokens[verb - 1]?.lower ?? ''
  if (PERFECT.has(before)) return true
  if (speaker.first !== state.first) return false
  // "The union also praised …": only adverbs and auxiliaries between the subject and its verb
  for (let k = speaker.end; k < verb; k++)
    if (!state.lex.auxiliaries.has(tokenAt(state, k).lower)) return false
  return true
}
