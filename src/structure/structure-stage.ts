import { defineStage, lexicon } from '../document/index.ts'
import { type CreditLexicon, createCreditMatcher } from './credit-line.ts'
import { recoverStructure } from './recover-structure.ts'

export const structureStage = defineStage({
  name: 'structure',
  version: 1,
  needs: [],
  makes: ['structure'],
  run(doc, env) {
    const credits = lexicon(env, 'credit-lines', (raw) => createCreditMatcher(raw as CreditLexicon))
    return { structure: recoverStructure(doc.text, credits) }
  },
})
