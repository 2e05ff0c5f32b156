import { readFileSync } from 'node:fs'
import { isMainThread } from 'node:worker_threads'
import { LagebildError } from './errors.ts'

/**
 * The time one analysis may take. Stages are synchronous, so a text that makes a rule slow would otherwise hold the
 * process (and a server's event loop) for minutes: the runner checks the budget between stages and the stages at
 * each sentence, clause or quotation they work through, and the analysis is refused with LB_INPUT_TOO_COMPLEX once
 * the time is spent. A check is one clock read; length caps keep the work between two checks small.
 */
export interface Budget {
  /** throws LB_INPUT_TOO_COMPLEX when the budget is spent */
  check(): void
  /** runs `work` off the budget: loading the lexicons on a process's first article is not the article's cost */
  exempt<T>(work: () => T): T
}

/**
 * The CPU time in milliseconds of the thread that analyses: what the analysis spends, whatever else the machine runs
 * (a wall clock would refuse articles on a busy machine). The main thread counts the process's time; a worker thread
 * its own (see threadCpuMs), or the workers of a pool would spend each other's budgets.
 */
export function cpuMs(): number {
  if (!isMainThread) {
    const own = threadCpuMs()
    if (own !== undefined) return own
  }
  return processCpuMs()
}

// process.cpuUsage() is a system call, and on a busy machine each one is a point where the scheduler may hand the
// core to another process: the stages check at every sentence, so read it at most this often (wall ms)
const PROCESS_CLOCK_REFRESH_MS = 2
let processClock: { wallMs: number; cpuMs: number } | undefined

/** The process's CPU time, refreshed at most every few milliseconds: a budget of seconds runs out a little later. */
function processCpuMs(): number {
  const wallMs = performance.now()
  if (processClock && wallMs - processClock.wallMs < PROCESS_CLOCK_REFRESH_MS) return processClock.cpuMs
  const used = process.cpuUsage()
  processClock = { wallMs, cpuMs: (used.user + used.system) / 1000 }
  return processClock.cpuMs
}

// Linux counts a thread's CPU time in clock ticks (USER_HZ, 100 on every Linux Node runs on).
const TICK_MS = 10
// One read of /proc costs ~20 µs and budget.check() runs at every sentence: read at most this often (wall ms).
const THREAD_CLOCK_REFRESH_MS = 5
let threadClock: { wallMs: number; cpuMs: number | undefined } | undefined

/**
 * This thread's CPU time (user + system) from /proc/thread-self/stat, refreshed at most every few milliseconds;
 * undefined where there is no such file (Node 20 has no process.threadCpuUsage). A reading up to 10 ms old
 * only lets a budget of seconds run out a little later.
 */
export function threadCpuMs(): number | undefined {
  const wallMs = performance.now()
  if (threadClock && wallMs - threadClock.wallMs < THREAD_CLOCK_REFRESH_MS) return threadClock.cpuMs
  let cpu: number | undefined
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'latin1')
    // the fields after the command name, which is in parentheses and may hold spaces: utime and stime are 12 and 13
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    cpu = (Number(fields[11]) + Number(fields[12])) * TICK_MS
    if (!Number.isFinite(cpu)) cpu = undefined
  } catch {
    cpu = undefined
  }
  threadClock = { wallMs, cpuMs: cpu }
  return cpu
}

/** 10 s for any article plus 2 ms per thousand characters: 20 s for the 5 MB input limit. */
export function defaultBudgetMs(chars: number): number {
  return 10_000 + 2 * Math.ceil(chars / 1000)
}

/**
 * A budget of `ms` milliseconds of CPU time from now. `now` is the clock (tests pass one that counts checks, to stop an
 * analysis at a known point without timing anything).
 */
export function startBudget(ms: number, now: () => number = cpuMs): Budget {
  if (!Number.isFinite(ms) || ms <= 0)
    throw new LagebildError('LB_ARG_INVALID', `time budget ${ms} ms: give a positive number`)
  let deadline = now() + ms
  return {
    check() {
      if (now() > deadline)
        throw new LagebildError(
          'LB_INPUT_TOO_COMPLEX',
          `over the time budget of ${(ms / 1000).toFixed(1)} s for this article`,
        )
    },
    exempt(work) {
      const started = now()
      try {
        return work()
      } finally {
        deadline += now() - started
      }
    },
  }
}
