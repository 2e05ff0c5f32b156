import { type Phrase, phraseAfter } from './noun-phrase.ts'
import type { EnglishState } from './state.ts'

/** How far the source a source quotes may reach: "quoting North Korea's main news agency … (KCNA)," */
const VIA_REACH = 20

/**
 * "quoting North Korea's news agency KCNA," or "citing the defence ministry" at token `at`, after a source: the
 * source it has its words from (the attribution chain), and the token after the comma that closes it, or the
 * sentence's end when nothing but punctuation follows ("…, Interfax reported, citing the defence ministry.").
 */
export function viaAfter(state: EnglishState, at: number): { phrase: Phrase; next: number } | undefined {
  if (!state.lex.viaCues.has(state.view.tokens[at]?.lower ?? '') || state.view.quoted[at]) return undefined
  const long = phraseAfter(state.view, state.lex, at + 1, state.end)
  if (!long) return undefined
  // "… Korean Central News Agency (KCNA)": the short name in brackets is the one the names stage reads whole
  const [open, short, close] = [0, 1, 2].map((d) => state.view.tokens[long.end + d])
  const phrase =
    open?.text === '(' && close?.text === ')' && short && /^\p{Lu}+$/u.test(short.text)
      ? { first: long.end + 1, end: long.end + 2 }
      : long
  let rest = long.end
  while (
    rest < state.end &&
    state.view.tokens[rest]?.kind === 'punct' &&
    state.view.tokens[rest]?.text !== ','
  )
    rest++
  if (rest >= state.end) return { phrase, next: state.end }
  for (let k = long.end; k < Math.min(state.end, at + VIA_REACH); k++)
    if (state.view.tokens[k]?.text === ',' && !state.view.quoted[k]) return { phrase, next: k + 1 }
  return undefined
}
