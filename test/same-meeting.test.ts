import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createEnv, type Document } from '../src/document/index.ts'
import { analyzeText } from '../src/pipeline.ts'

// One meeting told twice: the founding ORF article (German) and a report we wrote ourselves in English
// (test/fixtures/same-meeting). An analyst reading both wants one actor per person, body and country.
const env = createEnv()
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const german = analyzeText(
  read('./fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt'),
  { published: '2022-01-21' },
  env,
)
const english = analyzeText(
  read('./fixtures/same-meeting/geneva-2022-01-21-en.txt'),
  { published: '2022-01-21' },
  env,
)
const actorIds = (doc: Document) => new Set((doc.layers.actors ?? []).map((a) => a.id))
const speakersOf = (doc: Document) =>
  new Set((doc.layers.quotes ?? []).flatMap((q) => (q.speaker ? [q.speaker] : [])))

describe('a German and an English article on the same meeting', () => {
  it('are read in their own languages', () => {
    expect([german.lang, english.lang]).toEqual(['de', 'en'])
  })

  it('name the same actors with the same keys (Lawrow = Lavrov, USA = United States)', () => {
    const shared = [
      'per:antony-blinken',
      'per:sergej-lawrow',
      'per:wladimir-putin',
      'per:joe-biden',
      'country:USA',
      'country:RUS',
      'country:UKR',
      'org:nato',
    ]
    for (const doc of [german, english]) expect([...actorIds(doc)]).toEqual(expect.arrayContaining(shared))
  })

  it('finds no person in the English report beyond the four it names (no "Russian Foreign", no "Lake Geneva")', () => {
    const persons = [...actorIds(english)].filter((id) => id.startsWith('per:')).sort()
    expect(persons).toEqual([
      'per:antony-blinken',
      'per:joe-biden',
      'per:sergej-lawrow',
      'per:wladimir-putin',
    ])
  })

  it('quotes both ministers in both languages under the same keys', () => {
    for (const doc of [german, english])
      expect([...speakersOf(doc)]).toEqual(
        expect.arrayContaining(['per:antony-blinken', 'per:sergej-lawrow']),
      )
  })

  it('tell the meeting itself as one CONSULT of Blinken and Lawrow that occurred, in both languages', () => {
    for (const doc of [german, english]) {
      const meetings = (doc.layers.events ?? []).filter(
        (e) => e.type === 'CONSULT' && e.status === 'occurred' && e.actor.includes('per:antony-blinken'),
      )
      expect(meetings.map((e) => [...e.actor, ...e.recipient].sort())).toContainEqual([
        'per:antony-blinken',
        'per:sergej-lawrow',
      ])
    }
  })
})
