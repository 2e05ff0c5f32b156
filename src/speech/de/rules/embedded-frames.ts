import {
  containsZuInfinitive,
  firstFiniteVerb,
  hasFiniteVerb,
  isColon,
  nextComma,
  pastStopWords,
  startsRelative,
} from '../clauses.ts'
import { type CueBefore, cueSpans, type Frame, span, tokenAt } from '../frame.ts'
import type { CueVerb } from '../lexicon.ts'
import { hasKonjunktiv } from '../mood.ts'
import { nounPhraseAfter, nounPhraseBefore } from '../noun-phrase.ts'
import { canSpeak, phraseEndingAt, subjectOf } from '../roles.ts'
import { cueVerbAt, isComma, isFiniteVerb, type View } from '../sentence-view.ts'
import { cueBeforeIn } from './cue-before.ts'
import { impersonalFrameBefore } from './impersonal-before.ts'

/**
 * "Kaum waren sie fertig, als sie erklärte, der Kopfputz sei zu steif", "…, indem er ihm sagte, der junge Mann sei
 * …", "…, von welchem man behauptet, daß …": the frame is a later clause of the sentence, not its first.
 */
export function embeddedFrameBefore(
  v: View,
  first: number,
  last: number,
  cuts: number[],
): CueBefore | undefined {
  // "Da er nun wohl wußte, daß …": a subordinate clause that opens the sentence may be the frame too
  const bounds = v.lex.subordinators.has(v.lower[first] as string) ? [first - 1, ...cuts] : [...cuts]
  for (let k = cuts[0] ?? last; k <= last; k++) if (isColon(v, k)) bounds.push(k)
  bounds.sort((a, b) => a - b)
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = (bounds[i] as number) + 1
    const end = bounds[i + 1] as number
    if (v.quotedBy[from] || end - from < 1) continue
    // "Als sie nach Berlin gingen, hieß es, sie würden …"
    const impersonal = bounds[i] !== first - 1 ? impersonalFrameBefore(v, from, last, cuts) : undefined
    if (impersonal) return impersonal
    const found =
      cueBeforeIn(v, from, from, end, last) ??
      zuClauseFrame(v, first, from, end) ??
      participleFrame(v, first, from, end, last)
    if (!found || found === 'stop') continue
    // a verb-final clause names its subject right after its conjunction: "indem er ihm sagte"
    const verb = tokenAt(v, found.frame.cue[0]?.[1] ?? -1)
    if (v.lex.subordinators.has(v.lower[from] as string) && verb !== undefined) {
      const subject = nounPhraseAfter(v, from + 1, verb - 1, true)
      if (subject && canSpeak(v, subject, from)) found.frame.speaker = subject
      else delete found.frame.speaker
    }
    // "…, von denen der Abgeordnete Kinz sagte, daß …": after a preposition and its relative pronoun
    const relativeObject =
      isComma(v, from - 1) &&
      startsRelative(v, from - 1) &&
      v.lex.relativePrepositions.has(v.lower[from] as string) &&
      // "…, in dessen Folge das Gericht …": a genitive pronoun goes with its noun
      !v.lex.genitiveRelatives.has(v.lower[from + 1] as string)
    if (relativeObject && !found.frame.speaker && verb !== undefined) {
      const subject = nounPhraseAfter(v, from + 2, verb - 1, true)
      if (subject && canSpeak(v, subject, from)) found.frame.speaker = subject
    }
    // "…von Ägypten, das vorschlug, …": the relative pronoun right before the verb is the subject, and stands for
    // the phrase before the comma
    const pronounSpeaker =
      !found.frame.speaker || (found.frame.speaker[0] === from && found.frame.speaker[1] === from)
    if (pronounSpeaker && verb === from + 1 && v.lex.nominativeRelatives.has(v.lower[from] as string)) {
      const antecedent = phraseEndingAt(v, from - 2)
      if (isComma(v, from - 1) && antecedent && canSpeak(v, antecedent, antecedent[0])) {
        found.frame.speaker = [from, from]
        found.frame.antecedent = antecedent
      }
    }
    return found
  }
  return undefined
}

/**
 * "Er weigerte sich, mitzuteilen, ob …", "Wir beschränken uns darauf, zu erklären, daß …": an infinitive clause with
 * "zu" and a cue verb frames the clause after it; its speaker is the subject of the main clause it depends on.
 */
function zuClauseFrame(v: View, first: number, from: number, end: number): CueBefore | undefined {
  if (!v.lex.complementizers.has(v.lower[end + 1] as string) || hasFiniteVerb(v, from, end - 1))
    return undefined
  for (let k = from; k < end; k++) {
    const t = v.tokens[k]
    const zu = t?.verbForm === 'zuInfinitive' || (v.lower[k - 1] === 'zu' && k - 1 >= from && !!t?.moods)
    const cue = zu && !v.quotedBy[k] ? v.lex.verbs.get(t?.lemma ?? '') : undefined
    if (!cue || cue.needs) continue
    return dependentFrame(v, first, from, end, k, cue, false)
  }
  return undefined
}

