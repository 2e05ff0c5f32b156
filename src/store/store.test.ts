import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Analysis, createDocument, createEnv, type Span, toAnalysis } from '../document/index.ts'
import { analyze } from '../pipeline.ts'
import { migrateTo } from './migrations.ts'
import { openStore } from './open-store.ts'
import type { Database } from './schema.ts'
import type { Store } from './store-types.ts'

const FOUNDING = readFileSync(
  new URL('../../test/fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
  'utf8',
)
const env = createEnv()
const founding = analyze(
  FOUNDING,
  { published: '2022-01-21', outlet: 'ORF.at', uri: 'https://orf.at/stories/3244968/' },
  env,
)
// A second outlet, days later, spelling the minister the English way.
const followUp = analyze(
  'Lawrow warnt den Westen\n\nDer russische Außenminister Sergey Lavrov hat am Montag erneut schriftliche Garantien verlangt. Russland werde nicht ewig warten, sagte Lavrov in Moskau.',
  { published: '2022-01-24', outlet: 'Der Standard' },
  env,
)

// The same APA story in another outlet: its own headline, the last paragraphs cut.
const foundingTitle = founding.structure.title as Span
const dupe = analyze(
  `Lawrow und Blinken bleiben im Gespräch${founding.text.slice(foundingTitle[1], Math.floor(founding.text.length * 0.7))}`,
  { published: '2022-01-21', outlet: 'Kurier' },
  env,
)

/** An analysis written by hand, for corpus situations the pipeline does not produce on a short text. */
function handMade(
  text: string,
  source: { outlet: string; published: string },
  build: (at: (phrase: string) => Span) => Partial<Analysis>,
): Analysis {
  const base = toAnalysis(createDocument({ text, source }))
  const at = (phrase: string): Span => {
    const start = base.text.indexOf(phrase)
    if (start < 0) throw new Error(`no "${phrase}" in the text`)
    return [start, start + phrase.length]
  }
  return { ...base, ...build(at) }
}
// Another outlet counts the troops differently the next day.
const otherCount = handMade(
  'Russland verstärkt Truppen\n\nRussland hat an der Grenze zur Ukraine 127.000 Soldaten zusammengezogen.',
  { outlet: 'Die Presse', published: '2022-01-22' },
  (at) => ({ quantities: [{ span: at('127.000'), value: 127000, of: 'Soldaten' }] }),
)
// Blinken's promise of a written answer "kommende Woche", reported kept a few days later.
const delivered = handMade(
  'USA übergeben Antwort\n\nDie USA haben Russland am Mittwoch die schriftliche Antwort auf die Forderungen nach Sicherheitsgarantien übergeben, sagte Blinken.',
  { outlet: 'Der Standard', published: '2022-01-26' },
  (at) => ({
    actors: [{ id: 'per:antony-blinken', name: 'Antony Blinken', aliases: ['Blinken'], kind: 'person' }],
    events: [
      {
        id: 'e1',
        type: 'COOPERATE',
        status: 'occurred',
        actor: ['per:antony-blinken'],
        recipient: [],
        span: at(
          'Die USA haben Russland am Mittwoch die schriftliche Antwort auf die Forderungen nach Sicherheitsgarantien übergeben',
        ),
      },
    ],
  }),
)
// An article that names a man only by his surname, stored before one that gives a full name with that surname.
const bareFirst = handMade(
  'Kowalenko warnt\n\nDie Lage sei sehr ernst, sagte Kowalenko am Dienstag.',
  { outlet: 'Kurier', published: '2022-01-25' },
  (at) => ({
    actors: [{ id: 'per:kowalenko', name: 'Kowalenko', aliases: [], kind: 'person' }],
    quotes: [{ id: 'q1', span: at('Die Lage sei sehr ernst'), kind: 'indirect', speaker: 'per:kowalenko' }],
  }),
)
const fullLater = handMade(
  'Abgeordneter warnt\n\nDer Abgeordnete Igor Kowalenko sagte in Kiew, die Lage sei ernst.',
  { outlet: 'ORF.at', published: '2022-01-26' },
  (at) => ({
    actors: [{ id: 'per:igor-kowalenko', name: 'Igor Kowalenko', aliases: ['Kowalenko'], kind: 'person' }],
    quotes: [{ id: 'q1', span: at('die Lage sei ernst'), kind: 'indirect', speaker: 'per:igor-kowalenko' }],
  }),
)
// A full name beside two bodies, then the bare surname beside the same two (it joins) and beside others (it does not).
const gabrielActors = (person: string, others: string[]) => [
  { id: `per:${person.toLowerCase().replace(' ', '-')}`, name: person, aliases: [], kind: 'person' as const },
  ...others.map((id) => ({ id, name: id, aliases: [], kind: 'organization' as const })),
]
const gabrielFull = handMade(
  'SPD streitet\n\nSigmar Gabriel warf der Bundesregierung vor, die SPD zu übergehen.',
  { outlet: 'Hamburger Abendblatt', published: '2010-09-06' },
  () => ({ actors: gabrielActors('Sigmar Gabriel', ['org:spd', 'org:deu-regierung']) }),
)
const gabrielAgreeing = handMade(
  'Atomstreit\n\nGabriel sagte, die Bundesregierung habe die SPD nicht gefragt.',
  { outlet: 'Wikinews', published: '2010-09-07' },
  () => ({ actors: gabrielActors('Gabriel', ['org:spd', 'org:deu-regierung']) }),
)
const gabrielElsewhere = handMade(
  'Torhüter hält\n\nGabriel hielt den Elfmeter, die Bundesregierung gratulierte dem VfB.',
  { outlet: 'Kicker', published: '2010-09-08' },
  () => ({ actors: gabrielActors('Gabriel', ['org:vfb', 'org:deu-regierung']) }),
)

// What the board must not show: a speaker standing in for a clause that names nobody ("fordern" here claims lives),
// and an actor id the article's actors do not hold (a country made of an adjective). What it must: a demand that
// names who demands (its recipient named by the key's country, as no actor of the article holds it), an AGREE
// promised; not a promise of another type.
const standIn = handMade(
  'Brand in Crans-Montana\n\n„Ohne ihren Einsatz hätte das Feuer noch mehr Todesopfer gefordert“, sagte Staatsrat Mathias Reynard. Reynard forderte die italienischen Behörden auf, bei der Aufklärung zu helfen. Die italienische Regierung verlangte Aufklärung. Reynard versprach den Familien bis Ende Jänner einen Bericht. Reynard sicherte den Opfern finanzielle Hilfe zu.',
  { outlet: 'Salzburger Nachrichten', published: '2026-01-06' },
  (at) => ({
    actors: [{ id: 'per:mathias-reynard', name: 'Mathias Reynard', aliases: ['Reynard'], kind: 'person' }],
    quotes: [
      {
        id: 'q1',
        span: at('Ohne ihren Einsatz hätte das Feuer noch mehr Todesopfer gefordert'),
        kind: 'direct',
        speaker: 'per:mathias-reynard',
      },
    ],
    events: [
      {
        id: 'e1',
        type: 'REQUEST',
        status: 'demanded',
        actor: ['per:mathias-reynard'],
        recipient: [],
        span: at('hätte das Feuer noch mehr Todesopfer gefordert'),
        rule: 'events/verb-trigger+speaker events/status-demand',
      },
      {
        id: 'e2',
        type: 'REQUEST',
        status: 'demanded',
        actor: ['per:mathias-reynard'],
        recipient: ['country:ITA'],
        span: at('Reynard forderte die italienischen Behörden auf, bei der Aufklärung zu helfen'),
        rule: 'events/verb-trigger events/status-demand',
      },
      {
        id: 'e3',
        type: 'REQUEST',
        status: 'demanded',
        actor: ['country:ITA'],
        recipient: [],
        span: at('Die italienische Regierung verlangte Aufklärung'),
        rule: 'events/verb-trigger events/status-demand',
      },
      {
        id: 'e4',
        type: 'AGREE',
        status: 'promised',
        when: '2026-01',
        actor: ['per:mathias-reynard'],
        recipient: [],
        span: at('Reynard versprach den Familien bis Ende Jänner einen Bericht'),
        rule: 'events/verb-trigger events/status-promise-verb',
      },
      {
        id: 'e5',
        type: 'AID',
        status: 'promised',
        actor: ['per:mathias-reynard'],
        recipient: [],
        span: at('Reynard sicherte den Opfern finanzielle Hilfe zu'),
        rule: 'events/verb-trigger events/status-promise-verb',
      },
    ],
  }),
)

// SQLite always; PostgreSQL when the test setup (.ci/run, scripts/start-postgres.sh) started one.
const dialects: [string, () => Promise<Store>][] = [
  ['sqlite', () => openStore({ path: join(mkdtempSync(join(tmpdir(), 'lagebild-store-')), 'test.sqlite') })],
]
const pgUrl = process.env.LAGEBILD_TEST_DATABASE_URL
if (pgUrl) {
  dialects.push([
    'postgres',
    async () => {
      const client = new pg.Client({ connectionString: pgUrl })
      await client.connect()
      await client.query('drop schema public cascade; create schema public')
      await client.end()
      return openStore({ databaseUrl: pgUrl })
    },
  ])
}

describe.each(dialects)('store on %s', (_name, open) => {
  let store: Store
  const lawrow = founding.actors.find((a) => a.name === 'Sergej Lawrow')

  beforeAll(async () => {
    store = await open()
    await store.saveAnalysis(founding)
    await store.saveAnalysis(followUp)
  })
  afterAll(async () => {
    await store.close()
  })

  it('stores an article once, however often it is saved, and gives it back unchanged', async () => {
    expect(await store.saveAnalysis(founding)).toEqual({
      id: founding.id,
      created: false,
      storyId: founding.id,
    })
    expect(await store.getAnalysis(founding.id)).toEqual(founding)
    expect(await store.getAnalysis('no-such-id')).toBeUndefined()
    expect((await store.listDocuments()).map((d) => d.id)).toEqual([followUp.id, founding.id])
  })

  it('lists documents with their title, outlet and counts, filtered by outlet and date', async () => {
    const [doc] = await store.listDocuments({ outlet: 'ORF.at' })
    expect(doc).toMatchObject({
      id: founding.id,
      title: 'Keine Annäherung bei USA-Russland-Treffen',
      published: '2022-01-21',
    })
    expect(doc?.quotes).toBe(founding.quotes.length)
    expect((await store.listDocuments({ from: '2022-01-22' })).map((d) => d.outlet)).toEqual(['Der Standard'])
    expect(await store.listDocuments({ to: '2022-01-20' })).toEqual([])
  })

  it('meets Lawrow and Lavrov as one actor across articles', async () => {
    expect(lawrow).toBeDefined()
    const actors = await store.listActors()
    const minister = actors.find((a) => a.aliases.includes('Sergey Lavrov') || a.name === 'Sergej Lawrow')
    expect(minister?.documents).toBe(2)
    const { items: timeline, older } = await store.getActorTimeline(minister?.key as string)
    expect(older).toBeNull()
    expect(timeline.length).toBeGreaterThan(3)
    expect(timeline.at(-1)).toMatchObject({
      date: '2022-01-24',
      kind: 'quote',
      text: 'Russland werde nicht ewig warten',
    })
    expect(timeline.map((t) => t.date)).toEqual([...timeline.map((t) => t.date)].sort())
    const newest = await store.getActorTimeline(minister?.key as string, { limit: 2 })
    expect(newest.items).toEqual(timeline.slice(-2))
    expect(newest.older).toEqual(expect.any(String))
  })

  it('gives an actor its roles as facts with a country and the dates of the articles that say them', async () => {
    const key = (await store.listActors()).find((a) => a.aliases.includes('Sergey Lavrov'))?.key as string
    const actor = await store.getActor(key)
    // both articles call him Außenminister of Russia: one fact, from the first article's date to the last's
    expect(actor?.roles).toEqual([
      { role: 'Außenminister', country: 'RUS', from: '2022-01-21', to: '2022-01-24', documents: 2 },
    ])
    // a listing stays a summary
    expect((await store.listActors()).find((a) => a.key === key)?.roles).toBeUndefined()
  })

  it('pages an actor timeline from the newest back to the oldest without losing or repeating an item', async () => {
    const key = (await store.listActors()).find((a) => a.aliases.includes('Sergey Lavrov'))?.key as string
    const all = (await store.getActorTimeline(key)).items
    const pages: string[][] = []
    let before: string | undefined
    do {
      const page = await store.getActorTimeline(key, { limit: 3, ...(before ? { before } : {}) })
      pages.unshift(page.items.map((item) => `${item.kind}:${item.documentId}:${item.id}`))
      before = page.older ?? undefined
    } while (before && pages.length < 50)
    expect(pages.flat()).toEqual(all.map((item) => `${item.kind}:${item.documentId}:${item.id}`))
    expect(pages.length).toBe(Math.ceil(all.length / 3))
    expect((await store.getActorTimeline(key, { limit: 3 })).total).toBe(all.length)
    // a date: everything dated before that day (Lavrov's Monday statement is on the 24th)
    const beforeMonday = (await store.getActorTimeline(key, { before: '2022-01-24' })).items
    expect(beforeMonday.length).toBeGreaterThan(0)
    expect(beforeMonday.every((item) => (item.date ?? '') < '2022-01-24')).toBe(true)
    expect(beforeMonday.length).toBe(all.filter((item) => (item.date ?? '') < '2022-01-24').length)
    await expect(store.getActorTimeline(key, { before: 'kein Cursor' })).rejects.toThrow(/before/u)
  })

  it('pages the actor list in key order', async () => {
    const all = await store.listActors()
    expect(all.length).toBeGreaterThan(4)
    const first = await store.listActors({ limit: 2 })
    const rest = await store.listActors({ limit: 1000, offset: 2 })
    expect([...first, ...rest]).toEqual(all)
    expect(first.map((a) => a.key)).toEqual([...first.map((a) => a.key)].sort())
  })

  it('counts what each list holds with the same filters, and pages a search', async () => {
    expect(await store.countDocuments()).toBe((await store.listDocuments({ limit: 500 })).length)
    expect(await store.countDocuments({ outlet: 'ORF.at' })).toBe(1)
    expect(await store.countDocuments({ to: '2022-01-20' })).toBe(0)
    expect(await store.countActors()).toBe((await store.listActors()).length)
    expect(await store.countQuotes()).toBe((await store.listQuotes({ limit: 500 })).length)
    expect(await store.countQuotes({ documentId: followUp.id })).toBe(followUp.quotes.length)
    expect(await store.countEvents()).toBe((await store.listEvents({ limit: 500 })).length)
    expect(await store.countEvents({ type: 'NO-SUCH-TYPE' })).toBe(0)
    expect(await store.countDemands()).toBe((await store.listDemands({ limit: 500 })).length)
    const hits = await store.search('Lawrow', { limit: 500 })
    expect(await store.countSearch('Lawrow')).toBe(hits.length)
    expect(hits.length).toBeGreaterThan(2)
    const second = await store.search('Lawrow', { limit: 2, offset: 2 })
    expect(second).toEqual(hits.slice(2, 4))
  })

  it('finds an actor by its key, the id an analysis gives it, a name or an alias', async () => {
    const minister = (await store.listActors()).find((a) => a.aliases.includes('Sergey Lavrov'))
    const key = minister?.key as string
    expect(key).toMatch(/^per:/u)
    expect(await store.findActorKeys(key)).toEqual([key])
    // the analysis spells the id after the German name; the store keys the person by the folded name
    const id = lawrow?.id as string
    expect(await store.findActorKeys(id)).toEqual([key])
    expect(await store.findActorKeys('per:sergej-lawrow')).toEqual([key])
    expect(await store.findActorKeys('Sergey Lavrov')).toEqual([key])
    expect(await store.findActorKeys('Sergej Lawrow')).toEqual([key])
    expect(await store.findActorKeys('per:niemand-bekannt')).toEqual([])
    expect(await store.findActorKeys('%')).toEqual([])
    const quotes = await store.listQuotes({ actor: await store.findActorKeys(id), limit: 500 })
    expect(quotes).toEqual(await store.listQuotes({ actor: key, limit: 500 }))
    expect(quotes.length).toBeGreaterThan(0)
  })

  it('lists quotes by speaker across articles', async () => {
    const key = (await store.listActors()).find(
      (a) => a.name === 'Sergej Lawrow' || a.aliases.includes('Lawrow'),
    )?.key as string
    const quotes = await store.listQuotes({ actor: key })
    expect(
      quotes.some((q) => q.text === 'Das Treffen sei „offen und nützlich“ gewesen' && q.outlet === 'ORF.at'),
    ).toBe(true)
    expect(quotes.some((q) => q.outlet === 'Der Standard')).toBe(true)
    for (const q of quotes.filter((q) => q.documentId === founding.id))
      expect(founding.text.slice(...q.span)).toBe(q.text)
  })

  it("lists and counts a joint statement for each of its speakers, on each one's timeline", async () => {
    const actors = await store.listActors()
    const keyOf = (name: string) => actors.find((a) => a.name === name)?.key as string
    const joint = 'Blinken und Lawrow hatten auch getrennte Pressekonferenzen zu den Gesprächen angekündigt.'
    for (const name of ['Sergej Lawrow', 'Antony Blinken']) {
      const key = keyOf(name)
      expect(
        (await store.listQuotes({ actor: key, limit: 500 })).filter((q) => q.text === joint),
      ).toHaveLength(1)
      const timeline = (await store.getActorTimeline(key)).items
      expect(timeline.filter((item) => item.kind === 'quote' && item.text === joint)).toHaveLength(1)
    }
  })

  it('searches articles and quotes, with filters', async () => {
    const hits = await store.search('Sicherheitsgarantien')
    expect(hits.some((h) => h.documentId === founding.id)).toBe(true)
    const quoteHits = await store.search('nützlich')
    expect(quoteHits.some((h) => h.kind === 'quote' && h.text.includes('offen und nützlich'))).toBe(true)
    expect(await store.search('Sicherheitsgarantien', { outlet: 'Der Standard' })).toEqual([])
    expect((await store.search('Garantien', { from: '2022-01-23' })).map((h) => h.documentId)).toContain(
      followUp.id,
    )
    // one kind of hit: the quote alone, or the article alone, each counted as listed
    const kinds = async (kind: 'document' | 'quote') =>
      (await store.search('nützlich', { kind })).map((h) => h.kind)
    expect(await kinds('quote')).toEqual(quoteHits.filter((h) => h.kind === 'quote').map(() => 'quote'))
    expect(await kinds('document')).toEqual(
      quoteHits.filter((h) => h.kind === 'document').map(() => 'document'),
    )
    expect(await store.countSearch('nützlich', { kind: 'quote' })).toBe((await kinds('quote')).length)
  })

  it('survives hostile queries and refuses a broken analysis without losing what is stored', async () => {
    expect(await store.search('"); drop table documents; --')).toBeDefined()
    expect(await store.listDocuments()).toHaveLength(2)
    expect(await store.search('NEAR( * OR')).toBeDefined()
    const broken = { ...founding, id: 'broken', sentences: [[0, founding.text.length + 5]] } as Analysis
    await expect(store.saveAnalysis(broken)).rejects.toThrow()
    expect(await store.getAnalysis('broken')).toBeUndefined()
    expect((await store.listDocuments()).length).toBe(2)
  })

  it('keeps the same agency story in two outlets as one story with two sources', async () => {
    expect(await store.listStories()).toEqual([])
    expect(await store.saveAnalysis(dupe)).toEqual({ id: dupe.id, created: true, storyId: founding.id })
    const stories = await store.listStories()
    expect(stories).toHaveLength(1)
    expect(stories[0]?.id).toBe(founding.id)
    expect(stories[0]?.sources.map((s) => s.outlet).sort()).toEqual(['Kurier', 'ORF.at'])
    const followUpSummary = (await store.listDocuments({ outlet: 'Der Standard' }))[0]
    expect(followUpSummary?.storyId).toBe(followUp.id)
  })

  it('keeps 100.000 and 127.000 soldiers from two outlets side by side', async () => {
    expect(await store.listDisagreements({ of: 'Soldaten' })).toEqual([])
    await store.saveAnalysis(otherCount)
    const [soldiers, ...rest] = await store.listDisagreements({ of: 'Soldaten' })
    expect(rest).toEqual([])
    // the Kurier carries the same agency figure: shown, but on the same side
    expect(soldiers?.reports.map((r) => [r.outlet, r.value])).toEqual([
      ['Kurier', 100000],
      ['ORF.at', 100000],
      ['Die Presse', 127000],
    ])
    const orf = soldiers?.reports.find((r) => r.outlet === 'ORF.at')
    expect(orf && founding.text.slice(...orf.span)).toBe(orf?.text)
    // the board's figures: every counted thing across the corpus, the disputed soldiers first, the rest agreed
    const figures = await store.listFigures()
    expect(figures[0]).toMatchObject({ of: 'Soldaten', disputed: true })
    // every count of soldiers is listed under them ("830 britische Soldaten" too): the disputed pair among them
    expect(figures[0]?.reports.map((r) => r.value)).toEqual(expect.arrayContaining([100000, 100000, 127000]))
    expect(figures.slice(1).every((g) => !g.disputed)).toBe(true)
    expect(figures.length).toBeGreaterThan(1)
  })

  it("follows Blinken's promise of a written answer: open, then kept by a later report", async () => {
    const blinken = (await store.listPromises()).find((p) => p.promise.text.includes('schriftliche Antwort'))
    expect(blinken).toMatchObject({ state: 'open', due: '2022-01-30' })
    await store.saveAnalysis(delivered)
    const after = (await store.listPromises({ state: 'kept' })).find(
      (p) => p.promise.id === blinken?.promise.id,
    )
    expect(after?.evidence).toMatchObject({ documentId: delivered.id, outlet: 'Der Standard' })
  })

  it('never links a bare surname to the full name of another article on its own (issue 18)', async () => {
    await store.saveAnalysis(bareFirst)
    const bareKey = `per:kovalenko@${bareFirst.id}`
    expect((await store.getActorKeys(bareFirst.id))?.['per:kowalenko']).toBe(bareKey)
    await store.saveAnalysis(fullLater)
    expect((await store.getActorKeys(bareFirst.id))?.['per:kowalenko']).toBe(bareKey)
    const quotes = await store.listQuotes({ actor: 'per:igor-kovalenko' })
    expect(quotes.map((q) => q.outlet)).toEqual(['ORF.at'])
    expect(await store.getActorKeys('no-such-id')).toBeUndefined()
  })

  it('links a bare surname to the one stored full name whose articles name two of its actors (issue 18)', async () => {
    await store.saveAnalysis(gabrielFull)
    await store.saveAnalysis(gabrielAgreeing)
    await store.saveAnalysis(gabrielElsewhere)
    expect((await store.getActorKeys(gabrielAgreeing.id))?.['per:gabriel']).toBe('per:sigmar-gabrel')
    // one shared body is not enough
    expect((await store.getActorKeys(gabrielElsewhere.id))?.['per:gabriel']).toBe(
      `per:gabrel@${gabrielElsewhere.id}`,
    )
  })

  it('shows on the board and the timelines only events that name who acted, each party by its name', async () => {
    await store.saveAnalysis(standIn)
    // the corpus key folds the spelling (Mathias Reynard = Matias Reinard)
    const reynard = 'per:matias-reinard'
    const demands = await store.listDemands()
    expect(demands.filter((d) => d.documentId === standIn.id)).toEqual([
      expect.objectContaining({
        id: 'e2',
        actors: [reynard],
        actorNames: ['Mathias Reynard'],
        recipients: ['country:ITA'],
        recipientNames: ['Italien'],
      }),
    ])
    expect(demands.every((d) => d.type === 'REQUEST' && d.status === 'demanded')).toBe(true)
    // Blinken's demand of Lawrow in the founding article, its parties by the names most articles give them
    expect(
      demands.find((d) => d.documentId === founding.id && d.text.includes('Lage zu deeskalieren')),
    ).toMatchObject({ actorNames: ['Antony Blinken'], recipientNames: ['Sergej Lawrow'] })
    for (const d of demands)
      for (const name of [...d.actorNames, ...d.recipientNames]) expect(name).not.toMatch(/^[a-z]+:/u)
    expect((await store.listDemands({ actor: 'country:ITA' })).map((d) => d.id)).toEqual(['e2'])
    // the events list itself keeps every event
    expect((await store.listEvents({ documentId: standIn.id })).map((e) => e.id).sort()).toEqual([
      'e1',
      'e2',
      'e3',
      'e4',
      'e5',
    ])
    // the promise is the AGREE; the promised aid is no promise on the board
    const promises = (await store.listPromises()).filter((p) => p.promise.documentId === standIn.id)
    expect(promises.map((p) => [p.promise.id, p.state, p.due])).toEqual([['e4', 'open', '2026-01-31']])
    expect((await store.listPromises()).every((p) => p.promise.type === 'AGREE')).toBe(true)
    // his timeline: what he said, and what he did, not what the fire did
    const timeline = (await store.getActorTimeline(reynard)).items
    expect(timeline.map((item) => `${item.kind}:${item.id}`)).toEqual([
      'quote:q1',
      'event:e2',
      'event:e4',
      'event:e5',
    ])
  })

  it('gives every stored article back for export, with its corpus keys', async () => {
    const seen: string[] = []
    for await (const doc of store.eachDocument(2)) {
      seen.push(doc.analysis.id)
      if (doc.analysis.id === founding.id)
        expect(doc.actorKeys[lawrow?.id as string]).toBe('per:sergei-lavrov')
    }
    expect(seen).toEqual([...seen].sort())
    expect(new Set(seen)).toEqual(
      new Set([
        founding.id,
        followUp.id,
        dupe.id,
        otherCount.id,
        delivered.id,
        bareFirst.id,
        fullLater.id,
        gabrielFull.id,
        gabrielAgreeing.id,
        gabrielElsewhere.id,
        standIn.id,
      ]),
    )
    expect(await store.hasDocument(dupe.id)).toBe(true)
    expect(await store.hasDocument('nope')).toBe(false)
  })
})

// Two stores side by side: SQLite files, or two schemas of the test server.
const pairOpeners: [string, (name: string) => Promise<Store>][] = [
  [
    'sqlite',
    async (name) =>
      openStore({ path: join(mkdtempSync(join(tmpdir(), 'lagebild-batch-')), `${name}.sqlite`) }),
  ],
]
if (pgUrl) {
  pairOpeners.push([
    'postgres',
    async (name) => {
      const schema = `lagebild_batch_${name}`
      const client = new pg.Client({ connectionString: pgUrl })
      await client.connect()
      await client.query(`drop schema if exists ${schema} cascade; create schema ${schema}`)
      await client.end()
      const url = new URL(pgUrl)
      url.searchParams.set('options', `-c search_path=${schema}`)
      return openStore({ databaseUrl: url.toString() })
    },
  ])
}

describe.each(pairOpeners)('a batch on %s', (_name, open) => {
  it('stores as saving one article after another would: stories, surnames, keys, timelines', async () => {
    // the agency copy follows its original, the full name its bare surname, in the same batch
    const articles = [founding, followUp, dupe, bareFirst, otherCount, fullLater, delivered, founding]
    const [single, batched] = await Promise.all([open('single'), open('batched')])
    try {
      const one: Awaited<ReturnType<Store['saveAnalysis']>>[] = []
      for (const analysis of articles) one.push(await single.saveAnalysis(analysis))
      const many = await batched.saveAnalyses(articles.map((analysis) => ({ analysis })))
      expect(many).toEqual(one)
      expect(many.at(-1)).toEqual({ id: founding.id, created: false, storyId: founding.id })
      expect(many[2]?.storyId).toBe(founding.id)
      // a second batch with one stored and one new article
      const again = await batched.saveAnalyses([{ analysis: founding }, { analysis: dupe }])
      expect(again.map((r) => r.created)).toEqual([false, false])

      const view = async (store: Store) => {
        const actors = await store.listActors()
        return {
          documents: await store.listDocuments(),
          stories: await store.listStories(),
          actors,
          timelines: await Promise.all(actors.map((a) => store.getActorTimeline(a.key))),
          keys: await Promise.all(articles.map((a) => store.getActorKeys(a.id))),
          quotes: await store.listQuotes({ limit: 500 }),
          events: await store.listEvents({ limit: 500 }),
          promises: await store.listPromises(),
          disagreements: await store.listDisagreements(),
          search: await store.search('Lawrow'),
        }
      }
      const expected = await view(single)
      expect(expected.keys[3]?.['per:kowalenko']).toBe(`per:kovalenko@${bareFirst.id}`)
      expect(await view(batched)).toEqual(expected)
    } finally {
      await Promise.all([single.close(), batched.close()])
    }
  })
})

describe.each(pairOpeners)('search ranking on %s', (name, open) => {
  it('ranks the article that says it most first, and answers a full page however many articles match', async () => {
    const store = await open('ranking')
    try {
      // the article about the ceasefire itself, stored first: the oldest match
      const main = handMade(
        'Waffenruhe hält\n\nDie Waffenruhe im Osten hält seit Montag. Beide Seiten hätten die Waffenruhe bisher eingehalten, die Waffenruhe gelte bis Freitag.',
        { outlet: 'ORF.at', published: '2022-03-01' },
        () => ({}),
      )
      // 600 later reports that name it once: more than PostgreSQL ranks
      const reports = Array.from({ length: 600 }, (_, i) =>
        handMade(
          `Lage in Bezirk ${i + 1}\n\nIn Bezirk ${i + 1} meldete die Verwaltung ${i + 1} neue Schäden trotz Waffenruhe.`,
          { outlet: 'Kurier', published: '2022-03-02' },
          () => ({}),
        ),
      )
      await store.saveAnalysis(main)
      await store.saveAnalyses(reports.map((analysis) => ({ analysis })))
      const newest = reports.at(-1) as Analysis
      const page = await store.search('Waffenruhe', { limit: 20 })
      expect(page).toHaveLength(20)
      expect(new Set(page.map((h) => `${h.documentId}/${h.kind}/${h.ref}`)).size).toBe(20)
      if (name === 'sqlite') {
        expect(page[0]?.documentId).toBe(main.id)
      } else {
        // PostgreSQL ranks only the newest matches: the oldest one, however good, is beyond them
        expect(page.map((h) => h.documentId)).not.toContain(main.id)
        expect(page.map((h) => h.documentId)).toContain(newest.id)
      }
      // a filter narrows before the bound: the one ORF article is found among 601 matches
      expect((await store.search('Waffenruhe', { outlet: 'ORF.at' })).map((h) => h.documentId)).toEqual([
        main.id,
      ])
      // with few matches, the best comes first on both
      const few = await store.search('Waffenruhe', { from: '2022-03-01', to: '2022-03-01' })
      expect(few[0]?.documentId).toBe(main.id)
    } finally {
      await store.close()
    }
  })
})

/** A store file or schema that can be opened as a Store or, underneath it, as raw tables. */
interface StoreTarget {
  tables(): Kysely<Database>
  open(): Promise<Store>
}
const upgradeTargets: [Store['dialect'], (name: string) => Promise<StoreTarget>][] = [
  [
    'sqlite',
    async (name) => {
      const path = join(mkdtempSync(join(tmpdir(), 'lagebild-upgrade-')), `${name}.sqlite`)
      return {
        tables: () => new Kysely<Database>({ dialect: new SqliteDialect({ database: new Sqlite(path) }) }),
        open: () => openStore({ path }),
      }
    },
  ],
]
if (pgUrl) {
  upgradeTargets.push([
    'postgres',
    async (name) => {
      const schema = `lagebild_upgrade_${name}`
      const client = new pg.Client({ connectionString: pgUrl })
      await client.connect()
      await client.query(`drop schema if exists ${schema} cascade; create schema ${schema}`)
      await client.end()
      const url = new URL(pgUrl)
      url.searchParams.set('options', `-c search_path=${schema}`)
      return {
        tables: () =>
          new Kysely<Database>({
            dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url.toString(), max: 1 }) }),
          }),
        open: () => openStore({ databaseUrl: url.toString() }),
      }
    },
  ])
}

