import { hostname } from 'node:os'
import { createEnv, isLagebildError, LagebildError } from '../document/index.ts'
import { analyze } from '../pipeline.ts'
import { connectQueue, parseQueueUrl, type RunningWorker, runWorker } from '../queue/index.ts'
import { isFatalStorageError, openStore } from '../store/index.ts'
import { exitCodeOf } from './exit-codes.ts'
import { reason, storeItem } from './ingest-command.ts'
import { parseBudget } from './parse-budget.ts'

export interface WorkerCommandOptions {
  queue?: string
  /** a SQLite file or a postgres:// URL; default $DATABASE_URL, else $LAGEBILD_DB or the per-user file */
  db?: string
  budget?: string
  /** seconds a job stays locked to a worker that stopped answering (--lock-seconds) */
  lockSeconds?: string
  untilEmpty?: boolean
  name?: string
}

export interface WorkerIo {
  write: (s: string) => void
  stderr?: { write: (s: string) => void }
}

const DEFAULT_LOCK_SECONDS = 30

/**
 * Analysed once before the first job: the lexicons load on first use (seconds of blocked event loop), and a job
 * whose lock cannot be renewed meanwhile would be taken from this worker as stalled.
 */
const WARM_UP = 'Der Außenminister sagte am Montag in Berlin: „Wir verhandeln weiter.“'

function parseLockSeconds(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LOCK_SECONDS
  const seconds = Number(value)
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 3600)
    throw new LagebildError(
      'LB_ARG_INVALID',
      `--lock-seconds must be a number from 1 to 3600, not "${value}"`,
    )
  return seconds
}

function storeTarget(db: string | undefined) {
  if (db && /^postgres(?:ql)?:\/\//iu.test(db)) return { databaseUrl: db }
  return db ? { path: db } : {}
}

/** `lagebild worker --queue URL [--db FILE|URL]`: analyses and stores queued articles until stopped. */
export async function work(options: WorkerCommandOptions, io: WorkerIo): Promise<number> {
  const stderr = io.stderr ?? process.stderr
  const address = parseQueueUrl(options.queue)
  const budgetMs = parseBudget(options.budget)
  const lockSeconds = parseLockSeconds(options.lockSeconds)
  // an analysis blocks the lock's renewal: one allowed to outlast the lock would be taken away and done twice
  if (budgetMs !== undefined && budgetMs >= lockSeconds * 1000)
    throw new LagebildError(
      'LB_ARG_INVALID',
      `--lock-seconds (${lockSeconds}) must be longer than the budget of one article (${budgetMs / 1000} s)`,
    )
  const name = options.name ?? `${hostname()}:${process.pid}`
  const say = (message: string) => stderr.write(`lagebild: worker ${name}: ${message}\n`)

  const connection = await connectQueue(address, true)
  const store = await openStore(storeTarget(options.db)).catch((error) => {
    connection.disconnect()
    throw error
  })
  const env = createEnv(budgetMs !== undefined ? { budgetMs } : {})
  const counts = { created: 0, stored: 0, failed: 0, nearDuplicates: 0 }
  let worker: RunningWorker | undefined
  let stopRequested = false
  const onSignal = () => {
    if (stopRequested) process.exit(130)
    stopRequested = true
    say('stopping after the job in hand (Ctrl-C again to quit at once)')
    worker?.stop()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  let fatal: unknown
  try {
    analyze(WARM_UP, {}, env)
    let lastQueueError = ''
    worker = runWorker({
      connection,
      name,
      lockMs: lockSeconds * 1000,
      untilEmpty: options.untilEmpty ?? false,
      handle: (job) => storeItem(store, env, job.text, job.meta),
      isFatal: isFatalStorageError,
      onJob: (label, result) => {
        if ('error' in result) {
          counts.failed++
          say(`${label}: ${reason(result.error)}`)
        } else {
          counts[result.created ? 'created' : 'stored']++
          if (result.nearDuplicate) counts.nearDuplicates++
        }
      },
      onQueueError: (error) => {
        // ioredis reports every failed reconnect: say each different reason once
        if (error.message !== lastQueueError) say(`queue: ${error.message} (reconnecting)`)
        lastQueueError = error.message
      },
    })
    if (stopRequested) worker.stop()
    say(`taking jobs from ${address.server} (lock ${lockSeconds} s), storing in ${store.dialect}`)
    fatal = (await worker.finished).fatal
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    // the worker closes the connection when it stops; before it ran (the warm-up failed), nothing else does
    if (!worker) connection.disconnect()
    await store.close()
  }
  const near = counts.nearDuplicates ? `, ${counts.nearDuplicates} near-duplicates of stored stories` : ''
  io.write(
    `${fatal ? 'stopped: ' : ''}${counts.created} new, ${counts.stored} already stored, ${counts.failed} failed${near} (${store.dialect})\n`,
  )
  if (fatal) {
    say(`stopped: ${reason(fatal)}`)
    return isLagebildError(fatal) ? exitCodeOf(fatal.code) : 1
  }
  return stopRequested ? 130 : 0
}
