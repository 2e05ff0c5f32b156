import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it, vi } from 'vitest'
import { main } from '../src/cli/main.ts'

const FOUNDING = readFileSync(
  new URL('./fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
  'utf8',
)
const VENEZUELA = new URL('./fixtures/corpus/venezuela-2024.jsonl', import.meta.url).pathname
const root = mkdtempSync(join(tmpdir(), 'lagebild-ingest-workers-'))

// The founding article, two agency copies of it (near-duplicates that join its story, whichever is stored
// first decides), an exact copy, and an empty file that fails: what order could change, if the writer let it.
const AGENCY = FOUNDING.split('\n').slice(2, 12).join('\n')
const FILES: Record<string, string> = {
  'a-orf.txt': FOUNDING,
  'b-apa.txt': `Keine Annäherung in Genf\n\n${AGENCY}`,
  'c-standard.txt': `Lawrow und Blinken reden weiter\n\n${AGENCY.slice(0, Math.floor(AGENCY.length * 0.8))}`,
  'd-copy.txt': FOUNDING,
  'e-empty.txt': ' \n',
}

async function ingestWith(workers: number) {
  const folder = join(root, 'in')
  mkdirSync(folder, { recursive: true })
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(folder, name), text)
  const db = join(root, `workers-${workers}.sqlite`)
  let stdout = ''
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  try {
    const code = await main(
      ['node', 'lagebild', 'ingest', folder, VENEZUELA, '--db', db, '--workers', String(workers)],
      (s) => {
        stdout += s
      },
    )
    return { code, stdout, db }
  } finally {
    spy.mockRestore()
  }
}

/**
 * Every row of every table, less the clock's columns: in rowid order, which is the order of inserting (a table
 * WITHOUT ROWID reads in its primary key's order). Two stores alike here are alike.
 */
function dump(db: string): Record<string, unknown[]> {
  const sqlite = new Database(db, { readonly: true })
  try {
    const tables = sqlite
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%' ORDER BY name",
      )
      .all() as Array<{ name: string; sql: string }>
    return Object.fromEntries(
      tables.map(({ name, sql }) => {
        const order = /WITHOUT ROWID/iu.test(sql) ? '' : ' ORDER BY rowid'
        const rows = sqlite.prepare(`SELECT * FROM "${name}"${order}`).all() as Array<Record<string, unknown>>
        return [name, rows.map(({ created_at: _clock, ...row }) => row)]
      }),
    )
  } finally {
    sqlite.close()
  }
}

describe('lagebild ingest --workers', () => {
  it('stores the same rows in the same order with two threads as with one', async () => {
    const one = await ingestWith(1)
    const two = await ingestWith(2)
    expect(one.stdout).toMatch(/^59 new, 1 already stored, 1 failed, 1 near-duplicates of stored stories/u)
    expect(two.stdout).toBe(one.stdout)
    expect([one.code, two.code]).toEqual([1, 1])
    const [first, second] = [dump(one.db), dump(two.db)]
    expect(first.documents).toHaveLength(59)
    expect(Object.keys(second)).toEqual(Object.keys(first))
    for (const table of Object.keys(first)) expect(second[table], table).toEqual(first[table])
  }, 240_000)

  it('refuses --workers that is no whole number from 1, before anything runs', async () => {
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    try {
      const code = await main(
        ['node', 'lagebild', 'ingest', VENEZUELA, '--workers', '0', '--db', ':memory:'],
        () => {},
      )
      expect(code).toBe(2)
      expect(spy.mock.calls.map(([chunk]) => String(chunk)).join('')).toContain('--workers 0')
    } finally {
      spy.mockRestore()
    }
  })
})
