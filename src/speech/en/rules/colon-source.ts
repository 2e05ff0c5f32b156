import { phraseAfter } from '../noun-phrase.ts'
import type { EnglishView } from '../sentence-view.ts'
import { contentEnd, type EnglishRule, type EnglishState, note } from '../state.ts'

/** How many words a source before a colon may have: "John McCain", "NY Daily News". */
const MAX_SOURCE_WORDS = 4

/**
 * "John McCain: Republican Populist Anger Appeals to …": the name of a person or organisation opens the sentence
 * and a colon follows it; what comes after is the source's words (headlines and transcripts).
 */
/** Whether a new paragraph (or the text) begins at token `k`. */
function paragraphAt(view: EnglishView, k: number): boolean {
  const before = view.tokens[k - 1]
  const t = view.tokens[k]
  return (
    before === undefined || (t !== undefined && view.text.slice(before.span[1], t.span[0]).includes('\n'))
  )
}

/** The token after the last of the paragraph that token `from` stands in. */
function paragraphEnd(view: EnglishView, from: number): number {
  let k = from + 1
  while (k < view.tokens.length && !paragraphAt(view, k)) k++
  return k
}

function apply(state: EnglishState): void {
  const { view, lex, first } = state
  const source = phraseAfter(view, lex, first, Math.min(state.end, first + MAX_SOURCE_WORDS + 1))
  if (!source || view.tokens[source.end]?.text !== ':' || state.used.has(source.end)) return
  for (let k = source.first; k < source.end; k++) {
    const t = view.tokens[k]
    if (!t || !/^\p{Lu}/u.test(t.text) || lex.colonSourceStops.has(t.text) || view.quoted[k]) return
  }
  // a person or organisation the names stage knows ("Clinton camp:"), or a transcript's speaker in capitals ("JAKE
  // TAPPER:"); not a column title ("The Latest:", "Question:")
  let named = false
  let capitals = true
  for (let k = source.first; k < source.end; k++) {
    const t = view.tokens[k]
    if (view.named[k]) named = true
    if (!t || t.text.length < 2 || !/^\p{Lu}+$/u.test(t.text)) capitals = false
  }
  if (!named && !capitals) return
  const from = source.end + 1
  // a speaker's turn in a transcript runs to its paragraph's end
  const end = capitals && paragraphAt(view, source.first) ? paragraphEnd(view, from) : contentEnd(state, from)
  if (end - from < 2) return
  note(
    state,
    'en/colon-source',
    { first: from, end },
    [{ first: source.end, end: source.end + 1 }],
    source,
    undefined,
  )
}

export const colonSource: EnglishRule = {
  id: 'en/colon-source',
  example: 'John McCain: Republican Populist Anger Appeals to "Bad Angels"',
  description: "a name in capitals and a colon open the sentence: the words after it are the source's",
  apply,
}
