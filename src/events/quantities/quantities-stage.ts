import { defineStage } from '../../document/index.ts'
import { readsLanguage } from '../../text/index.ts'
import { findQuantities } from './find-quantities.ts'
import { numberWordLexicon } from './number-words.ts'

/** Figures with what they count; the spans of the times layer are time expressions, not figures. */
export const quantitiesStage = defineStage({
  name: 'quantities',
  version: 1,
  needs: ['times'],
  makes: ['quantities'],
  run(doc, env) {
    // a language Lagebild does not read: the text stage has said so, and German number words must not guess
    if (!readsLanguage(doc.lang)) return { quantities: [] }
    const times = doc.layers.times?.map((t) => t.span)
    const found = findQuantities(doc.text, numberWordLexicon(env), { ...(times ? { times } : {}) })
    return { quantities: found.map(({ ofSpan: _ofSpan, ofByEllipsis: _e, ...q }) => q) }
  },
})
