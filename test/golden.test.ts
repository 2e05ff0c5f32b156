import { describe, expect, it } from 'vitest'
import { analysisSchema, createEnv } from '../src/document/index.ts'
import { analyze } from '../src/pipeline.ts'
import {
  describeSentences,
  describeSpanItems,
  describeStructure,
  expectedLayer,
  goldenSlugs,
  loadGolden,
  spanTextMismatches,
} from './golden-helpers.ts'

const env = createEnv()

describe.each(goldenSlugs())('golden article %s', (slug) => {
  const golden = loadGolden(slug)
  const analysis = analyze(golden.input, golden.meta, env)

  it('passes the analysis@1 schema, spans included', () => {
    expect(analysisSchema.safeParse(analysis).success).toBe(true)
  })

  it('is read in its language, as the text tells it', () => {
    expect(analysis.lang).toEqual(expectedLayer(slug, 'lang', analysis.lang))
  })

  for (const [layer, describe] of [
    ['structure', describeStructure],
    ['sentences', describeSentences],
    ['entities', (a: typeof analysis) => describeSpanItems(a.text, a.entities)],
    ['actors', (a: typeof analysis) => a.actors],
    ['times', (a: typeof analysis) => describeSpanItems(a.text, a.times)],
    ['quantities', (a: typeof analysis) => describeSpanItems(a.text, a.quantities)],
  ] as const) {
    it(`${layer} is as expected`, () => {
      const actual = describe(analysis)
      const expected = expectedLayer(slug, layer, actual)
      expect(spanTextMismatches(analysis.text, expected)).toEqual([])
      expect(actual).toEqual(expected)
    })
  }
})

describe('the golden comparison', () => {
  it('fails when an expected span is moved', () => {
    const golden = loadGolden('orf-2022-01-21-blinken-lawrow')
    const analysis = analyze(golden.input, golden.meta, env)
    const expected = structuredClone(
      expectedLayer(golden.slug, 'structure', describeStructure(analysis)),
    ) as ReturnType<typeof describeStructure>
    const title = expected.title as { span: [number, number]; text: string }
    title.span = [title.span[0] + 1, title.span[1]]
    expect(spanTextMismatches(analysis.text, expected)).toHaveLength(1)
    expect(() => expect(describeStructure(analysis)).toEqual(expected)).toThrow()
  })
})
