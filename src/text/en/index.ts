export { englishSentences } from './english-text.ts'
export {
  type ContractionLexicon,
  type Contractions,
  prepareContractions,
  tokenizeEnglish,
} from './tokenize-english.ts'
