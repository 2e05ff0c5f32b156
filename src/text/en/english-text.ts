import { type Env, lexicon, type Span } from '../../document/index.ts'
import { type SentencesAndTokens, splitSentences } from '../split-sentences.ts'
import { type AbbreviationLexicon, prepareAbbreviations } from '../tokenize.ts'
import { type ContractionLexicon, prepareContractions, tokenizeEnglish } from './tokenize-english.ts'

/**
 * English sentences and tokens over the readable regions: the German splitter's rules (a quotation the sentence
 * goes on after, a lower-case word after a period) with English abbreviations and starters, no ordinal periods, the
 * quotation's comma inside its marks, and English tokens.
 */
export function englishSentences(text: string, regions: Span[], env: Env): SentencesAndTokens {
  const abbreviations = lexicon(env, 'en-abbreviations', (raw) =>
    prepareAbbreviations(raw as AbbreviationLexicon),
  )
  const starters = lexicon(env, 'en-sentence-starters', (raw) => new Set((raw as { words: string[] }).words))
  const contractions = lexicon(env, 'en-contractions', (raw) =>
    prepareContractions(raw as ContractionLexicon),
  )
  return splitSentences(
    text,
    regions,
    { abbreviations, starters, ordinalPeriods: false, commaInsideQuotes: true },
    (t, region) => tokenizeEnglish(t, region, abbreviations, contractions),
  )
}