/** The migration the previous version of the store ended at (before the timeline's dates were stored). */
const PREVIOUS_MIGRATION = '0005-search-and-filter-indexes'
/** Columns the previous version did not have, by table. */
const NEW_COLUMNS: Partial<Record<keyof Database, string[]>> = {
  documents: ['lang'],
  quotes: ['timeline_date'],
  events: ['named'],
  event_participants: ['timeline_date', 'start', 'named'],
}

// Kowalenko's meeting with himself is absurd, but the store must not count an actor twice in one event: a bare
// surname and the full name in one article are one corpus actor, here as actor and as recipient.
const datedEvent = handMade(
  'Kowalenko in Brüssel\n\nIgor Kowalenko traf am 19. Jänner in Brüssel Vertreter der NATO, teilte Kowalenko mit.',
  { outlet: 'APA', published: '2022-01-27' },
  (at) => ({
    actors: [
      { id: 'per:igor-kowalenko', name: 'Igor Kowalenko', aliases: [], kind: 'person' },
      { id: 'per:kowalenko', name: 'Kowalenko', aliases: [], kind: 'person' },
    ],
    events: [
      {
        id: 'e1',
        type: 'CONSULT',
        status: 'occurred',
        when: '2022-01-19',
        actor: ['per:igor-kowalenko'],
        recipient: ['per:kowalenko'],
        span: at('Igor Kowalenko traf am 19. Jänner in Brüssel Vertreter der NATO'),
      },
    ],
  }),
)

