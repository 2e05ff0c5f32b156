import { mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { createStore } from './create-store.ts'
import { guardStore } from './guard-store.ts'
import { migrateToLatest } from './migrations.ts'
import { isTransientWriteError, withRetry } from './retry.ts'
import type { Database } from './schema.ts'
import { ImmediateSqliteDialect, SQLITE_BUSY_TIMEOUT_MS } from './sqlite-dialect.ts'
import { describeStorageError, type StoreLocation } from './storage-error.ts'
import type { Store } from './store-types.ts'
import { normalizeStoredOutlets } from './stored-outlets.ts'

export interface OpenStoreOptions {
  /** SQLite file; default `$LAGEBILD_DB` or `~/.local/share/lagebild/lagebild.sqlite`; ":memory:" for tests */
  path?: string
  /** PostgreSQL connection URL; default `$DATABASE_URL`. When set, it wins over the SQLite path. */
  databaseUrl?: string
  /**
   * Told of each error of an idle PostgreSQL connection (the server restarted or went away); the pool drops that
   * connection and opens a new one when the server is back. Without it such an error would end the process.
   */
  onConnectionError?: (error: Error) => void
}

export function defaultDatabasePath(): string {
  return (
    process.env.LAGEBILD_DB ??
    join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'lagebild', 'lagebild.sqlite')
  )
}

/** The server a URL names, for messages: host, port and database, never the password. */
function serverOf(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl)
    return `postgresql://${url.host}${url.pathname}`
  } catch {
    return 'the PostgreSQL server'
  }
}

/** Opens (and migrates) the store: PostgreSQL when a URL is given, else the embedded SQLite file. */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const databaseUrl = options.databaseUrl ?? (options.path ? undefined : process.env.DATABASE_URL)
  const location: StoreLocation = databaseUrl
    ? { server: serverOf(databaseUrl) }
    : { path: options.path ?? defaultDatabasePath() }
  try {
    const store = databaseUrl ? await openPostgres(databaseUrl, options) : await openSqlite(location)
    return guardStore(store, location)
  } catch (error) {
    throw describeStorageError(error, location)
  }
}

async function openPostgres(databaseUrl: string, options: OpenStoreOptions): Promise<Store> {
  // a request waits at most this long for a connection while the server is away, then gets a clear 503
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4, connectionTimeoutMillis: 5000 })
  pool.on('error', options.onConnectionError ?? (() => {}))
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  try {
    // two processes creating the same new schema at once can collide on the catalogue: the second try finds it
    await withRetry(() => migrateToLatest(db as Kysely<unknown>, 'postgres'), undefined, isMigrationRace)
    await withRetry(() => normalizeStoredOutlets(db))
  } catch (error) {
    await db.destroy()
    throw error
  }
  return createStore(db, 'postgres', () => db.destroy())
}

async function openSqlite(location: StoreLocation): Promise<Store> {
  const path = 'path' in location ? location.path : ':memory:'
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const sqlite = new Sqlite(path, { timeout: SQLITE_BUSY_TIMEOUT_MS })
  try {
    sqlite.pragma('journal_mode = WAL')
    // In WAL mode NORMAL keeps every committed article through a crash of the process (only a power cut can take
    // the last few back) and saves an fsync per article: ingest went from ~120 to several hundred articles/s.
    sqlite.pragma('synchronous = NORMAL')
    sqlite.pragma('foreign_keys = ON')
    const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect(sqlite) })
    await withRetry(() => migrateToLatest(db as Kysely<unknown>, 'sqlite'))
    await withRetry(() => normalizeStoredOutlets(db))
    return createStore(db, 'sqlite', () => db.destroy())
  } catch (error) {
    sqlite.close()
    throw error
  }
}

/** A lost race of two first opens: busy, a deadlock, or the catalogue's unique index (23505) on a new table. */
function isMigrationRace(error: unknown): boolean {
  const cause = (error as { cause?: unknown }).cause ?? error
  const code = (cause as { code?: unknown } | null)?.code
  return isTransientWriteError(cause) || code === '23505' || code === '42P07'
}
