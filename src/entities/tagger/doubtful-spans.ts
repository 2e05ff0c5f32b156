import { type Env, readLexicon, type Token } from '../../document/index.ts'
import type { TaggerLexicon } from './tagger-lexicon.ts'

/** lexicons/ner-stop.json */
export interface NerStopWords {
  openers: Set<string>
  genericNouns: Set<string>
}

export function loadNerStopWords(env: Env): NerStopWords {
  return env.load('entities:ner-stop', () => {
    const raw = readLexicon<{ openers: string[]; genericNouns: string[] }>('ner-stop')
    return { openers: new Set(raw.openers), genericNouns: new Set(raw.genericNouns) }
  })
}

/** What a tagged one-word span is checked against: the sentence's tokens and the document's other capitals. */
export interface SpanContext {
  group: readonly Token[]
  words: readonly string[]
  /** capitalised words the document writes inside a sentence, not as its first word */
  inside: ReadonlySet<string>
  determiners: ReadonlySet<string>
  lexicon: TaggerLexicon
  stop: NerStopWords
}

// „Wollen Sie das?“ — not the apostrophe of "Michael O’ Leary"
const OPENING_QUOTES = new Set(['„', '»', '‚', '"', '“'])
const BODY_KINDS = new Set(['organization', 'media', 'country', 'capital', 'region'])

const GENITIVE = /(?<=\p{L}{2}[^sxzß])s$/u

function knownName(word: string, c: SpanContext): boolean {
  const bare = word.replace(GENITIVE, '')
  return [word, bare].some(
    (w) => c.lexicon.names.has(w) || c.lexicon.givenNames.has(w) || c.lexicon.surnames.has(w),
  )
}

/**
 * A one-word span that more likely is a common word than a name: the tagger learned from too few sentences to know.
 * - It opens a sentence or a quotation and is a dictionary noun or verb („Wollen Sie das?“), an adverb or adjective
 *   of the stop list ("Klar sei allerdings, …"), or a word no lexicon knows and the text never writes again inside a
 *   sentence.
 * - It follows an article, perhaps with an adjective or ordinal between, and is a common noun the gazetteer does
 *   not know as a name ("des in Baucau stationierten 1. Bataillons"), or a body's generic noun ("die Allianz").
 */
export function isDoubtfulSpan(c: SpanContext, start: number, end: number): boolean {
  if (end - start !== 1) return false
  const token = c.group[start] as Token
  const word = c.words[start] as string
  const opens = start === 0 || OPENING_QUOTES.has(c.words[start - 1] as string)
  if (opens) {
    // "Airbus erwartet …": a noun to the dictionary, a company to the gazetteer
    const body = c.lexicon.names.get(word)
    if (body && BODY_KINDS.has(body)) return false
    if (token.noun === true || token.verbForm !== undefined || token.moods !== undefined) return true
    if (c.stop.openers.has(word)) return true
    const bare = word.replace(GENITIVE, '')
    if (!knownName(word, c) && !c.inside.has(word) && !c.inside.has(bare)) return true
  }
  if (!/\p{Ll}/u.test(word)) return false
  const before = (k: number) => (c.words[start - k] ?? '').toLowerCase()
  const afterArticle =
    c.determiners.has(before(1)) || (/^(?:\d+\.|\p{Ll}+)$/u.test(before(1)) && c.determiners.has(before(2)))
  if (!afterArticle) return false
  return c.stop.genericNouns.has(word) || (token.noun === true && !knownName(word, c))
}
