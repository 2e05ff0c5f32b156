import { hasVerb } from '../clauses.ts'
import { cueSpans, type Frame, kindOf, quote, type Range, span, TERMINAL, withoutFinal } from '../frame.ts'
import { nounPhraseAfter } from '../noun-phrase.ts'
import { claim, type GermanRule } from '../sentence-state.ts'
import { cueVerbAt, isComma, type View } from '../sentence-view.ts'

/**
 * "Wie sein Anwalt Hartmut Lierow mitteilte", "wie Burt Rutan, Chef der Firma, mitteilte": "wie", the speaker
 * (appositions between commas included) and a cue verb closing the clause; `end` is the clause's last token.
 */
export function wieClause(v: View, first: number, last: number): (Frame & { end: number }) | undefined {
  let from = first + 1
  while (from <= last) {
    let end = from
    while (end <= last && !isComma(v, end) && !TERMINAL.test(v.word[end] as string)) end++
    end--
    if (end <= first) return undefined
    // "begriffen nicht, wie der Bauer das alles habe erfahren können": a clause in Konjunktiv I is what is reported
    // (an indirect question), not the frame
    if (v.mood.slice(from, end + 1).includes('k1')) return undefined
    for (let k = end; k > first && k >= end - 1; k--) {
      const cue = cueVerbAt(v, k, first, end)
      if (!cue) continue
      const speaker = wieSpeaker(v, first + 1, k - 1)
      const cueTokens = [span(v, first, first), ...cueSpans(v, k)]
      // "wie bekannt gab": the needed word belongs to the cue
      return {
        cue: cueTokens,
        ...(speaker ? { speaker } : {}),
        rule: 'de/wie-clause',
        ...(cue.medium ? { medium: cue.medium } : {}),
        end,
      }
    }
    // only an apposition may stand between the speaker and the cue verb
    if (hasVerb(v, from, end) || end + 1 > last || !isComma(v, end + 1)) return undefined
    from = end + 2
  }
  return undefined
}

/** The speaker of a "wie" clause: its noun phrase, or all of [from, to] when appositions and places follow the name. */
function wieSpeaker(v: View, from: number, to: number): Range | undefined {
  const np = nounPhraseAfter(v, from, to, true)
  let end = to
  while (end >= from && (isComma(v, end) || v.lex.stopWords.has(v.lower[end] as string))) end--
  if (np && np[1] >= end) return np
  if (end < from || !/^\p{Lu}|^(der|die|das|ein|eine|sein|seine|ihr|ihre)$/u.test(v.word[from] as string))
    return np
  return [np?.[0] ?? from, end]
}

/** "Wie sein Anwalt mitteilte, brach er …": a "wie" clause with a cue verb opens the sentence. */
export const wieClauseRule: GermanRule = {
  id: 'de/wie-clause',
  example: 'Denn wie die „Bild“-Zeitung berichtete, leidet der Sänger an einer Grippe.',
  description: 'a "wie" clause with a cue verb frames the rest of the sentence',
  apply(st) {
    const { v, s, first, last, cuts } = st
    if (st.top || cuts.length === 0) return
    // "Denn wie die „Bild“-Zeitung berichtete, leidet …": a conjunction may open the sentence
    const wieAt =
      v.lower[first] === 'wie'
        ? first
        : v.lex.wieConjunctions.has(v.lower[first] as string) && v.lower[first + 1] === 'wie'
          ? first + 1
          : -1
    if (wieAt < 0) return
    const frame = wieClause(v, wieAt, last)
    if (frame && isComma(v, frame.end + 1)) {
      const range = withoutFinal(v, frame.end + 2, last)
      claim(st, quote(v, range, kindOf(v, range), frame, s))
    }
  },
}
