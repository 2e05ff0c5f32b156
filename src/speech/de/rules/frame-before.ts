import { untilFrameGoesOn } from '../extent.ts'
import { kindOf, quote, type Range, tokenAt, withoutFinal } from '../frame.ts'
import { frameInKonjunktiv, hasKonjunktiv } from '../mood.ts'
import { claim, type GermanRule, inContextAt } from '../sentence-state.ts'
import { coordinatedFrameBefore, frameBefore } from './cue-before.ts'
import { embeddedFrameBefore, experiencerFrame, zuFrameBefore } from './embedded-frames.ts'
import { impersonalFrameBefore } from './impersonal-before.ts'

/** "Lawrow sagte, …" | "Blinken wies darauf hin, dass …": a frame before the words, in one of its shapes. */
export const frameBeforeRule: GermanRule = {
  id: 'de/cue-before',
  example: 'Blinken wies darauf hin, dass die USA weiter an einer diplomatischen Lösung arbeiteten.',
  description: 'a frame before the words: cue verb and speaker, then a "dass" clause, Konjunktiv or a colon',
  makes: [
    {
      id: 'de/cue-before',
      example: 'Lawrow sagte, der Westen müsse seine Truppen abziehen.',
      description: 'a cue verb and its speaker before the words',
    },
    {
      id: 'de/impersonal-before',
      example: 'In dem Bericht heißt es, die Regierung habe versagt.',
      description: 'an impersonal frame ("heißt es", "geht hervor") before the words',
    },
  ],
  apply(st) {
    const { v, s, first, last, cuts } = st
    if (st.top) return
    const before =
      frameBefore(v, first, last, cuts) ??
      impersonalFrameBefore(v, first, last, cuts) ??
      coordinatedFrameBefore(v, last, cuts) ??
      embeddedFrameBefore(v, first, last, cuts) ??
      zuFrameBefore(v, first, last) ??
      experiencerFrame(v, first, cuts)
    if (!before) return
    // "Er hoffe, dass …" after Lawrow's words: the whole sentence goes on reporting him
    // "Ich glaube, es gibt …" stays the speaker's own frame: with "ich" the form is indicative
    const firstPerson = before.frame.speaker && v.lower[before.frame.speaker[0]] === 'ich'
    if (!firstPerson && inContextAt(st) && frameInKonjunktiv(v, first, before, cuts)) return
    const q = v.quotedBy[before.from]
    let range: Range =
      q && q.open === before.from
        ? [q.open, q.close]
        : untilFrameGoesOn(v, withoutFinal(v, before.from, last), cuts)
    let kind = kindOf(v, range)
    // "Der Förster erwiderte: Was hülfe es, wenn ich das sagte!": after a colon, words without Konjunktiv I
    // are the speaker's own, quotation marks or not
    if (
      kind === 'indirect' &&
      v.word[before.from - 1] === ':' &&
      !hasKonjunktiv(v, range[0], range[1], false)
    ) {
      kind = 'direct'
      if (range[1] === withoutFinal(v, before.from, last)[1]) range = [range[0], last]
    }
    claim(st, quote(v, range, kind, before.frame, s))
    if (q) st.directDone.add(q)
    // "…, daß es gewonnen Spiel habe, meinte, die Eltern wüßten …": a second frame after the first one's words
    const rest = cuts.filter((c) => c > range[1])
    const second =
      kind !== 'direct' && rest.length > 0 && !st.framedOnly
        ? embeddedFrameBefore(v, (rest[0] as number) + 1, last, rest)
        : undefined
    if (second && second.from > range[1] && !v.quotedBy[second.from]) {
      const range2 = untilFrameGoesOn(v, withoutFinal(v, second.from, last), cuts)
      if (range2[1] > range2[0]) {
        st.also = quote(v, range2, kindOf(v, range2), second.frame, s)
        st.found.push(st.also)
      }
    }
  },
}

/** "Blinken habe ihm zugesichert, dass …, sagte Lawrow.": speech with its own frame before it, nested in a statement. */
export const nestedFrameBeforeRule: GermanRule = {
  id: 'de/cue-before-nested',
  example: 'Blinken habe ihm zugesichert, dass die USA schriftlich antworten würden, sagte Lawrow.',
  description: 'a frame before words inside a statement framed otherwise: nested speech',
  makes: [],
  apply(st) {
    const { v, s, first, last, cuts, top } = st
    if (!top || top.rule === 'de/cue-before' || top.kind === 'direct') return
    const inner = frameBefore(v, first, last, cuts)
    if (!inner?.frame.speaker) return
    const end = tokenAt(v, top.span[1])
    if (end === undefined || inner.from > end) return
    const nested = quote(v, [inner.from, end], kindOf(v, [inner.from, end]), inner.frame, s)
    nested.nested = true
    st.found.push(nested)
  },
}
