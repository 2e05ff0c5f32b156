/**
 * Ingest through the queue: articles/s with 1 and 2 `lagebild worker` processes on one Redis and one PostgreSQL.
 *
 *   npm run bench -- --queue --redis redis://127.0.0.1:56379 --pg postgres://… [--articles N] [--rounds R]
 *
 * Each round: a fresh schema, an emptied Redis database, the workers started and ready (store open, lexicons
 * loaded), then N articles of the bench corpus queued at once. The rate counts from the first job's start to the
 * last job's end (BullMQ's processedOn / finishedOn), so the workers' start-up is left out, as a long-running
 * worker pays it once. Numbers, not assertions: the machine is shared, so report min/median/max.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { Queue } from 'bullmq'
import { Redis } from 'ioredis'
import pg from 'pg'
import { openArticleQueue, parseQueueUrl, QUEUE_NAME } from '../src/queue/index.ts'
import { loadBenchCorpus, sharedDataDir } from './corpus.ts'

const BIN = new URL('../bin/lagebild.js', import.meta.url).pathname

async function freshSchema(pgUrl: string, round: string): Promise<string> {
  const schema = `lagebild_bench_queue_${process.pid}_${round}`
  const client = new pg.Client({ connectionString: pgUrl })
  await client.connect()
  await client.query(`drop schema if exists ${schema} cascade`)
  await client.query(`create schema ${schema}`)
  await client.end()
  const url = new URL(pgUrl)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return url.toString()
}

function startWorker(queue: string, db: string): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(process.execPath, [BIN, 'worker', '--queue', queue, '--db', db], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr?.on('data', (chunk) => {
      stderr += String(chunk)
      if (stderr.includes('taking jobs from')) resolve()
    })
    child.on('exit', (code) => reject(new Error(`a worker exited (${code}) before it was ready: ${stderr}`)))
  })
  return { child, ready }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      redis: { type: 'string' },
      pg: { type: 'string' },
      articles: { type: 'string', default: '200' },
      rounds: { type: 'string', default: '3' },
      workers: { type: 'string', default: '1,2' },
    },
  })
  if (!values.redis || !values.pg) {
    console.log(
      'queue bench skipped: give --redis URL (scripts/start-redis.sh) and --pg URL (scripts/start-postgres.sh)',
    )
    return
  }
  const dataDir = sharedDataDir()
  if (!existsSync(dataDir)) {
    console.log(`queue bench skipped: no shared data at ${dataDir} (set LAGEBILD_DATA to point at it)`)
    return
  }
  // the queue keeps the last 1000 finished jobs, whose times the rate is read from
  const corpus = loadBenchCorpus(dataDir).slice(0, Math.min(1000, Number(values.articles)))
  const url = new URL(values.redis)
  url.pathname = '/14'
  const queueUrl = url.toString()
  const redis = new Redis(queueUrl, { maxRetriesPerRequest: null })
  const counts = new Queue(QUEUE_NAME, { connection: redis })
  console.log(`queue bench: ${corpus.length} articles a round, ${values.rounds} rounds`)

  for (const workers of values.workers.split(',').map(Number)) {
    const rates: number[] = []
    const busy: number[] = []
    for (let round = 0; round < Number(values.rounds); round++) {
      await redis.flushdb()
      const db = await freshSchema(values.pg, `${workers}_${round}`)
      const children = Array.from({ length: workers }, () => startWorker(queueUrl, db))
      await Promise.all(children.map((c) => c.ready))
      const queue = await openArticleQueue(parseQueueUrl(queueUrl))
      for (const [i, article] of corpus.entries())
        await queue.add({
          label: article.name,
          text: article.text,
          meta: { uri: `bench:${i}`, ...(article.published ? { published: article.published } : {}) },
        })
      await queue.close()
      // a text the corpus holds twice is one job
      const jobs = await counts.getJobCountByTypes('waiting', 'active', 'completed', 'failed', 'delayed')
      while ((await counts.getJobCountByTypes('completed', 'failed')) < jobs)
        await new Promise((resolve) => setTimeout(resolve, 200))
      const done = await counts.getJobs(['completed'], 0, -1)
      const start = Math.min(...done.map((job) => job.processedOn ?? Number.POSITIVE_INFINITY))
      const end = Math.max(...done.map((job) => job.finishedOn ?? 0))
      rates.push(done.length / ((end - start) / 1000))
      // time inside jobs over the workers' time: below 100% the queue itself keeps them waiting
      const inJobs = done.reduce((sum, job) => sum + ((job.finishedOn ?? 0) - (job.processedOn ?? 0)), 0)
      busy.push(inJobs / ((end - start) * workers))
      await Promise.all(
        children.map(
          ({ child }) =>
            new Promise((resolve) => {
              child.on('exit', resolve)
              child.kill('SIGTERM')
            }),
        ),
      )
    }
    const fmt = (n: number) => n.toFixed(1)
    console.log(
      `ingest through the queue, ${workers} worker${workers > 1 ? 's' : ''}: ${fmt(Math.min(...rates))} / ${fmt(median(rates))} / ${fmt(Math.max(...rates))} articles/s (min / median / max); busy in jobs ${(median(busy) * 100).toFixed(0)}% of the time`,
    )
  }
  await counts.close()
  redis.disconnect()
}
