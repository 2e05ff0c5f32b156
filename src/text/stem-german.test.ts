import { describe, expect, it } from 'vitest'
import { searchStems, stemGerman } from './stem-german.ts'

describe('stemGerman (CISTEM)', () => {
  // forms a reader expects one search to find together: [form, form, shared stem]
  const together: [string, string, string][] = [
    ['Venezuela', 'Venezuelas', 'venezuela'],
    ['Sanktion', 'Sanktionen', 'sanktio'],
    ['Russland', 'Russlands', 'russla'],
    ['Staat', 'Staaten', 'staa'],
    ['staat', 'Staat', 'staa'],
    ['Gespräch', 'Gespräche', 'sprach'],
    ['Soldat', 'Soldaten', 'solda'],
    ['Außenminister', 'Aussenministers', 'aussenmini'],
    ['Schule', 'Schulen', 'schul'],
  ]
  it.each(together)('%s and %s share the stem %s', (a, b, stem) => {
    expect(stemGerman(a)).toBe(stem)
    expect(stemGerman(b)).toBe(stem)
  })

  it('keeps words apart that differ in more than an ending', () => {
    expect(stemGerman('Krieg')).not.toBe(stemGerman('Kreml'))
    expect(stemGerman('Ukraine')).not.toBe(stemGerman('Uganda'))
  })

  it('folds accents as the index does, and leaves short words alone', () => {
    expect(stemGerman('Québec')).toBe('quebec')
    expect(stemGerman('USA')).toBe('usa')
    expect(stemGerman('')).toBe('')
  })

  it('stems every word of a text, split where the index splits', () => {
    expect(searchStems('Biden-Regierung: Sanktionen gegen Venezuelas Führung')).toBe(
      'bid regierung sanktio geg venezuela fuhrung',
    )
  })
})
