import type Sqlite from 'better-sqlite3'
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
} from 'kysely'

/**
 * How long a statement waits for another process's write lock before SQLite gives up with SQLITE_BUSY; a
 * writer then retries the whole transaction (`withRetry`), so this bounds one wait, not the whole.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 5000

/**
 * Kysely's SQLite dialect with two changes that let several processes write one file:
 *
 * - a transaction begins IMMEDIATE: it takes the write lock before its first read. A deferred one reads, and
 *   when another process commits before its first write, it can never upgrade: SQLite answers SQLITE_BUSY at
 *   once, without the busy timeout (issue 20: 63–157 of 300 articles lost by two `ingest`s on one file).
 * - migrations run in one such transaction (Kysely's SQLite adapter runs them without one, so two processes
 *   opening a new file both found no table and the second failed with "table documents already exists").
 *
 * And a rollback after SQLite has rolled the transaction back itself (SQLITE_FULL, SQLITE_IOERR) is skipped:
 * Kysely's plain rollback then failed with "cannot rollback - no transaction is active", which hid the cause.
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #database: Sqlite.Database

  constructor(database: Sqlite.Database) {
    super({ database })
    this.#database = database
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#database)
  }

  override createAdapter() {
    return new TransactionalDdlSqliteAdapter()
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  readonly #database: Sqlite.Database

  constructor(database: Sqlite.Database) {
    super({ database })
    this.#database = database
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.#database.inTransaction) await super.rollbackTransaction(connection)
  }
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  // SQLite's DDL is transactional; saying so makes Kysely's Migrator read and run migrations in one transaction
  override get supportsTransactionalDdl(): boolean {
    return true
  }
}
