import { describe, expect, it } from 'vitest'
import { readLexicon, type Span } from '../document/index.ts'
import { type CreditLexicon, createCreditMatcher } from './credit-line.ts'
import { createDateLineMatcher } from './date-line.ts'
import { recoverStructure } from './recover-structure.ts'

const credits = createCreditMatcher(readLexicon<CreditLexicon>('credit-lines'))

describe('credit lines', () => {
  it.each([
    ['AP/Alex Brandon', true],
    ['Reuters/Denis Balibouse', true],
    ['APA/AFP/Stefan Wermuth', true],
    ['picturedesk.com/dpa/Kay Nietfeld', true],
    ['Foto: dpa/Michael Kappeler', true],
    ['Grafik: APA/ORF.at; Quelle: APA', true],
    ['© Getty Images', true],
    ['Getty Images/iStockphoto/Ridofranz', true],
    ['USA/Russland', false],
    ['Ukraine-Krise', false],
    ['Lawrow: Blinken sagte schriftliche Antwort zu', false],
    ['Die Grafik zeigt: Die Lage ist ernst.', false],
  ])('%s → %s', (line, expected) => {
    expect(credits.isCredit(line)).toBe(expected)
  })
})

describe('recoverStructure on another outlet’s flattened page', () => {
  // A dpa-style page: kicker above the title, photo credit with "Foto:", caption before the credit is absent,
  // a heading without blank lines around it.
  const text = [
    'Nahost',
    'Waffenruhe in Gaza hält vorerst',
    '',
    'Die Waffenruhe zwischen Israel und der Hamas hält seit Sonntag. Beide Seiten werfen einander Verstöße vor.',
    '',
    'Ein Lastwagen mit Hilfsgütern am Grenzübergang Rafah',
    'Foto: dpa/Mohammed Talatene',
    'Hilfsgüter erreichen seit Montag wieder den Süden des Gazastreifens',
    '',
    'Verhandlungen in Kairo',
    'In Kairo verhandeln Vermittler aus Ägypten und Katar weiter. Ein Ergebnis wird für Freitag erwartet, hieß es.',
  ].join('\n')
  const structure = recoverStructure(text, credits)
  const read = (span: Span | undefined) => (span ? text.slice(span[0], span[1]) : undefined)

  it('finds kicker, title and lead', () => {
    expect(read(structure.kicker)).toBe('Nahost')
    expect(read(structure.title)).toBe('Waffenruhe in Gaza hält vorerst')
    expect(read(structure.lead)).toMatch(/^Die Waffenruhe zwischen Israel/u)
  })

  it('finds the figure with description, credit and caption, and the heading', () => {
    const figure = structure.blocks.find((b) => b.kind === 'figure')
    expect(read(figure?.alt)).toBe('Ein Lastwagen mit Hilfsgütern am Grenzübergang Rafah')
    expect(read(figure?.credit)).toBe('Foto: dpa/Mohammed Talatene')
    expect(read(figure?.caption)).toBe('Hilfsgüter erreichen seit Montag wieder den Süden des Gazastreifens')
    expect(structure.blocks.filter((b) => b.kind === 'heading').map((b) => read(b.span))).toEqual([
      'Verhandlungen in Kairo',
    ])
  })

  it('reads plain text without any layout as paragraphs', () => {
    const plain =
      'Erster Satz eines Absatzes. Zweiter Satz.\nNoch ein Absatz mit mehreren Wörtern darin. Und mehr.'
    const s = recoverStructure(plain, credits)
    expect(s.title).toBeUndefined()
    expect(s.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph'])
  })
})

describe('a dateline under the headline', () => {
  const dates = createDateLineMatcher([
    readLexicon('de-time-names'),
    readLexicon('en-time-names'),
  ] as object[])

  it.each([
    ['Friday, August 21, 2015', true],
    ['21. Januar 2022, 14:05 Uhr', true],
    ['Mehr zum Thema', false],
    ['Ukraine-Krise', false],
    ['Treffen am 21. Januar in Genf', false],
  ])('%s is a date line: %s', (line, expected) => {
    expect(dates.isDateLine(line)).toBe(expected)
  })

  it('is never the title: the headline above it is', () => {
    const text =
      'Ministers meet in Geneva\n\nFriday, August 21, 2015\n\nThe foreign ministers of both countries met in Geneva on Friday for talks that lasted two hours, officials said.\n'
    const structure = recoverStructure(text, credits, dates)
    expect(structure.title && text.slice(...structure.title)).toBe('Ministers meet in Geneva')
  })
})
