import { describe, expect, it } from 'vitest'
import { createEnv } from '../../document/index.ts'
import { normalizeWord, shortShape, tokenFeatureHashes, tokenFeatures, wordShape } from './features.ts'
import { hashFeature } from './hash.ts'
import { lexicalFacts, loadTaggerLexicon } from './tagger-lexicon.ts'

describe('word shapes', () => {
  it.each([
    ['Lawrow', 'Xxxx', 'Xx'],
    ['NATO', 'XXX', 'X'],
    ['2022', 'ddd', 'd'],
    ['US-Außenminister', 'XX-Xxxx', 'X-Xx'],
    ['1.', 'd.', 'd.'],
  ])('%s → %s, %s', (word, shape, short) => {
    expect(wordShape(word)).toBe(shape)
    expect(shortShape(word)).toBe(short)
  })

  it('writes every quotation mark and dash one way', () => {
    expect(normalizeWord('„Times“')).toBe('"Times"')
    expect(normalizeWord('Kiew–Moskau')).toBe('Kiew-Moskau')
  })
})

describe('token features', () => {
  const words = ['Sergej', 'Lawrow', 'traf', 'US-Außenminister', 'Blinken']
  const features = tokenFeatures(words, [[], [], [], ['hgz0=country'], ['noun']])

  it('has the word, affixes, neighbours and position', () => {
    expect(features[1]).toEqual(
      expect.arrayContaining([
        'w=Lawrow',
        'l=lawrow',
        'p2=la',
        's3=row',
        'l-1=sergej',
        'l+2=us-außenminister',
      ]),
    )
    expect(features[0]).toEqual(expect.arrayContaining(['first', 'l-1=<s>', 'l-2=<s2>']))
    expect(features[4]).toEqual(expect.arrayContaining(['last', 'l+1=</s>']))
  })

  it('splits hyphenated words and carries lexicon facts to the neighbours', () => {
    expect(features[3]).toEqual(expect.arrayContaining(['h0=us', 'hl=außenminister', 'x=hgz0=country']))
    expect(features[4]).toEqual(expect.arrayContaining(['x=noun', 'x-1=hgz0=country']))
    expect(features[2]).toEqual(expect.arrayContaining(['x+1=hgz0=country']))
  })
})

describe('lexicon facts', () => {
  const lexicon = loadTaggerLexicon(createEnv())

  it('knows places, countries in compounds and genitives, and country adjectives', () => {
    const words = [
      'Der',
      'russische',
      'Außenminister',
      'traf',
      'den',
      'US-Kollegen',
      'in',
      'Genf',
      'und',
      'Russlands',
    ]
    const facts = lexicalFacts(
      words,
      words.map((w) => w === 'Außenminister'),
      lexicon,
    )
    // word classes (models/ner-clusters.json) come apart: every word seen in the Wikinews text has one of each size
    const lexical = facts.map((f) => f.filter((x) => !/^k\d+=/u.test(x)))
    const classes = facts.map((f) => f.filter((x) => /^k\d+=/u.test(x)).map((x) => x.replace(/=.*/u, '')))
    expect(lexical[1]).toContain('cadj')
    expect(lexical[2]).toEqual(['noun', 'title'])
    expect(lexical[5]).toContain('hgz0=country')
    expect(lexical[7]).toContain('gz=city')
    expect(lexical[9]).toContain('gzs=country')
    expect(lexical[3]).toEqual([])
    expect(classes[3]).toEqual(['k64', 'k256'])
    expect(classes[7]).toEqual(['k64', 'k256'])
  })

  it('marks the later words of a name of several words', () => {
    const facts = lexicalFacts(['in', 'New', 'York', 'City'], [false, false, false, false], lexicon)
    expect(facts[1]?.some((f) => f.startsWith('gz='))).toBe(true)
    expect(facts[2]?.some((f) => f.startsWith('gzi='))).toBe(true)
  })
})

describe('name and head facts', () => {
  const lexicon = loadTaggerLexicon(createEnv())
  const words = [
    'Sängerin',
    'Antony',
    'Schoigus',
    'besuchte',
    'die',
    'Bundesärztekammer',
    'in',
    'der',
    'Neuendorfer',
    'Straße',
    'mit',
    'NATO-Truppen',
  ]
  const facts = lexicalFacts(
    words,
    words.map((w) => w === 'Straße'),
    lexicon,
  )

  it('knows given names, surnames (also in the genitive) and titles before a name', () => {
    expect(facts[0]).toContain('title')
    expect(facts[1]).toContain('gn')
    expect(facts[2]).toContain('sns')
    expect(facts[3]).not.toContain('sn')
  })

  it('reads the last part of compounds and the words that end a name', () => {
    expect(facts[5]).toEqual(expect.arrayContaining(['orgh', 'nhead']))
    expect(facts[9]).toContain('locw')
    expect(facts[11]).toEqual(expect.arrayContaining(['hnoun', 'hgz0=organization']))
  })
})

describe('lexicon facts beyond the training sentences', () => {
  const lexicon = loadTaggerLexicon(createEnv())
  const words = [
    'Die',
    'Wuppertaler',
    'und',
    'die',
    'Franzosen',
    'feierten',
    'die',
    'Deutschlandreise',
    'in',
    'Wiehl',
    'am',
    'Rhein',
  ]
  const facts = lexicalFacts(
    words,
    words.map(() => false),
    lexicon,
  )

  it('reads people and adjectives named after a place: "Wuppertaler", "Franzosen", "kalifornischen"', () => {
    expect(facts[1]).toEqual(expect.arrayContaining(['dgz=city', 'dgz|X']))
    expect(facts[4]).toContain('gz=demonym')
    expect(lexicalFacts(['kalifornischen'], [false], lexicon)[0]).toEqual(
      expect.arrayContaining(['cadj', 'dgz=region']),
    )
    expect(lexicalFacts(['politischen'], [false], lexicon)[0]).not.toContain('cadj')
  })

  it('finds a name at the start of a compound, small towns and regions', () => {
    expect(facts[7]).toContain('cp=country')
    expect(facts[9]).toContain('gz=town')
    expect(facts[11]).toContain('gz=region')
    expect(facts[5]).not.toContain('cp=country')
  })
})

describe('hashed features', () => {
  it('are the string features hashed, whether the word’s own part comes from the cache or not', () => {
    const words = ['Außenminister', 'Sergej', 'Lawrow', 'traf', 'US-Kollege', 'Blinken', 'in', 'Genf', '.']
    const facts = words.map((w) => (w === 'Genf' ? ['gz=city'] : w === 'Lawrow' ? ['sn'] : []))
    const expected = tokenFeatures(words, facts).map((f) => f.map(hashFeature))
    for (let round = 0; round < 2; round++)
      expect(tokenFeatureHashes(words, facts).hashes.map((h) => [...h])).toEqual(expected)
  })
})
