import type { Span, Token } from '../document/index.ts'
import { type Abbreviations, type RawToken, tokenizeRegion } from './tokenize.ts'

export interface SentenceLexicons {
  abbreviations: Abbreviations
  /** words that open a sentence after "<number>." ("… auf 100. Das …") */
  starters: Set<string>
  /** whether "<number>." before a word other than a starter is an ordinal ("am 10. Februar"): German, not English */
  ordinalPeriods?: boolean
  /** whether a quotation's comma stands inside its marks ("… Never," Lavrov said): English, not German */
  commaInsideQuotes?: boolean
}

const TERMINAL = new Set(['.', '!', '?', '…', '...'])
const CONTINUES = new Set([',', ';', ':', ')', ']', '–', '—', '-'])
/** one dash or several: "-", "--", "–", "—" */
const DASH = /^[-–—]+$/u

const isSpace = (ch: string | undefined) => ch === undefined || /\s/u.test(ch)

/** A quote mark glued to the word after it opens ("„Wir"), one glued to the word before it closes ("nützlich“"). */
function quoteSide(text: string, token: RawToken): 'open' | 'close' | undefined {
  if (token.kind !== 'quote') return undefined
  const before = text[token.span[0] - 1]
  const after = text[token.span[1]]
  const glueBefore = !isSpace(before) && !/[([„»]/u.test(before ?? '')
  const glueAfter = !isSpace(after)
  if (glueAfter && !glueBefore) return 'open'
  if (glueBefore) return 'close'
  return undefined
}

/** For every token inside a quotation, the index of the quotation's closing mark. */
function enclosingQuoteClose(text: string, tokens: RawToken[]): (number | undefined)[] {
  const closeOf: (number | undefined)[] = tokens.map(() => undefined)
  const open: number[] = []
  tokens.forEach((token, i) => {
    const side = quoteSide(text, token)
    if (side === 'open') open.push(i)
    else if (side === 'close' && open.length > 0) {
      const start = open.pop() as number
      for (let k = start + 1; k < i; k++) closeOf[k] ??= i
    }
  })
  return closeOf
}

/** Indices of the tokens that end a sentence inside one region (the region's last token always does). */
export function sentenceEnds(text: string, tokens: RawToken[], lexicons: SentenceLexicons): number[] {
  const ends: number[] = []
  const closeOf = enclosingQuoteClose(text, tokens)
  const word = (i: number) => {
    const t = tokens[i]
    return t ? text.slice(t.span[0], t.span[1]) : ''
  }
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i] as RawToken
    const value = word(i)
    const abbreviation = token.kind === 'word' && value.endsWith('.') ? value.slice(0, -1) : undefined
    const terminal =
      (token.kind === 'punct' && TERMINAL.has(value)) ||
      (abbreviation !== undefined && lexicons.abbreviations.sentenceFinal.has(abbreviation))
    if (!terminal) continue
    // absorb "?!", closing quotes and brackets: „… reagieren.“ | (… gesagt.)
    let j = i
    while (j + 1 < tokens.length) {
      const following = tokens[j + 1] as RawToken
      const glued = following.span[0] === (tokens[j] as RawToken).span[1]
      const v = word(j + 1)
      if (
        glued &&
        ((following.kind === 'punct' && (TERMINAL.has(v) || v === ')' || v === ']')) ||
          quoteSide(text, following) === 'close')
      )
        j++
      else break
    }
    const next = tokens[j + 1]
    if (!next) break
    const nextWord = word(j + 1)
    // „Das ist gut.“, sagte er — the quotation goes on inside the sentence; but after "… wird. -- Vor einigen
    // Tagen …" a dash and a capital open the next one
    if (next.kind === 'punct' && (CONTINUES.has(nextWord) || DASH.test(nextWord))) {
      let k = j + 1
      while (k < tokens.length && DASH.test(word(k))) k++
      const opens = tokens[k] !== undefined && quoteSide(text, tokens[k] as RawToken) === 'open'
      const dashThenCapital =
        DASH.test(nextWord) && ((tokens[k]?.kind === 'word' && /^\p{Lu}/u.test(word(k))) || opens)
      if (!dashThenCapital) continue
    }
    // "Was?“ fragte er | "usw. und so weiter"
    if (/^\p{Ll}/u.test(nextWord)) continue
    if (abbreviation !== undefined) {
      // "… usw. Dann": only a sentence starter opens a new sentence after an abbreviation
      if (!lexicons.starters.has(nextWord)) continue
    } else if (value === '.' && lexicons.ordinalPeriods !== false) {
      const previous = tokens[i - 1]
      // ordinals and dates: "am 10. Februar", "der 2. Weltkrieg"; but "… auf 100. Das …" ends
      if (
        previous &&
        previous.kind === 'number' &&
        previous.span[1] === token.span[0] &&
        /^\d{1,3}$/u.test(word(i - 1))
      ) {
        if (next.kind === 'word' && !lexicons.starters.has(nextWord)) continue
        if (next.kind === 'number') continue
      }
    }
    // „Wir kommen. Ihr bleibt“, sagte er: a quotation that the sentence goes on after is one sentence
    const close = closeOf[i]
    if (close !== undefined && close > j) {
      const after = tokens[close + 1]
      if (after && after.kind === 'punct' && CONTINUES.has(word(close + 1))) continue
      // "We will not back down. Never," Lavrov said.
      if (lexicons.commaInsideQuotes && word(close - 1) === ',') continue
    }
    ends.push(j)
    i = j
  }
  if (tokens.length > 0) ends.push(tokens.length - 1)
  return ends
}

export interface SentencesAndTokens {
  sentences: Span[]
  tokens: Token[]
}

/**
 * Sentence splitting and tokenising (German unless another language's tokenizer is given) in one pass over the readable regions (blocks, headings, captions):
 * a sentence never crosses a region, so a heading without final punctuation is a sentence of its own.
 */
export function splitSentences(
  text: string,
  regions: Span[],
  lexicons: SentenceLexicons,
  tokenize: (text: string, region: Span) => RawToken[] = (t, r) =>
    tokenizeRegion(t, r, lexicons.abbreviations),
): SentencesAndTokens {
  const sentences: Span[] = []
  const tokens: Token[] = []
  for (const region of regions) {
    const raw = tokenize(text, region)
    let start = 0
    for (const end of sentenceEnds(text, raw, lexicons)) {
      const first = raw[start] as RawToken
      const last = raw[end] as RawToken
      const index = sentences.length
      sentences.push([first.span[0], last.span[1]])
      for (let k = start; k <= end; k++) tokens.push({ ...(raw[k] as RawToken), sentence: index })
      start = end + 1
    }
  }
  return { sentences, tokens }
}
