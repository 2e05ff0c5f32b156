/**
 * Errors after which the same transaction, run again, can succeed: another writer held the lock or won a race.
 * SQLite: SQLITE_BUSY (and its extended codes BUSY_SNAPSHOT, BUSY_RECOVERY, BUSY_TIMEOUT), SQLITE_LOCKED.
 * PostgreSQL: deadlock_detected (40P01) and serialization_failure (40001); the server has rolled back already.
 */
export function isTransientWriteError(error: unknown): boolean {
  const { code, cause } = (error ?? {}) as { code?: unknown; cause?: unknown }
  if (typeof code !== 'string') return cause !== undefined && isTransientWriteError(cause)
  return /^SQLITE_(BUSY|LOCKED)/u.test(code) || code === '40P01' || code === '40001'
}

export interface RetryPolicy {
  /** tries in all, the first included */
  attempts: number
  /** the first wait; each further one doubles, up to `maxDelayMs` */
  baseDelayMs: number
  maxDelayMs: number
}

/** Eight tries over at most ~4 s of waiting: two writers meeting on every article still get through. */
export const WRITE_RETRY: RetryPolicy = { attempts: 8, baseDelayMs: 10, maxDelayMs: 1000 }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `work` (a whole transaction) again after a transient error, with exponential back-off and full jitter,
 * so two writers that collided do not collide again in step. Any other error, or the last try's, is thrown.
 */
export async function withRetry<T>(
  work: () => Promise<T>,
  policy: RetryPolicy = WRITE_RETRY,
  isTransient: (error: unknown) => boolean = isTransientWriteError,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work()
    } catch (error) {
      if (attempt >= policy.attempts || !isTransient(error)) throw error
      const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
      await sleep(Math.random() * ceiling)
    }
  }
}
