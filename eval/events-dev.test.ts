import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import type { Analysis } from '../src/document/index.ts'
import { addCounts, emptyCounts, finalLine, main, parseDevArgs, prf, scoreDevArticle } from './events-dev.ts'
import { type LoadedGold, loadGold } from './events-gold.ts'
import { countryOf, namesMatch, sidesAgree } from './events-names.ts'
import { numberedParagraphs, resolveSource } from './events-text.ts'

// A made-up report, written for this test.
const TEXT = [
  'Die Polizei hat am Montag den Oppositionsführer Juan Pérez festgenommen.',
  'Russland kritisierte die Festnahme scharf.',
  'Wladimir Putin warf den USA vor, die Lage anzuheizen.',
].join(' ')

const GOLD = {
  source: { corpus: 'inline', text: TEXT },
  half: 'tune',
  events: [
    {
      type: 'COERCE',
      status: 'occurred',
      actor: ['die Polizei'],
      recipient: ['Juan Pérez'],
      evidence: 'festgenommen',
      also: [{ evidence: 'Festnahme' }],
    },
    { type: 'ACCUSE', status: 'occurred', actor: ['Russland'], recipient: [], evidence: 'kritisierte' },
    { type: 'ACCUSE', status: 'occurred', actor: ['Putin'], recipient: ['USA'], evidence: 'warf' },
  ],
}

const ACTORS: Analysis['actors'] = [
  { id: 'org:polizei', name: 'Polizei', aliases: [], kind: 'organization' },
  { id: 'per:juan-perez', name: 'Juan Pérez', aliases: ['Pérez'], kind: 'person' },
  // no alias "Putin": the gold's "Putin" has to fold into the full name
  { id: 'per:wladimir-putin', name: 'Wladimir Putin', aliases: [], kind: 'person', country: 'RUS' },
  { id: 'country:RUS', name: 'Russische Föderation', aliases: [], kind: 'country', country: 'RUS' },
  { id: 'country:USA', name: 'Vereinigte Staaten', aliases: [], kind: 'country', country: 'USA' },
]

const at = (words: string, nth = 1): [number, number] => {
  let from = -1
  for (let k = 0; k < nth; k++) from = TEXT.indexOf(words, from + 1)
  return [from, from + words.length]
}

type SystemEvent = Analysis['events'][number]
const event = (
  type: string,
  words: string,
  actor: string[],
  recipient: string[],
  status: SystemEvent['status'] = 'occurred',
): SystemEvent => ({ id: `e-${words}`, type, status, actor, recipient, span: at(words), rule: 'test' })

const RIGHT: SystemEvent[] = [
  event('COERCE', 'festgenommen', ['org:polizei'], ['per:juan-perez']),
  event('ACCUSE', 'kritisierte', ['country:RUS'], []),
  event('ACCUSE', 'warf den USA vor', ['per:wladimir-putin'], ['country:USA']),
]

/** The analysis a system could have made of TEXT: its sentences, actors and the given events. */
function analysisWith(events: SystemEvent[]): Analysis {
  const sentences = [...TEXT.matchAll(/[^.]+\./gu)].map((m): [number, number] => {
    const start = m.index + (m[0].length - m[0].trimStart().length)
    return [start, m.index + m[0].length]
  })
  return { text: TEXT, sentences, actors: ACTORS, events } as Analysis
}

const gold = (): LoadedGold => loadGold(GOLD, 'inline.json')
const f1 = (events: SystemEvent[]) => {
  const { counts } = scoreDevArticle(analysisWith(events), gold().events)
  return {
    counts,
    type: prf(counts.measures.type).f1,
    actor: prf(counts.measures.actor).f1,
    recipient: prf(counts.measures.recipient).f1,
    status: prf(counts.measures.status).f1,
  }
}

describe('events dev gold: loading', () => {
  it('reads an inline source and finds the evidence and its later mentions as whole words', () => {
    const g = gold()
    expect(g.half).toBe('tune')
    expect(g.source.text).toBe(TEXT)
    expect(g.events[0]?.mentions).toEqual([at('festgenommen'), at('Festnahme')])
  })

  it('rejects evidence that is not in the text, an unknown type and a missing half', () => {
    const bad = (change: object) => () => loadGold({ ...GOLD, ...change }, 'bad.json')
    expect(
      bad({ events: [{ ...GOLD.events[1], evidence: 'kritisiert' }] }), // only inside "kritisierte"
    ).toThrow(/not in the text/u)
    expect(bad({ events: [{ ...GOLD.events[1], type: 'CRITICISE' }] })).toThrow(/type/u)
    expect(bad({ half: undefined })).toThrow(/half/u)
  })
})

