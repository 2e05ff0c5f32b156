import { Queue, UnrecoverableError, Worker } from 'bullmq'
import type { Redis } from 'ioredis'
import { type AnalysisJob, type AnalysisOutcome, QUEUE_NAME } from './analysis-job.ts'

export interface RunWorkerOptions {
  /** from `connectQueue(address, true)`, made before the slow start (store, lexicons) so a wrong URL fails first */
  connection: Redis
  /** names this worker in its messages and in each job's outcome (host:pid by default) */
  name: string
  /**
   * How long a job stays locked to its worker without a renewal. A worker that dies (SIGKILL, a lost machine)
   * stops renewing; another worker's stalled-job check, run as often, puts the job back in the queue, so it is
   * taken again after one to two lock durations. Must exceed the longest analysis, which blocks the renewal.
   */
  lockMs: number
  /** stop once nothing is waiting, running or due for a retry (a batch, a benchmark); else run until stopped */
  untilEmpty: boolean
  /** analyses and stores one article */
  handle: (job: AnalysisJob) => Promise<Omit<AnalysisOutcome, 'worker'>>
  /** an error after which every further job would fail alike (a full disk, the database away): stop the worker */
  isFatal: (error: unknown) => boolean
  /** told of each finished job: its outcome, or why it failed */
  onJob: (label: string, result: AnalysisOutcome | { error: unknown }) => void
  /** told of errors of the queue itself (Redis away: the worker reconnects by itself) */
  onQueueError: (error: Error) => void
}

export interface RunningWorker {
  /** settles when the worker has stopped: with the fatal error that stopped it, if one did */
  readonly finished: Promise<{ fatal?: unknown }>
  /** finishes the job in hand and stops */
  stop(): void
}

/** How often a worker that stops when the queue is empty asks whether it is. */
const EMPTY_POLL_MS = 500
/** How often a job may be taken back from a worker that stopped answering before it counts as failed. */
const MAX_STALLED = 5

export function runWorker(options: RunWorkerOptions): RunningWorker {
  const { connection } = options
  let stopRequested: () => void = () => {}
  const stopping = new Promise<void>((resolve) => {
    stopRequested = resolve
  })
  let fatal: unknown

  const worker = new Worker<AnalysisJob, AnalysisOutcome>(
    QUEUE_NAME,
    async (job) => {
      try {
        const outcome = { ...(await options.handle(job.data)), worker: options.name }
        options.onJob(job.data.label, outcome)
        return outcome
      } catch (error) {
        options.onJob(job.data.label, { error })
        if (options.isFatal(error)) {
          // the job goes back for a later try (its attempts); this worker stops rather than fail every job
          fatal ??= error
          stopRequested()
          throw error
        }
        // the article itself cannot be analysed or stored: another try would fail alike
        throw new UnrecoverableError(error instanceof Error ? error.message : String(error))
      }
    },
    {
      connection,
      concurrency: 1,
      lockDuration: options.lockMs,
      stalledInterval: options.lockMs,
      maxStalledCount: MAX_STALLED,
      // a worker that stops when the queue is empty must notice soon that it is
      drainDelay: options.untilEmpty ? 1 : 5,
    },
  )
  worker.on('error', options.onQueueError)

  let counts: Queue | undefined
  let poll: NodeJS.Timeout | undefined
  if (options.untilEmpty) {
    counts = new Queue(QUEUE_NAME, { connection })
    counts.on('error', options.onQueueError)
    const check = async () => {
      try {
        const open = await counts?.getJobCounts('waiting', 'active', 'delayed', 'prioritized')
        if (open && Object.values(open).every((n) => n === 0)) return stopRequested()
      } catch (error) {
        options.onQueueError(error as Error)
      }
      poll = setTimeout(check, EMPTY_POLL_MS)
    }
    poll = setTimeout(check, EMPTY_POLL_MS)
  }

  const finished = stopping.then(async () => {
    clearTimeout(poll)
    // waits for the job in hand: a stopped worker leaves nothing half-done for the stalled check
    await worker.close()
    await counts?.close()
    connection.disconnect()
    return fatal === undefined ? {} : { fatal }
  })
  return { finished, stop: () => stopRequested() }
}