// An article whose only demand has an actor no actor of the article holds, and no stand-in rule: the upgrade finds it
// by its rows, not by its rules.
const adjectiveOnly = handMade(
  'Rom verlangt Aufklärung\n\nDie italienische Regierung verlangte am Dienstag Aufklärung über den Brand.',
  { outlet: 'APA', published: '2026-01-07' },
  (at) => ({
    events: [
      {
        id: 'e1',
        type: 'REQUEST',
        status: 'demanded',
        actor: ['country:ITA'],
        recipient: [],
        span: at('Die italienische Regierung verlangte am Dienstag Aufklärung über den Brand'),
        rule: 'events/verb-trigger events/status-demand',
      },
    ],
  }),
)

describe.each(upgradeTargets)('a store of the previous version on %s', (dialect, target) => {
  it('upgrades in place, keeps every row, and answers the same timelines', async () => {
    const articles = [
      founding,
      followUp,
      dupe,
      bareFirst,
      fullLater,
      delivered,
      datedEvent,
      standIn,
      adjectiveOnly,
    ]
    const [reference, previous] = await Promise.all([target('reference'), target('previous')])
    const current = await reference.open()
    for (const analysis of articles) await current.saveAnalysis(analysis)

    // the previous version's database: its migrations, and the rows it wrote (all but the new columns)
    const old = previous.tables()
    const source = reference.tables()
    try {
      await migrateTo(old as Kysely<unknown>, dialect, PREVIOUS_MIGRATION)
      const tables = [
        'documents',
        'document_signatures',
        'story_bands',
        'corpus_actors',
        'actors',
        'quotes',
        'events',
        'event_participants',
        'quantities',
      ] as const
      for (const table of tables) {
        const rows = (await source.selectFrom(table).selectAll().execute()) as Record<string, unknown>[]
        for (const row of rows) for (const column of NEW_COLUMNS[table] ?? []) delete row[column]
        if (rows.length)
          await old
            .insertInto(table)
            .values(rows as never)
            .execute()
      }
      const search = await source
        .selectFrom('search_rows')
        .select(['document_id', 'kind', 'ref', 'body'])
        .execute()
      await old
        .insertInto('search_rows')
        .values(search as never)
        .execute()
      // it really is the previous schema: the timeline's date is not there yet
      await expect(old.selectFrom('quotes').select('timeline_date').execute()).rejects.toThrow()
    } finally {
      await Promise.all([old.destroy(), source.destroy()])
    }

    const upgraded = await previous.open()
    try {
      const actors = await current.listActors()
      expect(await upgraded.listActors()).toEqual(actors)
      for (const { key } of actors) {
        const all = await current.getActorTimeline(key)
        expect(await upgraded.getActorTimeline(key)).toEqual(all)
        expect(await upgraded.getActorTimeline(key, { limit: 3 })).toEqual(
          await current.getActorTimeline(key, { limit: 3 }),
        )
      }
      // the event stands at its own date, before the article's, and once though its actor is in it twice
      const kowalenko = (await upgraded.getActorTimeline('per:igor-kovalenko')).items
      expect(kowalenko.filter((item) => item.documentId === datedEvent.id)).toEqual([
        expect.objectContaining({ kind: 'event', id: 'e1', date: '2022-01-19' }),
      ])
      // the bare "Kowalenko" of 2022-01-25 is not joined to another article's Igor Kowalenko on its own
      expect(kowalenko.map((item) => item.date)).toEqual(['2022-01-19', '2022-01-26'])
      // nothing else was lost on the way
      expect(await upgraded.listDocuments()).toEqual(await current.listDocuments())
      expect(await upgraded.listQuotes({ limit: 500 })).toEqual(await current.listQuotes({ limit: 500 }))
      expect(await upgraded.listEvents({ limit: 500 })).toEqual(await current.listEvents({ limit: 500 }))
      // the board's rule holds for the rows stored before it: the stand-in's demand stays off the board
      expect(await upgraded.listDemands()).toEqual(await current.listDemands())
      expect(await upgraded.listPromises()).toEqual(await current.listPromises())
      const onBoard = (await upgraded.listDemands()).map((d) => `${d.documentId}:${d.id}`)
      expect(onBoard).toContain(`${standIn.id}:e2`)
      expect(onBoard).not.toContain(`${standIn.id}:e1`)
      expect(onBoard).not.toContain(`${adjectiveOnly.id}:e1`)
      expect((await upgraded.getActorTimeline('per:matias-reinard')).items.map((item) => item.id)).toEqual([
        'q1',
        'e2',
        'e4',
        'e5',
      ])
      // the roles stored before the upgrade are read from the stored analyses, keyed as their actors are
      expect((await upgraded.getActor('per:sergei-lavrov'))?.roles).toEqual(
        (await current.getActor('per:sergei-lavrov'))?.roles,
      )
      expect((await upgraded.getActor('per:sergei-lavrov'))?.roles?.length).toBeGreaterThan(0)
      expect(await upgraded.search('Lawrow')).toEqual(await current.search('Lawrow'))
      expect(await upgraded.getAnalysis(founding.id)).toEqual(founding)
      // and an article saved after the upgrade joins the timeline as in a store made new
      await Promise.all([upgraded.saveAnalysis(otherCount), current.saveAnalysis(otherCount)])
      const lavrov = 'per:sergei-lavrov'
      expect(await upgraded.getActorTimeline(lavrov)).toEqual(await current.getActorTimeline(lavrov))
    } finally {
      await Promise.all([upgraded.close(), current.close()])
    }
  })
})