/**
 * The frame of a cue word at k in a clause [from, end) that depends on the clause before it: its speaker is that
 * clause's subject, or (`beside`) the noun phrase the clause stands beside when it has no verb; the words follow `end`.
 */
function dependentFrame(
  v: View,
  first: number,
  from: number,
  end: number,
  k: number,
  cue: CueVerb,
  beside: boolean,
): CueBefore {
  const frame: Frame = {
    cue: [span(v, k, k)],
    rule: 'de/cue-before',
    ...(cue.medium ? { medium: cue.medium } : {}),
  }
  const verb = firstFiniteVerb(v, first, from - 2)
  const subject =
    verb !== undefined
      ? subjectOf(v, first, verb, from - 2)
      : beside
        ? nounPhraseAfter(v, first, from - 2, true)
        : undefined
  if (subject && canSpeak(v, subject, first)) frame.speaker = subject
  return { frame, from: end + 1 }
}

/**
 * "…, erklärend, daß wir …", "Die Geistlichkeit, wohl einsehend, daß …": the present participle of a cue verb,
 * alone in its clause, frames the clause after it; its speaker is the subject of the clause before, or the noun
 * phrase the participle stands beside.
 */
function participleFrame(
  v: View,
  first: number,
  from: number,
  end: number,
  last: number,
): CueBefore | undefined {
  const words = end + 1
  if (
    !v.lex.complementizers.has(v.lower[words] as string) &&
    !hasKonjunktiv(v, words, nextComma(v, words, last), false)
  )
    return undefined
  const k = end - 1
  const word = v.lower[k] as string
  if (!word.endsWith('end') || v.quotedBy[k] || k < from || !/^\p{Ll}/u.test(v.word[k] as string))
    return undefined
  // only adverbs may stand before it in its clause
  if (pastStopWords(v, from, k - 1) !== k) return undefined
  const cue = v.lex.verbs.get(word.slice(0, -1))
  if (!cue || cue.needs) return undefined
  return dependentFrame(v, first, from, end, k, cue, true)
}

/**
 * "Es wunderte mich nur, daß mein Freund schwieg", "Nun war es mir klar, daß …": a clause with "es" and a pronoun
 * of the person it happens to, before a "dass" or "ob" clause, is that person's thought.
 */
export function experiencerFrame(v: View, first: number, cuts: readonly number[]): CueBefore | undefined {
  const end = cuts[0]
  if (end === undefined) return undefined
  const opener = v.lower[end + 1] as string
  // "es kam mir vor, als müßte ich mich schämen", "Mir war's, als sei …": what seems to the person is a thought too
  const seeming =
    opener === 'als' &&
    (v.lower[end + 2] === 'ob' ||
      v.lower[end + 2] === 'wenn' ||
      v.mood[end + 2] === 'k1' ||
      v.mood[end + 2] === 'k2')
  if (!v.lex.contentClauses.has(opener) && !seeming) return undefined
  let es = false
  let person: number | undefined
  for (let k = first; k < end; k++) {
    if (v.quotedBy[k]) return undefined
    if (v.lower[k] === 'es' || v.lower[k] === "'s" || v.lower[k] === '’s') es = true
    else if (v.lex.experiencerPronouns.has(v.lower[k] as string) && person === undefined) person = k
  }
  const verb = firstFiniteVerb(v, first, end - 1)
  if (!es || person === undefined || verb === undefined) return undefined
  return {
    frame: {
      cue: cueSpans(v, verb),
      speaker: [person, person],
      rule: 'de/cue-before',
      medium: 'thought',
    },
    from: end + 1,
  }
}

/**
 * "Seit diesem Abend glaubte er sie zu kennen", "so behauptete er in der gesundesten Luft zu schlafen": a cue verb
 * whose words are an infinitive with "zu" that no comma sets off.
 */
export function zuFrameBefore(v: View, first: number, last: number): CueBefore | undefined {
  const end = nextComma(v, first, last)
  for (let k = first; k < end; k++) {
    if (!isFiniteVerb(v, k) || !/^\p{Ll}/u.test(v.word[k] as string) || v.quotedBy[k]) continue
    const cue = cueVerbAt(v, k, first, end)
    if (!cue) return undefined
    let from = k + 1
    const subject = nounPhraseBefore(v, first, k) ?? undefined
    const inverted = subject ? undefined : nounPhraseAfter(v, from, end, false)
    if (inverted && inverted[0] === from && canSpeak(v, inverted, first)) from = inverted[1] + 1
    if (from >= end || !containsZuInfinitive(v, from, end)) return undefined
    // "Er vergaß, dass …" has its own verb; only the infinitive after "zu" may stand in the words
    for (let j = from; j < end; j++)
      if (isFiniteVerb(v, j) && /^\p{Ll}/u.test(v.word[j] as string) && !v.tokens[j]?.verbForm)
        return undefined
    const speaker = subject ?? inverted
    const frame: Frame = {
      cue: cueSpans(v, k),
      rule: 'de/cue-before',
      ...(cue.medium ? { medium: cue.medium } : {}),
    }
    if (speaker && canSpeak(v, speaker, first)) frame.speaker = speaker
    return { frame, from }
  }
  return undefined
}
