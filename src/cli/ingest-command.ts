import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  createEnv,
  documentId,
  type Env,
  isLagebildError,
  LagebildError,
  normalizeText,
} from '../document/index.ts'
import {
  decodeArticleBytes,
  readArticleText,
  readFeed,
  readHtmlArticle,
  readJsonlArticles,
  walkInputs,
} from '../ingest/index.ts'
import { analyze } from '../pipeline.ts'
import { openStore, type SaveMeta, type Store } from '../store/index.ts'
import { type Counts, Progress } from './ingest-progress.ts'
import { parseBudget } from './parse-budget.ts'
import { parsePublished } from './parse-published.ts'

export interface IngestOptions {
  db?: string
  /** defaults for articles that bring no date or outlet of their own (plain-text files) */
  published?: string
  outlet?: string
  feed?: string[]
  /** seconds one article's analysis may take (--budget); beyond it the article fails as too complex */
  budget?: string
  /** without a terminal, one progress line every this many items */
  progressEvery?: number
}

export interface IngestIo {
  write: (s: string) => void
  stderr?: { write: (s: string) => void; isTTY?: boolean }
}

/** One article to store, or the reason an input yields none. `label` is what a report names: path, path:line, URL. */
type Item =
  | { label: string; bytes: number; text: string; meta: SaveMeta }
  | { label: string; bytes: number; error: unknown }

const MAX_PAGE_BYTES = 20 * 1024 * 1024

/** A date an item brings must be a real date: a JSONL line with a wrong one is refused, never silently re-dated. */
function itemDate(value: string | undefined, lenient: boolean): string | undefined {
  if (value === undefined) return undefined
  try {
    return parsePublished(value)
  } catch (error) {
    // a page's own malformed date is the page's problem: analyse it without one
    if (lenient) return undefined
    throw new LagebildError(
      'LB_INPUT_UNREADABLE',
      `"published" must be a date like 2022-01-21, not "${value}"`,
      {
        cause: error,
      },
    )
  }
}

/** The item's own metadata wins; the command's --outlet and --published fill what it lacks. */
function metaOf(own: SaveMeta, defaults: SaveMeta): SaveMeta {
  const meta: SaveMeta = { ...defaults }
  for (const [key, value] of Object.entries(own) as [keyof SaveMeta, string | undefined][]) {
    if (value) meta[key] = value
  }
  return meta
}

function htmlItem(
  label: string,
  bytes: number,
  html: string,
  url: string | undefined,
  defaults: SaveMeta,
): Item {
  try {
    const page = readHtmlArticle(html, url ? { url } : {})
    const { title, outlet, uri } = page.meta
    const published = itemDate(page.meta.published, true)
    return {
      label,
      bytes,
      text: page.text,
      meta: metaOf({ title, outlet, uri: uri ?? url, published }, defaults),
    }
  } catch (error) {
    return { label, bytes, error }
  }
}

async function fetchText(url: string): Promise<string> {
  let response: Response
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(30_000), redirect: 'follow' })
  } catch (error) {
    throw new LagebildError('LB_INPUT_UNREADABLE', `${url}: ${(error as Error).message}`, { cause: error })
  }
  if (!response.ok) throw new LagebildError('LB_INPUT_UNREADABLE', `${url} answered HTTP ${response.status}`)
  return decodeArticleBytes(new Uint8Array(await response.arrayBuffer()), { maxBytes: MAX_PAGE_BYTES })
}

/** Every article a feed points at: the full text when the feed carries it, else the linked page. */
async function* feedItems(source: string, defaults: SaveMeta): AsyncGenerator<Item> {
  let feed: ReturnType<typeof readFeed>
  try {
    const xml = /^https?:\/\//iu.test(source) ? await fetchText(source) : await readArticleText(source)
    feed = readFeed(xml)
  } catch (error) {
    yield { label: source, bytes: 0, error }
    return
  }
  for (const [i, entry] of feed.items.entries()) {
    const label = entry.link ?? `${source}#${i + 1}`
    const own: SaveMeta = metaOf({ published: itemDate(entry.published, true), title: entry.title }, {})
    try {
      const html = entry.content ?? (entry.link ? await fetchText(entry.link) : undefined)
      if (!html) throw new LagebildError('LB_INPUT_EMPTY', 'the feed item has neither content nor a link')
      const item = htmlItem(label, 0, html, entry.link, metaOf(own, defaults))
      // the feed's date and headline are the publisher's own; a page's may be a "last updated"
      yield 'text' in item ? { ...item, meta: metaOf(own, item.meta) } : item
    } catch (error) {
      yield { label, bytes: 0, error }
    }
  }
}

async function* jsonlItems(path: string, uri: string, defaults: SaveMeta): AsyncGenerator<Item> {
  for await (const line of readJsonlArticles(path)) {
    const label = `${path}:${line.line}`
    if ('error' in line) {
      yield { label, bytes: line.bytes, error: line.error }
      continue
    }
    const { text, ...own } = line.article
    try {
      const published = itemDate(own.published, false)
      const meta = metaOf({ ...own, published, uri: own.uri ?? `${uri}#${line.line}` }, defaults)
      yield { label, bytes: line.bytes, text, meta }
    } catch (error) {
      yield { label, bytes: line.bytes, error }
    }
  }
}

