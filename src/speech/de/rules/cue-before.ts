import {
  containsZuInfinitive,
  endsVerbFinalClause,
  finiteModalBefore,
  hasFiniteVerb,
  hasObject,
  hasVerb,
  isColon,
  nextComma,
  opensSubordinateClause,
  relativeClauseAt,
  startsRelative,
} from '../clauses.ts'
import { type CueBefore, cueSpans, type Frame, type Range, withoutFinal } from '../frame.ts'
import { hasKonjunktiv, konjunktivMainClauseAfter } from '../mood.ts'
import { nounPhraseAfter } from '../noun-phrase.ts'
import { addresseeOf, agentOf, pronounObjectBefore, subjectOf } from '../roles.ts'
import { cueVerbAt, isComma, isFiniteVerb, type View } from '../sentence-view.ts'

/** "Lawrow sagte, …", "Blinken wies darauf hin, dass …", "Lawrow appellierte an Blinken, die USA mögen …". */
export function frameBefore(v: View, first: number, last: number, cutAt: number[]): CueBefore | undefined {
  if (opensSubordinateClause(v, first, last)) {
    // "Als er ankam, sagte er, …": the main clause after the subordinate one opens with its verb
    const comma = cutAt.find((c) => c > first)
    if (comma === undefined || !isFiniteVerb(v, comma + 1)) return undefined
    return frameBefore(v, comma + 1, last, cutAt)
  }
  const colon = (() => {
    for (let k = first; k <= last; k++) if (isColon(v, k)) return k
    return -1
  })()
  const tops = cutAt.filter((c) => c > first && (colon < 0 || c < colon))
  if (colon >= 0) tops.push(colon)
  // "Ein Sprecher der Polizei, Lars Beringer, sagte …", "Der NDR, der … verantwortlich ist, begründete …":
  // the cue may stand after an apposition or a relative clause of a subject that has no verb yet
  let from = first
  for (let i = 0; i < tops.length; i += 2) {
    const end = tops[i] as number
    const found = cueBeforeIn(v, first, from, end, last)
    if (found !== undefined) return found === 'stop' ? undefined : found
    // "Jetzt gab der Leiter der Kriminaldienststelle, Andreas Huber, bekannt, dass …": the verb's particle after an
    // apposition of its subject
    const particleAt = tops[i + 1]
    const afterParticle = tops[i + 2]
    if (
      particleAt !== undefined &&
      afterParticle !== undefined &&
      afterParticle - particleAt <= 3 &&
      /^\p{Lu}/u.test(v.word[end + 1] ?? '') &&
      !hasVerb(v, end + 1, particleAt - 1) &&
      v.word
        .slice(particleAt + 1, afterParticle)
        .every((w, j) => /^\p{Ll}+$/u.test(w) && !v.tokens[particleAt + 1 + j]?.moods)
    ) {
      const joined = cueBeforeIn(v, first, from, afterParticle, last)
      if (joined && joined !== 'stop') return joined
    }
    if (v.word[end] === ':' || hasVerb(v, from, end - 1)) return undefined
    const next = tops[i + 1]
    if (next === undefined || v.word[next] === ':') return undefined
    if (!startsRelative(v, end) && hasVerb(v, end + 1, next - 1)) {
      // "Ein Sprecher der Polizei, Commander Randy Henderson sagte, …": an apposition whose closing comma is missing
      if (!/^\p{Lu}/u.test(v.word[end + 1] as string) || v.tokens[end + 1]?.moods) return undefined
      const found = cueBeforeIn(v, end + 1, end + 1, next, last)
      if (found === 'stop' || !found) return undefined
      if (found.frame.speaker?.[0] === end + 1) found.frame.speaker = [first, found.frame.speaker[1]]
      return found
    }
    from = next + 1
  }
  return undefined
}

/** "Der König wurde verspottet, aber ich muß gestehen, daß …": the frame opens a main clause after a conjunction. */
export function coordinatedFrameBefore(v: View, last: number, cuts: number[]): CueBefore | undefined {
  for (const c of cuts) {
    if (!v.lex.mainClauseConjunctions.has(v.lower[c + 1] as string) || c + 2 > last) continue
    const found = frameBefore(v, c + 2, last, cuts)
    if (found) return found
  }
  return undefined
}

