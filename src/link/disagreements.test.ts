import { describe, expect, it } from 'vitest'
import { countedKey, findDisagreements, type QuantityReport } from './disagreements.ts'

const report = (
  outlet: string,
  published: string,
  value: number,
  of: string,
  approx = false,
): QuantityReport => ({
  documentId: `${outlet}-${published}`,
  outlet,
  published,
  value,
  approx,
  unit: null,
  of,
  span: [0, 7],
  text: String(value),
})

describe('disagreements between sources', () => {
  it('keeps 100.000 and 127.000 soldiers from two outlets side by side', () => {
    const found = findDisagreements([
      report('ORF.at', '2022-01-21', 100000, 'Soldaten'),
      report('Der Standard', '2022-01-22', 127000, 'russische Soldaten'),
      // the same outlet again, and a figure of another order (the 830 in Estonia): neither is a second source
      report('ORF.at', '2022-01-21', 100000, 'Soldaten'),
      report('Die Presse', '2022-01-21', 830, 'Soldaten'),
    ])
    expect(found).toHaveLength(1)
    expect(found[0]?.reports.map((r) => [r.outlet, r.value])).toEqual([
      ['ORF.at', 100000],
      ['Der Standard', 127000],
    ])
    expect(found[0]).toMatchObject({ from: '2022-01-21', to: '2022-01-22' })
  })

  it('disputes no figure every outlet gives, however close two of them are', () => {
    // "Hunderte" (about 100) and 140 soldiers, both in each of three copies of one story
    const copies = ['ORF.at', 'Der Standard', 'Die Presse'].flatMap((outlet) => [
      report(outlet, '2022-01-21', 100, 'Soldaten', true),
      report(outlet, '2022-01-21', 140, 'Soldaten'),
    ])
    expect(findDisagreements(copies)).toEqual([])
    // one outlet that gives only one of them does not dispute the other: a figure it leaves out is no conflict
    expect(findDisagreements([...copies, report('Kurier', '2022-01-21', 140, 'Soldaten')])).toEqual([])
  })

  it('lets approximate figures agree and keeps reports weeks apart apart', () => {
    expect(
      findDisagreements([
        report('ORF.at', '2022-01-21', 100000, 'Soldaten', true),
        report('Der Standard', '2022-01-21', 105000, 'Soldaten', true),
      ]),
    ).toEqual([])
    expect(
      findDisagreements([
        report('ORF.at', '2022-01-21', 100000, 'Soldaten'),
        report('Der Standard', '2022-02-15', 150000, 'Soldaten'),
      ]),
    ).toEqual([])
  })

  it('counts the head noun: Soldaten, russische Soldaten and Soldat are one thing', () => {
    expect(countedKey('russische Soldaten')).toBe(countedKey('Soldat'))
    expect(countedKey('Bataillone des Luftabwehrraketensystems S-400')).toBe('bataillon')
  })
})
