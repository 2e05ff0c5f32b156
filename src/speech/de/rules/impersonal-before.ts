import { isColon, phraseAt } from '../clauses.ts'
import { type CueBefore, type Frame, span, withoutFinal } from '../frame.ts'
import { hasKonjunktiv } from '../mood.ts'
import { nounPhraseAfter } from '../noun-phrase.ts'
import { isComma, type View } from '../sentence-view.ts'

/** "In dem Bericht heißt es, die Regierung habe versagt", "Es hieß, …", "Aus dem Bericht geht hervor, dass …" */
export function impersonalFrameBefore(
  v: View,
  first: number,
  last: number,
  cuts: readonly number[],
): CueBefore | undefined {
  let end = first
  while (end <= last && !isComma(v, end) && !isColon(v, end)) end++
  if (end >= last || (!cuts.includes(end) && v.word[end] !== ':')) return undefined
  const complement = end + 1
  const [mFirst, mLast] = withoutFinal(v, complement, last)
  if (
    v.word[end] !== ':' &&
    !v.lex.complementizers.has(v.lower[complement] as string) &&
    !hasKonjunktiv(v, mFirst, mLast, true)
  )
    return undefined
  for (const phrase of v.lex.impersonalBefore) {
    for (let k = first; k + phrase.length <= end; k++) {
      const at = phraseAt(v, phrase, k, end - 1)
      if (!at) continue
      const frame: Frame = { cue: at.map((t) => span(v, t, t)), rule: 'de/impersonal-before' }
      // the source in an "in"/"aus" phrase of the frame: "In dem Bericht", "Aus einer Mitteilung der Polizei"
      for (let p = first; p < end; p++) {
        if (at.includes(p)) continue
        if (!v.lex.sourcePrepositions.has(v.lower[p] as string)) continue
        const np = nounPhraseAfter(v, p + 1, end - 1, false)
        if (!np) continue
        frame.speaker = np
        if (
          v.lex.writingNouns.has(v.word[np[1]] as string) ||
          v.lex.writingNouns.has(v.word[np[0] + 1] as string)
        )
          frame.medium = 'writing'
        break
      }
      return { frame, from: complement }
    }
  }
  return undefined
}