/** The cue verb of the clause [from, end) that opens reported words after `end`; 'stop' when a verb rules it out. */
export function cueBeforeIn(
  v: View,
  first: number,
  from: number,
  end: number,
  last: number,
): CueBefore | 'stop' | undefined {
  // whether a "dass"/"ob" clause or words in Konjunktiv I follow: then a verb needs no word before a noun
  let clause: boolean | undefined
  for (let k = from; k < end; k++) {
    const t = v.tokens[k]
    // "versuchte nachzuweisen, daß …", "begann zu erzählen, dass …": an infinitive with "zu" right before the comma
    const zuInfinitive =
      k === end - 1 &&
      (t?.verbForm === 'zuInfinitive' || (v.lower[k - 1] === 'zu' && t?.verbForm === 'infinitive'))
    if (!t?.moods && t?.verbForm !== 'participle' && !zuInfinitive) continue
    clause ??=
      v.lex.contentClauses.has(v.lower[end + 1] as string) ||
      hasKonjunktiv(v, end + 1, nextComma(v, end + 1, withoutFinal(v, end + 1, last)[1]), false)
    const cue = cueVerbAt(v, k, first, end - 1, clause, zuInfinitive)
    if (!cue) continue
    let complement = end + 1
    // "sagte Schurz: - „Es ist …“": a dash before the words
    while (complement < last && /^[-–—]+$/u.test(v.word[complement] as string)) complement++
    if (complement > last) return 'stop'
    // "meldete der Radiosender, Radio Vatikan, dass …": an apposition of the subject before the reported words
    const apposition = nounPhraseAfter(v, complement, last, false)
    // "sagte Jon Bon Jovi, Gründer der Rockband: „…“": before a colon, the words follow it
    let colon = v.word[end] === ':'
    let appositionOfSubject: Range | undefined
    if (
      apposition &&
      isColon(v, apposition[1] + 1) &&
      /^\p{Lu}/u.test(v.word[complement] as string) &&
      !v.tokens[complement]?.moods &&
      apposition[1] + 2 <= last
    ) {
      complement = apposition[1] + 2
      colon = true
      appositionOfSubject = apposition
    } else if (
      apposition &&
      isComma(v, apposition[1] + 1) &&
      /^\p{Lu}/u.test(v.word[complement] as string) &&
      !v.tokens[complement]?.moods
    ) {
      const beyond = apposition[1] + 2
      if (
        v.lex.complementizers.has(v.lower[beyond] as string) ||
        hasKonjunktiv(v, beyond, withoutFinal(v, beyond, last)[1], false)
      ) {
        complement = beyond
        appositionOfSubject = apposition
      }
    } else if (
      // "sagte Manfred Berg, der Dekan der Fakultät, dass …": a described apposition of a name before "dass"
      apposition &&
      isComma(v, apposition[1] + 1) &&
      v.lex.determiners.has(v.lower[complement] as string) &&
      v.entityAt[end - 1] &&
      v.lex.contentClauses.has(v.lower[apposition[1] + 2] as string)
    ) {
      complement = apposition[1] + 2
      appositionOfSubject = apposition
    }
    const after = v.lower[complement] as string
    const [mFirst, mLast] = withoutFinal(v, complement, last)
    // "forderten den Rücktritt, um den Weg freizumachen", "meldeten ihn als vermisst, nachdem …", "schildert die
    // Fehlerkette, welche …": a purpose or adverbial clause, or a relative clause on the object, reports nothing
    // "…zurückgewiesen, wonach …": the words belong to the noun before the comma, not to the verb's subject
    if (v.lex.referenceAdverbs.has(after)) return 'stop'
    const adverbial = v.lex.purposeConjunctions.has(after)
    const relativeOnObject =
      (after.startsWith('welch') &&
        (v.tokens[end - 1]?.noun === true || /^\p{Lu}/u.test(v.word[end - 1] ?? ''))) ||
      relativeClauseAt(v, complement, mLast) ||
      // "teilte ihm alles mit, was …", "hatte vieles zu erzählen, was …": "was" after its antecedent
      (after === 'was' && v.lower.slice(from, end).some((w) => v.lex.relativeAntecedents.has(w)))
    // "sagte er, indem er ein Kästchen aufschloß", "nahm einen ernsten Ausdruck an, und ihre Lippen bewegten sich",
    // "er seufzte und weinte, mochte weder essen noch trinken": a subordinate clause or another predicate of the narrator's
    const narration =
      (v.lex.subordinators.has(after) && !v.lex.contentClauses.has(after)) ||
      v.lex.narratorConjunctions.has(after) ||
      // "…, so wurde Herr Kuster mit Drillingen beschenkt": "so" and a verb open the main clause
      (after === 'so' && isFiniteVerb(v, complement + 1)) ||
      (isFiniteVerb(v, complement) && /^\p{Ll}/u.test(v.word[complement] as string))
    if (!colon && (adverbial || relativeOnObject || narration) && !hasKonjunktiv(v, mFirst, mLast, false))
      return 'stop'
    // "verlangt eine Bürgschaft, bis daß die Regierung darüber entscheide": Konjunktiv of expectation, not of report;
    // the clause reports only through a main clause after it ("sagte, bevor die Wahl stattfinde, werde er …")
    const prospective = v.lex.prospectiveSubordinators.has(after)
    if (!colon && prospective && !konjunktivMainClauseAfter(v, mFirst, mLast)) return 'stop'
    // "…, so müssen die Männer, …, den Wunsch aussprechen, …": the main clause after "so" is the narrator's even
    // when Konjunktiv follows further on
    const soClause = after === 'so' && isFiniteVerb(v, complement + 1)
    if (!colon && soClause && !hasKonjunktiv(v, mFirst, nextComma(v, mFirst, mLast), false)) return 'stop'
    const qualifies =
      colon ||
      v.lex.complementizers.has(after) ||
      hasKonjunktiv(v, mFirst, mLast, true) ||
      containsZuInfinitive(v, mFirst, Math.min(mLast, nextComma(v, complement, mLast))) ||
      // "Lawrow appellierte an Blinken, die USA mögen …": a main clause after a frame without an object; after a
      // verb-final clause it is the sentence's own ("Wenn ein Realist einmal glaubt, dann zwingt ihn …")
      (hasFiniteVerb(v, complement, nextComma(v, complement, mLast)) &&
        !hasObject(v, k + 1, end - 1, cue.addressee === 'an') &&
        !endsVerbFinalClause(v, from, k, end))
    if (!qualifies) return 'stop'
    // the subject: before the verb ("Blinken sagte"), before the auxiliary ("Blinken habe ihm zugesichert"), or after it
    let verbPos = k
    let aux: number | undefined
    // "Stoiber hatte betont": "betont" is also a finite form; after a finite auxiliary it is the participle
    if (t?.verbForm === 'participle') {
      for (let a = first; a < k; a++)
        if (
          v.lex.auxiliaries.has(v.tokens[a]?.lemma ?? '') &&
          v.tokens[a]?.moods &&
          /^\p{Ll}/u.test(v.word[a] as string)
        )
          aux = a
      // "als ihm gemeldet wurde, daß …", "die es zugegeben hatten, daß …": a verb-final clause's auxiliary follows
      for (let a = k + 1; aux === undefined && a < end; a++)
        if (
          v.lex.auxiliaries.has(v.tokens[a]?.lemma ?? '') &&
          isFiniteVerb(v, a) &&
          /^\p{Ll}/u.test(v.word[a] as string)
        )
          aux = a
      if (aux === undefined && !t.moods) continue
      // "Es ist in der Natur begründet, daß …", "seien allen Frauen empfohlen": a participle with "sein" and no
      // "worden" is a state, not a speech act, unless a state of knowing ("war überzeugt, daß …")
      if (
        aux !== undefined &&
        v.tokens[aux]?.lemma === 'sein' &&
        !cue.stateReports &&
        !v.lower.slice(first, end).includes('worden')
      )
        continue
      if (aux !== undefined) verbPos = aux
    } else if (zuInfinitive) {
      // "Er versuchte nachzuweisen, daß …": the finite verb that governs the infinitive carries the subject
      // (in the infinitive's own clause: "ist es uns, aus dem Lloyd zu erfahren, daß …" is an infinitive clause)
      for (let a = k - 1; a >= first && !isComma(v, a) && aux === undefined; a--)
        if (isFiniteVerb(v, a) && /^\p{Ll}/u.test(v.word[a] as string)) aux = a
      if (aux !== undefined) verbPos = aux
      else if (!t?.moods) continue
    } else {
      // "will heute Außenminister Straw bekannt geben, dass …": the finite modal carries the subject
      aux = finiteModalBefore(v, first, k)
      if (aux !== undefined) verbPos = aux
    }
    // "Von den Behörden wird angenommen, dass …": a passive names its speaker with "von"
    const passive = aux !== undefined && v.tokens[aux]?.lemma === 'werden' && t?.verbForm === 'participle'
    // the subject of a passive is who is spoken to or of ("Er wird beschuldigt, …", "Israel wurde aufgefordert, …"),
    // never who speaks
    let speaker = passive ? agentOf(v, first, end - 1) : subjectOf(v, first, verbPos, end - 1)
    // the apposition names the speaker too: "meldete der Radiosender, Radio Vatikan, dass …"
    if (speaker && appositionOfSubject && speaker[1] === end - 1)
      speaker = [speaker[0], appositionOfSubject[1]]
    const frame: Frame = {
      cue: cueSpans(v, k, aux),
      rule: 'de/cue-before',
      ...(cue.medium ? { medium: cue.medium } : {}),
    }
    if (speaker) frame.speaker = speaker
    // "Platter wird von der Nachrichtenagentur Reuters mit den Worten zitiert, …": the agency quotes, the subject
    // is quoted, as in "zitierte das Blatt die Quelle"
    if (passive && speaker && t?.lemma === 'zitieren') {
      const quoted = subjectOf(v, first, verbPos, end - 1)
      if (quoted && quoted[0] !== speaker[0]) frame.via = quoted
    }
    const addressee =
      cue.addressee === 'object' && aux !== undefined
        ? pronounObjectBefore(v, aux + 1, k)
        : addresseeOf(v, cue, k, speaker, end - 1)
    if (addressee && (!speaker || addressee[0] !== speaker[0])) frame.addressee = addressee
    return { frame, from: complement }
  }
  return undefined
}