async function* fileItems(paths: string[], defaults: SaveMeta, onIgnored: () => void): AsyncGenerator<Item> {
  for (const entry of walkInputs(paths)) {
    if ('error' in entry) {
      yield { label: entry.path, bytes: 0, error: entry.error }
      continue
    }
    if ('ignored' in entry) {
      onIgnored()
      continue
    }
    const { path, kind, bytes } = entry
    const uri = `file://${resolve(path)}`
    try {
      if (kind === 'text') {
        yield { label: path, bytes, text: await readArticleText(path), meta: { ...defaults, uri } }
      } else if (kind === 'html') {
        const html = decodeArticleBytes(readFileSync(path), { maxBytes: MAX_PAGE_BYTES })
        yield htmlItem(path, bytes, html, undefined, { ...defaults, uri })
      } else {
        yield* jsonlItems(path, uri, defaults)
      }
    } catch (error) {
      yield { label: path, bytes, error }
    }
  }
}

function reason(error: unknown): string {
  if (isLagebildError(error)) return `${error.message} [${error.code}]`
  return error instanceof Error ? error.message : String(error)
}

/**
 * Stores one article. Its id is the hash of the normalised text, so a text stored already is skipped before
 * analysis: a rerun after an interruption goes fast through what it has. Each article is its own transaction.
 */
async function storeItem(store: Store, env: Env, text: string, meta: SaveMeta) {
  if (await store.hasDocument(documentId(normalizeText(text))))
    return { created: false, nearDuplicate: false }
  const { title: _title, ...articleMeta } = meta
  const analysis = analyze(text, articleMeta, env)
  // storyId: the story a near-duplicate joined (the first stored copy of the same agency text)
  const saved: { id: string; created: boolean; storyId?: string | null } = await store.saveAnalysis(
    analysis,
    meta,
  )
  return {
    created: saved.created,
    nearDuplicate: saved.created && !!saved.storyId && saved.storyId !== saved.id,
  }
}

/** `lagebild ingest PATH… [--feed URL|FILE]…`: analyses and stores every article; returns the exit code. */
export async function ingest(paths: string[], options: IngestOptions, io: IngestIo): Promise<number> {
  const stderr = io.stderr ?? process.stderr
  const published = parsePublished(options.published)
  const budgetMs = parseBudget(options.budget)
  const feeds = options.feed ?? []
  if (paths.length === 0 && feeds.length === 0) {
    throw new LagebildError('LB_ARG_INVALID', 'give files or folders to ingest, or --feed URL|FILE')
  }
  const defaults: SaveMeta = {
    ...(published ? { published } : {}),
    ...(options.outlet ? { outlet: options.outlet } : {}),
  }

  // The walk is cheap (stat only) and gives the byte total the ETA is measured against.
  let totalBytes = 0
  for (const entry of walkInputs(paths)) if ('bytes' in entry) totalBytes += entry.bytes

  const store = await openStore(options.db ? { path: options.db } : {})
  const env = createEnv(budgetMs !== undefined ? { budgetMs } : {})
  const counts: Counts = { created: 0, stored: 0, failed: 0, nearDuplicates: 0, ignored: 0 }
  const progress = new Progress(stderr, totalBytes, options.progressEvery ?? 100)
  // The first Ctrl-C finishes the article in hand and stops; what is committed stays, the next run resumes.
  let interrupted = false
  const onSignal = () => {
    if (interrupted) process.exit(130)
    interrupted = true
    progress.note('stopping after this article (Ctrl-C again to quit at once)')
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    const sources = [
      fileItems(paths, defaults, () => counts.ignored++),
      ...feeds.map((feed) => feedItems(feed, defaults)),
    ]
    for (const source of sources) {
      for await (const item of source) {
        if ('error' in item) {
          counts.failed++
          progress.note(`${item.label}: ${reason(item.error)}`)
        } else {
          try {
            const result = await storeItem(store, env, item.text, item.meta)
            if (result.created) counts.created++
            else counts.stored++
            if (result.nearDuplicate) counts.nearDuplicates++
          } catch (error) {
            counts.failed++
            progress.note(`${item.label}: ${reason(error)}`)
          }
        }
        progress.tick(counts, item.bytes)
        if (interrupted) break
      }
      if (interrupted) break
    }
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    progress.done(counts)
    await store.close()
  }
  const near = counts.nearDuplicates ? `, ${counts.nearDuplicates} near-duplicates of stored stories` : ''
  const ignored = counts.ignored ? `, ${counts.ignored} other files ignored` : ''
  io.write(
    `${interrupted ? 'interrupted: ' : ''}${counts.created} new, ${counts.stored} already stored, ${counts.failed} failed${near}${ignored} (${store.dialect})\n`,
  )
  if (interrupted) return 130
  return counts.failed > 0 ? 1 : 0
}
