import { defineStage } from '../../document/index.ts'
import { readsLanguage } from '../../text/index.ts'
import { findTimes } from './find-times.ts'
import { timeLexicon } from './time-lexicon.ts'

/** Time expressions (TIMEX3) resolved against the publication date in `env.published`. */
export const timesStage = defineStage({
  name: 'times',
  version: 1,
  needs: [],
  makes: ['times'],
  run(doc, env) {
    // a language Lagebild does not read: the text stage has said so, and German date words must not guess
    if (!readsLanguage(doc.lang)) return { times: [] }
    const times = findTimes(doc.text, env.published, { lexicon: timeLexicon(env) })
    return { times: times.map(({ span, type, value }) => ({ span, type, value })) }
  },
})
