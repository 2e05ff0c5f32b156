import { parentPort, workerData } from 'node:worker_threads'
import { createEnv, isLagebildError } from '../document/index.ts'
import { prepareRows } from '../link/index.ts'
import { analyze } from '../pipeline.ts'
import type { WorkerReply, WorkerRequest, WorkerSettings } from './messages.ts'

/**
 * One thread of an analysis pool. It makes one Env, so the lexicons and models load once per thread, and loads them
 * before it says it is ready: the first article a pool hands it pays no start-up.
 */
const port = parentPort
if (!port) throw new Error('analysis-worker.ts runs as a worker thread of an AnalysisPool')
const settings = workerData as WorkerSettings
const env = createEnv(settings.budgetMs !== undefined ? { budgetMs: settings.budgetMs } : {})

// A German sentence with a speaker, a cue, a date and a place touches every lexicon and model the stages load for
// German; other languages load theirs on their first article. Under the default budget: a tight --budget is
// for articles, not for this.
analyze(
  'Der russische Außenminister Sergej Lawrow sagte am Freitag in Genf, man werde weiter reden.',
  {},
  { load: env.load },
)
port.postMessage({ type: 'ready' } satisfies WorkerReply)

port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply
  try {
    const analysis = analyze(request.text, request.meta, env)
    reply = {
      type: 'done',
      id: request.id,
      analysis,
      ...(request.prepare ? { prepared: prepareRows(analysis) } : {}),
    }
  } catch (error) {
    reply = {
      type: 'failed',
      id: request.id,
      error: isLagebildError(error)
        ? { code: error.code, message: error.message }
        : { message: error instanceof Error ? error.message : String(error), stack: (error as Error)?.stack },
    }
  }
  port.postMessage(reply)
})
