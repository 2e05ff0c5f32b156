import { describe, expect, it } from 'vitest'
import { createEnv, type Span } from '../src/document/index.ts'
import { analyzeText } from '../src/pipeline.ts'
import { describeSpeech } from '../src/speech/index.ts'
import { loadGolden, quotesWithText } from './golden-helpers.ts'

const env = createEnv()
const golden = loadGolden('wikinews-2015-08-21-north-korea-quasi-war')
const doc = analyzeText(golden.input, golden.meta, env)
const found = describeSpeech(doc, env)
const read = (span: Span | undefined) => (span ? doc.text.slice(span[0], span[1]) : undefined)
const expectedDir = `./fixtures/golden/${golden.slug}/expected`

describe('quotes of the English Wikinews article', () => {
  it('matches the recorded quotes layer', async () => {
    const quotes = quotesWithText(doc)
    await expect(`${JSON.stringify(quotes, null, 2)}\n`).toMatchFileSnapshot(`${expectedDir}/quotes.json`)
  })

  // The article's speech acts and who performed them, read by a person: [words that start the statement, speaker actor].
  const speechActs: Array<[string, string]> = [
    ["the country's military has been placed on high alert", 'org:yonhap'],
    ['War maniacs of the South Korean puppet military', 'org:kcna'],
    ['Foolhardy provocation deserves harsh punishment', 'org:kcna'],
    ["Commanders of the Korean People's Army", 'org:kcna'],
    ['the broadcasts will continue', 'country:KOR'],
    ['it would attack any loudspeakers', 'country:PRK'],
  ]

  it('finds the speech acts with the right speaker actor', () => {
    const quotes = doc.layers.quotes ?? []
    const wrong = speechActs.filter(([start, speaker]) => {
      const q = quotes.find((x) => read(x.span)?.startsWith(start))
      return q?.speaker !== speaker
    })
    expect(wrong).toEqual([])
    expect(quotes.every((q) => q.rule?.startsWith('en/'))).toBe(true)
  })

  it('keeps the news agency Yonhap quotes as the attribution chain', () => {
    const yonhap = doc.layers.quotes?.find((q) => q.speaker === 'org:yonhap')
    expect(yonhap?.via).toEqual(['org:yonhap', 'org:kcna'])
    const pronoun = found.find((q) => read(q.span)?.startsWith('Foolhardy'))
    expect(read(pronoun?.speakerMention)).toBe('it')
    expect(read(pronoun?.antecedent)).toBe('KCNA')
  })
})
