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
 * The process's CPU time in milliseconds: what the analysis spends, whatever else the machine runs (a wall clock
 * would refuse articles on a busy machine).
 */
export function cpuMs(): number {
  const used = process.cpuUsage()
  return (used.user + used.system) / 1000
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
