import { describe, expect, it } from 'vitest'
import { chunksOf, countChunks, prf, readGermEval } from './germeval.ts'
import { decode, prepareSentence, trainPerceptron } from './perceptron.ts'

const FIXTURE = `1\tGestern\tO\tO
2\ttraf\tO\tO
3\tAnna\tB-PER\tO
4\tMeier\tI-PER\tO
5\tin\tO\tO
6\tWien\tB-LOC\tO
7\tein\tO\tO

1\tDie\tO\tO
2\tUNO\tB-ORG\tO
3\ttagte\tO\tO
4\tin\tO\tO
5\tGenf\tB-LOC\tO

# a comment line
1\tKarl\tB-PER\tO
2\tHuber\tI-PER\tO
3\tlobte\tO\tO
4\tdie\tO\tO
5\tUNO\tB-ORG\tO
6\tund\tO\tO
7\tdie\tO\tO
8\tösterreichische\tB-LOCderiv\tO
9\tRegierung\tO\tO
`

describe('GermEval format and chunks', () => {
  const sentences = readGermEval(FIXTURE)

  it('reads sentences, skipping comments', () => {
    expect(sentences.map((s) => s.words.length)).toEqual([7, 5, 9])
    expect(sentences[2]?.tags[7]).toBe('B-LOCderiv')
  })

  it('cuts BIO into chunks; a stray I- opens one', () => {
    expect(chunksOf(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC'])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 4, end: 5 },
    ])
  })

  it('scores strict span and type', () => {
    const counts = countChunks([['B-PER', 'I-PER', 'O', 'B-LOC']], [['B-PER', 'O', 'O', 'B-LOC']])
    expect(counts.get('')).toEqual({ gold: 2, predicted: 2, correct: 1 })
    expect(prf(counts.get('LOC') as never).f1).toBe(1)
    expect(prf(counts.get('PER') as never).f1).toBe(0)
  })
})

describe('averaged perceptron', () => {
  const sentences = readGermEval(FIXTURE)
  const labels = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-LOCderiv', 'I-LOCderiv']
  const index = new Map(labels.map((l, i) => [l, i]))
  const data = sentences.map((s) => ({
    sentence: prepareSentence(
      s.words,
      s.words.map(() => []),
    ),
    gold: s.tags.map((t) => index.get(t) as number),
  }))

  it('learns a tiny training set by heart, the same way every run', () => {
    const run = () => trainPerceptron(data, labels, { bits: 16, epochs: 8, seed: 7 })
    const { model } = run()
    for (const [k, s] of sentences.entries())
      expect(decode(model, data[k]?.sentence as never).map((t) => labels[t])).toEqual(s.tags)
    expect(run().model.weights).toEqual(model.weights)
  })

  it('keeps the epoch the evaluation likes best', () => {
    const { bestEpoch, scores } = trainPerceptron(data, labels, {
      bits: 16,
      epochs: 4,
      seed: 7,
      evaluate: (_, epoch) => (epoch === 2 ? 1 : 0),
    })
    expect(bestEpoch).toBe(2)
    expect(scores).toEqual([0, 1, 0, 0])
  })

  it('never puts an I- tag after a chunk of another type', () => {
    const { model } = trainPerceptron(data, labels, { bits: 16, epochs: 3, seed: 1 })
    const tags = decode(model, prepareSentence(['UNO', 'Meier', 'Wien'], [[], [], []])).map(
      (t) => labels[t] as string,
    )
    tags.forEach((tag, i) => {
      if (tag.startsWith('I-')) expect((tags[i - 1] ?? 'O').slice(2)).toBe(tag.slice(2))
    })
  })
})
