import { describe, expect, it } from 'vitest'
import { prepareAbbreviations, tokenizeRegion } from './tokenize.ts'

const abbreviations = prepareAbbreviations({ abbreviations: [], sentenceFinal: [] })
const words = (text: string) =>
  tokenizeRegion(text, [0, text.length], abbreviations).map((t) => text.slice(t.span[0], t.span[1]))

describe('tokenizer', () => {
  it('keeps domains whole, hyphenated ones too', () => {
    expect(words('laut tagesschau.de und t-online.de sowie www.orf.at')).toEqual([
      'laut',
      'tagesschau.de',
      'und',
      't-online.de',
      'sowie',
      'www.orf.at',
    ])
  })

  it('reads a run of hyphens as punctuation, not as the start of a domain', () => {
    const text = `${'-'.repeat(20)}spiegel.de`
    expect(words(text)).toEqual([...Array(20).fill('-'), 'spiegel.de'])
  })
})
