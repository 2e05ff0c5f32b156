import { describe, expect, it } from 'vitest'
import { createEnv } from '../../document/index.ts'
import { decodeBeam } from './fast-decode.ts'
import { decode } from './perceptron.ts'
import { prepareWords } from './prepare.ts'
import { loadNerModel } from './tag-entities.ts'
import { loadTaggerLexicon } from './tagger-lexicon.ts'

const env = createEnv()

describe('the pipeline’s Viterbi', () => {
  const model = loadNerModel(env)
  const lexicon = loadTaggerLexicon(env)
  const sentences = [
    'Der russische Außenminister Sergej Lawrow traf US-Außenminister Antony Blinken in Genf .',
    'Dies gab Airbus im französischen Toulouse bekannt , berichtete die Nachrichtenagentur Reuters .',
    'Nadal trifft im Finale der US Open auf den russischen Tennisspieler Daniil Medvedev .',
  ].map((s) => s.split(' '))

  it('finds the tags of the training Viterbi, exactly when no previous tag is pruned and here also with the margin', () => {
    for (const words of sentences) {
      const prepared = prepareWords(
        words,
        words.map(() => false),
        lexicon,
      )
      expect(decodeBeam(model, prepared, Number.POSITIVE_INFINITY, true)).toEqual(decode(model, prepared))
      expect(decodeBeam(model, prepared, Number.POSITIVE_INFINITY)).toEqual(decode(model, prepared))
    }
  })

  it('still reads the names with only the four best previous tags', () => {
    const words = sentences[0] as string[]
    const prepared = prepareWords(
      words,
      words.map(() => false),
      lexicon,
    )
    const tags = decodeBeam(model, prepared, 4).map((t) => model.labels[t])
    expect(tags.slice(3, 5)).toEqual(['B-PER', 'I-PER'])
  })
})
