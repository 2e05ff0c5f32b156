import { Queue } from 'bullmq'
import { type AnalysisJob, jobIdOf, QUEUE_NAME } from './analysis-job.ts'
import { connectQueue, type QueueAddress, queueUnavailable } from './queue-connection.ts'

/** Where `ingest --queue` puts articles for the workers. */
export interface ArticleQueue {
  readonly server: string
  /** `queued`, or `already` when the same text waits, runs or has just been done under its id */
  add(job: AnalysisJob): Promise<'queued' | 'already'>
  close(): Promise<void>
}

/**
 * Tries per job: a job fails again only for a cause outside the article (the database away); the worker marks an
 * article that cannot be analysed as failed at once. Between tries 2, 4, 8, 16 s.
 */
const ATTEMPTS = 5
/** Finished jobs kept to answer "already queued" for a while; the store answers for the rest. */
const KEEP_DONE = 1000
/** Failed jobs kept for inspection (a rerun of the batch queues them afresh). */
const KEEP_FAILED = 10_000

export async function openArticleQueue(address: QueueAddress): Promise<ArticleQueue> {
  const connection = await connectQueue(address, false)
  const queue = new Queue<AnalysisJob>(QUEUE_NAME, { connection })
  // the connection's own errors arrive here too; each command that meets one rejects with it
  queue.on('error', () => {})
  return {
    server: address.server,
    async add(job) {
      const jobId = jobIdOf(job.text)
      try {
        const existing = await queue.getJob(jobId)
        if (existing) {
          // a failed job would keep its id forever: a rerun of the batch gives the article another chance
          if ((await existing.getState()) !== 'failed') return 'already'
          await existing.remove()
        }
        await queue.add('analyse', job, {
          jobId,
          attempts: ATTEMPTS,
          backoff: { type: 'exponential', delay: 2000 },
          removeOnComplete: { count: KEEP_DONE },
          removeOnFail: { count: KEEP_FAILED },
        })
        return 'queued'
      } catch (error) {
        throw queueUnavailable(address, error)
      }
    },
    async close() {
      await queue.close()
      connection.disconnect()
    },
  }
}
