import type { FoundQuote } from '../../found-quote.ts'
import { span } from '../frame.ts'
import type { GermanRule } from '../sentence-state.ts'
import type { View } from '../sentence-view.ts'

/** "Lawrow: Blinken sagte schriftliche Antwort zu" — a heading that gives somebody's words. */
function headingAttribution(v: View, first: number, last: number): FoundQuote | undefined {
  for (let k = first + 1; k <= Math.min(first + 3, last - 1); k++) {
    if (v.word[k] !== ':') continue
    // "GB: Soldaten ins Baltikum" names a topic, not a speaker
    if (k === first + 1 && /^\p{Lu}{1,3}$/u.test(v.word[first] as string)) return undefined
    for (let n = first; n < k; n++) if (!/^\p{Lu}/u.test(v.word[n] as string)) return undefined
    // "Russland-Wahl: …", "Sendung: …": only a person or a body speaks, by name or by role ("Kremlsprecher: …")
    if (!v.agentAt[k - 1] && !v.lex.roleNouns.has(v.word[k - 1] as string)) return undefined
    return {
      span: span(v, k + 1, last),
      kind: 'indirect',
      speakerMention: span(v, first, k - 1),
      cue: [span(v, k, k)],
      nested: false,
      rule: 'de/heading-attribution',
      sentence: v.tokens[first]?.sentence ?? 0,
    }
  }
  return undefined
}

/** Headings and the title hold speech only as "Speaker: words"; no other rule reads them. */
export const headingAttributionRule: GermanRule = {
  id: 'de/heading-attribution',
  example: 'Lawrow: Blinken sagte schriftliche Antwort zu',
  description: 'a heading names the speaker before its colon',
  apply(st) {
    if (!st.options.isHeading(st.s)) return
    const h = headingAttribution(st.v, st.first, st.last)
    if (h) st.found.push(h)
    st.done = true
  },
}
