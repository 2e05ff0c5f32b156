import { describe, expect, it } from 'vitest'
import { createEnv, type Span } from '../../document/index.ts'
import { englishSentences } from './english-text.ts'

const env = createEnv()
const whole = (text: string): Span[] => [[0, text.length]]
const sentences = (text: string) =>
  englishSentences(text, whole(text), env).sentences.map(([s, e]) => text.slice(s, e))
const tokens = (text: string) =>
  englishSentences(text, whole(text), env).tokens.map((t) => text.slice(t.span[0], t.span[1]))

describe('English sentences', () => {
  it.each([
    // abbreviations and initials keep their period inside the sentence
    [
      'Mr. Blinken met Sen. Graham and Gen. Milley in Washington. They spoke for an hour.',
      ['Mr. Blinken met Sen. Graham and Gen. Milley in Washington.', 'They spoke for an hour.'],
    ],
    [
      'John F. Kennedy St. is closed. Dr. Smith said so on Jan. 5.',
      ['John F. Kennedy St. is closed.', 'Dr. Smith said so on Jan. 5.'],
    ],
    // an initialism that ends the sentence ends it before a sentence starter, not before a name it modifies
    [
      'Russia blamed the U.S. The U.N. called for calm. U.S. President Biden agreed.',
      ['Russia blamed the U.S.', 'The U.N. called for calm.', 'U.S. President Biden agreed.'],
    ],
    // numbers end a sentence in English: no ordinal period
    ['Prices rose by 10. Analysts were surprised.', ['Prices rose by 10.', 'Analysts were surprised.']],
    // a quotation the sentence goes on after stays in it
    [
      '"We will not back down. Never," Lavrov said. He left at 5 p.m. on Friday.',
      ['"We will not back down. Never," Lavrov said.', 'He left at 5 p.m. on Friday.'],
    ],
    ['“Is it over?” she asked. No. 10 said nothing.', ['“Is it over?” she asked.', 'No. 10 said nothing.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected)
  })
})

describe('English tokens', () => {
  it.each([
    ["Russia's army doesn't retreat", ['Russia', "'s", 'army', 'does', "n't", 'retreat']],
    ['They’re sure it’ll hold', ['They', '’re', 'sure', 'it', '’ll', 'hold']],
    ["O'Neill came at 10 o'clock", ["O'Neill", 'came', 'at', '10', "o'clock"]],
    [
      'a cease-fire in the U.S.-led talks',
      ['a', 'cease', '-', 'fire', 'in', 'the', 'U.S.', '-', 'led', 'talks'],
    ],
    ['"Yes," he said: ‘no’', ['"', 'Yes', ',', '"', 'he', 'said', ':', '‘', 'no', '’']],
    ['$1,500.50 and 3.5% in the 1990s', ['$', '1,500.50', 'and', '3.5', '%', 'in', 'the', '1990s']],
  ])('%s', (text, expected) => {
    expect(tokens(text)).toEqual(expected)
  })
})
