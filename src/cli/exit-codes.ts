import type { ErrorCode } from '../document/index.ts'

/**
 * Exit codes beyond 0 (done) and 1 (an item failed, or an unexpected error), after BSD's sysexits.h so that a
 * script can tell a typo from a full disk: 2 a wrong argument, 69 the database or the job queue unreachable (EX_UNAVAILABLE), 73
 * the database read-only (EX_CANTCREAT), 74 the disk full (EX_IOERR), 77 no permission (EX_NOPERM), 130 stopped
 * by Ctrl-C. The README's command-line section lists them.
 */
const EXIT_CODES: Partial<Record<ErrorCode, number>> = {
  LB_ARG_INVALID: 2,
  LB_STORE_UNAVAILABLE: 69,
  LB_QUEUE_UNAVAILABLE: 69,
  LB_STORE_READONLY: 73,
  LB_STORE_FULL: 74,
  LB_STORE_PERMISSION: 77,
}

export function exitCodeOf(code: ErrorCode): number {
  return EXIT_CODES[code] ?? 1
}
