import { describe, expect, it } from 'vitest'
import { createEnv } from '../../document/index.ts'
import { englishFacts } from './english-facts.ts'
import { loadTaggerLexicon } from './tagger-lexicon.ts'

const lexicon = loadTaggerLexicon(createEnv())
const factsOf = (sentence: string) => {
  const words = sentence.split(' ')
  const facts = englishFacts(words, lexicon)
  return words.map((w, i) => `${w}:${(facts[i] as string[]).join(',')}`)
}

describe('the English place facts', () => {
  it('finds places written in lower case, names of several words as one', () => {
    expect(factsOf('flights from san francisco to mexico')).toEqual([
      'flights:',
      'from:',
      'san:gzl=city',
      'francisco:gzli=city',
      'to:',
      'mexico:gzl=country',
    ])
  })

  it('knows US states and their abbreviations only as written', () => {
    expect(factsOf('Chillicothe , OH and ohio , oh no')).toEqual([
      'Chillicothe:',
      ',:',
      'OH:usab',
      'and:',
      'ohio:gzl=region',
      ',:',
      'oh:',
      'no:',
    ])
  })
})
