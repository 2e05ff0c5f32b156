import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Analysis, createEnv } from '../document/index.ts'
import { analyze } from '../pipeline.ts'
import { openStore } from './open-store.ts'
import type { Store } from './store-types.ts'

const FOUNDING = readFileSync(new URL('../../test/fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url), 'utf8')
const env = createEnv()
const founding = analyze(FOUNDING, { published: '2022-01-21', outlet: 'ORF.at', uri: 'https://orf.at/stories/3244968/' }, env)
// A second outlet, days later, spelling the minister the English way.
const followUp = analyze(
  'Lawrow warnt den Westen\n\nDer russische Außenminister Sergey Lavrov hat am Montag erneut schriftliche Garantien verlangt. Russland werde nicht ewig warten, sagte Lavrov in Moskau.',
  { published: '2022-01-24', outlet: 'Der Standard' },
  env,
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
    expect(await store.saveAnalysis(founding)).toEqual({ id: founding.id, created: false })
    expect(await store.getAnalysis(founding.id)).toEqual(founding)
    expect(await store.getAnalysis('no-such-id')).toBeUndefined()
    expect((await store.listDocuments()).map((d) => d.id)).toEqual([followUp.id, founding.id])
  })

  it('lists documents with their title, outlet and counts, filtered by outlet and date', async () => {
    const [doc] = await store.listDocuments({ outlet: 'ORF.at' })
    expect(doc).toMatchObject({ id: founding.id, title: 'Keine Annäherung bei USA-Russland-Treffen', published: '2022-01-21' })
    expect(doc?.quotes).toBe(founding.quotes.length)
    expect((await store.listDocuments({ from: '2022-01-22' })).map((d) => d.outlet)).toEqual(['Der Standard'])
    expect(await store.listDocuments({ to: '2022-01-20' })).toEqual([])
  })

  it('meets Lawrow and Lavrov as one actor across articles', async () => {
    expect(lawrow).toBeDefined()
    const actors = await store.listActors()
    const minister = actors.find((a) => a.aliases.includes('Sergey Lavrov') || a.name === 'Sergej Lawrow')
    expect(minister?.documents).toBe(2)
    const timeline = await store.getActorTimeline(minister?.key as string)
    expect(timeline.length).toBeGreaterThan(3)
    expect(timeline.at(-1)).toMatchObject({ date: '2022-01-24', kind: 'quote', text: 'Russland werde nicht ewig warten' })
    expect(timeline.map((t) => t.date)).toEqual([...timeline.map((t) => t.date)].sort())
  })

  it('lists quotes by speaker across articles', async () => {
    const key = (await store.listActors()).find((a) => a.name === 'Sergej Lawrow' || a.aliases.includes('Lawrow'))?.key as string
    const quotes = await store.listQuotes({ actor: key })
    expect(quotes.some((q) => q.text === 'Das Treffen sei „offen und nützlich“ gewesen' && q.outlet === 'ORF.at')).toBe(true)
    expect(quotes.some((q) => q.outlet === 'Der Standard')).toBe(true)
    for (const q of quotes.filter((q) => q.documentId === founding.id)) expect(founding.text.slice(...q.span)).toBe(q.text)
  })

  it('searches articles and quotes, with filters', async () => {
    const hits = await store.search('Sicherheitsgarantien')
    expect(hits.some((h) => h.documentId === founding.id)).toBe(true)
    const quoteHits = await store.search('nützlich')
    expect(quoteHits.some((h) => h.kind === 'quote' && h.text.includes('offen und nützlich'))).toBe(true)
    expect(await store.search('Sicherheitsgarantien', { outlet: 'Der Standard' })).toEqual([])
    expect((await store.search('Garantien', { from: '2022-01-23' })).map((h) => h.documentId)).toContain(followUp.id)
  })

  it('survives hostile queries and refuses a broken analysis without losing what is stored', async () => {
    expect(await store.search('"); drop table documents; --')).toBeDefined()
    expect(await store.search('NEAR( * OR')).toBeDefined()
    const broken = { ...founding, id: 'broken', sentences: [[0, founding.text.length + 5]] } as Analysis
    await expect(store.saveAnalysis(broken)).rejects.toThrow()
    expect(await store.getAnalysis('broken')).toBeUndefined()
    expect((await store.listDocuments()).length).toBe(2)
  })
})
