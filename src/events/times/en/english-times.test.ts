import { describe, expect, it } from 'vitest'
import { createDocument, createEnv } from '../../../document/index.ts'
import { analyzeText } from '../../../pipeline.ts'
import { findTimes } from '../find-times.ts'
import { timeLexicon } from '../time-lexicon.ts'
import { timesStage } from '../times-stage.ts'
import { englishTimeLexicon } from './english-time-lexicon.ts'

const lexicon = englishTimeLexicon()
const PUBLISHED = '2024-03-20' // a Wednesday, ISO week 12

function times(text: string, published: string | null = PUBLISHED): Array<[string, string, string]> {
  return findTimes(text, published ?? undefined, { lexicon }).map((t) => [
    text.slice(t.span[0], t.span[1]),
    t.type,
    t.value,
  ])
}

describe('English time expressions against the publication date (Wednesday, 20 March 2024)', () => {
  it.each([
    [
      'The talks in Geneva ended on Friday without an agreement, officials said.',
      [['Friday', 'DATE', '2024-03-15']],
    ],
    [
      'The foreign ministers will meet again next Tuesday in Brussels.',
      [['next Tuesday', 'DATE', '2024-03-26']],
    ],
    [
      'Inflation fell to 2.4 percent in February, the statistics office reported.',
      [['February', 'DATE', '2024-02']],
    ],
    ['Elections are due in March 2025.', [['March 2025', 'DATE', '2025-03']]],
    [
      'The ceasefire was signed on March 4 and collapsed two days later.',
      [
        ['March 4', 'DATE', '2024-03-04'],
        // TimeML: "later" is the signal, the expression is the duration
        ['two days', 'DURATION', 'P2D'],
      ],
    ],
    ['The minister resigned last week.', [['last week', 'DATE', '2024-W11']]],
    ['Troops crossed the border two days ago.', [['two days ago', 'DATE', '2024-03-18']]],
    [
      'The army has rebuilt its fleet since the 1990s and expects deliveries early next year.',
      [
        ['the 1990s', 'DATE', '199'],
        ['early next year', 'DATE', '2025'],
      ],
    ],
    ['Exports rose sharply earlier this year.', [['earlier this year', 'DATE', '2024']]],
    [
      'The embassy was attacked at about 10:30 a.m. on Aug. 7, 1998, witnesses said.',
      [
        ['10:30 a.m.', 'TIME', '2024-03-20T10:30'],
        ['Aug. 7, 1998', 'DATE', '1998-08-07'],
      ],
    ],
    [
      'Profit in the third quarter fell 12%, compared with the year-earlier quarter.',
      [
        ['the third quarter', 'DATE', '2023-Q3'],
        ['the year-earlier quarter', 'DATE', '2022-Q4'],
      ],
    ],
    [
      'The strike lasted three weeks; the two-year contract runs through the first half of 2026.',
      [
        ['three weeks', 'DURATION', 'P3W'],
        ['two-year', 'DURATION', 'P2Y'],
        ['the first half of 2026', 'DATE', '2026-H1'],
      ],
    ],
    [
      'Prices have doubled over the past three months and the plant now runs daily.',
      [
        ['the past three months', 'DURATION', 'P3M'],
        ['now', 'DATE', 'PRESENT_REF'],
        ['daily', 'SET', 'P1D'],
      ],
    ],
    [
      'Rescuers worked through the night and returned this morning.',
      [['this morning', 'TIME', '2024-03-20TMO']],
    ],
    [
      'Fighting resumed in mid-November and again in June last year.',
      [
        ['mid-November', 'DATE', '2023-11'],
        ['June last year', 'DATE', '2023-06'],
      ],
    ],
    ['The company reported a loss for fiscal 1989.', [['fiscal 1989', 'DATE', '1989']]],
    [
      'The deadline expires at noon Thursday. The polls closed at 8 p.m. yesterday.',
      [
        ['noon Thursday', 'TIME', '2024-03-21T12:00'],
        ['8 p.m. yesterday', 'TIME', '2024-03-19T20:00'],
      ],
    ],
    [
      'Net income in the third quarter rose 5% from a year earlier.',
      [
        ['the third quarter', 'DATE', '2023-Q3'],
        ['a year earlier', 'DATE', '2022-Q3'],
      ],
    ],
    [
      'About three-quarters of the vote was counted within the last twenty-four hours.',
      [['the last twenty-four hours', 'DURATION', 'PT24H']],
    ],
    [
      'The offensive began last fall and stalled in the late 1970s style.',
      [
        ['last fall', 'DATE', '2023-FA'],
        ['the late 1970s', 'DATE', '197'],
      ],
    ],
    [
      'The plant will close by the end of the year and reopen in the summer, after the fall of prices.',
      [
        ['the end of the year', 'DATE', '2024'],
        ['the summer', 'DATE', '2024-SU'],
      ],
    ],
    [
      'Sales peaked in the first quarter; that quarter the firm hired 500 people.',
      [
        ['the first quarter', 'DATE', '2024-Q1'],
        ['that quarter', 'DATE', '2024-Q1'],
      ],
    ],
    ['Talks resumed two weeks after the vote.', [['two weeks', 'DURATION', 'P2W']]],
    [
      'It expects fourth-quarter profit to match the $3 million it earned a year ago.',
      [
        ['fourth-quarter', 'DATE', '2023-Q4'],
        ['a year ago', 'DATE', '2022-Q4'],
      ],
    ],
    [
      'Bids are due by 5 p.m. EST, March 25; the previous Friday the board met, and it meets again this coming Sunday.',
      [
        ['5 p.m. EST, March 25', 'TIME', '2024-03-25T17:00'],
        ['the previous Friday', 'DATE', '2024-03-15'],
        ['this coming Sunday', 'DATE', '2024-03-24'],
      ],
    ],
    ['The 20th century ended with a war in Kosovo.', [['The 20th century', 'DATE', '19']]],
  ])('%s', (text, expected) => {
    expect(times(text)).toEqual(expected)
  })

  it.each([
    // the due date lies ahead although the sentence reports in the past tense
    ['The dividend is payable Dec. 7 to holders of record, the company announced.', '2024-12-07'],
    ['Its lenders want the loan repaid by January, the bank said in a statement.', '2025-01'],
    // "named" after "be" is what is to come, not a past form
    ['She will be named commander of a mission in December.', '2024-12'],
    ['She was named commander of a mission in December.', '2023-12'],
    // the stop after "Oct. 21" ends the sentence: the "will" of the next one says nothing about it
    ['The ministers approved the budget on Oct. 21. Elections will follow.', '2023-10-21'],
    // no tense at all: the nearest October is the one five months back, not the one seven months ahead
    ['Her flats, worth $130 million in October, are worth half that now.', '2023-10'],
    ['In May, the board brought in a new chief executive.', '2023-05'],
    ['The dividend will be paid Dec. 14 to holders of record.', '2024-12-14'],
    // "plan" the noun is no looking ahead
    ['The thrift announced the plan Nov. 21.', '2023-11-21'],
  ])('takes the year of a month without one from the sentence it stands in: %s', (text, value) => {
    expect(times(text)[0]?.[2]).toBe(value)
  })

  it.each([
    ['Rebels shelled the town over the weekend, the army said.', [['the weekend', 'DATE', '2024-W11-WE']]],
    [
      'The summit will decide during the weekend whether talks resume.',
      [['the weekend', 'DATE', '2024-W12-WE']],
    ],
    [
      'The two sides have fought for years and a deal could come within days.',
      [
        ['years', 'DURATION', 'PXY'],
        ['days', 'DURATION', 'PXD'],
      ],
    ],
    ['It was the worst flood in centuries.', [['centuries', 'DURATION', 'PXC']]],
    // an age is no time expression in TimeML; a stretch of years is
    ['The minister, who is 52 years old, served 20 years in parliament.', [['20 years', 'DURATION', 'P20Y']]],
  ])('%s', (text, expected) => {
    expect(times(text)).toEqual(expected)
  })

  it.each([
    // "would" looks ahead from the moment it was said: next Sunday, not last
    ['Officials said the FBI would send investigators on Sunday.', [['Sunday', 'DATE', '2024-03-24']]],
    [
      'The economy grew 2 percent in the first half of this year and shrank in the second half of last year.',
      [
        ['the first half of this year', 'DATE', '2024-H1'],
        ['the second half of last year', 'DATE', '2023-H2'],
      ],
    ],
    [
      'Pilgrims come every summer and each July; the market opens every morning.',
      [
        ['every summer', 'SET', 'XXXX-SU'],
        ['each July', 'SET', 'XXXX-07'],
        ['every morning', 'SET', 'XXXX-XX-XXTMO'],
      ],
    ],
    [
      'Sales fell in the current fiscal year after rising last fiscal year and in the fiscal year 2021.',
      [
        ['the current fiscal year', 'DATE', '2024'],
        ['last fiscal year', 'DATE', '2023'],
        ['the fiscal year 2021', 'DATE', '2021'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(times(text)).toEqual(expected)
  })

  it('reads "the year" of a report: a stretch before "ended", the year of publication after "for"', () => {
    expect(times('Net income for the year ended June 30 rose; for the year, sales were flat.')).toEqual([
      ['the year', 'DURATION', 'P1Y'],
      ['June 30', 'DATE', '2023-06-30'],
      ['the year', 'DATE', '2024'],
    ])
    // "the year 2000" is that year, not the year of publication; a bare "the year" says nothing
    expect(times('For the year 2000 they planned more. The year was hard.')).toEqual([
      ['2000', 'DATE', '2000'],
    ])
  })

  it('reads the "later" of a narrative as no cue of the future', () => {
    expect(times('Three days later, as of Friday, the index was down 6%.')).toEqual([
      ['Three days', 'DURATION', 'P3D'],
      ['Friday', 'DATE', '2024-03-15'],
    ])
  })

  it('reads "a year ago" in an earnings report as the quarter reported, a year before', () => {
    const report =
      'Profit in the fourth quarter rose 8% on March 15. New loans were $6 million, against $9 million a year ago.'
    expect(times(report).map(([text, , value]) => [text, value])).toEqual([
      ['the fourth quarter', '2023-Q4'],
      ['March 15', '2024-03-15'],
      ['a year ago', '2022-Q4'],
    ])
    // without a quarter named it is the year before publication
    expect(times('New loans were $6 million, against $9 million a year ago.')).toEqual([
      ['a year ago', 'DATE', '2023'],
    ])
    // the year-ago quarter is the comparison, not the quarter reported
    expect(times('Sales rose from the year-ago quarter and from a year ago.').map((t) => t[2])).toEqual([
      '2022-Q4',
      '2023',
    ])
  })

  it('finds no weekend and no vague amount without the word in front that makes it one', () => {
    expect(times('The weekend edition sold out; the years of war left scars.')).toEqual([])
  })

  it('leaves words that only look like dates alone', () => {
    expect(times('They may March on the capital, and 1500 people joined the No. 1998 convoy.')).toEqual([])
    expect(times('The reform passed by 2024 votes to 300.')).toEqual([])
  })

  it('keeps relative values open without a publication date', () => {
    expect(times('The minister resigned last week and left on Friday.', null)).toEqual([
      ['last week', 'DATE', 'XXXX-WXX'],
      ['Friday', 'DATE', 'XXXX-WXX-5'],
    ])
  })
})

describe('the language of the times', () => {
  it('reads an English document with the English rules and a German one with the German', () => {
    const env = createEnv({ published: PUBLISHED })
    const en = createDocument({ text: 'The ministers met on Monday.', lang: 'en' })
    const de = createDocument({ text: 'Die Minister trafen sich am Montag.' })
    const at = (text: string, word: string) => [text.indexOf(word), text.indexOf(word) + word.length]
    expect(timesStage.run(en, env).times).toEqual([
      { span: at(en.text, 'Monday'), type: 'DATE', value: '2024-03-18' },
    ])
    expect(timesStage.run(de, env).times).toEqual([
      { span: at(de.text, 'Montag'), type: 'DATE', value: '2024-03-18' },
    ])
  })

  it('guesses no dates for a language Lagebild does not read: the text stage says so once', () => {
    const doc = createDocument({ text: 'Les ministres se sont réunis lundi.', lang: 'fr' })
    const out = timesStage.run(doc, createEnv({ published: PUBLISHED }))
    expect(out.times).toEqual([])
    const analysed = analyzeText('Les ministres se sont réunis lundi 3 mars.', {
      lang: 'fr',
      published: PUBLISHED,
    })
    expect(analysed.layers.times ?? []).toEqual([])
    expect(analysed.diagnostics.map((d) => d.rule)).toContain('text/unsupported-language')
  })

  it('refuses a lexicon of one language with the rules of another', () => {
    expect(() => findTimes('on Friday', PUBLISHED, { lang: 'en', lexicon: timeLexicon() })).toThrow(
      /lang "en" but a lexicon of "de"/u,
    )
    expect(() => findTimes('lundi', PUBLISHED, { lang: 'fr' })).toThrow(/no time rules for language "fr"/u)
  })
})