describe.each(dialects)('actors without a name on %s', (_name, open) => {
  let store: Store
  beforeAll(async () => {
    store = await open()
  })
  afterAll(async () => {
    await store.close()
  })

  it('never links a bare "Polizei" of two stories, but may link "die ägyptische Polizei"', async () => {
    const berlin = analyze(
      'Razzia in Neukölln\n\nDie Polizei durchsuchte am Dienstag in Berlin mehrere Wohnungen. Die Polizei nahm zwei Männer fest.',
      { published: '2024-03-05', outlet: 'rbb' },
      env,
    )
    const caracas = analyze(
      'Proteste in Venezuela\n\nIn Caracas löste die Polizei eine Kundgebung der Opposition mit Tränengas auf.',
      { published: '2024-07-30', outlet: 'DW' },
      env,
    )
    const cairo = [
      'Die ägyptische Polizei hat in Kairo Dutzende Demonstranten festgenommen.',
      'Nach Protesten gegen die Regierung nahm die ägyptische Polizei mehrere Studenten fest, teilten Anwälte mit.',
    ].map((text, i) => analyze(`Festnahmen in Ägypten\n\n${text}`, { published: `2024-0${i + 1}-10` }, env))
    for (const a of [berlin, caracas, ...cairo]) await store.saveAnalysis(a)
    const keyOf = async (a: Analysis, id: string) => (await store.getActorKeys(a.id))?.[id]
    expect(berlin.actors.map((a) => a.id)).toContain('org:local:polizei')
    expect(caracas.actors.map((a) => a.id)).toContain('org:local:polizei')
    const [inBerlin, inCaracas] = [
      await keyOf(berlin, 'org:local:polizei'),
      await keyOf(caracas, 'org:local:polizei'),
    ]
    expect(inBerlin).toMatch(/^org:local:polizei@/u)
    expect(inCaracas).toMatch(/^org:local:polizei@/u)
    expect(inBerlin).not.toBe(inCaracas)
    const [first, second] = cairo as [Analysis, Analysis]
    expect(await keyOf(first, 'org:egy-polizei')).toBe('org:egy-polizei')
    expect(await keyOf(second, 'org:egy-polizei')).toBe('org:egy-polizei')
    const police = (await store.listActors()).filter((a) => /Polizei/u.test(a.name))
    expect(police.find((a) => a.key === 'org:egy-polizei')?.documents).toBe(2)
    expect(police.filter((a) => a.key.startsWith('org:local:polizei@'))).toHaveLength(2)
  })

  it('meets one person across spellings of his given name, but never a role of another story (issue 18)', async () => {
    const [sigmar, siegmar, christiane] = [
      'Energiewende\n\nSPD-Chef Sigmar Gabriel kritisierte am Montag in Berlin den Beschluss der Regierung.',
      'Atlantik-Brücke\n\nDer frühere Minister Siegmar Gabriel führt heute die Lobbygruppe Atlantik-Brücke in Berlin.',
      'Gabriel-Preis\n\nDie Autorin Christiane Gabriel erhielt in Hamburg am Freitag einen Literaturpreis.',
    ].map((text, i) => analyze(text, { published: `2024-0${i + 1}-02` }, env))
    const [kyiv2014, kyiv2024] = [
      'Krise in Kiew\n\nDer ukrainische Präsident sagte am Abend in Kiew, man werde sich verteidigen.',
      'Lage an der Front\n\nDer ukrainische Präsident warnte am Sonntag in einer Videobotschaft vor neuen Angriffen.',
    ].map((text, i) => analyze(text, { published: `20${14 + 10 * i}-03-01` }, env))
    for (const a of [sigmar, siegmar, christiane, kyiv2014, kyiv2024] as Analysis[])
      await store.saveAnalysis(a)
    const personKey = async (a: Analysis, name: RegExp) => {
      const actor = a.actors.find((x) => x.kind === 'person' && name.test(x.name))
      return actor && (await store.getActorKeys(a.id))?.[actor.id]
    }
    const gabriel = await personKey(sigmar as Analysis, /Gabriel/u)
    expect(gabriel).toBe('per:sigmar-gabrel')
    expect(await personKey(siegmar as Analysis, /Gabriel/u)).toBe(gabriel)
    expect(await personKey(christiane as Analysis, /Gabriel/u)).not.toBe(gabriel)
    const president = async (a: Analysis) => personKey(a, /Präsident/u)
    expect(await president(kyiv2014 as Analysis)).toMatch(/^per:local:ukr-praesident@/u)
    expect(await president(kyiv2014 as Analysis)).not.toBe(await president(kyiv2024 as Analysis))
  })
})

