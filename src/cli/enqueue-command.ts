import { LagebildError } from '../document/index.ts'
import { type ArticleQueue, openArticleQueue, parseQueueUrl } from '../queue/index.ts'
import type { SaveMeta } from '../store/index.ts'
import { exitCodeOf } from './exit-codes.ts'
import {
  feedItems,
  fileItems,
  type IngestIo,
  type IngestOptions,
  planBatch,
  reason,
  yieldToEventLoop,
} from './ingest-command.ts'
import { type Counts, Progress } from './ingest-progress.ts'
import { parsePublished } from './parse-published.ts'

/**
 * `lagebild ingest --queue URL PATH… [--feed URL|FILE]…`: walks and reads the inputs as `ingest` does and puts
 * each article in the queue instead of analysing it; `lagebild worker` analyses and stores. Returns the exit code.
 */
export async function enqueue(
  paths: string[],
  options: IngestOptions & { queue: string },
  io: IngestIo,
): Promise<number> {
  const stderr = io.stderr ?? process.stderr
  // the workers analyse and store: options for that belong to them
  for (const [flag, value] of [
    ['--db', options.db],
    ['--budget', options.budget],
  ] as const)
    if (value !== undefined)
      throw new LagebildError(
        'LB_ARG_INVALID',
        `${flag} belongs to \`lagebild worker\`, not to ingest --queue`,
      )
  const address = parseQueueUrl(options.queue)
  const published = parsePublished(options.published)
  const feeds = options.feed ?? []
  if (paths.length === 0 && feeds.length === 0)
    throw new LagebildError('LB_ARG_INVALID', 'give files or folders to queue, or --feed URL|FILE')
  const defaults: SaveMeta = {
    ...(published ? { published } : {}),
    ...(options.outlet ? { outlet: options.outlet } : {}),
  }

  const queue: ArticleQueue = await openArticleQueue(address)
  // created: newly queued; stored: the same text was queued already
  const counts: Counts = { created: 0, stored: 0, failed: 0, nearDuplicates: 0, ignored: 0 }
  const progress = new Progress(stderr, options.progressEvery ?? 100)
  let interrupted = false
  const onSignal = () => {
    if (interrupted) process.exit(130)
    interrupted = true
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  let stopped: LagebildError | undefined
  try {
    const plan = await planBatch(paths, feeds, progress)
    counts.ignored = plan.ignored
    progress.expect(plan.items, plan.inputs, plan.bytes)
    const sources = [fileItems(plan.entries, defaults), ...plan.feeds.map((f) => feedItems(f, defaults))]
    for (const source of sources) {
      for await (const item of source) {
        if ('error' in item) {
          counts.failed++
          progress.note(`${item.label}: ${reason(item.error)}`)
        } else {
          try {
            const added = await queue.add({ label: item.label, text: item.text, meta: item.meta })
            counts[added === 'queued' ? 'created' : 'stored']++
          } catch (error) {
            // Redis went away: every further article would fail alike
            counts.failed++
            stopped = error as LagebildError
          }
        }
        progress.tick(counts)
        await yieldToEventLoop()
        if (interrupted || stopped) break
      }
      if (interrupted || stopped) break
    }
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    progress.done(counts)
    await queue.close()
  }
  const ignored = counts.ignored ? `, ${counts.ignored} other files ignored` : ''
  io.write(
    `${interrupted ? 'interrupted: ' : stopped ? 'stopped: ' : ''}${counts.created} queued, ${counts.stored} already queued, ${counts.failed} failed${ignored} (${queue.server})\n`,
  )
  if (stopped) {
    stderr.write(`lagebild: stopped the batch: ${reason(stopped)}\n`)
    return exitCodeOf(stopped.code)
  }
  if (interrupted) return 130
  return counts.failed > 0 ? 1 : 0
}
