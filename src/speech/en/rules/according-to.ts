import { phraseAfter } from '../noun-phrase.ts'
import { contentEnd, type EnglishRule, type EnglishState, note } from '../state.ts'

/** "according to the Pentagon": the phrase's tokens at `i`, or none. */
function attributionAt(state: EnglishState, i: number): number | undefined {
  for (const phrase of state.lex.attributionPhrases) {
    const fits = phrase.every((w, k) => state.view.tokens[i + k]?.lower === w && !state.view.quoted[i + k])
    if (fits && i + phrase.length <= state.end) return phrase.length
  }
  return undefined
}

function apply(state: EnglishState): void {
  for (let i = state.first; i < state.end; i++) {
    const length = attributionAt(state, i)
    if (!length) continue
    const source = phraseAfter(state.view, state.lex, i + length, state.end)
    if (!source) continue
    const cue = [{ first: i, end: i + length }]
    const after = state.view.tokens[source.end]
    // "According to the Pentagon, 300 troops arrived."
    if (i === state.first && after?.text === ',') {
      const first = source.end + 1
      note(state, 'en/according-to', { first, end: contentEnd(state, first) }, cue, source, undefined)
    } else if (state.view.tokens[i - 1]?.text === ',') {
      // "300 troops arrived, according to the Pentagon."
      note(state, 'en/according-to', { first: state.first, end: i - 1 }, cue, source, undefined)
    }
  }
}

export const accordingTo: EnglishRule = {
  id: 'en/according-to',
  example: 'According to the Pentagon, 300 troops arrived.',
  description: 'an attribution phrase ("according to") with its source, before or after the words',
  apply,
}
