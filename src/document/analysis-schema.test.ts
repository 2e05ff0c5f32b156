import { describe, expect, it } from 'vitest'
import { analysisSchema } from './analysis-schema.ts'

const text = 'Das Treffen sei offen gewesen, sagte Lawrow.'
const analysis = (quote: object, event: object) => ({
  schema: 'lagebild/analysis@1',
  id: 'x',
  text,
  lang: 'de',
  structure: { blocks: [] },
  sentences: [[0, text.length]],
  entities: [],
  actors: [],
  quotes: [{ id: 'q1', span: [0, 29], kind: 'indirect', cue: [[31, 36]], ...quote }],
  events: [
    { id: 'e1', type: 'CONSULT', status: 'occurred', actor: [], recipient: [], span: [4, 11], ...event },
  ],
  quantities: [],
  times: [],
})

describe('the rule of quotes and events (analysis@1 addition)', () => {
  it('is kept: the schema knows it, so validation does not strip it', () => {
    const parsed = analysisSchema.parse(
      analysis({ rule: 'de/cue-after' }, { rule: 'events/noun-trigger events/status-occurred' }),
    )
    expect(parsed.quotes[0]?.rule).toBe('de/cue-after')
    expect(parsed.events[0]?.rule).toBe('events/noun-trigger events/status-occurred')
  })

  it('may be absent: analyses stored before it existed still validate', () => {
    const parsed = analysisSchema.parse(analysis({}, {}))
    expect(parsed.quotes[0]?.rule).toBeUndefined()
    expect(parsed.events[0]?.rule).toBeUndefined()
  })
})
