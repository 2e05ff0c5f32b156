import type { Token } from '../../document/index.ts'

/** The text of token `i`, or '' past either end. */
export function tokenWord(text: string, tokens: readonly Token[]) {
  return (i: number): string => {
    const t = tokens[i]
    return t ? text.slice(t.span[0], t.span[1]) : ''
  }
}

/** Two tokens of one sentence with exactly one space between them: the parts of one name ("Sergej Lawrow"). */
export function tokensAdjacent(text: string, tokens: readonly Token[]) {
  return (a: number, b: number): boolean => {
    const ta = tokens[a]
    const tb = tokens[b]
    return (
      !!ta && !!tb && ta.sentence === tb.sentence && /^[ \u00a0]$/u.test(text.slice(ta.span[1], tb.span[0]))
    )
  }
}
