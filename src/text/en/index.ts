export { englishSentences, loadEnglishTagModel } from './english-text.ts'
export {
  type EnglishTagModel,
  lexicalTag,
  type PreparedTagModel,
  prepareTagModel,
  tagEnglish,
} from './tag-english.ts'
export {
  type ContractionLexicon,
  type Contractions,
  prepareContractions,
  tokenizeEnglish,
} from './tokenize-english.ts'
