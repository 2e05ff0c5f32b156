import type { FoundQuote } from '../../found-quote.ts'
import { cueSpans, type Frame, quote, withoutFinal } from '../frame.ts'
import { nounPhraseAfter } from '../noun-phrase.ts'
import type { GermanRule } from '../sentence-state.ts'
import { cueVerbAt, isComma, type View } from '../sentence-view.ts'

/** "Dies bestätigte Stoiber heute selbst in München.", "Das hatte Lawrow zuvor gesagt.": a whole sentence as frame. */
function anaphoricFrame(v: View, first: number, last: number): { frame: Frame; pronoun: number } | undefined {
  for (const phrase of v.lex.anaphoricOpeners) {
    if (!phrase.every((w, j) => v.lower[first + j] === w)) continue
    const pronoun = first + phrase.length - 1
    const verb = pronoun + 1
    if (!v.tokens[verb]?.moods || v.quotedBy[verb] || v.word[last] === ':') return undefined
    for (let k = verb + 1; k <= last; k++)
      if (isComma(v, k) || v.lex.complementizers.has(v.lower[k] as string)) return undefined
    let cueAt = verb
    let aux: number | undefined
    let cue = cueVerbAt(v, verb, first, last)
    if (!cue && v.lex.auxiliaries.has(v.tokens[verb]?.lemma ?? '')) {
      // "Das hatte Lawrow zuvor gesagt."
      const end = withoutFinal(v, verb, last)[1]
      cue = v.tokens[end]?.verbForm === 'participle' ? cueVerbAt(v, end, first, last) : undefined
      cueAt = end
      aux = verb
    }
    if (!cue) return undefined
    const speaker = nounPhraseAfter(v, verb + 1, aux !== undefined ? cueAt - 1 : last, true)
    if (
      !speaker ||
      (v.lex.pronouns.has(v.word[speaker[0]] as string) === false &&
        !/^\p{Lu}/u.test(v.word[speaker[1]] as string))
    )
      return undefined
    const frame: Frame = {
      cue: cueSpans(v, cueAt, aux),
      speaker,
      rule: 'de/frame-after-sentence',
      ...(cue.medium ? { medium: cue.medium } : {}),
    }
    return { frame, pronoun }
  }
  return undefined
}

/** A sentence whose frame is the whole next sentence; the words before it had no frame of their own. */
export const frameAfterSentenceRule: GermanRule = {
  id: 'de/frame-after-sentence',
  example: 'Die FDP schließt eine Ampel aus. Dies bestätigte Westerwelle am Abend.',
  description: 'the next sentence ("Dies bestätigte …") frames the one before',
  apply(st) {
    const { v, s, first, last, found, options } = st
    const back =
      s > 0 && !st.framedOnly && !options.skipSentence(s - 1) && !options.isHeading(s - 1)
        ? anaphoricFrame(v, first, last)
        : undefined
    const previous = v.range[s - 1]
    if (!back || !previous || previous[0] < 0) return
    const unframed = (q: FoundQuote) => q.sentence === s - 1 && !q.cue?.length
    const stale = found.filter(unframed)
    const framed = found.some((q) => q.sentence === s - 1 && !unframed(q) && !q.nested)
    if (framed) return
    for (const q of stale) found.splice(found.indexOf(q), 1)
    // a quotation of several sentences that closes in the sentence before starts where it opens
    const q0 = v.quotedBy[previous[1]] ?? v.quotedBy[previous[1] - 1] ?? v.quotedBy[previous[0]]
    const start = q0 && q0.close >= previous[1] - 1 ? Math.min(q0.open, previous[0]) : previous[0]
    const kind = q0 && q0.open === start && q0.close >= previous[1] - 1 ? 'direct' : 'indirect'
    const q = quote(v, [start, withoutFinal(v, start, previous[1])[1]], kind, back.frame, s)
    if (q0) st.directDone.add(q0)
    found.push(q)
    st.memory.context = { sentence: s, quote: q }
    st.done = true
  },
}
