import type { Span, Token } from '../../document/index.ts'
import type { Abbreviations, RawToken } from '../tokenize.ts'

/** English endings split from their word ("n't", "'s"), and the words with an apostrophe that stay whole. */
export interface Contractions {
  endings: string[]
  whole: Set<string>
}

export interface ContractionLexicon {
  endings: string[]
  whole: string[]
}

export function prepareContractions(raw: ContractionLexicon): Contractions {
  // the longest first: "n't" before "'t" would matter if both were listed
  return { endings: [...raw.endings].sort((a, b) => b.length - a.length), whole: new Set(raw.whole) }
}

// Order matters: the first alternative that matches at a position wins.
const TOKEN = new RegExp(
  [
    // URLs and web addresses: "https://apnews.com/article/…", "BBC.co.uk"
    String.raw`(?<url>https?:\/\/[^\s"“”<>]+[^\s"“”<>.,;:!?)]|(?:[\p{L}\d][\p{L}\d-]*\.)+(?:com|org|net|gov|edu|int|info|uk|us|eu|de|ru|ua)(?![\p{L}\d]))`,
    // initialisms written with periods: "U.S.", "U.N.", "a.m.", "e.g.", "D.C."
    String.raw`(?<initialism>(?:\p{L}\.){2,}(?!\p{L}))`,
    // numbers with English separators, and number-led words: "1,500", "3.5", "10:30", "1990s", "21st"
    String.raw`(?<number>\d+(?:[.,:]\d+)*(?:\p{L}[\p{L}\d]*)?)`,
    // words with inner apostrophes ("don't", "O'Neill", "Putin's"); hyphens split as in Universal Dependencies
    String.raw`(?<word>[\p{L}\p{M}][\p{L}\p{M}\d]*(?:['’][\p{L}\p{M}\d]+)*)`,
    '(?<quote>["“”‘’\'«»„])',
    String.raw`(?<punct>\.{3}|[.,;:!?…()\[\]{}–—\-/])`,
    String.raw`(?<symbol>\S)`,
  ].join('|'),
  'gu',
)

function kindOf(groups: Record<string, string | undefined>, value: string): Token['kind'] {
  if (groups.url || groups.initialism || groups.word) return 'word'
  if (groups.number) return /^\d+(?:[.,:]\d+)*$/u.test(value) ? 'number' : 'word'
  if (groups.quote) return 'quote'
  return groups.punct ? 'punct' : 'symbol'
}

/** "don't" → [do, n't], "Putin's" → [Putin, 's]; "O'Neill", "o'clock" and a bare "'s" stay whole. */
function splitContraction(text: string, span: Span, contractions: Contractions): Span[] {
  const word = text.slice(span[0], span[1]).replaceAll('’', "'")
  const lower = word.toLowerCase()
  if (contractions.whole.has(lower)) return [span]
  for (const ending of contractions.endings) {
    if (lower.length > ending.length && lower.endsWith(ending)) {
      const cut = span[1] - ending.length
      return [
        [span[0], cut],
        [cut, span[1]],
      ]
    }
  }
  return [span]
}

/**
 * Splits `text[region]` into English tokens: contractions and the possessive apart from their word, hyphens as
 * tokens of their own, an abbreviation keeping its period ("Mr.", "Gen.", "F." of "John F. Kennedy").
 */
export function tokenizeEnglish(
  text: string,
  region: Span,
  abbreviations: Abbreviations,
  contractions: Contractions,
): RawToken[] {
  const tokens: RawToken[] = []
  const slice = text.slice(region[0], region[1])
  for (const match of slice.matchAll(TOKEN)) {
    const start = region[0] + (match.index ?? 0)
    let end = start + match[0].length
    const groups = match.groups ?? {}
    const kind = kindOf(groups, match[0])
    const previous = tokens.at(-1)
    // "Mr" + "." → "Mr.", "F" + "." → "F.": the period belongs to the abbreviation
    if (match[0] === '.' && previous?.kind === 'word' && previous.span[1] === start) {
      const word = text.slice(previous.span[0], previous.span[1])
      if (/^\p{L}$/u.test(word) || abbreviations.known.has(word)) {
        previous.span = [previous.span[0], end]
        continue
      }
    }
    if (groups.url && match[0].endsWith('.')) end--
    if (groups.word && /['’]/u.test(match[0]))
      for (const span of splitContraction(text, [start, end], contractions)) tokens.push({ span, kind })
    else tokens.push({ span: [start, end], kind })
  }
  return tokens
}
