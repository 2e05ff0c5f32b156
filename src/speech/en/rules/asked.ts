import { phraseAfter, subjectBefore } from '../noun-phrase.ts'
import {
  actsAsPast,
  contentEnd,
  cueAfterSubject,
  cueAt,
  type EnglishRule,
  type EnglishState,
  note,
} from '../state.ts'

/**
 * "A reporter asked Sanders how he is feeling", "He asked if they planned to attend": the question after the
 * addressee is the words. "The Legion has asked the campaign to stop using …": a request's words hold whom it asks.
 */
function apply(state: EnglishState): void {
  const { view, lex } = state
  for (let v = state.first; v < state.end; v++) {
    const verb = cueAt(state, v)
    if (verb?.lemma !== 'ask') continue
    const speaker = subjectBefore(view, lex, v, state.first)
    if (!speaker || !actsAsPast(state, v, speaker)) continue
    const object = phraseAfter(view, lex, v + 1, state.end)
    const at = object ? object.end : v + 1
    const opener = view.tokens[at]
    let first: number | undefined
    if (opener && lex.questionOpeners.has(opener.lower)) first = at
    else if (object && opener?.lower === 'to') first = object.first
    if (first === undefined) continue
    const end = contentEnd(state, first)
    if (end - first < 3) continue
    const addressee = first === at ? object : undefined
    note(state, 'en/asked', { first, end }, [cueAfterSubject(state, speaker, v)], speaker, verb, addressee)
  }
}

export const asked: EnglishRule = {
  id: 'en/asked',
  example: 'A reporter asked Sanders how he was feeling.',
  description: 'a question ("asked … if/whether/how …") or a request ("asked the campaign to …") after "ask"',
  apply,
}
