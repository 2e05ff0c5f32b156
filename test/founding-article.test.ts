import { describe, expect, it } from 'vitest'
import { createEnv, type Span } from '../src/document/index.ts'
import { analyze } from '../src/pipeline.ts'
import { loadGolden } from './golden-helpers.ts'

// What issue #2 says the structure of the founding article must be, independent of the recorded golden files.
describe('structure of the founding ORF article', () => {
  const golden = loadGolden('orf-2022-01-21-blinken-lawrow')
  const analysis = analyze(golden.input, golden.meta, createEnv())
  const { structure, text } = analysis
  const read = (span: Span | undefined) => (span ? text.slice(span[0], span[1]) : undefined)

  it('finds kicker, title and lead', () => {
    expect(read(structure.kicker)).toBe('Ukraine-Krise')
    expect(read(structure.title)).toBe('Keine Annäherung bei USA-Russland-Treffen')
    expect(read(structure.lead)).toMatch(
      /^Der russische Außenminister Sergej Lawrow und sein US-Kollege .* Gesprächskultur\.$/u,
    )
  })

  it('finds the seven section headings', () => {
    expect(structure.blocks.filter((b) => b.kind === 'heading').map((b) => read(b.span))).toEqual([
      'Lawrow: Blinken sagte schriftliche Antwort zu',
      'Blinken: Besseres Verständnis der Positionen',
      'Weitere Militärhilfe für Ukraine angekündigt',
      'Russland sieht sich durch NATO-Ausdehnung bedroht',
      'Neue Forderungen und Rebellengebiete bald Staaten?',
      'Vorwürfe und Militärmanöver',
      'GB: Soldaten ins Baltikum und nach Polen',
    ])
  })

  it('finds four figures with description and credit, and captions where the page has them', () => {
    const figures = structure.blocks.filter((b) => b.kind === 'figure')
    expect(figures.map((f) => read(f.credit))).toEqual([
      'AP/Alex Brandon',
      'AP/Alex Brandon',
      'Reuters/Denis Balibouse',
      'APA/AFP/Stefan Wermuth',
    ])
    expect(figures.map((f) => read(f.alt))).toEqual([
      'US-Außenminister Antony Blinken und der russische Außenminister Sergey Lavrov',
      'US-Außenminister Antony Blinken beim Handschlag mit dem russischen Außenminister Sergey Lavrov',
      'Russischer Außenminister Sergey Lavrov',
      'US-Außenminister Antony Blinken steigt in ein Auto ein',
    ])
    expect(figures.map((f) => read(f.caption))).toEqual([
      undefined,
      'US-Außenminister Antony Blinken und der russische Außenminister Sergej Lawrow begrüßten einander mit Handschlag',
      'Lawrow gibt nach dem Treffen alleine eine Pressekonferenz',
      'US-Außenminister Antony Blinken steigt nach dem Gespräch in eine Limousine',
    ])
  })

  it('finds two graphics with their credit lines', () => {
    const graphics = structure.blocks.filter((b) => b.kind === 'graphic')
    expect(graphics.map((g) => [read(g.alt), read(g.credit)])).toEqual([
      ['Grafik zu den russischen Rebellengebieten in der Ukraine', 'Grafik: APA/ORF.at; Quelle: APA'],
      ['Grafik zur NATO-Präsenz in Osteueropa', 'Grafik: APA/ORF.at'],
    ])
  })

  it('makes every other line a paragraph, and no line is lost', () => {
    const paragraphs = structure.blocks.filter((b) => b.kind === 'paragraph')
    expect(paragraphs).toHaveLength(21)
    const covered = [structure.kicker, structure.title, ...structure.blocks.map((b) => b.span)].filter(
      Boolean,
    ) as Span[]
    const lines = text.split('\n').filter((line) => line.trim() !== '')
    for (const line of lines) {
      const start = text.indexOf(line)
      expect(
        covered.some(([s, e]) => s <= start && start + line.length <= e),
        line,
      ).toBe(true)
    }
  })

  it('keeps sentences inside blocks and splits the quoted paragraph at its inner sentence end', () => {
    const sentences = analysis.sentences.map((s) => read(s))
    expect(sentences).toContain('Lawrow: Blinken sagte schriftliche Antwort zu')
    expect(sentences).toContain(
      'Darauf werden die Vereinigten Staaten und unsere Partner und Verbündeten schnell, hart und mit vereinten Kräften reagieren.“',
    )
    expect(sentences).toContain(
      'Blinken sagte aber auch, das Gespräch mit Lawrow sei „offen und substanziell“ gewesen.',
    )
    expect(sentences.some((s) => s?.includes('AP/Alex Brandon'))).toBe(false)
  })
})
