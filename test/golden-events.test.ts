import { describe, expect, it } from 'vitest'
import { createEnv, type Event } from '../src/document/index.ts'
import { analyze } from '../src/pipeline.ts'
import { describeSpanItems, expectedLayer, loadGolden, spanTextMismatches } from './golden-helpers.ts'

const env = createEnv()
const golden = loadGolden('orf-2022-01-21-blinken-lawrow')
const analysis = analyze(golden.input, golden.meta, env)
const read = (e: Event) => analysis.text.slice(e.span[0], e.span[1])

describe('events of the founding ORF article', () => {
  it('match the recorded events layer (LAGEBILD_UPDATE_GOLDEN=1 rewrites it)', () => {
    const actual = describeSpanItems(analysis.text, analysis.events)
    const expected = expectedLayer(golden.slug, 'events', actual)
    expect(spanTextMismatches(analysis.text, expected)).toEqual([])
    expect(actual).toEqual(expected)
  })

  // The ten events the issue names, read by a person: [type, status, actor, recipient (or '' for none), words in the evidence]
  const required: Array<[string, string, string, string, string]> = [
    ['CONSULT', 'occurred', 'per:sergej-lawrow per:antony-blinken', '', 'in Genf getroffen'],
    ['REQUEST', 'demanded', 'country:USA', 'country:RUS', 'verlangen einen Rückzug'],
    ['REQUEST', 'demanded', 'country:RUS', 'org:nato', 'will schriftliche Sicherheitsgarantien'],
    ['THREATEN', 'occurred', 'per:antony-blinken', 'country:RUS', 'Blinken warnte Moskau'],
    ['AID', 'planned', 'per:antony-blinken', 'country:UKR', 'weitere Militärhilfe in die Ukraine geliefert'],
    ['REQUEST', 'demanded', 'org:rus-aussenministerium', 'org:nato', 'forderte den Abzug von NATO-Truppen'],
    ['ACCUSE', 'occurred', 'org:ukr-geheimdienst', 'country:RUS', 'warf Russland vor'],
    ['MOBILIZE', 'occurred', 'country:RUS', '', 'verlegte Russland'],
    ['MOBILIZE', 'considered', 'org:gbr-regierung', '', 'zu entsenden'],
    ['REJECT', 'occurred', 'per:antony-blinken', 'country:RUS', 'nicht infrage gestellt'],
  ]
  it.each(required)('%s %s by %s against "%s" («%s»)', (type, status, actor, recipient, words) => {
    const event = analysis.events.find((e) => e.type === type && read(e).includes(words))
    expect(event, `no ${type} at «${words}»`).toBeDefined()
    expect(event?.status).toBe(status)
    expect(event?.actor).toEqual(expect.arrayContaining(actor.split(' ')))
    expect(event?.recipient).toEqual(recipient ? expect.arrayContaining(recipient.split(' ')) : [])
  })

  it('gives the meeting its day and place, and the promised answer its week', () => {
    const meeting = analysis.events.find((e) => e.type === 'CONSULT' && read(e).includes('in Genf getroffen'))
    expect(meeting).toMatchObject({ when: '2022-01-21', where: ['Genf'] })
    const promise = analysis.events.find((e) => e.type === 'AGREE' && read(e).includes('zugesichert'))
    expect(promise).toMatchObject({ status: 'promised', when: '2022-W04' })
    expect(analysis.quotes.find((q) => q.id === promise?.quote)?.speaker).toBe('per:sergej-lawrow')
  })

  it('codes no invasion for one that is warned against', () => {
    expect(analysis.events.filter((e) => e.type === 'ASSAULT').map((e) => e.status)).toEqual(['denied'])
  })

  it('fails when an expected event changes', () => {
    const expected = structuredClone(describeSpanItems(analysis.text, analysis.events))
    const first = expected[0] as (typeof expected)[number]
    first.span = [first.span[0] + 1, first.span[1]]
    expect(spanTextMismatches(analysis.text, expected)).toHaveLength(1)
    first.span = [first.span[0] - 1, first.span[1]]
    first.status = 'denied'
    expect(() => expect(describeSpanItems(analysis.text, analysis.events)).toEqual(expected)).toThrow()
  })
})

describe('events of the English Wikinews article (North Korea, 2015)', () => {
  const english = loadGolden('wikinews-2015-08-21-north-korea-quasi-war')
  const result = analyze(english.input, english.meta, env)
  const words = (e: Event) => result.text.slice(e.span[0], e.span[1])

  // Read by a person: [type, status, actor ('' for nobody named), words in the evidence]. The sides named only by
  // names the entities room reads wrongly ("Kim Jong", "the South") are left out.
  const required: Array<[string, string, string, string]> = [
    ['ASSAULT', 'occurred', 'country:KOR', 'exchanged artillery fire'],
    ['ASSAULT', 'occurred', 'country:PRK', 'North Korea fired artillery rounds'],
    ['MOBILIZE', 'claimed', '', 'placed on high alert'],
    ['REQUEST', 'demanded', '', 'should enter a wartime state'],
    ['AID', 'occurred', 'country:KOR', 'evacuated about 80 people'],
    ['ASSAULT', 'planned', 'country:PRK', 'it would attack any loudspeakers'],
  ]
  it.each(required)('%s %s by "%s" («%s»)', (type, status, actor, evidence) => {
    const event = result.events.find((e) => e.type === type && words(e).includes(evidence))
    expect(event, `no ${type} at «${evidence}»`).toBeDefined()
    expect(event?.status).toBe(status)
    if (actor) expect(event?.actor).toContain(actor)
  })

  it('codes what KCNA reports as only claimed, and no event in the headline', () => {
    const heading = result.text.indexOf('\n')
    expect(result.events.every((e) => e.span[0] > heading)).toBe(true)
    const reported = result.events.find((e) => words(e).includes('placed on high alert'))
    expect(reported?.quote).toBeDefined()
  })
})
