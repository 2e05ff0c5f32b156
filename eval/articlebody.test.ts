import { describe, expect, it } from 'vitest'
import { benchmarkScore, shingleCounts } from './articlebody.ts'

describe('the article-body measure of the Scrapinghub benchmark', () => {
  const gold = 'one two three four five six seven eight'

  it('counts shingles of four words: all of them for the same text, none for another', () => {
    expect(shingleCounts(gold, gold)).toEqual([1, 0, 0])
    expect(benchmarkScore([shingleCounts(gold, 'nine ten eleven twelve')]).f1).toBe(0)
  })

  it('normalises each page and takes F1 from the mean precision and recall over pages', () => {
    // half of the text: 2 of the 5 gold shingles found, nothing extra
    const half = shingleCounts(gold, 'one two three four five')
    expect(half).toEqual([2 / 5, 0, 3 / 5])
    const score = benchmarkScore([half, shingleCounts(gold, gold)])
    expect(score.precision).toBe(1)
    expect(score.recall).toBeCloseTo((2 / 5 + 1) / 2)
    expect(score.f1).toBeCloseTo((2 * 0.7) / 1.7)
  })

  it('keeps case and splits on anything that is no word character', () => {
    expect(shingleCounts('Hello, world: one two', 'hello world one two')).toEqual([0, 0.5, 0.5])
  })
})
