import type { Span, Token } from '../document/index.ts'

export type RawToken = Pick<Token, 'span' | 'kind'>

export interface AbbreviationLexicon {
  abbreviations: string[]
  sentenceFinal: string[]
}

export interface Abbreviations {
  /** without the period */
  known: Set<string>
  sentenceFinal: Set<string>
}

export function prepareAbbreviations(raw: AbbreviationLexicon): Abbreviations {
  return { known: new Set(raw.abbreviations), sentenceFinal: new Set(raw.sentenceFinal) }
}

// Order matters: the first alternative that matches at a position wins.
const TOKEN = new RegExp(
  [
    // URLs and web addresses: "https://orf.at/stories/3244968/", "ORF.at"
    String.raw`(?<url>https?:\/\/[^\s"“”„»«<>]+[^\s"“”„»«<>.,;:!?)]|(?:[\p{L}\d][\p{L}\d-]*\.)+(?:at|de|ch|com|org|net|eu|ru|ua|uk|gov|int|info)(?![\p{L}\d]))`,
    // lower-case names with an inner period: "ver.di" (two letters or more on each side, so "u.a." stays two tokens)
    String.raw`(?<dotted>\p{Ll}{2,}\.\p{Ll}{2,}(?![\p{L}\d]))`,
    // numbers with German separators, and number-led compounds: "100.000", "1,5", "11.00", "2022er", "100-prozentig"
    String.raw`(?<number>\d+(?:[.,:]\d+)*(?:-?\p{L}[\p{L}\p{M}\d]*(?:-[\p{L}\p{M}\d]+)*)?)`,
    // words, hyphenated compounds and elisions: "US-Außenminister", "S-400", "NATO-Mitglieder", "geht's", "O'Neill"
    String.raw`(?<word>[\p{L}\p{M}][\p{L}\p{M}\d]*(?:(?:['’]|[-‐](?=[\p{L}\p{M}\d]))[\p{L}\p{M}\d]+)*(?:-(?=\s+(?:und|oder|bzw\.?|sowie)\s))?)`,
    '(?<quote>[„“”"»«‚‘’\'‹›])',
    String.raw`(?<punct>\.{3}|[.,;:!?…()\[\]{}–—\-/])`,
    String.raw`(?<symbol>\S)`,
  ].join('|'),
  'gu',
)

/** Splits `text[region]` into tokens; an abbreviation keeps its period ("Dr.", "z.", "B.", "Nr."). */
export function tokenizeRegion(text: string, region: Span, abbreviations: Abbreviations): RawToken[] {
  const tokens: RawToken[] = []
  const slice = text.slice(region[0], region[1])
  for (const match of slice.matchAll(TOKEN)) {
    const start = region[0] + (match.index ?? 0)
    let end = start + match[0].length
    const groups = match.groups ?? {}
    const kind: Token['kind'] =
      groups.url || groups.dotted
        ? 'word'
        : groups.number
          ? /^\d+(?:[.,:]\d+)*$/u.test(match[0])
            ? 'number'
            : 'word'
          : groups.word
            ? 'word'
            : groups.quote
              ? 'quote'
              : groups.punct
                ? 'punct'
                : 'symbol'
    const previous = tokens.at(-1)
    // "Dr" + "." → "Dr.", "z" + "." → "z.": the period belongs to the abbreviation
    if (match[0] === '.' && previous?.kind === 'word' && previous.span[1] === start) {
      const word = text.slice(previous.span[0], previous.span[1])
      if (isAbbreviation(word, abbreviations)) {
        previous.span = [previous.span[0], end]
        continue
      }
    }
    if (kind === 'word' && groups.url && /[.]$/u.test(match[0])) end--
    tokens.push({ span: [start, end], kind })
  }
  return tokens
}

function isAbbreviation(word: string, abbreviations: Abbreviations): boolean {
  // single letters: "z. B.", "u. a.", "d. h.", initials "J. R."
  if (/^\p{L}$/u.test(word)) return true
  return abbreviations.known.has(word)
}
