import { firstFiniteVerb, hasVerb, opensSubordinateClause } from '../clauses.ts'
import { cueSpans, type Frame, quote, withoutFinal } from '../frame.ts'
import type { CueVerb } from '../lexicon.ts'
import { nounPhraseAfter, nounPhraseBefore } from '../noun-phrase.ts'
import { addresseeOf, agentOf, canSpeak } from '../roles.ts'
import { claim, type GermanRule } from '../sentence-state.ts'
import { cueVerbAt, type View } from '../sentence-view.ts'

/** "UNICEF schätzt die Zahl auf 150 Millionen": a verb that reports with one of its words in the clause. */
function reportedWith(v: View, cue: CueVerb, first: number, last: number): boolean {
  if (!cue.reportedWith) return false
  for (let k = first; k <= last; k++) if (cue.reportedWith.includes(v.lower[k] as string)) return true
  return false
}

/** A speech verb with a noun object as the main verb: "Das russische Außenministerium forderte den Abzug …". */
function reportedAct(v: View, first: number, last: number, cuts: number[]): Frame | undefined {
  if (opensSubordinateClause(v, first, last)) return undefined
  // "Der CSU-Vorsitzende, Edmund Stoiber, warf der SPD … vor": the main clause goes on after an apposition
  let end = cuts[0] ?? last
  if (cuts[0] !== undefined && !hasVerb(v, first, cuts[0] - 1)) {
    // "Albrecht Conze, der politische Direktor der UN-Mission im Kongo, bezeichnete …", "A, B und C werfen … vor"
    const verb = firstFiniteVerb(v, first, last)
    if (verb !== undefined && nounPhraseBefore(v, first, verb)) end = cuts.find((c) => c > verb) ?? last
  }
  for (let k = first; k <= end; k++) {
    const t = v.tokens[k]
    if (!t?.moods || v.quotedBy[k] || !/^\p{Ll}/u.test(v.word[k] as string)) continue
    let cue = cueVerbAt(v, k, first, last)
    let cueAt = k
    let aux: number | undefined
    // "Nach der dritten Notlandung hat die Enac Inspektionen angeordnet", "hatte Fox um die Herausgabe gebeten"
    // "haben" only: "wurde bestätigt", "sind angeklagt" are passives that hide who spoke
    if (!cue && t.lemma === 'haben') {
      const participle = withoutFinal(v, k, end === last ? last : end - 1)[1]
      if (v.tokens[participle]?.verbForm === 'participle') {
        cue = cueVerbAt(v, participle, first, last)
        cueAt = participle
        aux = k
      }
    }
    // "Die Forderungen wurden von Minister Stolpe als unrealistisch bezeichnet": a passive names its speaker after "von"
    if (!cue && t.lemma === 'werden') {
      const participle = withoutFinal(v, k, end === last ? last : end - 1)[1]
      const passive =
        v.tokens[participle]?.verbForm === 'participle' ? cueVerbAt(v, participle, first, last) : undefined
      const agent =
        passive && (passive.reported || reportedWith(v, passive, first, last))
          ? agentOf(v, k + 1, participle - 1)
          : undefined
      if (!passive || !agent || v.mood[k] === 'k1') return undefined
      const frame: Frame = {
        cue: cueSpans(v, participle, k),
        speaker: agent,
        rule: 'de/reported-passive',
        ...(passive.medium ? { medium: passive.medium } : {}),
      }
      return frame
    }
    // only the first finite verb can be the main verb; "Blinken habe ihn aufgefordert" goes on somebody's words
    if (!cue || !(cue.reported || reportedWith(v, cue, first, last)) || v.mood[k] === 'k1') return undefined
    let speaker = nounPhraseBefore(v, first, k)
    // "Seinen Ausstieg hatte Delmare angekündigt": a fronted object leaves the subject after the verb
    if (!speaker || !canSpeak(v, speaker, first))
      speaker = nounPhraseAfter(v, k + 1, aux !== undefined ? cueAt - 1 : end, true)
    // "Eine Verschiebung des Wahltermins bezeichnete er als fatal": a nominative pronoun after the verb is the subject
    else if (v.lex.nominativePronouns.has(v.lower[k + 1] as string)) speaker = [k + 1, k + 1]
    if (!speaker || !canSpeak(v, speaker, first)) return undefined
    const frame: Frame = {
      cue: cueSpans(v, cueAt, aux),
      speaker,
      rule: 'de/reported',
      ...(cue.medium ? { medium: cue.medium } : {}),
    }
    const addressee = addresseeOf(v, cue, cueAt, speaker, end)
    if (addressee && addressee[0] !== speaker[0]) frame.addressee = addressee
    return frame
  }
  return undefined
}

/** Reported speech acts: a speech verb with a noun object as the sentence's main verb. */
export const reportedActRule: GermanRule = {
  id: 'de/reported',
  example: 'Das russische Außenministerium forderte den Abzug von NATO-Truppen.',
  description: 'a speech verb with a noun object: the act is reported, not its words',
  makes: [
    {
      id: 'de/reported',
      example: 'Blinken warnte Moskau vor einem Einmarsch.',
      description: 'a speech act with its speaker as subject',
    },
    {
      id: 'de/reported-passive',
      example: 'Die Forderungen wurden von Minister Stolpe als unrealistisch bezeichnet.',
      description: 'a passive speech act with its speaker after "von"',
    },
  ],
  apply(st) {
    if (st.top || st.framedOnly) return
    const reported = reportedAct(st.v, st.first, st.last, st.cuts)
    if (reported) claim(st, quote(st.v, [st.first, st.last], 'reported', reported, st.s))
  },
}
