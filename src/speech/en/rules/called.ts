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

/** Tags of a naming verb that may have a subject of its own (a past participle only as `actsAsPast` says). */
const ACTIVE = new Set(['VBD', 'VBZ', 'VBP', 'VBG', 'VBN'])

/**
 * "Bush called Trump “unhinged.”", "…, calling him a “loser.”", "Clinton is calling for the United States to …": the
 * object and what it is called are the speaker's words; "for", "on", "out" belong to the cue.
 */
function apply(state: EnglishState): void {
  const { view, lex } = state
  for (let v = state.first; v < state.end; v++) {
    const t = view.tokens[v]
    if (!t || !lex.namingVerbs.has(t.lower) || !ACTIVE.has(t.pos) || view.quoted[v] || state.used.has(v))
      continue
    const participle = t.pos === 'VBG' && view.tokens[v - 1]?.text === ','
    const speaker = participle ? sentenceSubject(state, v) : subjectBefore(view, lex, v, state.first)
    if (!speaker || !actsAsPast(state, v, speaker)) continue
    const particle = lex.namingParticles.has(view.tokens[v + 1]?.lower ?? '')
    const first = particle ? v + 2 : v + 1
    const end = contentEnd(state, first)
    if (end - first < 2) continue
    const cue = participle ? { first: v, end: v + 1 } : cueAfterSubject(state, speaker, v)
    if (particle) cue.end = v + 2
    note(state, 'en/called', { first, end }, [cue], speaker, { lemma: 'call', medium: 'speech' })
  }
}

export const called: EnglishRule = {
  id: 'en/called',
  example: 'Bush called Trump “unhinged.”',
  description: 'a naming verb ("called", "dubbed") with its object and what it is called, or "called for …"',
  apply,
}
