import { defineStage, lexicon, readLexicon } from '../document/index.ts'
import { type CreditLexicon, createCreditMatcher } from './credit-line.ts'
import { createDateLineMatcher } from './date-line.ts'
import { recoverStructure } from './recover-structure.ts'

export const structureStage = defineStage({
  name: 'structure',
  // 2: a line that is only a date is no title or kicker
  version: 2,
  needs: [],
  makes: ['structure'],
  run(doc, env) {
    const credits = lexicon(env, 'credit-lines', (raw) => createCreditMatcher(raw as CreditLexicon))
    const dates = env.load('structure:date-lines', () =>
      createDateLineMatcher([readLexicon('de-time-names'), readLexicon('en-time-names')] as object[]),
    )
    return { structure: recoverStructure(doc.text, credits, dates) }
  },
})
