import { defineStage } from '../../document/index.ts'
import { readsLanguage } from '../../text/index.ts'
import { findTimes } from './find-times.ts'
import { timeLanguage } from './time-languages.ts'

/** Time expressions (TIMEX3) resolved against the publication date in `env.published`, by the rules of `doc.lang`. */
export const timesStage = defineStage({
  name: 'times',
  version: 2,
  needs: [],
  makes: ['times'],
  run(doc, env) {
    // a language Lagebild does not read: the text stage has said so, and German date words must not guess
    if (!readsLanguage(doc.lang)) return { times: [] }
    const language = timeLanguage(doc.lang)
    // German rules would misread another language's dates: better none, and say so
    if (!language)
      return {
        times: [],
        diagnostics: [
          { stage: 'times', rule: 'times/language', message: `no time rules for language "${doc.lang}"` },
        ],
      }
    const times = findTimes(doc.text, env.published, { lexicon: language.lexicon(env) })
    return { times: times.map(({ span, type, value }) => ({ span, type, value })) }
  },
})
