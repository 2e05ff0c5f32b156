import { describe, expect, it } from 'vitest'
import { createEnv } from '../document/index.ts'
import { analyzeText } from '../pipeline.ts'
import { speechLanguageOf, speechRuleCatalogue } from './index.ts'

const env = createEnv()
const german =
  'Das Treffen sei „offen und nützlich“ gewesen, sagte Lawrow. Der Dialog werde fortgesetzt, kündigte er an.'

describe('speech stage', () => {
  it('reads German by the German rules, each quote with the rule that made it', () => {
    const doc = analyzeText(german, { lang: 'de' }, env)
    expect(doc.layers.quotes?.map((q) => [q.kind, q.rule])).toEqual([
      ['mixed', 'de/cue-after'],
      ['indirect', 'de/cue-after'],
    ])
    expect(doc.diagnostics.filter((d) => d.stage === 'speech')).toEqual([])
  })

  it('reads English by the English rules, never the German ones', () => {
    const english = 'The meeting was "open and useful", Lavrov said. The dialogue would go on, he added.'
    const doc = analyzeText(english, { lang: 'en' }, env)
    expect(doc.layers.quotes?.map((q) => [q.kind, q.rule])).toEqual([
      ['mixed', 'en/said-after'],
      ['indirect', 'en/said-after'],
    ])
    expect(doc.diagnostics.filter((d) => d.stage === 'speech')).toEqual([])
    // nor the German event triggers on what the quotes hold: the English ones find no act in them
    expect(doc.layers.events).toEqual([])
    expect(doc.diagnostics.map((d) => d.rule)).not.toContain('events/unsupported-language')
  })

  it('has rules only for the languages it reads by them', () => {
    expect(speechLanguageOf('de')?.lang).toBe('de')
    expect(speechLanguageOf('en')?.lang).toBe('en')
    expect(speechLanguageOf('fr')).toBeUndefined()
    expect(speechLanguageOf('constructor')).toBeUndefined()
  })

  it('leaves a language Lagebild does not read to the text stage, which says so once', () => {
    const french =
      'Le 3 mars 2024, la réunion a été « ouverte et utile », a déclaré Lavrov. Environ 500 soldats sont partis.'
    const doc = analyzeText(french, {}, env)
    expect(doc.lang).toBe('fr')
    const { sentences, entities, quotes, events, times, quantities } = doc.layers
    expect([sentences, entities, quotes, events, times, quantities]).toEqual([[], [], [], [], [], []])
    expect(doc.diagnostics.map((d) => d.rule)).toEqual(['text/unsupported-language'])
  })

  it('describes every rule id its quotes carry', () => {
    const catalogue = speechRuleCatalogue()
    const doc = analyzeText(german, {}, env)
    for (const q of doc.layers.quotes ?? []) expect(catalogue[q.rule ?? '']?.description).toBeTruthy()
    expect(catalogue['de/continuation']?.example).toContain('Danach werde man weitersehen')
    expect(catalogue['en/said-inverted']?.example).toContain('said the senator')
  })
})
