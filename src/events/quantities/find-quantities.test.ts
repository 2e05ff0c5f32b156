import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createDocument, createEnv } from '../../document/index.ts'
import { findQuantities } from './find-quantities.ts'
import { numberWordLexicon, parseGermanDigits, parseNumberWord } from './number-words.ts'
import { quantitiesStage } from './quantities-stage.ts'

const lex = numberWordLexicon()

/** Each figure as [text, value, approx, unit, of] so the tables read without offsets. */
function figures(text: string) {
  return findQuantities(text, lex).map((q) => [
    text.slice(...q.span),
    q.value,
    q.approx ?? false,
    q.unit ?? null,
    q.of ?? null,
  ])
}

describe('findQuantities on the founding article', () => {
  it.each([
    [
      'Die USA verlangen einen Rückzug der an der ukrainischen Grenze zusammengezogenen 100.000 russischen Soldaten ins Hinterland.',
      [['100.000', 100000, false, null, 'Soldaten']],
    ],
    [
      'Unterdessen verlegte Russland auch zwei Bataillone des Luftabwehrraketensystems S-400 in das Nachbarland.',
      [['zwei', 2, false, null, 'Bataillone des Luftabwehrraketensystems S-400']],
    ],
    [
      'Zur Abschreckung erwägt die britische Regierung, Hunderte weitere Soldaten in die baltischen Staaten zu entsenden.',
      [['Hunderte', 100, true, null, 'Soldaten']],
    ],
    [
      'Derzeit sind in Estland 830 britische Soldaten stationiert, weitere 140 im Rahmen einer NATO-Mission in Polen.',
      [
        ['830', 830, false, null, 'Soldaten'],
        ['140', 140, false, null, 'Soldaten'],
      ],
    ],
    // the durations and the clock time are times, not figures
    ['Es dauerte etwa anderthalb Stunden und war kürzer als die angesetzten zwei Stunden.', []],
    ['Die beiden hatten einander gegen 11.00 Uhr am 21. Jänner 2022 begrüßt.', []],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected)
  })

  it('marks the figure counted by ellipsis', () => {
    const text = 'In Estland sind 830 britische Soldaten stationiert, weitere 140 in Polen.'
    expect(findQuantities(text, lex).map((q) => q.ofByEllipsis ?? false)).toEqual([false, true])
  })

  it('finds exactly the article’s figures', () => {
    const text = readFileSync(
      new URL('../../../test/fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
      'utf8',
    )
    expect(findQuantities(text, lex).map((q) => `${text.slice(...q.span)} ${q.of}`)).toEqual([
      '100.000 Soldaten',
      'zwei Separatistengebiete',
      'zwei Bataillone des Luftabwehrraketensystems S-400',
      'Hunderte Soldaten',
      '830 Soldaten',
      '140 Soldaten',
    ])
  })
})

describe('findQuantities: German numbers, approximations, units', () => {
  it.each([
    ['Rund 3,5 Millionen Menschen sind geflohen.', [['Rund 3,5 Millionen', 3500000, true, null, 'Menschen']]],
    ['mehr als 2.500 Soldaten', [['mehr als 2.500', 2500, true, null, 'Soldaten']]],
    [
      'Das Paket umfasst bis zu 50 Milliarden Euro.',
      [['bis zu 50 Milliarden Euro', 50e9, true, 'EUR', null]],
    ],
    ['Die Wirtschaft schrumpfte um knapp 1,5 Prozent.', [['knapp 1,5 Prozent', 1.5, true, 'percent', null]]],
    [
      'Die USA lieferten 200 Millionen Dollar an Militärhilfe.',
      [['200 Millionen Dollar', 2e8, false, 'USD', null]],
    ],
    ['ein halbes Dutzend Panzer', [['ein halbes Dutzend', 6, false, null, 'Panzer']]],
    ['Dutzende Zivilisten wurden verletzt.', [['Dutzende', 12, true, null, 'Zivilisten']]],
    ['Tausende Menschen demonstrierten.', [['Tausende', 1000, true, null, 'Menschen']]],
    ['Es gab zwölf Tote.', [['zwölf', 12, false, null, 'Tote']]],
    ['einundzwanzig Schüsse', [['einundzwanzig', 21, false, null, 'Schüsse']]],
    // not figures: labels, ordinals, model names, years, articles
    ['Die Beistandspflicht nach Artikel 5 gilt nicht.', []],
    ['Die 2. Division griff an.', []],
    ['Russland stationierte S-400 und Iskander-M in Belarus.', []],
    ['Der Krieg begann 1914 in einer Stadt.', []],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected)
  })

  it.each([
    ['100.000', 100000],
    ['1,5', 1.5],
    ['2.500', 2500],
    ['3,5', 3.5],
    ['S-400', undefined],
  ])('parseGermanDigits(%s)', (s, value) => {
    expect(parseGermanDigits(s)).toBe(value)
  })

  it.each([
    ['zwölf', 12],
    ['einundzwanzig', 21],
    ['hundertvierzig', 140],
    ['zweitausendfünfhundert', 2500],
    ['Soldaten', undefined],
  ])('parseNumberWord(%s)', (s, value) => {
    expect(parseNumberWord(s, lex)).toBe(value)
  })
})

describe('findQuantities: numbers too large for a double', () => {
  it.each([
    // a run of 400 digits parses to Infinity, which the contract's schema refuses
    [`${'9'.repeat(400)} Soldaten und 5 Panzer`, [['5', 5, false, null, 'Panzer']]],
    // finite digits (about 1e308), but the scale word makes them overflow
    [`${'9'.repeat(308)} Dutzend Soldaten und 3 Panzer`, [['3', 3, false, null, 'Panzer']]],
  ])('%#: drops the figure instead of writing Infinity', (text, expected) => {
    expect(figures(text)).toEqual(expected)
  })
})

describe('quantitiesStage', () => {
  it('leaves the spans of the times layer alone and emits contract fields only', () => {
    const doc = createDocument({ text: 'Am 21. Jänner 2022 standen 100.000 Soldaten bereit.' })
    const out = quantitiesStage.run(
      { ...doc, layers: { sentences: [[0, doc.text.length]] } },
      createEnv({ published: '2022-01-21' }),
    )
    expect(out.quantities).toEqual([{ span: [27, 34], value: 100000, of: 'Soldaten' }])
  })
})
