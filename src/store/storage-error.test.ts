import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { isLagebildError } from '../document/index.ts'
import { isTransientWriteError, withRetry } from './retry.ts'
import { describeStorageError, isFatalStorageError, storageErrorCode } from './storage-error.ts'

/** The error a real SQLite statement throws. */
function sqliteError(run: (db: Sqlite.Database) => void, options: Sqlite.Options = {}): unknown {
  const path = join(mkdtempSync(join(tmpdir(), 'lagebild-errors-')), 'e.sqlite')
  new Sqlite(path).exec('create table t (x blob)').close()
  const db = new Sqlite(path, options)
  try {
    run(db)
  } catch (error) {
    return error
  } finally {
    db.close()
  }
  throw new Error('the statement did not fail')
}

describe('storage errors', () => {
  it('names a full database (SQLite refusing to grow past its page limit is SQLITE_FULL) with its path', () => {
    const full = sqliteError((db) => {
      db.pragma('max_page_count = 4')
      db.prepare('insert into t values (?)').run(Buffer.alloc(64 * 1024))
    })
    expect((full as { code: string }).code).toBe('SQLITE_FULL')
    const described = describeStorageError(full, { path: '/data/lagebild.sqlite' })
    expect(isFatalStorageError(described)).toBe(true)
    expect(described).toMatchObject({ code: 'LB_STORE_FULL', status: 507 })
    expect((described as Error).message).toMatch(
      /disk that holds the database is full.*\/data\/lagebild\.sqlite: SQLITE_FULL: database or disk is full/u,
    )
  })

  it('names a read-only database', () => {
    const readOnly = sqliteError((db) => db.prepare('insert into t values (1)').run(), { readonly: true })
    expect(storageErrorCode(readOnly)).toBe('LB_STORE_READONLY')
    expect(storageErrorCode(Object.assign(new Error('read-only file system'), { code: 'EROFS' }))).toBe(
      'LB_STORE_READONLY',
    )
  })

  it('names an unreachable PostgreSQL server, without its password', async () => {
    // nothing listens on port 1
    const client = new pg.Client({ connectionString: 'postgres://me:secret@127.0.0.1:1/db' })
    const refused = await client.connect().then(
      () => undefined,
      (error: unknown) => error,
    )
    const described = describeStorageError(refused, { server: 'postgresql://127.0.0.1:1/db' })
    expect(described).toMatchObject({ code: 'LB_STORE_UNAVAILABLE', status: 503 })
    expect((described as Error).message).toContain('postgresql://127.0.0.1:1/db')
    expect((described as Error).message).not.toContain('secret')
    // pg reports a connection lost mid-query by its message only
    expect(storageErrorCode(new Error('Connection terminated unexpectedly'))).toBe('LB_STORE_UNAVAILABLE')
  })

  it.each([
    ['53100', 'LB_STORE_FULL'], // disk_full
    ['25006', 'LB_STORE_READONLY'], // read_only_sql_transaction (a standby, default_transaction_read_only)
    ['42501', 'LB_STORE_PERMISSION'], // insufficient_privilege
    ['57P01', 'LB_STORE_UNAVAILABLE'], // admin_shutdown: "terminating connection due to administrator command"
    ['57P03', 'LB_STORE_UNAVAILABLE'], // cannot_connect_now: the server is starting up
    ['08006', 'LB_STORE_UNAVAILABLE'], // connection_failure
    ['40P01', undefined], // a deadlock is retried, not fatal
    ['23505', undefined], // a unique violation is the article's own business
  ])('maps PostgreSQL SQLSTATE %s to %s', (code, expected) => {
    expect(storageErrorCode(Object.assign(new Error('from the server'), { code }))).toBe(expected)
  })

  it('leaves other errors as they are: a bug stays a bug', () => {
    const constraint = sqliteError((db) => {
      db.exec('create table u (x integer primary key)')
      db.exec('insert into u values (1); insert into u values (1)')
    })
    expect(storageErrorCode(constraint)).toBeUndefined()
    expect(describeStorageError(constraint, { path: '/x' })).toBe(constraint)
    const bug = new TypeError('undefined is not a function')
    expect(describeStorageError(bug)).toBe(bug)
    expect(isLagebildError(describeStorageError(bug))).toBe(false)
  })

  it('finds the cause under a failed migration', () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })
    const migration = new Error('database migration 0001 failed: database or disk is full', { cause: full })
    expect(storageErrorCode(migration)).toBe('LB_STORE_FULL')
  })
})

describe('retrying a write', () => {
  it('runs a transaction again after busy or a deadlock, and gives up after its tries', async () => {
    const busy = sqliteError(
      (db) => {
        // a second handle holds the write lock; this one may not wait for it
        const holder = new Sqlite(db.name)
        holder.exec('begin immediate')
        try {
          db.exec('begin immediate')
        } finally {
          holder.exec('rollback')
          holder.close()
        }
      },
      { timeout: 0 },
    )
    expect((busy as { code: string }).code).toBe('SQLITE_BUSY')
    expect(isTransientWriteError(busy)).toBe(true)
    expect(isTransientWriteError(Object.assign(new Error('deadlock detected'), { code: '40P01' }))).toBe(true)

    let tries = 0
    const succeeded = await withRetry(async () => {
      tries++
      if (tries < 3) throw busy
      return 'stored'
    })
    expect([succeeded, tries]).toEqual(['stored', 3])

    tries = 0
    const policy = { attempts: 4, baseDelayMs: 1, maxDelayMs: 2 }
    await expect(
      withRetry(async () => {
        tries++
        throw busy
      }, policy),
    ).rejects.toBe(busy)
    expect(tries).toBe(4)

    // anything else is thrown at once
    tries = 0
    const full = Object.assign(new Error('disk full'), { code: 'SQLITE_FULL' })
    await expect(
      withRetry(async () => {
        tries++
        throw full
      }, policy),
    ).rejects.toBe(full)
    expect(tries).toBe(1)
  })
})
