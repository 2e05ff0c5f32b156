import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { type Analysis, LagebildError } from '../document/index.ts'
import type { PreparedRows } from '../link/index.ts'
import type { ArticleMeta } from '../pipeline.ts'
import type { WorkerError, WorkerReply, WorkerRequest, WorkerSettings } from './messages.ts'
import { analysisWorkerScript } from './worker-script.ts'

export interface AnalysisPoolOptions {
  /** threads that analyse; default the machine's cores */
  workers?: number
  /**
   * articles that may wait for a free thread; one more is refused at once with LB_BUSY. Default: no limit (a
   * batch paces itself by awaiting results; a server sets a limit so a flood of requests meets a clear 503).
   */
  maxWaiting?: number
  /**
   * wall-clock milliseconds one article may occupy a thread; beyond it the thread is stopped and replaced and the
   * article fails with LB_ANALYSIS_TIMEOUT. The CPU budget (`budgetMs`) normally ends a slow analysis first; this
   * also ends one that never reaches a budget check. Default: no limit.
   */
  timeoutMs?: number
  /** the CPU time one article's analysis may take in its thread (ms); default the budget for its length */
  budgetMs?: number
  /** each thread's young generation (V8 semi-spaces), MB; default YOUNG_GENERATION_MB */
  youngGenerationMb?: number
}

/**
 * A thread's young generation. A larger one fills up and stays resident in every thread: at 8 MB each extra thread
 * took 139 and 148 MB of peak RSS instead of 175 and 161 (npm run bench -- --parallel), for at most a few per cent
 * more CPU time on long articles (15.8 against 15.0–15.6 CPU s for 16 articles at 48 MB, within the noise of a
 * shared machine).
 */
export const YOUNG_GENERATION_MB = 8

export interface AnalysisPool {
  /** the lagebild/analysis@1 object of one article, analysed in one of the pool's threads */
  analyze(text: string, meta?: ArticleMeta): Promise<Analysis>
  /**
   * The analysis and what the store derives from it alone (`prepareRows`), both made in the thread: a writer that
   * stores the article then only writes (`store.saveAnalyses` takes `prepared`)
   */
  analyzeForStore(text: string, meta?: ArticleMeta): Promise<{ analysis: Analysis; prepared: PreparedRows }>
  /** resolves once every thread has loaded its lexicons (rejects if one cannot start) */
  ready(): Promise<void>
  readonly size: number
  /** articles waiting for a thread or being analysed */
  readonly pending: number
  /** stops every thread; articles not yet done fail with LB_WORKER_FAILED */
  close(): Promise<void>
}

interface Job {
  request: WorkerRequest
  resolve: (done: { analysis: Analysis; prepared?: PreparedRows }) => void
  reject: (error: unknown) => void
}

interface Thread {
  worker: Worker
  ready: boolean
  /** the job it analyses first, then those handed to it ahead (see `depth`) */
  jobs: Job[]
  timer?: NodeJS.Timeout
}

/** `--workers N`: a whole number from 1 up; the CLI's default is the number of cores. */
export function parseWorkers(value: string | number | undefined): number {
  if (value === undefined) return availableParallelism()
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new LagebildError('LB_ARG_INVALID', `--workers ${value}: give a whole number from 1 to 256`)
  return n
}

function errorFrom(error: WorkerError): Error {
  if (!error.code) {
    const failure = new LagebildError('LB_WORKER_FAILED', error.message)
    if (error.stack) failure.stack = error.stack
    return failure
  }
  // the worker's message already holds the catalogue text and the detail
  const failure = new LagebildError(error.code)
  failure.message = error.message
  return failure
}

/**
 * A pool of worker threads that analyse articles, each with its own lexicons loaded once. Jobs wait in order
 * and go to the first free thread; a thread that times out or dies is replaced. A thread that cannot start at all
 * (a broken build) fails every job with the reason instead of being restarted in a loop.
 */
