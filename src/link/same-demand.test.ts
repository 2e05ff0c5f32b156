import { describe, expect, it } from 'vitest'
import type { EventReport } from './report-types.ts'
import { groupDemands } from './same-demand.ts'

const demand = (
  documentId: string,
  outlet: string,
  storyId: string,
  text: string,
  actors = ['country:USA'],
  recipients = ['country:RUS'],
): EventReport => ({
  documentId,
  id: 'e2',
  type: 'REQUEST',
  status: 'demanded',
  when: null,
  actors,
  recipients,
  actorNames: actors,
  recipientNames: recipients,
  span: [0, text.length],
  text,
  published: '2022-01-21',
  outlet,
  storyId,
})

const WITHDRAWAL = 'Die USA verlangen einen Rückzug der 100.000 russischen Soldaten.'

describe('groupDemands', () => {
  it('lists a demand of one story once, with every outlet, even where a copy changed a figure', () => {
    const rows = groupDemands([
      demand('d3', 'Die Presse', 'd1', WITHDRAWAL),
      demand('d2', 'Der Standard', 'd1', WITHDRAWAL.replace('100.000', '127.000')),
      demand('d1', 'ORF.at', 'd1', WITHDRAWAL),
    ])
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ documentId: 'd3', outlets: ['Die Presse', 'Der Standard', 'ORF.at'] })
    expect(rows[0]?.reports.map((r) => r.documentId)).toEqual(['d3', 'd2', 'd1'])
    expect(rows[0]).not.toHaveProperty('storyId')
  })

  it('joins the same words from another story, and keeps apart other parties and other demands', () => {
    const rows = groupDemands([
      demand('d4', 'Kurier', 'd4', WITHDRAWAL),
      demand('d1', 'ORF.at', 'd1', WITHDRAWAL),
      demand(
        'd1',
        'ORF.at',
        'd1',
        'Russland will ein Ende der Osterweiterung.',
        ['country:RUS'],
        ['org:nato'],
      ),
      demand('d5', 'ORF.at', 'd5', 'Die USA verlangen Gespräche.'),
    ])
    expect(rows.map((r) => [r.text, r.outlets])).toEqual([
      [WITHDRAWAL, ['Kurier', 'ORF.at']],
      ['Russland will ein Ende der Osterweiterung.', ['ORF.at']],
      ['Die USA verlangen Gespräche.', ['ORF.at']],
    ])
  })
})
