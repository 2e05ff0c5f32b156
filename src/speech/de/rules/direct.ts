import { firstFiniteVerb } from '../clauses.ts'
import { cueSpans, type Frame, quote } from '../frame.ts'
import { hasKonjunktiv } from '../mood.ts'
import { nounPhraseAfter } from '../noun-phrase.ts'
import { canSpeak, somebody, subjectOf } from '../roles.ts'
import { type GermanRule, inContextAt } from '../sentence-state.ts'
import { cueVerbAt, isFiniteVerb, type Quotation, quotationsOpeningIn, type View } from '../sentence-view.ts'
import { frameAfter } from './cue-after.ts'

/** The frame of a quotation inside its sentence: "Lawrow sagte: „…“", "In seiner Pressemitteilung resümiert Lierow: „…“". */
function directFrame(v: View, q: Quotation, first: number, last: number): Frame | undefined {
  // frame before the quotation
  for (let k = first; k < q.open; k++) {
    const cue = cueVerbAt(v, k, first, q.open - 1)
    if (!cue) continue
    // "Oreschkin kann sich vorstellen, dass …: „…“": a cue in the infinitive has its subject by the finite verb
    const finite = firstFiniteVerb(v, first, k - 1)
    const speaker =
      subjectOf(v, first, k, q.open - 1) ??
      (finite !== undefined ? subjectOf(v, first, finite, q.open - 1) : undefined)
    return {
      cue: cueSpans(v, k),
      ...(speaker ? { speaker } : {}),
      rule: 'de/direct-cue-before',
      ...(cue.medium ? { medium: cue.medium } : {}),
    }
  }
  // "BKA-Präsident Ziercke: „…“", "Ali bekannte sich zu einem Dialog mit dem Islam: „…“": a colon without a cue verb
  const colon = q.open - 1
  if (v.word[colon] === ':' && colon > first) {
    const verb = firstFiniteVerb(v, first, colon - 1)
    const speaker =
      verb === undefined ? nounPhraseAfter(v, first, colon - 1, false) : subjectOf(v, first, verb, colon - 1)
    if (speaker && (verb !== undefined || speaker[1] === colon - 1) && canSpeak(v, speaker, first))
      return { cue: [], speaker, rule: 'de/direct-colon' }
  }
  // frame after the quotation: "„…“ sagte er." | "„…“, so Blinken."
  if (q.close < last) {
    const c = v.word[q.close + 1] === ',' ? q.close + 1 : q.close
    const frame = frameAfter(v, c, last)
    if (frame) return frame
  }
  return subjectFrame(v, q, first)
}

/**
 * "Auch der Sprecher der Fraktion, Dieter Wiefelspütz, will „in den kommenden Wochen sorgfältig prüfen“": words in
 * quotation marks inside a main clause whose subject is a person or body are that subject's, not those of whoever
 * spoke before; a passive names its agent elsewhere, so its subject is none.
 */
function subjectFrame(v: View, q: Quotation, first: number): Frame | undefined {
  if (q.open <= first) return undefined
  const verb = firstFiniteVerb(v, first, q.open - 1)
  if (verb === undefined || v.tokens[verb]?.lemma === 'werden') return undefined
  const subject = subjectOf(v, first, verb, q.open - 1)
  if (!subject || v.quotedBy[subject[0]] || !canSpeak(v, subject, first) || !somebody(v, subject))
    return undefined
  return { cue: [], speaker: subject, rule: 'de/direct-subject' }
}

/** Quotations not claimed by a frame: speaker from this sentence's cue verb, or from the speaker before. */
export const directRule: GermanRule = {
  id: 'de/direct',
  example: '„Wir haben deutlich gemacht, dass …“, sagte Blinken.',
  description: 'words in quotation marks',
  makes: [
    {
      id: 'de/direct',
      example: '„Das ist eine Frage der Zeit.“',
      description: 'a quotation nobody is named for',
    },
    {
      id: 'de/direct-cue-before',
      example: 'Er sagte „Das ist eine Frage der Zeit“ und lachte.',
      description: 'a quotation after its cue verb',
    },
    {
      id: 'de/direct-colon',
      example: 'Er warnte vor Panik. BKA-Präsident Ziercke: „Die Lage ist ernst, aber beherrschbar.“',
      description: 'a quotation after its speaker and a colon',
    },
    {
      id: 'de/direct-subject',
      example: 'Auch der Sprecher der Fraktion, Dieter Wiefelspütz, will „das Verbot noch einmal prüfen“.',
      description: 'a quotation inside a main clause whose subject is a person or body',
    },
    {
      id: 'de/direct-continued',
      example: '„Das ist gut“, so Blinken. „Wir haben deutlich gemacht, dass wir bereit sind.“',
      description: "a quotation right after the same speaker's words",
    },
  ],
  apply(st) {
    const { v, s, first, last, directDone } = st
    const directs = quotationsOpeningIn(v, first, last).filter((q) => !directDone.has(q))
    for (const q of directs) {
      if (directDone.has(q)) continue
      // "Damit seien „der Kurs … nicht mehr so klar“.": quoted words inside a sentence in Konjunktiv I after
      // somebody's report go on with that report, as mixed speech
      if (
        !st.top &&
        !st.framedOnly &&
        inContextAt(st) &&
        q.open > first &&
        hasKonjunktiv(v, first, q.open - 1, false)
      )
        continue
      directDone.add(q)
      const dq = quote(v, [q.open, q.close], 'direct', undefined, s)
      dq.rule = 'de/direct'
      const frame = directFrame(v, q, first, last)
      const context = st.memory.context
      if (frame) Object.assign(dq, quote(v, [q.open, q.close], 'direct', frame, s), { rule: frame.rule })
      else if (inContextAt(st) && context?.quote.speakerMention && !narratedAround(v, q, last)) {
        // „Wir haben deutlich gemacht, …“ after „…“, so Blinken: the same speaker goes on
        dq.rule = 'de/direct-continued'
        dq.speakerMention = context.quote.speakerMention
        if (context.quote.antecedent) dq.antecedent = context.quote.antecedent
      }
      st.found.push(dq)
      if (!st.top) st.top = dq
    }
  },
}

/**
 * "…, was in Caracas als „Akt der Piraterie“ verurteilt wurde": quoted words that the sentence's own clause goes on
 * after are that clause's, not the last speaker's words going on ("Wenn …, „dann sind wir bereit“" still are).
 */
function narratedAround(v: View, q: Quotation, last: number): boolean {
  for (let k = q.close + 1; k <= last; k++) if (isFiniteVerb(v, k)) return true
  return false
}
