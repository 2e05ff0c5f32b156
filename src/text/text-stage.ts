import { defineStage, lexicon, type Span } from '../document/index.ts'
import { readableRegions } from '../structure/index.ts'
import { annotateMorphology } from './annotate-morphology.ts'
import { annotateClauseMoods, loadClauseLexicon } from './clause-moods.ts'
import { germanLexicon } from './german-lexicon.ts'
import { splitSentences } from './split-sentences.ts'
import { type AbbreviationLexicon, prepareAbbreviations } from './tokenize.ts'

export const textStage = defineStage({
  name: 'text',
  version: 2,
  needs: ['structure'],
  makes: ['sentences', 'tokens'],
  run(doc, env) {
    const abbreviations = lexicon(env, 'de-abbreviations', (raw) =>
      prepareAbbreviations(raw as AbbreviationLexicon),
    )
    const starters = lexicon(
      env,
      'de-sentence-starters',
      (raw) => new Set((raw as { words: string[] }).words),
    )
    const german = germanLexicon(env)
    const subjectPronouns = lexicon(
      env,
      'de-subject-pronouns',
      (raw) => new Set((raw as { words: string[] }).words),
    )
    const structure = doc.layers.structure
    const regions: Span[] = structure ? readableRegions(structure) : [[0, doc.text.length]]
    const { sentences, tokens } = splitSentences(doc.text, regions, { abbreviations, starters })
    env.budget?.check()
    const morphology = annotateMorphology(doc.text, tokens, german, subjectPronouns)
    env.budget?.check()
    return { sentences, tokens: annotateClauseMoods(doc.text, morphology, loadClauseLexicon(env)) }
  },
})
