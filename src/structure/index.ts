export { type CreditLexicon, type CreditMatcher, createCreditMatcher } from './credit-line.ts'
export { readableRegions, recoverStructure } from './recover-structure.ts'
export { structureStage } from './structure-stage.ts'
