import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStore, type Store } from '../store/index.ts'
import { buildApp } from './app.ts'

const run = promisify(execFile)
const START_POSTGRES = new URL('../../scripts/start-postgres.sh', import.meta.url).pathname
const FOUNDING = readFileSync(
  new URL('../../test/fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
  'utf8',
)

/**
 * A throwaway PostgreSQL server of this test's own (the shared test server must stay up for the other suites),
 * stopped and started again under a running app. Runs where the test setup has PostgreSQL
 * (LAGEBILD_TEST_DATABASE_URL set, so scripts/start-postgres.sh works).
 */
interface Cluster {
  url: string
  pgCtl: string[]
  dir: string
  port: string
}

async function startCluster(): Promise<Cluster> {
  const { stdout, stderr } = await run('bash', [START_POSTGRES], {
    env: { ...process.env, LAGEBILD_PG_PORT: '56432' },
  })
  // "start-postgres: server in DIR/data (stop: [runuser -u postgres --] BIN/pg_ctl -D DIR/data stop)"
  const found = stderr.match(/server in (\S+)\/data \(stop: (.*) stop\)/u)
  if (!found?.[1] || !found[2]) throw new Error(`start-postgres said: ${stderr}`)
  const url = stdout.trim()
  return { url, dir: found[1], pgCtl: found[2].split(' '), port: new URL(url).port }
}

const pgCtl = (cluster: Cluster, ...args: string[]) =>
  run(cluster.pgCtl[0] as string, [...cluster.pgCtl.slice(1), ...args])

describe.runIf(process.env.LAGEBILD_TEST_DATABASE_URL)('serve while PostgreSQL restarts', () => {
  let cluster: Cluster
  let store: Store
  let app: FastifyInstance
  const lost: Error[] = []
  const logLines: string[] = []

  beforeAll(async () => {
    cluster = await startCluster()
    store = await openStore({ databaseUrl: cluster.url, onConnectionError: (error) => lost.push(error) })
    app = await buildApp({
      store,
      logger: { level: 'warn', stream: { write: (line) => logLines.push(line) } },
    })
  }, 60_000)
  afterAll(async () => {
    await app?.close()
    await store?.close()
    if (cluster) await pgCtl(cluster, 'stop', '-m', 'immediate').catch(() => undefined)
  })

  it('answers 503 LB_STORE_UNAVAILABLE while the database is away, and 200 again when it is back', async () => {
    const stored = await app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { text: FOUNDING, published: '2022-01-21' },
    })
    expect(stored.statusCode).toBe(201)
    const { id } = stored.json() as { id: string }
    // several requests at once leave several idle connections in the pool
    const before = await Promise.all(
      ['/api/documents', '/api/quotes', '/api/health'].map((url) => app.inject(url)),
    )
    expect(before.map((r) => r.statusCode)).toEqual([200, 200, 200])
    expect(before[2]?.json()).toEqual({ ok: true, dialect: 'postgres', database: 'ok' })

    await pgCtl(cluster, 'stop', '-m', 'fast')
    // the server's "terminating connection due to administrator command" reached the idle connections: reported,
    // not thrown (unhandled, it ended the process)
    for (let i = 0; i < 50 && lost.length === 0; i++) await new Promise((r) => setTimeout(r, 100))
    expect(lost.length).toBeGreaterThan(0)

    const away = await app.inject('/api/documents')
    expect(away.statusCode).toBe(503)
    expect(away.json()).toMatchObject({ error: 'LB_STORE_UNAVAILABLE' })
    expect(away.json().message).toContain(`127.0.0.1:${cluster.port}`)
    expect(away.headers['retry-after']).toBe('5')
    const health = await app.inject('/api/health')
    expect(health.statusCode).toBe(503)
    expect(health.json()).toMatchObject({ ok: false, database: 'unreachable', error: 'LB_STORE_UNAVAILABLE' })
    const post = await app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { text: `${FOUNDING}\n\nNachtrag.` },
    })
    expect(post.statusCode).toBe(503)

    // the 503 is one JSON line in the log, found by the request id the answer carries
    const requestId = away.headers['x-request-id']
    const entries = logLines.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(logLines.every((line) => line.trim().split('\n').length === 1)).toBe(true)
    expect(entries.find((e) => e.reqId === requestId)).toMatchObject({
      level: 40,
      code: 'LB_STORE_UNAVAILABLE',
    })

    await pgCtl(
      cluster,
      '-l',
      `${cluster.dir}/server.log`,
      '-w',
      '-o',
      `-h 127.0.0.1 -p ${cluster.port} -k ${cluster.dir} -c fsync=off`,
      'start',
    )
    let back = await app.inject('/api/health')
    for (let i = 0; i < 100 && back.statusCode !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100))
      back = await app.inject('/api/health')
    }
    expect(back.statusCode).toBe(200)
    const documents = await app.inject('/api/documents')
    expect(documents.statusCode).toBe(200)
    expect((documents.json() as { documents: { id: string }[] }).documents.map((d) => d.id)).toEqual([id])
  }, 120_000)
})
