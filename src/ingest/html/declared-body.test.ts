import { describe, expect, it } from 'vitest'
import type { RawBlock } from './article-blocks.ts'
import { keepDeclaredBody } from './declared-body.ts'

const p = (text: string): RawBlock => ({ kind: 'paragraph', text })
const h = (text: string): RawBlock => ({ kind: 'heading', text })

const report = [
  'Der Kinder-Marathon findet am Sonnabend statt. Eltern dürfen bei der Aufstellung nicht dabei sein, teilten die Veranstalter mit.',
  'Rund 6000 Kinder haben sich angemeldet. Die Strecke führt vom Messegelände bis zum Ziel an der Karolinenstraße.',
  'Die Polizei rechnet mit Sperrungen in der Innenstadt bis zum frühen Nachmittag.',
]
const articleBody = report.join('\n')

describe('keepDeclaredBody', () => {
  it('drops what readability kept between the paragraphs the page declares in JSON-LD articleBody', () => {
    const blocks = [
      p(report[0] as string),
      p('Am beliebtesten'),
      h('Strecke und Sperrungen'),
      p(report[1] as string),
      p(report[2] as string),
      h('Schlagwörter zu diesem Artikel'),
      p('Marathon Hamburg Sport'),
    ]
    expect(keepDeclaredBody(blocks, articleBody)).toEqual([
      p(report[0] as string),
      h('Strecke und Sperrungen'),
      p(report[1] as string),
      p(report[2] as string),
    ])
  })

  it('also trusts an articleBody that readability holds whole, when readability kept much around it', () => {
    const junk = [
      p(
        'Nicole Opitz ist Redakteurin im Inlandsressort und schreibt über Gleichstellung und Familienpolitik.',
      ),
      p('Unterstützen Sie unabhängigen Journalismus mit einem freiwilligen Beitrag pro Monat.'),
      p('Lesen Sie auch unsere Kommentare zur Landespolitik.'),
    ]
    expect(keepDeclaredBody([...junk, ...report.map(p)], articleBody)).toEqual(report.map(p))
  })

  it('changes nothing when articleBody is only a teaser or another cut of the text', () => {
    const blocks = [...report.map(p), p('Am beliebtesten')]
    expect(keepDeclaredBody(blocks, 'Der Kinder-Marathon findet am Sonnabend statt.')).toEqual(blocks)
    expect(keepDeclaredBody(blocks, undefined)).toEqual(blocks)
  })
})
