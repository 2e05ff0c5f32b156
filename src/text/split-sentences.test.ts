import { describe, expect, it } from 'vitest'
import { readLexicon, type Span } from '../document/index.ts'
import { splitSentences } from './split-sentences.ts'
import { type AbbreviationLexicon, prepareAbbreviations } from './tokenize.ts'

const lexicons = {
  abbreviations: prepareAbbreviations(readLexicon<AbbreviationLexicon>('de-abbreviations')),
  starters: new Set(readLexicon<{ words: string[] }>('de-sentence-starters').words),
}

function sentences(text: string, regions: Span[] = [[0, text.length]]): string[] {
  return splitSentences(text, regions, lexicons).sentences.map(([s, e]) => text.slice(s, e))
}

function tokens(text: string): string[] {
  return splitSentences(text, [[0, text.length]], lexicons).tokens.map((t) =>
    text.slice(t.span[0], t.span[1]),
  )
}

describe('splitSentences', () => {
  it.each([
    // a dash after the full stop and a capital open the next sentence; a dash before lower case goes on
    [
      'Er bezweifelt, ob er gewählt wird. -- Vor einigen Tagen fand die Wahl statt. — Kürzlich kam er.',
      [
        'Er bezweifelt, ob er gewählt wird.',
        '-- Vor einigen Tagen fand die Wahl statt.',
        '— Kürzlich kam er.',
      ],
    ],
    ['„Das ist gut.“ – sagte er leise. Dann ging er.', ['„Das ist gut.“ – sagte er leise.', 'Dann ging er.']],
    ['»Gut«, sagte er. – »Hast recht.«', ['»Gut«, sagte er.', '– »Hast recht.«']],
    // abbreviations
    [
      'Er nannte u. a. Frankreich, z. B. Paris. Dann ging er.',
      ['Er nannte u. a. Frankreich, z. B. Paris.', 'Dann ging er.'],
    ],
    [
      'Dr. Müller und Prof. Schmidt kamen. Sie blieben.',
      ['Dr. Müller und Prof. Schmidt kamen.', 'Sie blieben.'],
    ],
    [
      'Das Haus Nr. 5 in der Goethestr. steht leer. Es ist alt.',
      ['Das Haus Nr. 5 in der Goethestr. steht leer.', 'Es ist alt.'],
    ],
    ['Bis Mitte Feb. bleibt es kalt. Danach nicht.', ['Bis Mitte Feb. bleibt es kalt.', 'Danach nicht.']],
    [
      'Die Kirche St. Stephan bzw. der Dom ist voll. Alle kamen.',
      ['Die Kirche St. Stephan bzw. der Dom ist voll.', 'Alle kamen.'],
    ],
    // abbreviations of old print: "Se. Majestät", "der löbl. Gemeinderath", "die Allg. Ztg."
    [
      'Se. Majestät erwarte das Schreiben, schrieb die Allg. Ztg. an den löbl. Gemeinderath. Er kam.',
      ['Se. Majestät erwarte das Schreiben, schrieb die Allg. Ztg. an den löbl. Gemeinderath.', 'Er kam.'],
    ],
    [
      'Er kaufte Äpfel, Birnen usw. Dann ging er heim.',
      ['Er kaufte Äpfel, Birnen usw.', 'Dann ging er heim.'],
    ],
    // ordinals and dates
    [
      'Das Treffen ist am 10. Februar in Genf. Es dauert.',
      ['Das Treffen ist am 10. Februar in Genf.', 'Es dauert.'],
    ],
    [
      'Nach dem 2. Weltkrieg begann der 3. Abschnitt. Er war kurz.',
      ['Nach dem 2. Weltkrieg begann der 3. Abschnitt.', 'Er war kurz.'],
    ],
    ['Die Zahl stieg auf 100. Das ist viel.', ['Die Zahl stieg auf 100.', 'Das ist viel.']],
    ['Das war im Jahr 2022. Seither ist es ruhig.', ['Das war im Jahr 2022.', 'Seither ist es ruhig.']],
    // numbers
    [
      'Rund 100.000 Soldaten und 1,5 Mio. Euro. Mehr nicht.',
      ['Rund 100.000 Soldaten und 1,5 Mio. Euro.', 'Mehr nicht.'],
    ],
    [
      'Sie trafen sich gegen 11.00 Uhr. Danach gingen sie.',
      ['Sie trafen sich gegen 11.00 Uhr.', 'Danach gingen sie.'],
    ],
    // quotations with several sentences
    [
      '„Wir kommen. Ihr bleibt“, sagte er. Dann ging er.',
      ['„Wir kommen. Ihr bleibt“, sagte er.', 'Dann ging er.'],
    ],
    ['»Wir kommen. Ihr bleibt.« Das sagte er.', ['»Wir kommen.', 'Ihr bleibt.«', 'Das sagte er.']],
    [
      '„Das ist gut.“, sagte sie. „Wirklich?“ fragte er.',
      ['„Das ist gut.“, sagte sie.', '„Wirklich?“ fragte er.'],
    ],
    ['Er sagte: „Wir gehen.“ Danach war es still.', ['Er sagte: „Wir gehen.“', 'Danach war es still.']],
    ['Warum? Weil es so ist! Das reicht.', ['Warum?', 'Weil es so ist!', 'Das reicht.']],
    ['Mehr auf ORF.at. Dort steht es.', ['Mehr auf ORF.at.', 'Dort steht es.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected)
  })

  it('never lets a sentence cross a region, so a heading without final punctuation stands alone', () => {
    const text = 'Keine Annäherung bei USA-Russland-Treffen\nDer Tenor: keine Spur. Es bleibt so.'
    expect(
      sentences(text, [
        [0, 41],
        [42, text.length],
      ]),
    ).toEqual(['Keine Annäherung bei USA-Russland-Treffen', 'Der Tenor: keine Spur.', 'Es bleibt so.'])
  })

  it('keeps a lower-case name with an inner period as one token, but not "u.a."', () => {
    expect(tokens('Die Gewerkschaft ver.di streikt u.a. in Köln.')).toEqual([
      'Die',
      'Gewerkschaft',
      'ver.di',
      'streikt',
      'u.',
      'a.',
      'in',
      'Köln',
      '.',
    ])
  })

  it('keeps compounds, numbers and abbreviations as single tokens', () => {
    expect(tokens('US-Außenminister Blinken: 100.000 Soldaten, S-400 z. B. „offen“.')).toEqual([
      'US-Außenminister',
      'Blinken',
      ':',
      '100.000',
      'Soldaten',
      ',',
      'S-400',
      'z.',
      'B.',
      '„',
      'offen',
      '“',
      '.',
    ])
  })

  it('loses no character of a word: every token slices the text', () => {
    const text = 'Ein- und Ausfuhr von 1,5 Mrd. € (rund 3 %) — geht’s?'
    expect(tokens(text).join('')).toBe(text.replace(/\s+/gu, ''))
  })
})
