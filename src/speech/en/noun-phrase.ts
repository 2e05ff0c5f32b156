import type { EnglishSpeechLexicon } from './lexicon.ts'
import type { EnglishView, EnToken } from './sentence-view.ts'

/** Token range [first, end) of a noun phrase. */
export interface Phrase {
  first: number
  end: number
}

/** Tags a noun phrase is made of: "the former secretary of state", "Sen. Ted Cruz's campaign". */
const IN_PHRASE = new Set(['DT', 'JJ', 'JJR', 'JJS', 'NN', 'NNS', 'NNP', 'NNPS', 'CD', 'POS', 'PRP$', 'VBN'])
/** Tags a noun phrase may end in (its head). */
const HEAD = new Set(['NN', 'NNS', 'NNP', 'NNPS', 'PRP', 'CD'])

const isWordOf = (t: EnToken | undefined, tags: ReadonlySet<string>) =>
  t !== undefined && t.kind !== 'punct' && t.kind !== 'quote' && tags.has(t.pos)

/** Capitalised words that open a sentence without being a name: "But Cox says", "As Politico reported". */
const NOT_IN_NAMES = new Set(['PRP', 'CC', 'IN', 'RB', 'WRB', 'TO', 'UH'])

/** A capitalised word of a name the tagger read otherwise ("White House"), not a capitalised conjunction. */
const capitalisedName = (t: EnToken) =>
  t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !NOT_IN_NAMES.has(t.pos)

/**
 * Whether token `k` is part of a quantity that opens the speaker's phrase: "four in 10", "About half", "more than 4
 * in 10": "in" between numbers, a modifier before a number, "than" or a modifier before one.
 */
function inQuantity(view: EnglishView, lex: EnglishSpeechLexicon, k: number): boolean {
  const t = view.tokens[k]
  const next = view.tokens[k + 1]
  if (!t || !next) return false
  if (t.lower === 'in') return view.tokens[k - 1]?.pos === 'CD' && next.pos === 'CD'
  if (!lex.quantityModifiers.has(t.lower)) return false
  return (
    next.pos === 'CD' || /^(half|third|quarter)/u.test(next.lower) || lex.quantityModifiers.has(next.lower)
  )
}

/** Whether token `k` touches the tokens on both sides without a blank: the hyphen in "teary-eyed". */
function attached(view: EnglishView, k: number): boolean {
  const [before, t, after] = [view.tokens[k - 1], view.tokens[k], view.tokens[k + 1]]
  return before?.span[1] === t?.span[0] && t?.span[1] === after?.span[0]
}

/**
 * The subject of a cue verb at `verb`, read leftwards within [first, verb): past auxiliaries and adverbs ("has
 * also"), then a noun phrase or one pronoun, joined over "of" ("Secretary of State John Kerry"). A capitalised
 * word tagged otherwise inside a name still counts ("White House"). None inside a quotation.
 */
