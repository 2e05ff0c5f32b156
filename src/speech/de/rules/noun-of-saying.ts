import {
  containsZuInfinitive,
  firstFiniteVerb,
  isParticleOf,
  isVerbForm,
  nextComma,
  startsRelative,
} from '../clauses.ts'
import { type Frame, kindOf, quote, type Range, span, withoutFinal } from '../frame.ts'
import { hasKonjunktiv } from '../mood.ts'
import { nounPhraseAfter } from '../noun-phrase.ts'
import { canSpeak, subjectOf } from '../roles.ts'
import { claim, type GermanRule } from '../sentence-state.ts'
import { isComma, isFiniteVerb, type View } from '../sentence-view.ts'
import { GENITIVE_NAME } from './attribution-marker.ts'

/**
 * A noun of saying followed by the words it reports: "auf die Forderung des CSU-Vorsitzenden Edmund Stoiber, in
 * der Gesundheitspolitik auf die SPD zuzugehen", "Die Experten kamen zu dem Ergebnis, dass …". The source is the
 * noun's genitive or "von" attribute, else the sentence's subject when the noun is its verb's object.
 */
function nounFrame(v: View, first: number, last: number): { frame: Frame; message: Range } | undefined {
  for (let n = first; n < last; n++) {
    if (!isSpeechNoun(v, v.word[n] as string) || v.quotedBy[n]) continue
    // the noun's attribute up to the comma: "des CSU-Vorsitzenden Edmund Stoiber", "ihres Trainers, Greg Poss"
    let comma = n + 1
    let source: Range | undefined
    // "die Forderung Preußens, daß …", "trotz der Warnungen Thiers, daß …": a name in the genitive
    if (GENITIVE_NAME.test(v.word[comma] ?? '') && isComma(v, comma + 1) && !v.tokens[comma]?.moods) {
      source = [comma, comma]
      comma++
    } else if (v.lex.genitiveOpeners.has(v.lower[comma] as string)) {
      const np = nounPhraseAfter(v, v.lower[comma] === 'von' ? comma + 1 : comma, last, false)
      if (np) {
        source = np
        comma = np[1] + 1
        // an apposition closed by a comma before the words: "ihres Trainers, Greg Poss, die Zusammenarbeit …"
        const apposition = isComma(v, comma) ? nounPhraseAfter(v, comma + 1, last, false) : undefined
        if (apposition && isComma(v, apposition[1] + 1) && /^\p{Lu}/u.test(v.word[comma + 1] as string)) {
          source = [np[0], apposition[1]]
          comma = apposition[1] + 1
        }
      }
    }
    // "die Vermutung aussprechen, daß …", "die Annahme erweckt wurde, daß …": the verbs of the noun's clause close it
    // "sprach die Überzeugung aus, …": or the particle of its verb
    for (
      let j = 0;
      j < 3 && !isComma(v, comma) && (isVerbForm(v, comma) || isParticleOf(v, first, n, comma));
      j++
    )
      comma++
    if (!isComma(v, comma)) continue
    const from = comma + 1
    let end = withoutFinal(v, from, last)[1]
    // the main clause goes on after the words: "…, dass jemand einen Anschlag geplant hatte, gefunden."
    for (let c = from + 1; c < end; c++) {
      const resumes =
        isFiniteVerb(v, c + 1) &&
        /^\p{Ll}/u.test(v.word[c + 1] as string) &&
        !v.lex.relativePronouns.has(v.lower[c + 1] as string)
      // "Der Richter lehnte die Forderung der Verteidigung, Beweise erneut zu prüfen, ab.": the particle closes the frame
      const particle =
        end - c <= 2 &&
        /^\p{Ll}/u.test(v.word[c + 1] as string) &&
        !v.lex.complementizers.has(v.lower[c + 1] as string)
      if (isComma(v, c) && (resumes || particle)) end = c - 1
    }
    if (end - from < 2) continue
    const opener = v.lower[from] as string
    const qualifies =
      v.lex.contentClauses.has(opener) ||
      (!startsRelative(v, comma) &&
        !v.lex.purposeConjunctions.has(opener) &&
        !v.lex.subordinators.has(opener) &&
        (hasKonjunktiv(v, from, end, false) || containsZuInfinitive(v, from, nextComma(v, from, end))))
    if (!qualifies) continue
    if (!source) {
      // "Die Experten kamen zu dem Ergebnis": the subject of the clause the noun stands in
      const verb = firstFiniteVerb(v, first, n - 1)
      const subject = verb === undefined ? undefined : subjectOf(v, first, verb, n - 1)
      if (
        subject &&
        subject[1] < n &&
        canSpeak(v, subject, first) &&
        !v.lex.determiners.has(v.lower[subject[1]] as string)
      )
        source = subject
    }
    const frame: Frame = { cue: [span(v, n, n)], rule: 'de/noun' }
    if (source) frame.speaker = source
    return { frame, message: [from, end] }
  }
  return undefined
}

/** "Überzeugung", also in the spelling of old print without capital umlauts: "Ueberzeugung", "Aeußerung". */
function isSpeechNoun(v: View, word: string): boolean {
  const umlaut = word.replace(/^(?:Ae|Oe|Ue)/u, (m) => ({ Ae: 'Ä', Oe: 'Ö', Ue: 'Ü' })[m] as string)
  // "unter dem Vorwande", "des Vorschlages": the dative and genitive endings of old print
  const stem = umlaut.replace(/(?:es|e|s)$/u, '')
  return (
    v.lex.speechNouns.has(word) ||
    v.lex.speechNouns.has(umlaut) ||
    (stem.length > 3 && stem !== umlaut && v.lex.speechNouns.has(stem))
  )
}

/** Words after a noun of saying, whose source is the noun's attribute or the clause's subject. */
export const nounOfSayingRule: GermanRule = {
  id: 'de/noun',
  example: 'Er reagierte auf die Forderung des CSU-Vorsitzenden Edmund Stoiber, auf die SPD zuzugehen.',
  description: 'a noun of saying ("Forderung", "Ergebnis") and the words it reports',
  apply(st) {
    if (st.top || st.framedOnly) return
    const nominal = nounFrame(st.v, st.first, st.last)
    if (nominal) claim(st, quote(st.v, nominal.message, kindOf(st.v, nominal.message), nominal.frame, st.s))
  },
}
