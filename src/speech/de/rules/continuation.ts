import { verbReadings } from '../../../text/index.ts'
import { firstFiniteVerb, opensSubordinateClause, startsRelative } from '../clauses.ts'
import type { Range } from '../frame.ts'
import { kindOf, quote, span } from '../frame.ts'
import {
  firstPersonNarrator,
  hasIndicativeOnly,
  hasKonjunktiv,
  narratedAroundKonjunktiv,
  optative,
  reportativeSollen,
} from '../mood.ts'
import { nounPhraseBefore } from '../noun-phrase.ts'
import { canSpeak, narratedSubjectBefore } from '../roles.ts'
import { type GermanRule, inContextAt } from '../sentence-state.ts'
import type { View } from '../sentence-view.ts'

/**
 * "Hergenhahn zeigte zuvörderst an, daß die Truppen … eingerückt seien", "Journalisten beschweren sich über
 * Behinderungen, nur die Reporter des Staatsfernsehens seien zugelassen": when a sentence of somebody's words opens
 * with a main clause of the writer's own (a finite verb, no Konjunktiv), the words start after it, and its subject,
 * when it can speak, is their speaker.
 */
function narratorLead(v: View, first: number, cuts: readonly number[]): { start: number; speaker?: Range } {
  const c = cuts[0]
  // "…, nur die Reporter seien zugelassen" is no relative clause, "…, in dem …" is
  if (c === undefined || startsRelative(v, c)) return { start: first }
  for (let k = first; k < c; k++) {
    const m = v.mood[k]
    if (v.quotedBy[k] || m === 'k1' || m === 'k2') return { start: first }
  }
  // "Würde Nordkorea Atomwaffen einsetzen, würde …": a verb-first condition, read as a noun at the capital
  if (verbReadings(v.lex.german, v.lower[first] as string)?.some((r) => r.mood === 'subjunctive2'))
    return { start: first }
  const verb = firstFiniteVerb(v, first, c - 1)
  if (verb === undefined || opensSubordinateClause(v, first, c)) return { start: first }
  if (v.lex.contentClauses.has(v.lower[c + 1] as string)) return { start: c + 1 }
  // "Die Beiträge stärkten die Hochschulen, und so würden sie …": a preterite that could be Konjunktiv II may be
  // the report's own; its clause stays in the words
  if (v.tokens[verb]?.moods?.includes('subjunctive2')) return { start: first }
  // the subject before the verb, or a pronoun right after it
  const before = nounPhraseBefore(v, first, verb)
  const speaker =
    before ?? (v.lex.pronouns.has(v.word[verb + 1] as string) ? ([verb + 1, verb + 1] as Range) : undefined)
  return speaker && canSpeak(v, speaker, first) ? { start: c + 1, speaker } : { start: first }
}

/**
 * Konjunktiv sentences after somebody's words are theirs ("Danach werde man weitersehen."); so is reportative
 * "sollen" ("Er soll zwei Menschen eingeschleust haben"), which needs no context with a perfect infinitive.
 */
export const continuationRule: GermanRule = {
  id: 'de/continuation',
  example: 'Der Dialog werde fortgesetzt, sagte Lawrow. Danach werde man weitersehen.',
  description:
    'a sentence in Konjunktiv I (or with hearsay "soll") goes on with the words of the speaker before',
  apply(st) {
    const { v, s, first, last, cuts, found } = st
    if (st.top || st.framedOnly) return
    const inContext = inContextAt(st)
    const context = st.memory.context
    const reportative = reportativeSollen(v, first, last)
    // "…, daß ich weinen hätte mögen": a narrator in the first person states his own hypothesis in Konjunktiv II
    const k2 =
      !inContext || firstPersonNarrator(v, first, last)
        ? false
        : context && context.sentence >= s - 1
          ? true
          : 'plural'
    const konjunktiv =
      hasKonjunktiv(v, first, last, k2) &&
      !hasIndicativeOnly(v, first, last) &&
      !narratedAroundKonjunktiv(v, first, last, k2) &&
      !optative(v, last) &&
      (inContext || !opensSubordinateClause(v, first, last))
    if (!konjunktiv && !(reportative && (inContext || reportative === 'perfect'))) return
    const lead = konjunktiv ? narratorLead(v, first, cuts) : { start: first }
    const range: Range = [lead.start, last]
    const previous = context?.quote
    const q = quote(
      v,
      range,
      !konjunktiv ? 'freeIndirect' : kindOf(v, range) === 'mixed' ? 'mixed' : 'indirect',
      undefined,
      s,
    )
    // "Hubert Primus wies den Vorwurf zurück. In Zeiten knapper Kassen sei die Studie richtig.": a person or body
    // the sentence in between narrates speaks rather than the one whose words came two sentences before; not for
    // hearsay "soll", whose narrated subject is who the report is about ("Von München aus sollen sie …")
    const narratedBetween =
      konjunktiv && !lead.speaker && context && context.sentence < s - 1
        ? narratedSubjectBefore(v, s)
        : undefined
    if (lead.speaker) q.speakerMention = span(v, lead.speaker[0], lead.speaker[1])
    else if (narratedBetween) q.speakerMention = span(v, narratedBetween[0], narratedBetween[1])
    else if (inContext && previous) {
      if (previous.speakerMention) q.speakerMention = previous.speakerMention
      if (previous.antecedent) q.antecedent = previous.antecedent
      if (previous.medium && previous.medium !== 'thought') q.medium = previous.medium
    }
    // "Larson gab sich optimistisch. Man sei besser aufgestellt.": with nobody's words before, the subject of the
    // narrated sentence before speaks
    if (!q.speakerMention && !(inContext && previous)) {
      const narrated = narratedSubjectBefore(v, s)
      if (narrated) q.speakerMention = span(v, narrated[0], narrated[1])
    }
    // a continuation straight after another one of the same speaker extends it, past speech nested in that one
    const last0 = found.findLast((o) => !o.nested)
    // hearsay "soll" and Konjunktiv stay apart: "Die Demonstranten sollen … geführt haben. Dabei seien …"
    const sameKind = (last0?.kind === 'freeIndirect') === (q.kind === 'freeIndirect')
    if (
      last0 &&
      last0.rule === 'de/continuation' &&
      last0.sentence === s - 1 &&
      last0.speakerMention === q.speakerMention &&
      inContext &&
      sameKind
    ) {
      last0.span = [last0.span[0], q.span[1]]
      last0.sentence = s
      if (q.kind === 'mixed') last0.kind = 'mixed'
    } else found.push(q)
    st.top = q
    // quotations inside continue as nested direct speech
    for (const dq of found.slice(st.before)) if (dq !== q && dq.kind === 'direct') dq.nested = true
  },
}
