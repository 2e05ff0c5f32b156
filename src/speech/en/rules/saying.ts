import { cueAt, type EnglishRule, type EnglishState, note, sentenceSubject } from '../state.ts'
import { wordsAfter } from './said-before.ts'

function apply(state: EnglishState): void {
  for (let k = state.first + 1; k < state.end; k++) {
    const t = state.view.tokens[k]
    if (!t || state.view.tokens[k - 1]?.text !== ',' || !state.lex.participleCues.has(t.lower)) continue
    const verb = cueAt(state, k)
    if (!verb) continue
    const speaker = sentenceSubject(state, k)
    const words = speaker && wordsAfter(state, k + 1, false)
    if (words) note(state, 'en/saying', words, [{ first: k, end: k + 1 }], speaker, verb)
  }
}

export const saying: EnglishRule = {
  id: 'en/saying',
  example: 'Albright urged women to vote for Clinton, saying, "There is a special place in hell …"',
  description: "a participle of saying after a comma; the sentence's subject speaks",
  apply,
}
