import { describe, expect, it } from 'vitest'
import { parseBrat, trimParts } from './brat.ts'
import { scoreArticle } from './polnear.ts'

// written for this test in PolNeAR's brat layout: two attributions, one with a discontinuous content
const text = '“We will win,” the senator said. The campaign, aides said, was over. Polls show a tie.'
const ann = [
  'T1\tContent 0 14\t“We will win,”',
  'T2\tSource 15 26\tthe senator',
  'T3\tCue 27 31\tsaid',
  'T4\tAttribution 27 31\tsaid',
  'E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2',
  'T5\tContent 33 45;59 67\tThe campaign was over',
  'T6\tSource 47 52\taides',
  'T7\tCue 53 57\tsaid',
  'T8\tAttribution 53 57\tsaid',
  'E2\tAttribution:T8 Cue:T7 Source:T6 Content:T5',
].join('\n')

describe('PolNeAR scoring', () => {
  it('reads brat spans, discontinuous ones part by part, and ties them by their attribution', () => {
    const { attributions } = parseBrat(ann)
    expect(attributions).toHaveLength(2)
    expect(attributions[1]?.content).toEqual([
      [33, 45],
      [59, 67],
    ])
    expect(attributions[0]?.source).toEqual([[15, 26]])
  })

  it('refuses offsets that are not numbers', () => {
    expect(() => parseBrat('T1\tSource 4 x\tabc')).toThrow(/bad offsets/)
  })

  it('matches exactly once quotation marks and punctuation are trimmed, and partly on overlap', () => {
    expect(trimParts(text, [[0, 14]])).toEqual([[1, 12]])
    const gold = parseBrat(ann).attributions
    const system = [
      { source: [[15, 26]], cue: [[27, 31]], content: [[1, 12]] },
      // the second content found as one stretch only: no exact match, an overlap
      { source: [[47, 52]], cue: [[53, 57]], content: [[33, 67]] },
    ] as Parameters<typeof scoreArticle>[2]
    const scores = scoreArticle(text, gold, system)
    expect(scores.source).toEqual({ gold: 2, sys: 2, exact: 2, overlap: 2 })
    expect(scores.content).toEqual({ gold: 2, sys: 2, exact: 1, overlap: 2 })
    expect(scoreArticle(text, gold, []).cue).toEqual({ gold: 2, sys: 0, exact: 0, overlap: 0 })
  })

  it('joins parts that only blanks separate, as one run of tokens', () => {
    // "The campaign, aides said, was over. Polls show a tie." with its two sentences marked as two parts
    expect(
      trimParts(text, [
        [33, 68],
        [69, 86],
      ]),
    ).toEqual([[33, 85]])
    // a frame between the parts keeps them apart
    expect(
      trimParts(text, [
        [33, 45],
        [59, 67],
      ]),
    ).toEqual([
      [33, 45],
      [59, 67],
    ])
  })
})
