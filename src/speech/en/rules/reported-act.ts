import { subjectBefore } from '../noun-phrase.ts'
import {
  actsAsPast,
  contentEnd,
  cueAfterSubject,
  type EnglishRule,
  type EnglishState,
  note,
  sentenceSubject,
} from '../state.ts'

const VERB_TAGS = new Set(['VBD', 'VBZ', 'VBP', 'VBG', 'VBN', 'VB'])

/**
 * "Sanders also praised the president's actions", "…, urging Congress to act": an act of speech told, not its words;
 * what the act is about (its object and the rest of the clause) is what the speaker said, as a reported quote.
 */
function apply(state: EnglishState): void {
  const { view, lex } = state
  for (let v = state.first; v < state.end; v++) {
    const t = view.tokens[v]
    const act = t && lex.reportedActs.get(t.lower)
    if (!t || !act || !VERB_TAGS.has(t.pos) || view.quoted[v] || state.used.has(v)) continue
    const participle = t.lower.endsWith('ing') && view.tokens[v - 1]?.text === ','
    const speaker = participle ? sentenceSubject(state, v) : subjectBefore(view, lex, v, state.first)
    if (!speaker || (!participle && !actsAsPast(state, v, speaker))) continue
    const end = contentEnd(state, v + 1)
    if (end <= v + 1) continue
    const cue = participle ? { first: v, end: v + 1 } : cueAfterSubject(state, speaker, v)
    note(
      state,
      'en/reported-act',
      { first: v + 1, end },
      [cue],
      speaker,
      act,
      undefined,
      undefined,
      'reported',
    )
  }
}

export const reportedAct: EnglishRule = {
  id: 'en/reported-act',
  example: 'Sanders also praised the president’s actions.',
  description: 'an act of speech ("praised", "urged", "denounced") with what it is about: a reported quote',
  apply,
}
