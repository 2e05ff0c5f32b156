import { describe, expect, it } from 'vitest'
import type { Analysis } from '../document/index.ts'
import { explainAnalysis, RULE_CATALOGUE } from './explain.ts'

const text = 'Das Treffen sei offen und nützlich gewesen, sagte Lawrow. Es regnete.'
const analysis = (rules: { quote?: string; event?: string }): Analysis => ({
  schema: 'lagebild/analysis@1',
  id: 'x',
  text,
  lang: 'de',
  structure: { blocks: [] },
  sentences: [
    [0, 57],
    [58, 69],
  ],
  entities: [{ span: [50, 56], type: 'PER', actor: 'per:sergej-lawrow' }],
  actors: [{ id: 'per:sergej-lawrow', name: 'Sergej Lawrow', aliases: ['Lawrow'], kind: 'person' }],
  quotes: [
    {
      id: 'q1',
      span: [0, 42],
      kind: 'indirect',
      speaker: 'per:sergej-lawrow',
      speakerMention: [50, 56],
      cue: [[44, 49]],
      ...(rules.quote ? { rule: rules.quote } : {}),
    },
  ],
  events: [
    {
      id: 'e1',
      type: 'CONSULT',
      status: 'occurred',
      actor: ['per:sergej-lawrow'],
      recipient: [],
      span: [4, 11],
      ...(rules.event ? { rule: rules.event } : {}),
    },
  ],
  quantities: [],
  times: [],
})

describe('--explain', () => {
  it('prints each sentence with a quote or an event, each item with its rule, and what the rule means', () => {
    const catalogue = {
      ...RULE_CATALOGUE,
      'de/cue-after': { description: 'a cue verb and its speaker after the words', example: '…, sagte er' },
    }
    const out = explainAnalysis(
      analysis({ quote: 'de/cue-after', event: 'events/noun-trigger+speaker events/status-occurred' }),
      catalogue,
    ).split('\n')
    expect(out.slice(2, 9)).toEqual([
      '[1] „Das Treffen sei offen und nützlich gewesen, sagte Lawrow.“',
      '     quote  de/cue-after  indirect  Sergej Lawrow ← sagte  „Das Treffen sei offen und nützlich …“',
      '            de/cue-after: a cue verb and its speaker after the words',
      '     event  events/noun-trigger+speaker events/status-occurred  CONSULT (occurred)  Sergej Lawrow  „Treffen“',
      `            events/noun-trigger: ${RULE_CATALOGUE['events/noun-trigger']?.description}`,
      `            events/+speaker: ${RULE_CATALOGUE['events/+speaker']?.description}`,
      `            events/status-occurred: ${RULE_CATALOGUE['events/status-occurred']?.description}`,
    ])
    // a sentence without quote or event is left out; the tally describes each rule with its example
    expect(out.join('\n')).not.toContain('Es regnete')
    expect(out).toContain('    1  de/cue-after  a cue verb and its speaker after the words („…, sagte er“)')
  })

  it("knows the speech room's rules as well as the events room's", () => {
    const ids = Object.keys(RULE_CATALOGUE)
    expect(ids).toContain('events/verb-trigger')
    expect(ids.filter((id) => !id.startsWith('events/')).length).toBeGreaterThan(10)
  })

  it('prints an unknown rule id as it is, and a dash for an item stored without a rule', () => {
    const out = explainAnalysis(analysis({ event: 'xx/new-rule' })).split('\n')
    expect(out[3]).toMatch(/^ {5}quote {2}— {2}indirect {2}Sergej Lawrow ← sagte/u)
    expect(out[4]).toMatch(/^ {5}event {2}xx\/new-rule {2}CONSULT \(occurred\)/u)
    expect(out[5]).toBe('')
    expect(out).toContain('    1  xx/new-rule')
    expect(out).toContain('    1  —  ohne Regel')
  })
})
