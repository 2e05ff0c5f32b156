import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { openStore } from '../src/store/index.ts'
import { stepArticles } from './store-writer.ts'

const run = promisify(execFile)
const WRITER = new URL('./store-writer.ts', import.meta.url).pathname
const STEPS = 60

interface WriterResult {
  writer: string
  created: number
  stored: number
  failed: number
  errors: string[]
}

/** Both writers start at once on a store neither has opened yet: they race for the migrations too. */
async function twoWriters(target: string[], batch: number): Promise<WriterResult[]> {
  const writer = (name: string) =>
    run(
      process.execPath,
      [
        '--import',
        'tsx',
        WRITER,
        ...target,
        '--writer',
        name,
        '--steps',
        String(STEPS),
        '--batch',
        String(batch),
      ],
      { timeout: 120_000 },
    ).then(({ stdout }) => JSON.parse(stdout) as WriterResult)
  return Promise.all([writer('a'), writer('b')])
}

// SQLite always; PostgreSQL when the test setup started a server (a schema of its own per run)
const targets: [string, () => Promise<{ args: string[]; open: () => ReturnType<typeof openStore> }>][] = [
  [
    'sqlite',
    async () => {
      const path = join(mkdtempSync(join(tmpdir(), 'lagebild-writers-')), 'two.sqlite')
      return { args: ['--db', path], open: () => openStore({ path }) }
    },
  ],
]
const pgUrl = process.env.LAGEBILD_TEST_DATABASE_URL
if (pgUrl) {
  targets.push([
    'postgres',
    async () => {
      const schema = `lagebild_writers_${process.pid}_${Math.floor(Math.random() * 1e6)}`
      const client = new pg.Client({ connectionString: pgUrl })
      await client.connect()
      await client.query(`create schema ${schema}`)
      await client.end()
      const url = new URL(pgUrl)
      url.searchParams.set('options', `-c search_path=${schema}`)
      return { args: ['--url', url.toString()], open: () => openStore({ databaseUrl: url.toString() }) }
    },
  ])
}

describe.each(targets)('two writers on one %s store', (_name, prepare) => {
  // 1: an article a transaction, as `lagebild ingest` saves; 10: ten steps a transaction (saveAnalyses)
  it.each([1, 10])(
    'store every article exactly once, and lose none (%i steps a transaction)',
    async (batch) => {
      const { args, open } = await prepare()
      const results = await twoWriters(args, batch)
      expect(results.map((r) => r.errors)).toEqual([[], []])
      expect(results.map((r) => r.failed)).toEqual([0, 0])

      // each writer's own article of a step, and the one both save
      const expected = new Set<string>()
      for (let step = 0; step < STEPS; step++)
        for (const writer of ['a', 'b'] as const)
          for (const a of stepArticles(writer, step)) expected.add(a.id)
      expect(expected.size).toBe(STEPS * 3)
      // every article created by exactly one of them; the other found it stored
      const [a, b] = results as [WriterResult, WriterResult]
      expect(a.created + b.created).toBe(expected.size)
      expect(a.created + a.stored).toBe(STEPS * 2)

      const store = await open()
      try {
        expect(await store.countDocuments()).toBe(expected.size)
        for (const id of expected) expect(await store.hasDocument(id)).toBe(true)
        // the article both saved has its three people once each, keyed as the corpus keys them
        const [, shared] = stepArticles('a', 7)
        expect(Object.keys((await store.getActorKeys(shared?.id ?? '')) ?? {})).toHaveLength(3)
        // one actor per person of all steps (three a step), however many articles name each
        expect(await store.countActors()).toBe(STEPS * 3)
      } finally {
        await store.close()
      }
    },
    120_000,
  )
})