describe.each(dialects)('search by stem on %s', (_name, open) => {
  let store: Store
  const caracas = analyze(
    'Neue Sanktionen gegen Venezuela\n\nDie USA verhängen neue Sanktionen gegen Venezuela. „Wir werden nicht nachgeben“, sagte Außenminister Yván Gil in Caracas.',
    { published: '2024-08-02', outlet: 'DW' },
    env,
  )
  const oil = analyze(
    'Ölexporte Venezuelas brechen ein\n\nDie Ölexporte Venezuelas sind im Juli um ein Drittel gefallen. Eine einzige Sanktion reiche dafür nicht aus, sagte ein Analyst.',
    { published: '2024-08-05T07:15:00.000Z', outlet: 'Reuters' },
    env,
  )
  const talks = analyze(
    'Venezuela talks stalled\n\nThe United States and Venezuela talked for hours in Doha. The sanctioned oil minister said more meetings would follow.',
    { published: '2024-08-06' },
    env,
  )
  beforeAll(async () => {
    store = await open()
    for (const a of [caracas, oil, talks]) await store.saveAnalysis(a)
  })
  afterAll(async () => {
    await store.close()
  })

  it('finds an inflected form by another: Venezuelas and Venezuela, Sanktionen and Sanktion', async () => {
    const documents = async (q: string) =>
      new Set((await store.search(q, { limit: 500 })).map((h) => h.documentId))
    expect(await documents('Venezuelas')).toEqual(new Set([caracas.id, oil.id, talks.id]))
    expect(await documents('Venezuela')).toEqual(new Set([caracas.id, oil.id, talks.id]))
    expect(await documents('Sanktion')).toEqual(new Set([caracas.id, oil.id]))
    expect(await documents('Sanktionen')).toEqual(new Set([caracas.id, oil.id]))
    expect(await store.countSearch('Sanktion')).toBe((await store.search('Sanktion', { limit: 500 })).length)
    // every word must match, in some form
    expect(await documents('Venezuelas Caracas')).toEqual(new Set([caracas.id]))
    expect(await documents('Kolumbien')).toEqual(new Set())
  })

  it('stems an English article by English rules: talks finds talked, meeting meetings, sanction sanctioned', async () => {
    expect(talks.lang).toBe('en')
    const documents = async (q: string) =>
      new Set((await store.search(q, { limit: 500 })).map((h) => h.documentId))
    expect(await documents('talks')).toEqual(new Set([talks.id]))
    expect(await documents('meeting')).toEqual(new Set([talks.id]))
    expect(await documents('sanction minister')).toEqual(new Set([talks.id]))
    const [hit] = (await store.search('talk')).filter((h) => h.kind === 'document')
    expect(hit?.marks.map(([start, end]) => hit.text.slice(start, end))).toEqual(['talks', 'talked'])
  })

  it('marks the matched form in the hit and names a quote’s speaker and kind', async () => {
    const [hit] = (await store.search('Venezuelas', { outlet: 'DW' })).filter((h) => h.kind === 'document')
    expect(hit?.marks.map(([start, end]) => hit.text.slice(start, end))).toContain('Venezuela')
    const quote = (await store.search('nachgeben')).find((h) => h.kind === 'quote')
    expect(quote).toMatchObject({ quoteKind: 'direct', speakerName: expect.stringContaining('Gil') })
    expect(quote?.speaker).toMatch(/^per:/u)
    const article = (await store.search('Ölexporte')).find((h) => h.kind === 'document')
    expect(article).toMatchObject({ quoteKind: null, speaker: null, speakerName: null })
  })

  it('stores published in one form: a date, or a date-time with zone', async () => {
    const byId = new Map((await store.listDocuments()).map((d) => [d.id, d.published]))
    expect(byId.get(caracas.id)).toBe('2024-08-02')
    expect(byId.get(oil.id)).toBe('2024-08-05T07:15:00+00:00')
    expect((await store.getAnalysis(oil.id))?.source?.published).toBe('2024-08-05T07:15:00+00:00')
    const badDate = analyze('Kurz\n\nEin Satz.', { published: '2024-02-30' }, env)
    await expect(store.saveAnalysis(badDate)).rejects.toThrow(/published: "2024-02-30" is not a date/u)
    expect(await store.hasDocument(badDate.id)).toBe(false)
  })
})

