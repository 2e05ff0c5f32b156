export { annotateMorphology } from './annotate-morphology.ts'
export {
  annotateClauseMoods,
  type ClauseLexicon,
  loadClauseLexicon,
  type NounAheadWords,
  nounAhead,
  type Words,
} from './clause-moods.ts'
export {
  buildNounIndex,
  buildVerbIndex,
  frakturI,
  type GermanLexicon,
  germanLexicon,
  germanLexiconCorrections,
  loadGermanLexicon,
  type VerbReading,
  verbReadings,
} from './german-lexicon.ts'
export {
  chooseLanguage,
  type LanguageChoice,
  languageCode,
  loadLanguageProfiles,
  READ_LANGUAGES,
  readsLanguage,
} from './language/choose-language.ts'
export {
  type DetectedLanguage,
  detectLanguage,
  type LanguageProfiles,
  languageWords,
  prepareLanguageProfiles,
  type StopWordLexicon,
  type TrigramLexicon,
  wordTrigrams,
} from './language/detect-language.ts'
export {
  PREBUILT_GERMAN_LEXICON,
  readPrebuiltGermanLexicon,
  writePrebuiltGermanLexicon,
} from './prebuilt-german-lexicon.ts'
export {
  type SentenceLexicons,
  type SentencesAndTokens,
  sentenceEnds,
  splitSentences,
} from './split-sentences.ts'
export { stemEnglish } from './stem-english.ts'
export { queryWordStems, searchStems, searchWords, stemGerman } from './stem-german.ts'
export { textStage } from './text-stage.ts'
export {
  type AbbreviationLexicon,
  type Abbreviations,
  prepareAbbreviations,
  type RawToken,
  tokenizeRegion,
} from './tokenize.ts'
