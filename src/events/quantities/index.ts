export {
  type NumberWordLexicon,
  numberWordLexicon,
  parseGermanDigits,
  parseNumberWord,
} from './number-words.ts'
