import { type Phrase, phraseAfter } from '../noun-phrase.ts'
import { contentEnd, type EnglishRule, type EnglishState, note } from '../state.ts'
import { viaAfter } from '../via.ts'

/** "according to the Pentagon": the phrase's tokens at `i`, or none. */
function attributionAt(state: EnglishState, i: number): number | undefined {
  for (const phrase of state.lex.attributionPhrases) {
    const fits = phrase.every((w, k) => state.view.tokens[i + k]?.lower === w && !state.view.quoted[i + k])
    if (fits && i + phrase.length <= state.end) return phrase.length
  }
  return undefined
}

/**
 * The source after "according to": the whole phrase up to the comma or the sentence's end, as PolNeAR marks it ("a
 * count by The Associated Press", "early results of exit polls conducted for …"); a quoted source's "quoting …" is
 * left out. None when the words there are no noun phrase.
 */
function sourceAfter(state: EnglishState, at: number): Phrase | undefined {
  if (!phraseAfter(state.view, state.lex, at, state.end) && state.view.tokens[at]?.pos !== 'DT')
    return undefined
  let end = at
  while (end < state.end) {
    const t = state.view.tokens[end]
    if (!t || state.view.quoted[end] || (t.kind === 'punct' && t.pos !== 'HYPH' && t.text !== '.')) break
    if (t.text === '.' && end + 1 >= state.end) break
    end++
  }
  return end > at ? { first: at, end } : undefined
}

/** Whether nothing but punctuation follows token `from` in the sentence. */
function closesItsSentence(state: EnglishState, from: number): boolean {
  for (let k = from; k < state.end; k++) if (state.view.tokens[k]?.kind !== 'punct') return false
  return true
}

function apply(state: EnglishState): void {
  for (let i = state.first; i < state.end; i++) {
    const length = attributionAt(state, i)
    if (!length) continue
    const source = sourceAfter(state, i + length)
    if (!source) continue
    const cue = [{ first: i, end: i + length }]
    const after = state.view.tokens[source.end]
    // "According to the Pentagon, 300 troops arrived."
    if (i === state.first && after?.text === ',') {
      const via = viaAfter(state, source.end + 1)
      const first = via ? via.next : source.end + 1
      const words = { first, end: contentEnd(state, first) }
      note(state, 'en/according-to', words, cue, source, undefined, undefined, via ? [via.phrase] : [])
    } else if (state.view.tokens[i - 1]?.text === ',') {
      // "300 troops arrived, according to the Pentagon."
      note(state, 'en/according-to', { first: state.first, end: i - 1 }, cue, source, undefined)
    } else if (i > state.first + 2 && closesItsSentence(state, source.end)) {
      // "Clinton leads by 271 delegates according to a count by The Associated Press."
      note(state, 'en/according-to', { first: state.first, end: i }, cue, source, undefined)
    }
  }
}

export const accordingTo: EnglishRule = {
  id: 'en/according-to',
  example: 'According to the Pentagon, 300 troops arrived.',
  description: 'an attribution phrase ("according to") with its source, before or after the words',
  apply,
}