describe('events dev gold: scoring', () => {
  it('a right event scores on every measure', () => {
    const s = f1(RIGHT)
    expect(s.counts.measures.type).toEqual({ tp: 3, sys: 3, gold: 3 })
    expect([s.type, s.actor, s.recipient, s.status]).toEqual([1, 1, 1, 1])
    expect(s.counts.byType.get('ACCUSE')).toEqual({ tp: 2, sys: 2, gold: 2 })
  })

  it('a wrong type does not score', () => {
    const s = f1([event('ASSAULT', 'festgenommen', ['org:polizei'], ['per:juan-perez']), ...RIGHT.slice(1)])
    expect(s.counts.measures.type.tp).toBe(2)
    expect(s.counts.byType.get('COERCE')).toEqual({ tp: 0, sys: 0, gold: 1 })
    expect(s.counts.byType.get('ASSAULT')).toEqual({ tp: 0, sys: 1, gold: 0 })
  })

  it('the right type in another sentence does not score', () => {
    const s = f1([event('COERCE', 'Wladimir Putin', ['org:polizei'], ['per:juan-perez']), ...RIGHT.slice(1)])
    expect(s.counts.measures.type.tp).toBe(2)
  })

  it('a wrong actor drops only the actor measure', () => {
    const s = f1([
      RIGHT[0] as SystemEvent,
      event('ACCUSE', 'kritisierte', ['org:polizei'], []),
      RIGHT[2] as SystemEvent,
    ])
    expect(s.counts.measures.actor.tp).toBe(2)
    expect(s.actor).toBeLessThan(1)
    expect([s.type, s.recipient, s.status]).toEqual([1, 1, 1])
  })

  it('a side named by nobody agrees only with nobody', () => {
    const s = f1([
      RIGHT[0] as SystemEvent,
      event('ACCUSE', 'kritisierte', ['country:RUS'], ['org:polizei']),
      RIGHT[2] as SystemEvent,
    ])
    expect(s.counts.measures.recipient.tp).toBe(2)
    expect(s.counts.measures.actor.tp).toBe(3)
  })

  it('a second system event on the same act is a false positive, counted as a duplicate', () => {
    const s = f1([...RIGHT, event('COERCE', 'Festnahme', ['org:polizei'], ['per:juan-perez'])])
    expect(s.counts.measures.type).toEqual({ tp: 3, sys: 4, gold: 3 })
    expect(s.counts.duplicates).toBe(1)
  })

  it('a wrong status drops only the status measure', () => {
    const s = f1([
      event('COERCE', 'festgenommen', ['org:polizei'], ['per:juan-perez'], 'claimed'),
      ...RIGHT.slice(1),
    ])
    expect(s.counts.measures.status.tp).toBe(2)
    expect([s.type, s.actor, s.recipient]).toEqual([1, 1, 1])
  })
})

describe('events dev gold: names', () => {
  it('folds a surname into the full name, articles and genitives away', () => {
    expect(namesMatch('Putin', 'Wladimir Putin')).toBe(true)
    expect(namesMatch('Wladimir Putin', 'Putin')).toBe(true)
    expect(namesMatch('die Polizei', 'Polizei')).toBe(true)
    expect(namesMatch('Maduros', 'Nicolás Maduro')).toBe(true)
    expect(namesMatch('Putin', 'Putinowa')).toBe(false)
    expect(namesMatch('Wladimir Putin', 'Wladimir Klitschko')).toBe(false)
  })

  it('folds a state, its capital, its seat and its government into the country', () => {
    for (const name of ['Russland', 'Russlands', 'Moskau', 'Kreml', 'der Kreml', 'russische Regierung'])
      expect(countryOf(name), name).toBe('RUS')
    expect(countryOf('US-Regierung')).toBe('USA')
    expect(countryOf('die USA')).toBe('USA')
    expect(countryOf('US-amerikanische Streitkräfte')).toBe('USA')
    expect(countryOf('russische Opposition')).toBeUndefined()
    expect(countryOf('Polizei')).toBeUndefined()
    const russia = { names: ['Russische Föderation'], country: 'RUS' }
    for (const name of ['Russland', 'Moskau', 'Kreml', 'russische Regierung'])
      expect(sidesAgree([name], [russia]), name).toBe(true)
    // a person is not folded into the country
    expect(sidesAgree(['Russland'], [{ names: ['Wladimir Putin'] }])).toBe(false)
    expect(sidesAgree([], [])).toBe(true)
    expect(sidesAgree([], [russia])).toBe(false)
  })
})

describe('events dev gold: report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'events-gold-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('ends with the F1 line', () => {
    const c = emptyCounts()
    addCounts(c, scoreDevArticle(analysisWith(RIGHT), gold().events).counts)
    expect(finalLine(c)).toBe('events F1 type=100.0 actor=100.0 recipient=100.0 status=100.0')
  })

  it('scores a folder of gold files, skips other files, and prints the F1 line last', async () => {
    writeFileSync(join(dir, 'one.json'), JSON.stringify(GOLD))
    writeFileSync(join(dir, 'two.json'), JSON.stringify({ ...GOLD, half: 'report' }))
    writeFileSync(join(dir, 'GUIDELINE.md'), '# not gold')
    const lines: string[] = []
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(args.join(' '))
    })
    try {
      await main(['--dir', dir])
    } finally {
      log.mockRestore()
    }
    expect(lines[0]).toMatch(/2 articles \(1 tune, 1 report\), 6 events/u)
    expect(lines.some((l) => l.startsWith('── tune: 1 articles, 3 gold events'))).toBe(true)
    expect(lines.some((l) => l.startsWith('── report: 1 articles'))).toBe(true)
    expect(lines.at(-1)).toMatch(/^events F1 type=\d+\.\d actor=\d+\.\d recipient=\d+\.\d status=\d+\.\d$/u)
  })

  it('refuses to list errors of the report half', () => {
    expect(() => parseDevArgs(['--dir', dir, '--half', 'report', '--errors'])).toThrow(/tuning half only/u)
    expect(parseDevArgs(['--dir', dir, '--half', 'tune', '--errors'])).toEqual({
      dir,
      half: 'tune',
      errors: true,
    })
  })

  it('events-text prints each paragraph after its offset, and reads a gold file as its source', () => {
    expect(numberedParagraphs('Titel\n\nErster Absatz.\nZweite Zeile.')).toEqual([
      '@     0  Titel',
      '@     7  Erster Absatz.',
      '@    22  Zweite Zeile.',
    ])
    writeFileSync(join(dir, 'three.json'), JSON.stringify(GOLD))
    expect(resolveSource(join(dir, 'three.json')).source).toEqual(GOLD.source)
    expect(resolveSource('fundus-dach/de/DW.json#V2', '/data').source).toEqual({
      corpus: 'fundus-dach',
      file: 'de/DW.json',
      key: 'V2',
    })
  })
})