describe.each(upgradeTargets)('dates stored before one form on %s', (_dialect, target) => {
  it('are rewritten on open, with the timeline copies and the analysis', async () => {
    const stored = await target('dates')
    const article = analyze(
      'Gespräche in Genf\n\n„Wir bleiben im Gespräch“, sagte Außenminister Sergej Lawrow am Freitag.',
      { published: '2022-01-21T09:30:13+01:00', outlet: 'ORF.at' },
      env,
    )
    const first = await stored.open()
    await first.saveAnalysis(article)
    await first.close()
    // what an earlier version wrote: the date as the page gave it, copied beside the timeline's rows
    const raw = '2022-01-21T08:30:13.000Z'
    const tables = stored.tables()
    try {
      const { analysis } = await tables
        .selectFrom('documents')
        .select('analysis')
        .where('id', '=', article.id)
        .executeTakeFirstOrThrow()
      const old = JSON.parse(analysis) as Analysis
      await tables
        .updateTable('documents')
        .set({
          published: raw,
          analysis: JSON.stringify({ ...old, source: { ...old.source, published: raw } }),
        })
        .execute()
      for (const table of ['quotes', 'quote_speakers', 'event_participants'] as const)
        await tables.updateTable(table).set({ timeline_date: raw }).execute()
      // the store before migration 0010: neither it nor the later ones ran
      await sql`delete from kysely_migration where name >= '0010-published-format'`.execute(tables)
      await sql`alter table documents drop column lang`.execute(tables)
      await sql`drop table actor_roles`.execute(tables)
    } finally {
      await tables.destroy()
    }
    const upgraded = await stored.open()
    try {
      const [doc] = await upgraded.listDocuments()
      expect(doc?.published).toBe('2022-01-21T08:30:13+00:00')
      expect((await upgraded.getAnalysis(article.id))?.source?.published).toBe('2022-01-21T08:30:13+00:00')
      const [quote] = await upgraded.listQuotes()
      const speaker = quote?.speaker as string
      expect((await upgraded.getActorTimeline(speaker)).items.map((item) => item.date)).toContain(
        '2022-01-21T08:30:13+00:00',
      )
    } finally {
      await upgraded.close()
    }
  })
})
