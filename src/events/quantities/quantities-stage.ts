import { defineStage } from '../../document/index.ts'
import { findTimes, timeLexicon } from '../times/index.ts'
import { findQuantities } from './find-quantities.ts'
import { numberWordLexicon } from './number-words.ts'

/** Figures with what they count; spans of time expressions are left to the times layer. */
export const quantitiesStage = defineStage({
  name: 'quantities',
  version: 1,
  needs: ['sentences'],
  makes: ['quantities'],
  run(doc, env) {
    const lexicon = timeLexicon(env)
    const times =
      doc.layers.times?.map((t) => t.span) ??
      findTimes(doc.text, env.published, { lexicon }).map((t) => t.span)
    const found = findQuantities(doc.text, numberWordLexicon(env), { times })
    return { quantities: found.map(({ ofSpan: _ofSpan, ofByEllipsis: _e, ...q }) => q) }
  },
})
