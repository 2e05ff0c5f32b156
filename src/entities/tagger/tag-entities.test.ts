import { describe, expect, it } from 'vitest'
import { createEnv } from '../../document/index.ts'
import { analyzeText } from '../../pipeline.ts'
import { readModel } from './model-file.ts'
import { nameStartAfterTitles } from './prepare.ts'
import { tagEntities } from './tag-entities.ts'

const env = createEnv()
const tagged = (text: string, lang?: string) => {
  const doc = analyzeText(text, lang ? { lang } : {}, env)
  return tagEntities(doc, env).map((e) => `${e.type} ${doc.text.slice(e.span[0], e.span[1])}`)
}

describe('the shipped German tagger', () => {
  it('finds the persons and the place of the founding example', () => {
    const found = tagged(
      'Der russische Außenminister Sergej Lawrow traf US-Außenminister Antony Blinken in Genf.',
    )
    expect(found).toEqual(expect.arrayContaining(['PER Sergej Lawrow', 'PER Antony Blinken', 'LOC Genf']))
    expect(found.filter((e) => e.startsWith('PER'))).toHaveLength(2)
  })

  it('lets the gazetteer type a name it knows whole, and leaves derivations to it', () => {
    const found = tagged('Das berichtete die russische Agentur Interfax am Freitag.')
    expect(found).toContain('ORG Interfax')
    expect(found.some((e) => e.endsWith('russische'))).toBe(false)
  })

  it('leaves an English text to the English tagger: its language is detected, not assumed German', () => {
    expect(
      tagged(
        'Russian Foreign Minister Sergei Lavrov met Antony Blinken in Geneva and said the talks were useful.',
      ),
    ).toEqual(['PER Sergei Lavrov', 'PER Antony Blinken', 'LOC Geneva'])
  })

  it('loads in well under two seconds', () => {
    const started = performance.now()
    readModel(new URL('../../../models/ner-de.bin', import.meta.url))
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe('the shipped English tagger (doc.lang "en")', () => {
  it('finds persons, places and bodies of an English report', () => {
    const found = tagged(
      'Russian Foreign Minister Sergei Lavrov met Antony Blinken in Geneva and said the talks were useful.',
      'en',
    )
    expect(found).toEqual(expect.arrayContaining(['PER Sergei Lavrov', 'PER Antony Blinken', 'LOC Geneva']))
  })

  it('leaves a title before a name out of the person ("U.S. Secretary of State Antony Blinken")', () => {
    const found = tagged('U.S. Secretary of State Antony Blinken arrived in Geneva on Friday.', 'en')
    expect(found).toContain('PER Antony Blinken')
    expect(found.some((e) => e.startsWith('PER') && e.includes('Secretary'))).toBe(false)
  })

  it('reads a lake, a mountain or a river as a place and keeps a possessive ending out of the name', () => {
    expect(
      tagged('The meeting at a hotel on the shore of Lake Geneva lasted about 90 minutes.', 'en'),
    ).toEqual(['LOC Lake Geneva'])
    const found = tagged('Chinese Foreign Minister Wang Yi travelled up the Yangtze River on Monday.', 'en')
    expect(found).toEqual(expect.arrayContaining(['PER Wang Yi', 'LOC Yangtze River']))
    expect(
      tagged("Russian forces crossing Ukraine's border would meet a severe response, he said.", 'en'),
    ).toEqual(['LOC Ukraine'])
  })

  it("gives a body the capitalised words the model left before it, and guesses no person from a body's name", () => {
    const persons = (text: string) => {
      const doc = analyzeText(text, { lang: 'en' }, env)
      return (doc.layers.entities ?? []).map((e) => `${e.type} ${doc.text.slice(e.span[0], e.span[1])}`)
    }
    expect(
      persons('The state news agency Korean Central News Agency said the broadcasts were a provocation.'),
    ).toContain('ORG Korean Central News Agency')
    expect(persons('The Federal Reserve raised rates again, Reuters reported.')).not.toContain(
      'PER Federal Reserve',
    )
    expect(persons('Civil rights leader Jesse Jackson spoke in Chicago on Friday.')).toContain(
      'PER Jesse Jackson',
    )
  })

  it('cuts a span after its last title word, never to nothing', () => {
    const titles = new Set(['President', 'Secretary', 'State'])
    expect(nameStartAfterTitles(['Secretary', 'of', 'State', 'Antony', 'Blinken'], titles)).toBe(3)
    expect(nameStartAfterTitles(['President', 'Zelensky'], titles)).toBe(1)
    expect(nameStartAfterTitles(['President'], titles)).toBe(0)
  })
})
