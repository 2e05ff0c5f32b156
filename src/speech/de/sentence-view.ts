import {
  type Document,
  firstIndex,
  type Span,
  type ThirdPersonMood,
  type Token,
} from '../../document/index.ts'
import { frakturI, nounAhead } from '../../text/index.ts'
import type { Quotation } from '../found-quote.ts'
import type { CueVerb, SpeechLexicon } from './lexicon.ts'

export type { Quotation }

export type Mood3 = ThirdPersonMood | undefined

/** Read-only helpers over a document's tokens, shared by every speech rule. */
export interface View {
  text: string
  tokens: Token[]
  lex: SpeechLexicon
  word: string[]
  lower: string[]
  /** per sentence: first and last token index */
  range: Array<[number, number]>
  /** the first and last sentence a scan reads (an inner view's quotation); absent: every sentence */
  sentences?: [number, number]
  quotations: Quotation[]
  /** an inner view's quotation: its own words are plain text, so it is no quotation in that view */
  inside?: Quotation
  /** per token: the full quotation it stands in (marks included) */
  quotedBy: (Quotation | undefined)[]
  /** per token: the fragment or name quotation it stands in */
  fragmentOf: (Quotation | undefined)[]
  /** per token: its mood for a third-person subject */
  mood: Mood3[]
  /** per token: the lemma of a verb-final separable form the text stage left bare ("mitteilte" → "mitteilen") */
  joinedLemma: (string | undefined)[]
  /** per token: inside a PER, ORG or LOC mention of the entities stage (when it ran) */
  entityAt: boolean[]
  /** inside a person or organisation the entities stage found: somebody who can speak */
  agentAt: boolean[]
}

/**
 * Marks that may stay open to a paragraph's end or open every paragraph of a long quotation. Not single marks
 * (apostrophes as often as quotation marks) and not straight "…", whose sides a text without spaces hides.
 */
