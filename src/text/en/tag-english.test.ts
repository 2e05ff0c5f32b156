import { describe, expect, it } from 'vitest'
import { createEnv } from '../../document/index.ts'
import { englishSentences } from './english-text.ts'

const env = createEnv()
const tagged = (text: string) =>
  englishSentences(text, [[0, text.length]], env).tokens.map(
    (t) => `${text.slice(t.span[0], t.span[1])}/${t.pos}`,
  )

describe('English parts of speech', () => {
  it('tells verb forms and the words around them', () => {
    expect(tagged('North Korea has placed its troops on high alert, KCNA said.')).toEqual([
      'North/NNP',
      'Korea/NNP',
      'has/VBZ',
      'placed/VBN',
      'its/PRP$',
      'troops/NNS',
      'on/IN',
      'high/JJ',
      'alert/NN',
      ',/,',
      'KCNA/NNP',
      'said/VBD',
      './.',
    ])
  })

  it('reads a word by the words around it: "to" before a verb, a modal before one', () => {
    expect(tagged('It would attack any loudspeakers to stop the broadcasts.')).toEqual([
      'It/PRP',
      'would/MD',
      'attack/VB',
      'any/DT',
      'loudspeakers/NNS',
      'to/TO',
      'stop/VB',
      'the/DT',
      'broadcasts/NNS',
      './.',
    ])
  })
})
