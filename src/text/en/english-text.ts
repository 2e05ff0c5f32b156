import { readFileSync } from 'node:fs'
import { type Env, lexicon, type Span } from '../../document/index.ts'
import { type SentencesAndTokens, splitSentences } from '../split-sentences.ts'
import { type AbbreviationLexicon, prepareAbbreviations } from '../tokenize.ts'
import { type EnglishTagModel, type PreparedTagModel, prepareTagModel, tagEnglish } from './tag-english.ts'
import { type ContractionLexicon, prepareContractions, tokenizeEnglish } from './tokenize-english.ts'

/** models/en-pos.json, written by `npm run train -- pos-en` */
const TAG_MODEL_URL = new URL('../../../models/en-pos.json', import.meta.url)

export function loadEnglishTagModel(env: Env): PreparedTagModel {
  return env.load('model:en-pos', () =>
    prepareTagModel(JSON.parse(readFileSync(TAG_MODEL_URL, 'utf8')) as EnglishTagModel),
  )
}

/**
 * English sentences and tokens over the readable regions: the German splitter's rules (a quotation the sentence
 * goes on after, a lower-case word after a period) with English abbreviations and starters, no ordinal periods, the
 * quotation's comma inside its marks, and English tokens, each with its part of speech (`pos`).
 */
export function englishSentences(text: string, regions: Span[], env: Env): SentencesAndTokens {
  const abbreviations = lexicon(env, 'en-abbreviations', (raw) =>
    prepareAbbreviations(raw as AbbreviationLexicon),
  )
  const starters = lexicon(env, 'en-sentence-starters', (raw) => new Set((raw as { words: string[] }).words))
  const contractions = lexicon(env, 'en-contractions', (raw) =>
    prepareContractions(raw as ContractionLexicon),
  )
  const { sentences, tokens } = splitSentences(
    text,
    regions,
    { abbreviations, starters, ordinalPeriods: false, commaInsideQuotes: true },
    (t, region) => tokenizeEnglish(t, region, abbreviations, contractions),
  )
  env.budget?.check()
  return { sentences, tokens: tagEnglish(text, tokens, loadEnglishTagModel(env)) }
}