const PARAGRAPH_OPENERS = new Set(['„', '»', '“'])
const APOSTROPHE_WORDS = /^['’‘](?:s|n|ne|nen|m|r)$/u
const OPENERS = new Set(['„', '»', '‚', '"', '“', "'", '›', '«'])
/** which openers a closing mark can close: „…“ and “…”, »…«, ‚…‘, "…", '…' */
const OPENER_OF: Record<string, string> = {
  '“': '„“',
  '”': '“„',
  '«': '»«',
  '»': '«',
  '‘': '‚‘',
  '’': '‘‚',
  '"': '"„“',
  "'": "'‚",
  '‹': '›',
  '›': '‹',
}
const isSpace = (ch: string | undefined) => ch === undefined || /\s/u.test(ch)

function quoteSide(text: string, span: Span): 'open' | 'close' | undefined {
  const before = text[span[0] - 1]
  const after = text[span[1]]
  const glueBefore = !isSpace(before) && !/[([„»‚]/u.test(before ?? '')
  const glueAfter = !isSpace(after)
  if (glueAfter && !glueBefore) return 'open'
  if (glueBefore) return 'close'
  return undefined
}

/**
 * The tokens and their words with the comma the text stage found missing before a "daß" (`commaBefore`) as an empty
 * punctuation token, so that every rule finds the clause it opens.
 */
function withClauseCommas(
  tokens: readonly Token[],
  words: readonly string[],
): { tokens: Token[]; word: string[] } {
  const out: Token[] = []
  const word: string[] = []
  const moved = new Map<number, number>()
  tokens.forEach((t, i) => {
    if (t.commaBefore) {
      out.push({ span: [t.span[0], t.span[0]], kind: 'punct', sentence: t.sentence })
      word.push(',')
    }
    moved.set(i, out.length)
    out.push(t)
    word.push(words[i] as string)
  })
  if (out.length === tokens.length) return { tokens: out, word }
  return {
    tokens: out.map((t) =>
      t.particle === undefined ? t : { ...t, particle: moved.get(t.particle) as number },
    ),
    word,
  }
}

/** Prefix counts over a view's tokens: words and numbers, verbs (a mood, lower case), words not in capitals, numbers. */
interface TokenCounts {
  words: Int32Array
  verbs: Int32Array
  lowerWords: Int32Array
  numbers: Int32Array
}

function tokenCounts(tokens: readonly Token[], word: readonly string[]): TokenCounts {
  const n = tokens.length
  const c: TokenCounts = {
    words: new Int32Array(n + 1),
    verbs: new Int32Array(n + 1),
    lowerWords: new Int32Array(n + 1),
    numbers: new Int32Array(n + 1),
  }
  for (let k = 0; k < n; k++) {
    const t = tokens[k] as Token
    const w = word[k] as string
    const wordLike = t.kind === 'word' || t.kind === 'number'
    c.words[k + 1] = (c.words[k] as number) + (wordLike ? 1 : 0)
    // a number has no mood: a verb is a word whose form has one, written in lower case
    c.verbs[k + 1] = (c.verbs[k] as number) + (t.kind !== 'number' && t.moods && /^\p{Ll}/u.test(w) ? 1 : 0)
    c.lowerWords[k + 1] = (c.lowerWords[k] as number) + (wordLike && !/^[\p{Lu}\d]/u.test(w) ? 1 : 0)
    c.numbers[k + 1] = (c.numbers[k] as number) + (t.kind === 'number' ? 1 : 0)
  }
  return c
}

/** How many counted tokens stand in [from, to) (token indices, clamped to the text). */
function between(prefix: Int32Array, from: number, to: number): number {
  const a = Math.max(0, from)
  const b = Math.min(prefix.length - 1, to)
  return b > a ? (prefix[b] as number) - (prefix[a] as number) : 0
}

export function buildView(doc: Document, lex: SpeechLexicon): View {
  const text = doc.text
  const original = doc.layers.tokens ?? []
  const { tokens, word } = withClauseCommas(
    original,
    original.map((t) => text.slice(t.span[0], t.span[1])),
  )
  // "Jch", "Jn": Fraktur's "J" for "I", so that "ich" and "in" are found
  const lower = word.map((w) => frakturI(w).toLowerCase())
  const range: Array<[number, number]> = (doc.layers.sentences ?? []).map(() => [-1, -2])
  tokens.forEach((t, i) => {
    const r = range[t.sentence]
    if (!r) return
    if (r[0] < 0) r[0] = i
    r[1] = i
  })

  // counts before each token, so that judging the words between two marks costs the same however far apart they
  // are: a text of thousands of unpaired marks must not make pairing quadratic
  const counts = tokenCounts(tokens, word)
  const newlines: number[] = []
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) newlines.push(at)

  // pair quotation marks across sentences of one paragraph
  const quotations: Quotation[] = []
  const stack: number[] = []
  /** per opener: the opener of the same quotation's paragraph before, which the typesetter left open */
  const continues = new Map<number, number>()
  let marksInParagraph = false
  let paragraph = -1
  tokens.forEach((t, i) => {
    if (t.kind !== 'quote') return
    const paragraphStart = text.lastIndexOf('\n\n', t.span[0]) + 1
    if (paragraphStart !== paragraph) marksInParagraph = false
    paragraph = paragraphStart
    const side = quoteSide(text, t.span)
    // "gab 's nie", "auf 'n Bier": an apostrophe, not a quotation
    if (side === 'open' && APOSTROPHE_WORDS.test(`${word[i]}${word[i + 1] ?? ''}`)) return
    if (side === 'open' && OPENERS.has(word[i] as string)) {
      const before = stack[stack.length - 1]
      if (
        before !== undefined &&
        word[before] === word[i] &&
        PARAGRAPH_OPENERS.has(word[i] as string) &&
        continuesQuotation(before, i)
      )
        continues.set(i, before)
      stack.push(i)
    } else if (side === 'close') {
      // a closing mark takes the nearest opener of its own kind; openers above it were apostrophes ('s) or strays
      const fits = OPENER_OF[word[i] as string] ?? ''
      let at = stack.length - 1
      while (at >= 0 && !fits.includes(word[stack[at] as number] as string)) at--
      if (at < 0) {
        // "… und hock di a weng nieder.« denkt der Michel": the paragraph opens inside somebody's words
        const first = firstIndex(tokens, (o) => o.span[0], paragraphStart, true)
        const start = first < tokens.length ? first : -1
        if (!marksInParagraph && start >= 0 && start < i - 1 && /^[.!?…,]$/u.test(word[i - 1] ?? ''))
          quotations.push({ ...classify(start - 1, i), open: start })
        marksInParagraph = true
        return
      }
      const open = stack[at] as number
      stack.length = at
      if (text.slice((tokens[open] as Token).span[1], t.span[0]).includes('\n\n')) return
      quotations.push(classify(open, i))
      // „Erster Absatz. „Zweiter Absatz.“: every paragraph of a long quotation opens, only the last one closes
      pushContinued(open)
    }
    marksInParagraph = true
  })
  // »Es war vor sechzehn Jahren, … (no closing mark): the words run to the end of their line or paragraph
  const continued = new Set(continues.values())
  for (const open of [...stack]) {
    if (
      continued.has(open) ||
      !PARAGRAPH_OPENERS.has(word[open] as string) ||
      tokens[open - 1]?.kind === 'word' ||
      tokens[open - 1]?.kind === 'number'
    )
      continue
    // a line break ends it too: flat text gives headings and paragraphs a line of their own
    const paragraphEnd = newlines[firstIndex(newlines, (at) => at, (tokens[open] as Token).span[1], true)]
    const end =
      paragraphEnd === undefined
        ? tokens.length - 1
        : Math.max(open, firstIndex(tokens, (t) => t.span[0], paragraphEnd, true) - 1)
    const q = classify(open, end + 1)
    if (end - open < 3 || !q.full || !reads(open, end)) continue
    quotations.push({ ...q, close: end })
    pushContinued(open)
  }

  /** „Erster Absatz. „Zweiter Absatz.“: every paragraph of a long quotation opens, only the last one closes */
  function pushContinued(open: number): void {
    for (
      let next = open, earlier = continues.get(open);
      earlier !== undefined;
      next = earlier, earlier = continues.get(earlier)
    ) {
      quotations.push({ ...classify(earlier, next), close: next - 1, full: true, nameLike: false })
      // closed now: no later opener continues it again
      const at = stack.indexOf(earlier)
      if (at >= 0) stack.splice(at, 1)
    }
  }

  /** Words of a sentence, not a table's ditto marks and figures („ 500 fl. „ „ 118 3/4): a verb, few numbers. */
  function reads(open: number, end: number): boolean {
    const numbers = between(counts.numbers, open + 1, end + 1)
    const verb = between(counts.verbs, open + 1, end + 1) > 0
    return verb && numbers * 10 < end - open
  }

  /** An opener right after a finished sentence while one of its kind is still open, at most a paragraph away. */
  function continuesQuotation(earlier: number, opener: number): boolean {
    const between = text.slice((tokens[earlier] as Token).span[1], (tokens[opener] as Token).span[0])
    // the next paragraph opens with the mark; a heading or any other line between ends the quotation
    if (between.replace(/\n\n\s*$/u, '').includes('\n')) return false
    return /[.!?…:]["“”«»‘’']?\s*$/u.test(between)
  }

  /** a speech verb right after a quotation: "« rief Andreas", "«, entgegnete Salmeyer" */
  function cueAfter(k: number): boolean {
    const t = tokens[k]
    if (!t?.lemma || !t.moods || !/^\p{Ll}/u.test(word[k] as string)) return false
    const cue = lex.verbs.get(t.lemma)
    return !!cue && !cue.needs
  }

  function classify(open: number, close: number): Quotation {
    const words = between(counts.words, open + 1, close)
    const verb = between(counts.verbs, open + 1, close) > 0
    const capitalised = between(counts.lowerWords, open + 1, close) === 0
    const last = word[close - 1] ?? ''
    const terminal = /^[.!?…]$/u.test(last)
    // »Lächerlich«, entgegnete Salmeyer. | »Mir?!« rief Andreas.
    // but die „Times“ berichtete: a name after an article is the speaker
    const named = lex.determiners.has(lower[open - 1] ?? '') || /^\p{Lu}/u.test(word[open - 1] ?? '')
    const framed = !named && cueAfter(close + (word[close + 1] === ',' ? 2 : 1))
    // der „Aktion Deutschland hilft“: a short capitalised title after its article, even with a verb, is a name
    const title =
      lex.determiners.has(lower[open - 1] ?? '') &&
      !terminal &&
      words <= 5 &&
      /^\p{Lu}/u.test(word[open + 1] ?? '')
    // »Ja!«, »Nicht?«: one word with an exclamation or question mark is somebody's reply
    const full =
      (verb && words >= 3 && !title) ||
      (terminal && (words >= 2 || /[!?]/u.test(last))) ||
      words >= 7 ||
      (framed && words >= 1)
    return { open, close, full, nameLike: !full && capitalised && words <= 5 }
  }

  const quotedBy: (Quotation | undefined)[] = tokens.map(() => undefined)
  const fragmentOf: (Quotation | undefined)[] = tokens.map(() => undefined)
  for (const q of quotations) {
    const target = q.full ? quotedBy : fragmentOf
    for (let k = q.open; k <= q.close; k++) target[k] ??= q
  }
  const mood = tokens.map((t, i) => (quotedBy[i] ? undefined : t.thirdPersonMood))
  const joinedLemma = tokens.map((t) => t.joinedLemma)
  const entityAt = tokens.map(() => false)
  const entities = doc.layers.entities ?? []
  if (entities.length > 0) {
    let e = 0
    const sorted = [...entities].sort((a, b) => a.span[0] - b.span[0])
    tokens.forEach((t, i) => {
      while (e < sorted.length && (sorted[e] as { span: Span }).span[1] <= t.span[0]) e++
      const m = sorted[e]
      if (m && m.span[0] <= t.span[0] && t.span[1] <= m.span[1]) entityAt[i] = true
    })
  }
  const agentAt = tokens.map(() => false)
  // per agent, the tokens from its start on (tokens are in text order): the text's length times the longest name,
  // not tokens times agents
  for (const m of entities) {
    if (m.type !== 'PER' && m.type !== 'ORG') continue
    for (let i = firstIndex(tokens, (t) => t.span[0], m.span[0], true); i < tokens.length; i++) {
      const t = tokens[i] as Token
      if (t.span[0] > m.span[1]) break
      if (t.span[1] <= m.span[1]) agentAt[i] = true
    }
  }
  return {
    text,
    tokens,
    lex,
    word,
    lower,
    range,
    quotations,
    quotedBy,
    fragmentOf,
    mood,
    joinedLemma,
    entityAt,
    agentAt,
  }
}

/**
 * The view from inside one quotation: its words are plain text with their moods, its sentences are cut to its
 * marks, and everything else stays as it was. Only the quotation's own tokens and sentences differ from the outer
 * view, so the inner view reads the outer arrays everywhere else instead of copying them: a document with thousands
 * of quotations must not copy its token arrays once per quotation.
 */
export function innerView(v: View, q: Quotation): View {
  const inside = (i: number) => v.quotedBy[i] === q
  const quotedBy = overlay(v.quotedBy, q.open, q.close, (i, x) => (inside(i) ? undefined : x))
  const mood = overlay(v.mood, q.open, q.close, (i, m) =>
    inside(i) && !quotedBy[i] ? v.tokens[i]?.thirdPersonMood : m,
  )
  // the sentences the quotation's words stand in; every other sentence is out of the inner view's reach
  const firstSentence = v.tokens[q.open + 1]?.sentence ?? 0
  const lastSentence = q.close - 1 > q.open ? (v.tokens[q.close - 1]?.sentence ?? -1) : -1
  const range = overlay<[number, number]>(
    v.range,
    firstSentence,
    lastSentence,
    (_s, [first, last]): [number, number] => {
      const from = Math.max(first, q.open + 1)
      const to = Math.min(last, q.close - 1)
      return first >= 0 && from <= to ? [from, to] : [-1, -2]
    },
    [-1, -2],
  )
  return { ...v, quotedBy, mood, range, sentences: [firstSentence, lastSentence], inside: q }
}

/**
 * `base` read through a window: index i in [from, to] reads `at(i, base[i])` (computed once, on first read), any
 * other index reads `outside` when given, else `base[i]`. Array methods (slice, includes) work through it.
 */
function overlay<T>(
  base: readonly T[],
  from: number,
  to: number,
  at: (i: number, value: T) => T,
  ...outside: [] | [T]
): T[] {
  const window = new Map<number, T>()
  return new Proxy(base as T[], {
    get(target, prop, receiver) {
      if (typeof prop === 'string') {
        const i = Number(prop)
        if (Number.isInteger(i) && i >= 0 && i < target.length) {
          if (i < from || i > to) return outside.length > 0 ? outside[0] : target[i]
          if (!window.has(i)) window.set(i, at(i, target[i] as T))
          return window.get(i)
        }
      }
      return Reflect.get(target, prop, receiver)
    },
    set() {
      throw new Error('an inner view is read-only')
    },
  })
}

/**
 * The full quotations that open in tokens [first, last], in the order the view found them, without the quotation
 * an inner view stands in. Found by binary search over the quotations sorted by their opening mark (built once
 * per view), not by filtering every quotation for every sentence.
 */
export function quotationsOpeningIn(v: View, first: number, last: number): Quotation[] {
  let byOpen = quotationsByOpen.get(v.quotations)
  if (!byOpen) {
    byOpen = v.quotations.map((_, k) => k).sort((a, b) => opening(v, a) - opening(v, b) || a - b)
    quotationsByOpen.set(v.quotations, byOpen)
  }
  const order = byOpen
  const start = firstIndex(order, (k) => opening(v, k), first, true)
  const hits: number[] = []
  for (let j = start; j < order.length && opening(v, order[j] as number) <= last; j++)
    hits.push(order[j] as number)
  hits.sort((a, b) => a - b)
  return hits.map((k) => v.quotations[k] as Quotation).filter((q) => q.full && q !== v.inside)
}

const opening = (v: View, k: number) => (v.quotations[k] as Quotation).open
/** per quotations array (a view and its inner views share one): its indices sorted by opening token */
const quotationsByOpen = new WeakMap<readonly Quotation[], number[]>()

/** The cue verb a token stands for, when the clause [from, to] holds the words it needs ("wies darauf hin"). */
export function cueVerbAt(
  v: View,
  i: number,
  from: number,
  to: number,
  beforeClause = false,
  zuInfinitive = false,
): CueVerb | undefined {
  const t = v.tokens[i]
  const joined = v.joinedLemma[i]
  if (joined) return v.lex.verbs.get(joined)
  if (!t?.lemma || v.quotedBy[i]) return undefined
  if (!t.moods && t.verbForm !== 'participle' && !(zuInfinitive && t.verbForm === 'zuInfinitive'))
    return undefined
  if (/^\p{Lu}/u.test(v.word[i] as string) && t.noun) return undefined
  if (v.lex.possessiveVerbForms.has(v.lower[i] as string) && nounAhead(v, i)) return undefined
  if (isAttribute(v, i)) return undefined
  let cue = v.lex.verbs.get(t.lemma)
  // "sagt Blinken weiter": an adverb read as the particle of "weitersagen"
  if (!cue && t.particle !== undefined && v.lex.stopWords.has(v.lower[t.particle] as string)) {
    cue = v.lex.verbs.get(t.lemma.slice((v.lower[t.particle] as string).length))
  }
  if (!cue) return undefined
  if (cue.unless)
    for (let k = from; k <= to; k++) if (cue.unless.includes(v.word[k] as string)) return undefined
  if (cue.needs && !(beforeClause && cue.clauseFree)) {
    let found = false
    for (let k = from; k <= to && !found; k++) if (cue.needs.includes(v.lower[k] as string)) found = true
    if (!found) return undefined
  }
  return cue
}

/**
 * "Keines der erklärten Ziele": a verb form between an article and a noun, the article behind a word of the clause,
 * is the noun's attribute ("Das sagte Präsident Biden" opens its sentence with the article and stays a cue).
 */
function isAttribute(v: View, i: number): boolean {
  const next = v.tokens[i + 1]
  return (
    i >= 2 &&
    v.lex.determiners.has(v.lower[i - 1] as string) &&
    /^\p{L}/u.test(v.word[i - 2] as string) &&
    !!next?.noun &&
    /^\p{Lu}/u.test(v.word[i + 1] as string)
  )
}

export function isComma(v: View, i: number): boolean {
  return v.word[i] === ',' && !v.quotedBy[i]
}

/** A finite verb: has a mood and is no participle-only form. */
export function isFiniteVerb(v: View, i: number): boolean {
  const t = v.tokens[i]
  return !!t?.moods && t.verbForm !== 'participle' && !v.quotedBy[i]
}
