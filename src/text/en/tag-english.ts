import type { Token } from '../../document/index.ts'

/**
 * A light English part-of-speech tagger (Penn Treebank tags: NN, NNP, VBD, VBZ, VBN, MD …): each word's most
 * frequent tag in the training data, changed where the tag before it says otherwise ("to" + "attack" VB, "the" +
 * "attack" NN); an unknown word by its ending and shape ("-ed" VBN/VBD, "-ly" RB, capitalised NNP). Built by
 * `npm run train -- pos-en` from GUM's train documents (CC BY 4.0).
 */
export interface EnglishTagModel {
  /** word as written → tag; lower-cased words too, for sentence-initial capitals */
  words: Record<string, string>
  /** "<previous tag> <lower-cased word>" → tag, where the previous tag overrules the word's usual one */
  context: Record<string, string>
  /** "<previous tag> <the word's own tag>" → tag, for any word: "VBZ VBD" → VBN ("has placed"), "MD NN" → VB */
  classes: Record<string, string>
  /** "<lower-cased word> <the next word's own tag>" → tag: "to" before a verb is TO, before a noun IN */
  next: Record<string, string>
  /** last 1–4 letters (lower case) → tag of rare words with that ending, longest first */
  suffixes: Record<string, string>
  /** tag of an unknown word written with a capital, in the middle of a sentence and at its start */
  capitalised: string
  /** tag of an unknown word with nothing else to go on */
  fallback: string
}

export interface PreparedTagModel {
  words: Map<string, string>
  context: Map<string, string>
  classes: Map<string, string>
  next: Map<string, string>
  suffixes: Map<string, string>
  capitalised: string
  fallback: string
  longestSuffix: number
}

export function prepareTagModel(raw: EnglishTagModel): PreparedTagModel {
  return {
    words: new Map(Object.entries(raw.words)),
    context: new Map(Object.entries(raw.context)),
    classes: new Map(Object.entries(raw.classes)),
    next: new Map(Object.entries(raw.next)),
    suffixes: new Map(Object.entries(raw.suffixes)),
    capitalised: raw.capitalised,
    fallback: raw.fallback,
    longestSuffix: Math.max(0, ...Object.keys(raw.suffixes).map((s) => s.length)),
  }
}

/** The tag of one word without context: known as written, known lower-cased, else by shape and ending. */
export function lexicalTag(word: string, sentenceStart: boolean, model: PreparedTagModel): string {
  const known = model.words.get(word)
  const lower = word.toLowerCase()
  // "The" opening a sentence is "the"; "Bush" opening one stays a name when the data knows it only so
  if (known && !(sentenceStart && model.words.has(lower) && known === model.capitalised)) return known
  const lowerKnown = model.words.get(lower)
  if (lowerKnown) return lowerKnown
  if (/^\d/u.test(word)) return 'CD'
  if (/^\p{Lu}/u.test(word)) return model.capitalised
  for (let n = Math.min(model.longestSuffix, lower.length - 1); n >= 1; n--) {
    const tag = model.suffixes.get(lower.slice(-n))
    if (tag) return tag
  }
  return model.fallback
}

/**
 * The tag of the word at `i` given the tag before it and the next word's own tag: the word's own rule first
 * ("the attack" NN, "to attack" VB), then the next word's ("to" + VB is TO), then the rule for its kind of word.
 */
export function tagInContext(
  lower: string,
  lexical: string,
  previous: string,
  nextLexical: string,
  model: PreparedTagModel,
): string {
  return (
    model.context.get(`${previous} ${lower}`) ??
    model.next.get(`${lower} ${nextLexical}`) ??
    model.classes.get(`${previous} ${lexical}`) ??
    lexical
  )
}

/** Tags every token of `tokens` (a copy with `pos`), sentence by sentence, left to right. */
export function tagEnglish(text: string, tokens: Token[], model: PreparedTagModel): Token[] {
  const words = tokens.map((t) => text.slice(t.span[0], t.span[1]))
  const lexical = tokens.map((t, i) =>
    lexicalTag(words[i] as string, i === 0 || tokens[i - 1]?.sentence !== t.sentence, model),
  )
  let previous = '<s>'
  return tokens.map((token, i) => {
    if (i === 0 || tokens[i - 1]?.sentence !== token.sentence) previous = '<s>'
    const next = tokens[i + 1]?.sentence === token.sentence ? (lexical[i + 1] as string) : '</s>'
    const pos = tagInContext((words[i] as string).toLowerCase(), lexical[i] as string, previous, next, model)
    previous = pos
    return { ...token, pos }
  })
}
