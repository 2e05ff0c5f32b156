import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findPlaces } from './find-places.ts'
import { loadGazetteer } from './gazetteer.ts'

const gazetteer = loadGazetteer()

function places(text: string) {
  return findPlaces(text, gazetteer).map((p) => [
    text.slice(...p.span),
    p.name,
    p.en ?? null,
    p.country ?? p.countries ?? null,
    p.kind,
  ])
}

describe('findPlaces', () => {
  it.each([
    ['Lawrow und Blinken trafen sich in Genf.', [['Genf', 'Genf', 'Geneva', 'CHE', 'city']]],
    ['Blinken met Lavrov in Geneva.', [['Geneva', 'Genf', 'Geneva', 'CHE', 'city']]],
    [
      'Die Regierung in Moskau warnte Kiew.',
      [
        ['Moskau', 'Moskau', 'Moscow', 'RUS', 'capital'],
        ['Kiew', 'Kyiw', 'Kyiv', 'UKR', 'capital'],
      ],
    ],
    [
      'Das russische Außenministerium forderte den Abzug von NATO-Truppen aus Rumänien und Bulgarien.',
      [
        ['Rumänien', 'Rumänien', 'Romania', 'ROU', 'country'],
        ['Bulgarien', 'Bulgarien', 'Bulgaria', 'BGR', 'country'],
      ],
    ],
    ['Russlands Truppen stehen an der Grenze.', [['Russlands', 'Russland', 'Russia', 'RUS', 'country']]],
    // regions that are not states
    [
      'Hunderte weitere Soldaten ins Baltikum und in die baltischen Staaten',
      [
        ['Baltikum', 'Baltikum', 'Baltic states', ['EST', 'LVA', 'LTU'], 'region'],
        ['baltischen Staaten', 'Baltikum', 'Baltic states', ['EST', 'LVA', 'LTU'], 'region'],
      ],
    ],
    [
      'die zwei prorussischen Separatistengebiete in der Ostukraine',
      [['Ostukraine', 'Ostukraine', 'Eastern Ukraine', 'UKR', 'region']],
    ],
    [
      'Es gehe um die „Volksrepublik Donezk“.',
      [['Volksrepublik Donezk', 'Volksrepublik Donezk', "Donetsk People's Republic", 'UKR', 'region']],
    ],
    [
      'Die Lage auf der Krim und im Donbass',
      [
        ['Krim', 'Krim', 'Crimea', 'UKR', 'region'],
        ['Donbass', 'Donbass', 'Donbas', 'UKR', 'region'],
      ],
    ],
    // not places: compounds, towns inside person names, German words
    ['Die Ukraine-Krise und der US-Präsident', []],
    ['US-Außenminister Antony Blinken und Präsident Wladimir Putin', []],
    ['Der Russe sagte, das Essen sei gut.', []],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected)
  })

  it('gives coordinates to cities and regions', () => {
    const [genf] = findPlaces('in Genf', gazetteer)
    expect(genf?.lat).toBeCloseTo(46.2, 1)
    expect(genf?.lon).toBeCloseTo(6.15, 1)
  })

  it('finds the founding article’s places and no person names', () => {
    const text = readFileSync(
      new URL('../../../test/fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
      'utf8',
    )
    const names = new Set(findPlaces(text, gazetteer).map((p) => p.name))
    for (const name of [
      'Genf',
      'Moskau',
      'London',
      'Polen',
      'Estland',
      'Litauen',
      'Belarus',
      'Baltikum',
      'Osteuropa',
      'Ostukraine',
    ]) {
      expect(names).toContain(name)
    }
    for (const name of ['Antony', 'Brandon', 'Wladimir', 'Auch']) expect(names).not.toContain(name)
  })
})
