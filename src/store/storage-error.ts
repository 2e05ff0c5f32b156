import { accessSync, constants } from 'node:fs'
import { dirname } from 'node:path'
import { type ErrorCode, isLagebildError, LagebildError } from '../document/index.ts'

/** The storage failures after which going on with a batch is pointless: every further article fails the same way. */
export const FATAL_STORAGE_CODES = [
  'LB_STORE_FULL',
  'LB_STORE_READONLY',
  'LB_STORE_PERMISSION',
  'LB_STORE_UNAVAILABLE',
] as const satisfies readonly ErrorCode[]
export type StorageErrorCode = (typeof FATAL_STORAGE_CODES)[number]

export function isFatalStorageError(error: unknown): error is LagebildError & { code: StorageErrorCode } {
  return isLagebildError(error) && (FATAL_STORAGE_CODES as readonly string[]).includes(error.code)
}

/** Where the store lives, for the message: an SQLite file, or a PostgreSQL server (never its password). */
export type StoreLocation = { path: string } | { server: string }

// PostgreSQL SQLSTATEs: disk_full, read_only_sql_transaction, insufficient_privilege; class 08 is a connection
// exception, 57P01–57P03 a server shutting down, crashed or starting up, 53300 too many connections.
const PG_CODES: Record<string, StorageErrorCode> = {
  '53100': 'LB_STORE_FULL',
  '25006': 'LB_STORE_READONLY',
  '42501': 'LB_STORE_PERMISSION',
  '57P01': 'LB_STORE_UNAVAILABLE',
  '57P02': 'LB_STORE_UNAVAILABLE',
  '57P03': 'LB_STORE_UNAVAILABLE',
  '53300': 'LB_STORE_UNAVAILABLE',
}
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
])
// node-postgres reports a lost or timed-out connection by message only, without a code
const PG_CONNECTION_LOST =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|not queryable/iu

/** What SQLite's "unable to open database file" means for this path: the folder or file refuses writes, or why. */
function cannotOpen(path: string): StorageErrorCode | undefined {
  for (const target of [path, dirname(path)]) {
    try {
      accessSync(target, constants.W_OK)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EROFS') return 'LB_STORE_READONLY'
      if (code === 'EACCES' || code === 'EPERM') return 'LB_STORE_PERMISSION'
    }
  }
  return undefined
}

/** The coded storage failure an error from SQLite, PostgreSQL or the file system is, if it is one. */
export function storageErrorCode(error: unknown, location?: StoreLocation): StorageErrorCode | undefined {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string') {
    if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'LB_STORE_FULL'
    if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'LB_STORE_READONLY'
    if (code === 'SQLITE_PERM' || code === 'EACCES' || code === 'EPERM') return 'LB_STORE_PERMISSION'
    if (code.startsWith('SQLITE_CANTOPEN'))
      return location && 'path' in location ? cannotOpen(location.path) : undefined
    if (PG_CODES[code]) return PG_CODES[code]
    if (code.startsWith('08') && code.length === 5) return 'LB_STORE_UNAVAILABLE'
    if (NETWORK_CODES.has(code)) return 'LB_STORE_UNAVAILABLE'
  }
  // pg-pool wraps a failed connect of several addresses (localhost: ::1 and 127.0.0.1) in an AggregateError
  if (error instanceof AggregateError) {
    const inner = error.errors.map((e) => storageErrorCode(e, location))
    return inner.find((c) => c !== undefined)
  }
  if (error instanceof Error && PG_CONNECTION_LOST.test(error.message)) return 'LB_STORE_UNAVAILABLE'
  // a failed migration carries the database's error as its cause
  const cause = (error as { cause?: unknown } | null)?.cause
  return cause !== undefined && cause !== error ? storageErrorCode(cause, location) : undefined
}

/**
 * The error as a coded `LagebildError` naming its cause and where (`/data/lagebild.sqlite: SQLITE_FULL: database
 * or disk is full`), or the error itself when it is no storage failure (a bug stays a bug).
 */
export function describeStorageError(error: unknown, location?: StoreLocation): unknown {
  if (isLagebildError(error)) return error
  const code = storageErrorCode(error, location)
  if (!code) return error
  const where = location ? ('path' in location ? location.path : location.server) : 'the database'
  const cause = error instanceof Error ? error.message || error.name : String(error)
  const sqlCode = (error as { code?: unknown }).code
  const detail = typeof sqlCode === 'string' && !cause.includes(sqlCode) ? `${sqlCode}: ${cause}` : cause
  return new LagebildError(code, `${where}: ${detail}`, { cause: error })
}
