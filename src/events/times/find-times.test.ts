import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createDocument, createEnv } from '../../document/index.ts'
import { findTimes } from './find-times.ts'
import { timeLexicon } from './time-lexicon.ts'
import { timesStage } from './times-stage.ts'

const lexicon = timeLexicon()
const PUBLISHED = '2022-01-21' // a Friday, ISO week 3

/** [text, value] of every time expression found, resolved against the founding article's date. */
function times(text: string, published: string | null = PUBLISHED): Array<[string, string]> {
  return findTimes(text, published ?? undefined, { lexicon }).map((t) => [
    text.slice(t.span[0], t.span[1]),
    t.value,
  ])
}

describe('findTimes on the founding article (ORF.at, Friday 21 January 2022)', () => {
  it.each([
    ['haben einander am Freitag zu einem Krisengespräch in Genf getroffen.', [['Freitag', '2022-01-21']]],
    [
      'Es dauerte etwa anderthalb Stunden und war damit kürzer als die angesetzten zwei Stunden.',
      [
        ['etwa anderthalb Stunden', 'PT1.5H'],
        ['zwei Stunden', 'PT2H'],
      ],
    ],
    [
      'Die beiden Chefdiplomaten hatten einander gegen 11.00 Uhr in einem Hotel begrüßt.',
      [['gegen 11.00 Uhr', '2022-01-21T11:00']],
    ],
    [
      'Die Entspannungsbemühungen laufen seit vergangener Woche auf Hochtouren.',
      [['vergangener Woche', '2022-W02']],
    ],
    [
      'dass der Westen seiner Regierung kommende Woche eine schriftliche Antwort übergeben werde',
      [['kommende Woche', '2022-W04']],
    ],
    [
      'Er kündigte an, dass in den kommenden Wochen weitere Militärhilfe in die Ukraine geliefert werde.',
      [['kommenden Wochen', 'FUTURE_REF']],
    ],
    [
      'Erste Soldaten und Material seien bereits diese Woche in Belarus eingetroffen.',
      [['diese Woche', '2022-W03']],
    ],
    [
      'Die Übung „Alliierte Entschlossenheit“ soll im Februar im Westen stattfinden.',
      [['Februar', '2022-02']],
    ],
  ])('%s', (text, expected) => {
    expect(times(text)).toEqual(expected)
  })

  it('finds all of them in the article itself', () => {
    const text = readFileSync(
      new URL('../../../test/fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
      'utf8',
    )
    const values = findTimes(text, PUBLISHED, { lexicon }).map((t) => `${text.slice(...t.span)}=${t.value}`)
    expect(values).toEqual(
      expect.arrayContaining([
        'Freitag=2022-01-21',
        'etwa anderthalb Stunden=PT1.5H',
        'gegen 11.00 Uhr=2022-01-21T11:00',
        'vergangener Woche=2022-W02',
        'kommende Woche=2022-W04',
        'kommenden Wochen=FUTURE_REF',
        'diese Woche=2022-W03',
        'Februar=2022-02',
      ]),
    )
  })
})

describe('findTimes: German dates, weeks, clock times and durations', () => {
  it.each([
    // explicit dates, Austrian month names
    ['Am 21. Jänner 2022 trafen sie sich.', [['21. Jänner 2022', '2022-01-21']]],
    ['Die Frist endet am 10.2.2022.', [['10.2.2022', '2022-02-10']]],
    [
      'Der Angriff ist am 1.9.39 um 4 Uhr 45 zu führen.',
      [
        ['1.9.39', '1939-09-01'],
        ['4 Uhr 45', '1939-09-01T04:45'],
      ],
    ],
    ['am Freitag, 21. Jänner 2022', [['Freitag, 21. Jänner 2022', '2022-01-21']]],
    ['Der Krieg begann 1914.', [['1914', '1914']]],
    ['im Sommer 1916', [['Sommer 1916', '1916-SU']]],
    ['Die Gespräche sollen Anfang März fortgesetzt werden.', [['Anfang März', '2022-03']]],
    [
      'Die Kämpfe dauerten vom 26. bis 31. August 1914.',
      [
        ['26.', '1914-08-26'],
        ['31. August 1914', '1914-08-31'],
      ],
    ],
    ['Ende des 18. Jahrhunderts', [['Ende des 18. Jahrhunderts', '17']]],
    ['in den 1930er Jahren', [['den 1930er Jahren', '193']]],
    ['Die Schlacht bei Marathon 490 v. Chr.', [['490 v. Chr.', 'BC0490']]],
    // deictic days and weekdays, past or future by tense
    ['Gestern Abend sagte er ab.', [['Gestern Abend', '2022-01-20TEV']]],
    [
      'Heute wird verhandelt, morgen beraten die Minister.',
      [
        ['Heute', '2022-01-21'],
        ['morgen', '2022-01-22'],
      ],
    ],
    ['Am Montag hatte Blinken Kiew besucht.', [['Montag', '2022-01-17']]],
    ['Am Mittwoch wird das Parlament abstimmen.', [['Mittwoch', '2022-01-26']]],
    ['Am Donnerstagabend trafen sie ein.', [['Donnerstagabend', '2022-01-20TEV']]],
    ['Im nächsten Jahr soll gewählt werden.', [['nächsten Jahr', '2023']]],
    // durations
    ['Die Waffenruhe hielt drei Tage.', [['drei Tage', 'P3D']]],
    ['nach einer halben Stunde', [['einer halben Stunde', 'PT0.5H']]],
    ['Der Konflikt schwelt seit acht Jahren.', [['acht Jahren', 'P8Y']]],
    ['ein zweimonatiger Waffenstillstand', [['zweimonatiger', 'P2M']]],
    // not times: counts, model names, numbers
    ['Russland verlegte 1500 Soldaten und S-400-Systeme.', []],
    ['Derzeit sind in Estland 830 britische Soldaten stationiert.', [['Derzeit', 'PRESENT_REF']]],
    ['Nun ist der Weg frei.', []],
  ])('%s', (text, expected) => {
    expect(times(text)).toEqual(expected)
  })

  it('leaves relative values open without a publication date instead of reading the clock', () => {
    expect(
      times('Kommende Woche gibt es eine Antwort, am Freitag ein Treffen, im Februar eine Übung.', null),
    ).toEqual([
      ['Kommende Woche', 'XXXX-WXX'],
      ['Freitag', 'XXXX-WXX-5'],
      ['Februar', 'XXXX-02'],
    ])
  })

  it('resolves against the last date named in narrative mode', () => {
    const text =
      'Am 1. September 1939 griff Deutschland Polen an. Im Mai marschierte die Wehrmacht in Frankreich ein. Zwei Tage später fiel Paris.'
    const found = findTimes(text, '2011-02-16', { lexicon, mode: 'narrative' }).map((t) => t.value)
    expect(found).toEqual(['1939-09-01', '1939-05', '1939-05'])
  })
})

describe('timesStage', () => {
  it('reads the publication date from the Env', () => {
    const doc = createDocument({ text: 'Blinken und Lawrow trafen sich am Freitag in Genf.' })
    const out = timesStage.run(
      { ...doc, layers: { sentences: [[0, doc.text.length]] } },
      createEnv({ published: PUBLISHED }),
    )
    expect(out.times).toEqual([{ span: [34, 41], type: 'DATE', value: '2022-01-21' }])
  })
})