export function subjectBefore(
  view: EnglishView,
  lex: EnglishSpeechLexicon,
  verb: number,
  first: number,
): Phrase | undefined {
  let i = verb - 1
  // "is telling", "has been saying": a form of "be" only before the -ing form
  const progressive = view.tokens[verb]?.lower.endsWith('ing') === true
  const auxiliary = (t: EnToken) =>
    lex.auxiliaries.has(t.lower) || t.pos === 'MD' || (progressive && lex.progressiveAuxiliaries.has(t.lower))
  while (i >= first && auxiliary(view.tokens[i] as EnToken)) i--
  // "Chris Cox, who runs the NRA's lobbying arm, says", "One hopeful, Carly Fiorina, says": the phrase before the
  // aside between commas speaks, and the mention holds the aside (as PolNeAR marks sources)
  if (view.tokens[i]?.text === ',' && i > first) {
    const aside = asideBefore(view, lex, i, first)
    const head = aside !== undefined ? subjectBefore(view, lex, aside, first) : undefined
    if (head) return { first: head.first, end: i }
  }
  const end = i + 1
  const head = view.tokens[i]
  if (!head || i < first || view.quoted[i]) return undefined
  // "Barkley, who said he votes …": the relative pronoun is the mention (PolNeAR's source)
  if (head.pos === 'PRP' || lex.relativePronouns.has(head.lower)) return { first: i, end }
  // "The billionaire real estate magnate says": the tagger reads some nouns after a noun as base verbs
  const misread = /^VBP?$/u.test(head.pos) && isWordOf(view.tokens[i - 1], IN_PHRASE) && i - 1 >= first
  if (!isWordOf(head, HEAD) && !/^\p{Lu}/u.test(head.text) && !misread) return undefined
  let start = i
  for (let k = i - 1; k >= first; k--) {
    const t = view.tokens[k] as EnToken
    if (view.quoted[k]) break
    const joins =
      // "Twenty-four percent", "A teary-eyed Bush": a hyphen inside a word
      (t.pos === 'HYPH' && attached(view, k)) ||
      // "Sanders’ aides": the possessive mark, whatever kind of mark it is
      t.pos === 'POS' ||
      // "Secretary of State John Kerry", "Bush and his rivals": a link after a noun
      ((lex.nounPhraseLinks.has(t.lower) || lex.coordinators.has(t.lower)) &&
        k - 1 >= first &&
        isWordOf(view.tokens[k - 1], HEAD))
    if (isWordOf(t, IN_PHRASE) || capitalisedName(t) || joins || inQuantity(view, lex, k)) start = k
    else break
  }
  // "began on August 10 and South Korea says": "and" joined two clauses when the words before it are an object
  const before = view.tokens[start - 1]
  if (before && start - 1 >= first && /^(IN|TO|VB.?)$/u.test(before.pos))
    for (let k = i - 1; k > start; k--)
      if (lex.coordinators.has((view.tokens[k] as EnToken).lower)) {
        start = k + 1
        break
      }
  // a link word cannot open the phrase
  while (
    start < end &&
    (lex.nounPhraseLinks.has((view.tokens[start] as EnToken).lower) ||
      lex.coordinators.has((view.tokens[start] as EnToken).lower))
  )
    start++
  return start < end ? { first: start, end } : undefined
}

/**
 * A noun phrase that starts at `at` and runs rightwards within [at, end): "the senator", "Kerry", "reporters", up
 * to the first word of another kind; a closing apposition is not taken.
 */
export function phraseAfter(
  view: EnglishView,
  lex: EnglishSpeechLexicon,
  at: number,
  end: number,
): Phrase | undefined {
  const first = view.tokens[at]
  if (!first || at >= end) return undefined
  if (first.pos === 'PRP') return { first: at, end: at + 1 }
  let last = -1
  for (let k = at; k < end; k++) {
    const t = view.tokens[k] as EnToken
    if (isWordOf(t, IN_PHRASE) || (t.kind === 'word' && /^\p{Lu}/u.test(t.text) && t.pos !== 'PRP')) {
      if (isWordOf(t, HEAD) || /^\p{Lu}/u.test(t.text)) last = k
    } else if (t.pos === 'HYPH' && last === k - 1 && attached(view, k)) {
      // "The Star-Ledger": a hyphen inside a name
    } else if (!(lex.nounPhraseLinks.has(t.lower) && last === k - 1)) break
  }
  return last >= at ? { first: at, end: last + 1 } : undefined
}

/** How far back the comma before an aside may stand: "Chris Cox, who runs the NRA's lobbying arm, says". */
const ASIDE_REACH = 20

/**
 * The comma that opens an aside closed by the comma at `close`: a relative clause ("who runs …") or an apposition
 * (a noun phrase alone), with a noun phrase before it. The aside's opening comma, or none.
 */
function asideBefore(
  view: EnglishView,
  lex: EnglishSpeechLexicon,
  close: number,
  first: number,
): number | undefined {
  for (let k = close - 1; k > Math.max(first, close - ASIDE_REACH); k--) {
    const t = view.tokens[k] as EnToken
    if (view.quoted[k] || t.kind === 'quote') return undefined
    if (t.text !== ',') continue
    const opener = view.tokens[k + 1]
    const relative = opener !== undefined && lex.relativePronouns.has(opener.lower)
    const apposition = phraseAfter(view, lex, k + 1, close)?.end === close
    return relative || apposition ? k : undefined
  }
  return undefined
}
