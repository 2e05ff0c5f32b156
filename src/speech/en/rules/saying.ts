import { phraseAfter } from '../noun-phrase.ts'
import { cueAt, type EnglishRule, type EnglishState, note, sentenceSubject } from '../state.ts'
import { wordsAfter } from './said-before.ts'

/** What may stand before a participle of saying: "…, saying …", "… – saying …". */
const BEFORE_PARTICIPLE = new Set([',', '–', '—', '--'])

function apply(state: EnglishState): void {
  const { view, lex } = state
  for (let k = state.first + 1; k < state.end; k++) {
    const t = view.tokens[k]
    if (!t || !BEFORE_PARTICIPLE.has(view.tokens[k - 1]?.text ?? '') || !lex.participleCues.has(t.lower))
      continue
    const verb = cueAt(state, k)
    if (!verb) continue
    const speaker = sentenceSubject(state, k)
    // "…, telling Reuters, “…”": the object of "tell" is the addressee
    const addressee = verb.addressee ? phraseAfter(view, lex, k + 1, state.end) : undefined
    const words = speaker && wordsAfter(state, addressee ? addressee.end : k + 1, false)
    if (words) note(state, 'en/saying', words, [{ first: k, end: k + 1 }], speaker, verb, addressee)
  }
}

export const saying: EnglishRule = {
  id: 'en/saying',
  example: 'Albright urged women to vote for Clinton, saying, "There is a special place in hell …"',
  description:
    'a participle of saying after a comma or dash (its object the addressee of "telling"); the sentence\'s subject speaks',
  apply,
}
