export { type FindQuantitiesOptions, type FoundQuantity, findQuantities } from './find-quantities.ts'
export {
  type NumberWordLexicon,
  numberWordLexicon,
  parseGermanDigits,
  parseNumberWord,
} from './number-words.ts'
export { quantitiesStage } from './quantities-stage.ts'
