import type { Span } from '../../document/index.ts'
import { hasVerb, opensSubordinateClause, startsRelative } from './clauses.ts'
import { type CueBefore, tokenAt, withoutFinal } from './frame.ts'
import { isComma, isFiniteVerb, type View } from './sentence-view.ts'
import { anyInStretch, type StretchCounts } from './stretch-counts.ts'

/**
 * Whether the words hold a Konjunktiv: I always; II when `k2` allows it, or with `k2 = 'plural'` only in the plural,
 * where it stands for a Konjunktiv I that would look indicative ("sie würden …", "sie hätten …"): one sentence
 * after somebody's words a singular "er hätte", "er würde" is more often the writer's hypothesis than a report.
 */
export function hasKonjunktiv(v: View, first: number, last: number, k2: boolean | 'plural'): boolean {
  // nothing that reads as Konjunktiv in the stretch: no need to look closer (asked for every comma of a sentence)
  if (!anyKonjunktiv(v, first, last)) return false
  // "Ich lehne sie ab", "Ich habe viel gelernt": with "ich" as subject these forms are indicative
  const firstPerson = firstPersonNarrator(v, first, last)
  for (let k = first; k <= last; k++) {
    // "lachte, als ob davon nicht die Rede sein könne", "als sei nichts geschehen": a comparison, nobody's words
    if (
      v.lower[k] === 'als' &&
      (v.lower[k + 1] === 'ob' ||
        v.lower[k + 1] === 'wenn' ||
        (v.mood[k + 1] !== undefined && isFiniteVerb(v, k + 1)))
    ) {
      while (k < last && !isComma(v, k + 1)) k++
      continue
    }
    const m = v.mood[k]
    if (
      m === 'k1' &&
      firstPerson &&
      v.tokens[k]?.moods?.includes('indicative') &&
      v.tokens[k]?.persons?.includes('1S')
    )
      continue
    if (m === 'k1') return true
    if (
      m === 'k2' &&
      (k2 === true || (k2 === 'plural' && v.tokens[k]?.persons?.some((p) => p.endsWith('P'))))
    )
      return true
  }
  return false
}

/** Counts of tokens read as Konjunktiv I or II, per mood array (an inner view has its own; see anyInStretch). */
const konjunktivCounts: StretchCounts = new WeakMap()

function anyKonjunktiv(v: View, first: number, last: number): boolean {
  const isK = (k: number) => v.mood[k] === 'k1' || v.mood[k] === 'k2'
  return anyInStretch(v, konjunktivCounts, v.mood, isK, first, last)
}

/** Whether the sentence speaks of its narrator as "ich" outside quotation marks. */
export function firstPersonNarrator(v: View, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (v.lower[k] === 'ich' && !v.quotedBy[k]) return true
  return false
}

/**
 * Whether a main clause of the sentence is in the indicative: "Er wisse nicht, was die USA bewogen hatten" keeps
 * its Konjunktiv (the indicative stands in a subordinate clause), "Die Polizei brachte Besucher in Sicherheit" does not.
 */
export function hasIndicativeOnly(v: View, first: number, last: number): boolean {
  const main = mainClauseTokens(v, first, last)
  // "(ein Städtchen, das 3600 Meter hoch gelegen ist)": words in brackets are the writer's aside
  let bracket = 0
  for (let k = first; k <= last; k++) {
    if (v.word[k] === '(') bracket++
    else if (v.word[k] === ')') bracket = Math.max(0, bracket - 1)
    else if (bracket === 0 && main[k - first] && v.mood[k] === 'indicative' && !v.fragmentOf[k]) return true
  }
  return false
}

/**
 * "Eines Tages schickte er sie aus, einen Mann zu suchen, der an einer Nase kenntlich sei": the Konjunktiv stands
 * only in subordinate clauses, and the main clause's verb is a preterite that merely looks like Konjunktiv II.
 * Such a sentence is narration, whatever its relative clause says.
 */
export function narratedAroundKonjunktiv(
  v: View,
  first: number,
  last: number,
  k2: boolean | 'plural',
): boolean {
  const main = mainClauseTokens(v, first, last)
  let mainVerb = false
  // "Am Eingang entschuldigte sich der Schreiber, daß er nicht in der Lage sei": a content clause after the verb may
  // be what somebody says, whatever the verb, and it runs on past the commas of its own clauses
  let content = v.lex.complementizers.has(v.lower[first] as string)
  for (let k = first; k <= last; k++) {
    if (isComma(v, k) && v.lex.complementizers.has(v.lower[k + 1] as string)) content = true
    if (!isFiniteVerb(v, k) || !/^\p{Ll}/u.test(v.word[k] as string)) continue
    // "…, Günstiges berichten zu können": an infinitive
    if (v.lower[k - 1] === 'zu') continue
    const konjunktiv = hasKonjunktiv(v, k, k, k2)
    if (konjunktiv && (content || main[k - first])) return false
    // a present plural ("Vertreter erwarten …, weil die Abgeordneten keinen Antrag gestellt hätten") may still be the
    // report's own
    const moods = v.tokens[k]?.moods ?? []
    if (main[k - first] && moods.includes('indicative') && moods.includes('subjunctive2')) mainVerb = true
  }
  return mainVerb
}

