import { readFileSync } from 'node:fs'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AnalysisPool, createAnalysisPool } from '../src/pool/index.ts'
import { buildApp } from '../src/serve/index.ts'
import { openStore, type Store } from '../src/store/index.ts'

const FOUNDING = readFileSync(
  new URL('./fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
  'utf8',
)
// About 1 MB of real article text: seconds of analysis at any speed this code has had or aims at
const LONG = Array.from({ length: 120 }, (_, i) => `Bericht ${i + 1}\n\n${FOUNDING}`).join('\n\n')

let store: Store
let pool: AnalysisPool
let app: FastifyInstance

beforeAll(async () => {
  store = await openStore({ path: ':memory:' })
  // one thread, nobody may wait for it, and an article may hold it 5 s of wall-clock time
  pool = createAnalysisPool({ workers: 1, maxWaiting: 0, timeoutMs: 5_000 })
  app = await buildApp({ store, analyzer: pool })
  await pool.ready()
}, 120_000)

afterAll(async () => {
  await app.close()
  await pool.close()
  await store.close()
})

describe('serve with an analysis pool', () => {
  it('answers /api/health while a long article is analysed, refuses another with 503 LB_BUSY, and stops the long one at its time limit', async () => {
    let longAnswered = false
    const long = app
      .inject({ method: 'POST', url: '/api/documents', payload: { text: LONG } })
      .then((response) => {
        longAnswered = true
        return response
      })
    // the article reaches the thread once the request's body is read and checked
    while (pool.pending === 0) await new Promise((resolve) => setTimeout(resolve, 10))

    const health = await app.inject({ url: '/api/health' })
    expect(health.statusCode).toBe(200)
    expect(health.json()).toMatchObject({ ok: true, database: 'ok' })
    const busy = await app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { text: 'Lawrow sagte, man werde reden.' },
    })
    expect(busy.statusCode).toBe(503)
    expect(busy.json().error).toBe('LB_BUSY')
    expect(busy.headers['retry-after']).toBe('5')
    expect(longAnswered).toBe(false)

    const timedOut = await long
    expect(timedOut.statusCode).toBe(503)
    expect(timedOut.json()).toMatchObject({
      error: 'LB_ANALYSIS_TIMEOUT',
      message: expect.stringContaining('stopped after 5.0 s'),
    })
  }, 120_000)

  it('analyses and stores an article in a thread once one is free again', async () => {
    await pool.ready()
    // the thread that was stopped is replaced: wait until its successor has loaded its lexicons
    let response = await app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { text: FOUNDING, published: '2022-01-21', outlet: 'ORF.at' },
    })
    while (response.statusCode === 503 && response.json().error === 'LB_BUSY') {
      await new Promise((resolve) => setTimeout(resolve, 200))
      response = await app.inject({
        method: 'POST',
        url: '/api/documents',
        payload: { text: FOUNDING, published: '2022-01-21', outlet: 'ORF.at' },
      })
    }
    expect(response.statusCode).toBe(201)
    const stored = await app.inject({ url: `/api/documents/${response.json().id}` })
    expect(stored.json().quotes.length).toBeGreaterThan(5)
  }, 120_000)
})
