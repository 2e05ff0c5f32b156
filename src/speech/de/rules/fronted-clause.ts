import { nextComma } from '../clauses.ts'
import { cueSpans, type Frame, kindOf, quote, type Range, withoutFinal } from '../frame.ts'
import { nounPhraseAfter } from '../noun-phrase.ts'
import { canSpeak } from '../roles.ts'
import { claim, type GermanRule } from '../sentence-state.ts'
import { cueVerbAt, isComma, isFiniteVerb, type View } from '../sentence-view.ts'
import { wieClause } from './wie-clause.ts'

/**
 * "Ob er das Mittel angewendet hat, wissen wir nicht anzugeben", "Daß es so kam, läßt sich leicht denken": a
 * "dass", "ob" or w-clause that opens the sentence stands first in the main clause after it, as the object of its
 * cue verb (finite or not). Unlike words closed by a frame after them, it needs no Konjunktiv: its place says it.
 */
function frontedClauseFrame(
  v: View,
  first: number,
  last: number,
  cuts: readonly number[],
): { frame: Frame; message: Range } | undefined {
  if (!v.lex.complementizers.has(v.lower[first] as string) || v.quotedBy[first]) return undefined
  // "Wie die Zeitung meldete, soll …" is a frame of its own; "Wie sie nun beisammen waren, sprach er" tells a time
  if (
    v.lower[first] === 'wie' &&
    (wieClause(v, first, last) || v.lex.stopWords.has(v.lower[first + 1] as string))
  )
    return undefined
  for (const c of cuts) {
    // the main clause opens with its finite verb; commas before it close relative clauses inside the fronted one
    if (!isFiniteVerb(v, c + 1) || !/^\p{Ll}/u.test(v.word[c + 1] as string)) continue
    const end = nextComma(v, c + 1, withoutFinal(v, c + 1, last)[1])
    // "…, begründete das Tribunal mit dem Hinweis, dass …", "…, erklärte die Universität so:": the verb's words follow
    const after = v.lower[end + 2] as string
    if (v.word[end + 1] === ':' || (isComma(v, end + 1) && v.lex.contentClauses.has(after))) return undefined
    for (let k = c + 1; k <= end; k++) {
      const t = v.tokens[k]
      const cue =
        t?.verbForm === 'zuInfinitive' && !v.quotedBy[k]
          ? v.lex.verbs.get(t.lemma ?? '')
          : cueVerbAt(v, k, c + 1, end)
      if (!cue) continue
      const frame: Frame = {
        cue: cueSpans(v, k),
        rule: 'de/fronted-clause',
        ...(cue.medium ? { medium: cue.medium } : {}),
      }
      // "…, wird im kommenden Jahr entschieden", "…, ist nicht zu erfahren": without a subject, nobody's words
      const speaker = nounPhraseAfter(v, c + 2, end, true)
      if (!speaker || !canSpeak(v, speaker, c + 1)) return undefined
      frame.speaker = speaker
      return { frame, message: [first, c - 1] }
    }
    return undefined
  }
  return undefined
}

/** A content clause before the main clause of its cue verb. */
export const frontedClauseRule: GermanRule = {
  id: 'de/fronted-clause',
  example: 'Ob er es angewendet hat, wissen wir nicht anzugeben.',
  description: 'a "dass"/"ob" clause that opens the sentence is the object of the cue verb after it',
  apply(st) {
    if (st.top) return
    const fronted = frontedClauseFrame(st.v, st.first, st.last, st.cuts)
    if (fronted) claim(st, quote(st.v, fronted.message, kindOf(st.v, fronted.message), fronted.frame, st.s))
  },
}