/** Which tokens of the sentence stand outside subordinate and relative clauses (comma to comma). */
function mainClauseTokens(v: View, first: number, last: number): boolean[] {
  let subordinate = opensSubordinateClause(v, first, last)
  const main: boolean[] = []
  for (let k = first; k <= last; k++) {
    if (isComma(v, k)) {
      const next = v.lower[k + 1] as string
      // "…, da kam mir der Gedanke": an adverb before the verb of a main clause, not the conjunction
      const adverb =
        v.lex.subordinators.has(next) && isFiniteVerb(v, k + 2) && /^\p{Ll}/u.test(v.word[k + 2] as string)
      subordinate =
        (v.lex.subordinators.has(next) && !adverb) || v.lex.complementizers.has(next) || startsRelative(v, k)
    }
    main.push(!subordinate)
  }
  return main
}

/**
 * "Er soll zwei Menschen eingeschleust haben", "Die Hauptakteure sollen bestraft werden": the sentence's first
 * finite verb is present-tense "sollen", which passes on what others say or plan; 'perfect' when a perfect
 * infinitive follows (then it can only be hearsay).
 */
export function reportativeSollen(v: View, first: number, last: number): 'perfect' | 'plain' | undefined {
  // no verb at all in the stretch, so no "soll" either (asked for every comma of a sentence)
  if (!hasVerb(v, first, last)) return undefined
  for (let k = first; k <= last; k++) {
    if (!isFiniteVerb(v, k) || !/^\p{Ll}/u.test(v.word[k] as string)) continue
    if (v.tokens[k]?.lemma !== 'sollen' || (v.lower[k] !== 'soll' && v.lower[k] !== 'sollen'))
      return undefined
    const end = withoutFinal(v, k, last)[1]
    let clauseEnd = end
    for (let c = k + 1; c <= end; c++)
      if (isComma(v, c)) {
        clauseEnd = c - 1
        break
      }
    const infinitive = v.lower[clauseEnd]
    const participle = v.tokens[clauseEnd - 1]?.verbForm === 'participle'
    return participle && (infinitive === 'haben' || infinitive === 'sein') ? 'perfect' : 'plain'
  }
  return undefined
}

/**
 * "Er ruhe im Frieden!", "Nach oben stehe dein Verlangen!": Konjunktiv I in a sentence that ends in "!" wishes or
 * bids; it is the writer's own, not words reported. (A full verb beside "man", "Man erwäge wohl, ob …", bids too,
 * but as often reports: "Man arbeite an einer Lösung".)
 */
export function optative(v: View, last: number): boolean {
  return v.word[last] === '!' && !v.quotedBy[last]
}

/** Whether a main clause in Konjunktiv follows a fronted subordinate clause: "…, wenn es so bleibe, (so) werde er …". */
export function konjunktivMainClauseAfter(v: View, first: number, last: number): boolean {
  for (let c = first + 1; c < last; c++) {
    if (!isComma(v, c)) continue
    let verb = c + 1
    if (v.lower[verb] === 'so' || v.lower[verb] === 'dann') verb++
    if (isFiniteVerb(v, verb) && hasKonjunktiv(v, verb, verb, false)) return true
  }
  return false
}

/** A subordinate clause of time, cause or condition that fills [first, last] alone: "Als jemand in das Zimmer trat" */
export function adverbialClause(v: View, first: number, last: number): boolean {
  // the comma after the clause shows where its verb stands
  if (v.lex.contentClauses.has(v.lower[first] as string) || !opensSubordinateClause(v, first, last + 1))
    return false
  for (let k = first; k <= last; k++) if (isComma(v, k)) return false
  // "Seit dem 19. Juni ist die Kamera ausgefallen": a preposition, and a main clause with its verb second
  for (let k = first + 1; k < last - 2; k++)
    if (isFiniteVerb(v, k) && /^\p{Ll}/u.test(v.word[k] as string)) return false
  return !hasKonjunktiv(v, first, last, false)
}

/**
 * Whether the clause of a frame before its words is itself in Konjunktiv I: "Er hoffe, dass …", "Sie müsse in die
 * Stadt, und so wolle sie fragen, ob …", "In einer Sitzung sei beschlossen worden, …" (its finite verb, cue or not).
 */
export function frameInKonjunktiv(
  v: View,
  first: number,
  before: CueBefore,
  cuts: readonly number[],
): boolean {
  const cue = tokenAt(v, (before.frame.cue[0] as Span)[1]) ?? first
  let start = first
  for (const c of cuts) if (c < cue && c > start) start = c + 1
  for (let k = start; k < before.from; k++) if (v.mood[k] === 'k1' && !v.quotedBy[k]) return true
  return false
}