export function createAnalysisPool(options: AnalysisPoolOptions = {}): AnalysisPool {
  const size = parseWorkers(options.workers)
  const settings: WorkerSettings = options.budgetMs !== undefined ? { budgetMs: options.budgetMs } : {}
  const { script, options: workerOptions } = analysisWorkerScript()
  const waiting: Job[] = []
  /**
   * Jobs a thread holds at once. Without a time limit, two: the next article already waits in the thread's own
   * queue, so a thread that finishes while this thread is busy (ingest's writer commits a batch synchronously)
   * goes straight on instead of idling until this thread can hand it one. With a time limit or a waiting limit
   * (a server), one: each job's clock starts when its analysis does, and an article handed ahead to a busy thread
   * would wait without counting as waiting.
   */
  const depth = options.timeoutMs === undefined && options.maxWaiting === undefined ? 2 : 1
  const threads = new Set<Thread>()
  let nextId = 1
  let closed = false
  let broken: Error | undefined
  let readyCount = 0
  let signalReady: () => void = () => {}
  let signalBroken: (error: Error) => void = () => {}
  const allReady = new Promise<void>((resolve, reject) => {
    signalReady = resolve
    signalBroken = reject
  })
  // a caller that never asks ready() must not see an unhandled rejection
  allReady.catch(() => {})

  function fail(error: Error) {
    broken = error
    signalBroken(error)
    for (const job of waiting.splice(0)) job.reject(error)
  }

  function start(): void {
    const thread: Thread = {
      worker: new Worker(script, {
        ...workerOptions,
        workerData: settings,
        resourceLimits: { maxYoungGenerationSizeMb: options.youngGenerationMb ?? YOUNG_GENERATION_MB },
      }),
      ready: false,
      jobs: [],
    }
    threads.add(thread)
    thread.worker.on('message', (reply: WorkerReply) => onReply(thread, reply))
    thread.worker.on('error', (error) => onExit(thread, error))
    thread.worker.on('exit', (code) => onExit(thread, new Error(`the thread exited with code ${code}`)))
  }

  function onReply(thread: Thread, reply: WorkerReply) {
    if (reply.type === 'ready') {
      thread.ready = true
      readyCount++
      if (readyCount === size) signalReady()
      dispatch()
      return
    }
    const job = thread.jobs[0]
    if (!job || job.request.id !== reply.id) return
    clearTimeout(thread.timer)
    thread.jobs.shift()
    if (reply.type === 'done') job.resolve(reply)
    else job.reject(errorFrom(reply.error))
    dispatch()
  }

  function onExit(thread: Thread, error: Error) {
    if (!threads.delete(thread)) return
    clearTimeout(thread.timer)
    if (closed) return
    if (!thread.ready) {
      fail(new LagebildError('LB_WORKER_FAILED', `an analysis thread could not start: ${error.message}`))
      return
    }
    for (const job of thread.jobs.splice(0)) job.reject(new LagebildError('LB_WORKER_FAILED', error.message))
    start()
  }

  function onTimeout(thread: Thread) {
    // one job at a time when there is a time limit (depth 1)
    const job = thread.jobs.shift()
    // the job fails first, so the replacement thread's start does not count against it
    job?.reject(
      new LagebildError(
        'LB_ANALYSIS_TIMEOUT',
        `stopped after ${((options.timeoutMs ?? 0) / 1000).toFixed(1)} s`,
      ),
    )
    threads.delete(thread)
    void thread.worker.terminate()
    if (!closed) start()
  }

  function dispatch() {
    // a job to every idle thread before a second one to any
    for (let held = 0; held < depth; held++) {
      for (const thread of threads) {
        if (waiting.length === 0) return
        if (!thread.ready || thread.jobs.length > held) continue
        const job = waiting.shift() as Job
        thread.jobs.push(job)
        if (options.timeoutMs !== undefined)
          thread.timer = setTimeout(() => onTimeout(thread), options.timeoutMs)
        thread.worker.postMessage(job.request)
      }
    }
  }

  function submit(request: WorkerRequest): Promise<{ analysis: Analysis; prepared?: PreparedRows }> {
    if (closed) return Promise.reject(new Error('the analysis pool is closed'))
    if (broken) return Promise.reject(broken)
    if (options.maxWaiting !== undefined) {
      const free = [...threads].filter((t) => t.ready && t.jobs.length === 0).length
      if (free === 0 && waiting.length >= options.maxWaiting)
        return Promise.reject(new LagebildError('LB_BUSY', `${size} analysing, ${waiting.length} waiting`))
    }
    return new Promise((resolve, reject) => {
      waiting.push({ request, resolve, reject })
      dispatch()
    })
  }

  for (let i = 0; i < size; i++) start()

  return {
    size,
    get pending() {
      let running = 0
      for (const thread of threads) running += thread.jobs.length
      return waiting.length + running
    },
    async analyze(text, meta = {}) {
      return (await submit({ id: nextId++, text, meta })).analysis
    },
    async analyzeForStore(text, meta = {}) {
      const { analysis, prepared } = await submit({ id: nextId++, text, meta, prepare: true })
      return { analysis, prepared: prepared as PreparedRows }
    },
    ready: () => allReady,
    async close() {
      closed = true
      const stopped = new LagebildError('LB_WORKER_FAILED', 'the analysis pool was closed')
      for (const job of waiting.splice(0)) job.reject(stopped)
      const running = [...threads]
      threads.clear()
      for (const thread of running) {
        clearTimeout(thread.timer)
        for (const job of thread.jobs.splice(0)) job.reject(stopped)
      }
      await Promise.all(running.map((thread) => thread.worker.terminate()))
    },
  }
}
