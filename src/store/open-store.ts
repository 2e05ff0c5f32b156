import { mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import { createStore } from './create-store.ts'
import { migrateToLatest } from './migrations.ts'
import type { Database } from './schema.ts'
import type { Store } from './store-types.ts'
import { normalizeStoredOutlets } from './stored-outlets.ts'

export interface OpenStoreOptions {
  /** SQLite file; default `$LAGEBILD_DB` or `~/.local/share/lagebild/lagebild.sqlite`; ":memory:" for tests */
  path?: string
  /** PostgreSQL connection URL; default `$DATABASE_URL`. When set, it wins over the SQLite path. */
  databaseUrl?: string
}

export function defaultDatabasePath(): string {
  return (
    process.env.LAGEBILD_DB ??
    join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'lagebild', 'lagebild.sqlite')
  )
}

/** Opens (and migrates) the store: PostgreSQL when a URL is given, else the embedded SQLite file. */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const databaseUrl = options.databaseUrl ?? (options.path ? undefined : process.env.DATABASE_URL)
  if (databaseUrl) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 })
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    await migrateToLatest(db as Kysely<unknown>, 'postgres')
    await normalizeStoredOutlets(db)
    return createStore(db, 'postgres', () => db.destroy())
  }
  const path = options.path ?? defaultDatabasePath()
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const sqlite = new Sqlite(path)
  sqlite.pragma('journal_mode = WAL')
  // In WAL mode NORMAL keeps every committed article through a crash of the process (only a power cut can take
  // the last few back) and saves an fsync per article: ingest went from ~120 to several hundred articles/s.
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('foreign_keys = ON')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  await migrateToLatest(db as Kysely<unknown>, 'sqlite')
  await normalizeStoredOutlets(db)
  return createStore(db, 'sqlite', () => db.destroy())
}
