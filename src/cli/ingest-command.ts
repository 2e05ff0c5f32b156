import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  type Analysis,
  documentId,
  type Env,
  isLagebildError,
  LagebildError,
  normalizeText,
} from '../document/index.ts'
import {
  countJsonlLines,
  decodeArticleBytes,
  type Feed,
  fetchBytes,
  type InputEntry,
  outletName,
  readArticleText,
  readFeed,
  readHtmlArticle,
  readJsonlArticles,
  walkInputs,
} from '../ingest/index.ts'
import type { PreparedRows } from '../link/index.ts'
import { type ArticleMeta, analyze } from '../pipeline.ts'
import { type AnalysisPool, createAnalysisPool, parseWorkers } from '../pool/index.ts'
import { isFatalStorageError, openStore, type SaveMeta, type Store } from '../store/index.ts'
import { languageCode } from '../text/index.ts'
import { exitCodeOf } from './exit-codes.ts'
import { type Counts, Progress } from './ingest-progress.ts'
import { parseBudget } from './parse-budget.ts'
import { parsePublished } from './parse-published.ts'

export interface IngestOptions {
  db?: string
  /** defaults for articles that bring no date or outlet of their own (plain-text files) */
  published?: string
  outlet?: string
  /** the language of every article (--lang), instead of the language its text reads in */
  lang?: string
  feed?: string[]
  /** seconds one article's analysis may take (--budget); beyond it the article fails as too complex */
  budget?: string
  /** without a terminal, one progress line every this many items */
  progressEvery?: number
  /** threads that analyse (--workers); default the number of cores */
  workers?: string
}

export interface IngestIo {
  write: (s: string) => void
  stderr?: { write: (s: string) => void; isTTY?: boolean }
}

/** One article to store, or the reason an input yields none. `label` is what a report names: path, path:line, URL. */
/** What an item says of itself besides what is stored: the language a page declares, a JSONL line's `lang`. */
export type ItemMeta = SaveMeta & Pick<ArticleMeta, 'lang' | 'declaredLang'>
export type Item = { label: string; text: string; meta: ItemMeta } | { label: string; error: unknown }

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
function metaOf(own: ItemMeta, defaults: ItemMeta): ItemMeta {
  const meta: ItemMeta = { ...defaults }
  for (const [key, value] of Object.entries(own) as [keyof ItemMeta, string | undefined][]) {
    if (value) meta[key] = value
  }
  return meta
}

function htmlItem(label: string, html: string, url: string | undefined, defaults: SaveMeta): Item {
  try {
    const page = readHtmlArticle(html, url ? { url } : {})
    const { title, outlet, uri, lang: declaredLang } = page.meta
    const published = itemDate(page.meta.published, true)
    return {
      label,
      text: page.text,
      meta: metaOf({ title, outlet, uri: uri ?? url, published, declaredLang }, defaults),
    }
  } catch (error) {
    return { label, error }
  }
}

/**
 * A feed or a page a feed links to. The person running ingest chooses the feeds, so private addresses are fine
 * and the error names the reason; the body is still read as a stream and cut at the limit.
 */
async function fetchText(url: string): Promise<string> {
  let bytes: Uint8Array
  try {
    bytes = await fetchBytes(url, {
      allowPrivate: true,
      maxBytes: MAX_PAGE_BYTES,
      contentType: /(?:)/u,
      timeoutMs: 30_000,
    })
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause
    throw new LagebildError(
      'LB_INPUT_UNREADABLE',
      `${url}: ${cause instanceof Error ? cause.message : (error as Error).message}`,
      { cause: error },
    )
  }
  return decodeArticleBytes(bytes, { maxBytes: MAX_PAGE_BYTES })
}

/** A feed read before its articles, so that its entries count in the item total; or why it cannot be read. */
type LoadedFeed = { source: string; feed: Feed } | { source: string; error: unknown }

async function loadFeed(source: string): Promise<LoadedFeed> {
  try {
    const xml = /^https?:\/\//iu.test(source) ? await fetchText(source) : await readArticleText(source)
    return { source, feed: readFeed(xml) }
  } catch (error) {
    return { source, error }
  }
}

/** Every article a feed points at: the full text when the feed carries it, else the linked page. */
export async function* feedItems(loaded: LoadedFeed, defaults: SaveMeta): AsyncGenerator<Item> {
  if ('error' in loaded) {
    yield { label: loaded.source, error: loaded.error }
    return
  }
  for (const [i, entry] of loaded.feed.items.entries()) {
    const label = entry.link ?? `${loaded.source}#${i + 1}`
    const own: SaveMeta = metaOf({ published: itemDate(entry.published, true), title: entry.title }, {})
    try {
      const html = entry.content ?? (entry.link ? await fetchText(entry.link) : undefined)
      if (!html) throw new LagebildError('LB_INPUT_EMPTY', 'the feed item has neither content nor a link')
      const item = htmlItem(label, html, entry.link, metaOf(own, defaults))
      // the feed's date and headline are the publisher's own; a page's may be a "last updated"
      yield 'text' in item ? { ...item, meta: metaOf(own, item.meta) } : item
    } catch (error) {
      yield { label, error }
    }
  }
}

async function* jsonlItems(path: string, uri: string, defaults: SaveMeta): AsyncGenerator<Item> {
  for await (const line of readJsonlArticles(path)) {
    const label = `${path}:${line.line}`
    if ('error' in line) {
      yield { label, error: line.error }
      continue
    }
    const { text, ...own } = line.article
    try {
      const published = itemDate(own.published, false)
      const meta = metaOf({ ...own, published, uri: own.uri ?? `${uri}#${line.line}` }, defaults)
      yield { label, text, meta }
    } catch (error) {
      yield { label, error }
    }
  }
}

export async function* fileItems(entries: InputEntry[], defaults: SaveMeta): AsyncGenerator<Item> {
  for (const entry of entries) {
    if ('ignored' in entry) continue
    if ('error' in entry) {
      yield { label: entry.path, error: entry.error }
      continue
    }
    const { path, kind } = entry
    const uri = `file://${resolve(path)}`
    try {
      if (kind === 'text') {
        yield { label: path, text: await readArticleText(path), meta: { ...defaults, uri } }
      } else if (kind === 'html') {
        const html = decodeArticleBytes(readFileSync(path), { maxBytes: MAX_PAGE_BYTES })
        yield htmlItem(path, html, undefined, { ...defaults, uri })
      } else {
        yield* jsonlItems(path, uri, defaults)
      }
    } catch (error) {
      yield { label: path, error }
    }
  }
}

/** What a batch holds, counted before the first article is analysed: files, JSONL lines, feed entries. */
export interface Plan {
  entries: InputEntry[]
  feeds: LoadedFeed[]
  items: number
  ignored: number
  inputs: number
  bytes: number
}

export async function planBatch(paths: string[], feeds: string[], progress: Progress): Promise<Plan> {
  const plan: Plan = { entries: [], feeds: [], items: 0, ignored: 0, inputs: 0, bytes: 0 }
  for (const entry of walkInputs(paths)) {
    plan.entries.push(entry)
    if ('ignored' in entry) {
      plan.ignored++
      continue
    }
    plan.inputs++
    if ('error' in entry) plan.items++
    else {
      plan.bytes += entry.bytes
      // a JSONL file that cannot be read is one failed item
      plan.items += entry.kind === 'jsonl' ? await countJsonlLines(entry.path).catch(() => 1) : 1
    }
    progress.counting(plan.inputs, plan.bytes)
  }
  for (const source of feeds) {
    const loaded = await loadFeed(source)
    plan.feeds.push(loaded)
    plan.inputs++
    plan.items += 'feed' in loaded ? loaded.feed.items.length : 1
  }
  return plan
}

/**
 * Lets the event loop run: reads and SQLite writes are synchronous, so without a turn of the loop between articles
 * a Ctrl-C would wait for the whole folder.
 */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

export function reason(error: unknown): string {
  if (isLagebildError(error)) return `${error.message} [${error.code}]`
  return error instanceof Error ? error.message : String(error)
}

/** An item on its way to the store: analysed in the pool, stored before (skipped), or failed. */
type Analysed =
  | { analysis: Analysis; prepared: PreparedRows; meta: SaveMeta }
  | { storedBefore: true }
  | { error: unknown }

/** What became of one item: stored now (maybe as a near-duplicate), stored before, or failed. */
type Outcome = { created: boolean; nearDuplicate: boolean } | { storedBefore: true } | { error: unknown }

/** The article's facts as stored, and as its analysis reads them (with the language given or declared). */
function prepareMeta(meta: ItemMeta): { stored: SaveMeta; articleMeta: ArticleMeta } {
  // one name per publisher, whether it came from the page, a JSONL field or --outlet
  const outlet = outletName({ name: meta.outlet, url: meta.uri })
  const { outlet: _given, ...rest } = meta
  const { lang, declaredLang, ...stored } = outlet ? { ...rest, outlet } : rest
  const { title: _title, ...articleMeta } = stored as SaveMeta
  return {
    stored,
    articleMeta: { ...articleMeta, ...(lang ? { lang } : {}), ...(declaredLang ? { declaredLang } : {}) },
  }
}

/**
 * Analyses one article in the pool. Its id is the hash of the normalised text, so a text stored already is skipped
 * before analysis: a rerun after an interruption goes fast through what it has. Never rejects: a failure is data.
 */
async function analyseItem(
  store: Store,
  pool: AnalysisPool,
  text: string,
  meta: ItemMeta,
): Promise<Analysed> {
  try {
    if (await store.hasDocument(documentId(normalizeText(text)))) return { storedBefore: true }
    const { stored, articleMeta } = prepareMeta(meta)
    return { ...(await pool.analyzeForStore(text, articleMeta)), meta: stored }
  } catch (error) {
    return { error }
  }
}

/** Analyses and stores one article in this thread: what a queue worker does with its job. */
export async function storeItem(store: Store, env: Env, text: string, meta: ItemMeta) {
  if (await store.hasDocument(documentId(normalizeText(text))))
    return { created: false, nearDuplicate: false }
  const { stored, articleMeta } = prepareMeta(meta)
  return storeAnalysed(store, { analysis: analyze(text, articleMeta, env), meta: stored })
}

/** Stores one analysed article, in its own transaction. */
async function storeAnalysed(store: Store, analysed: { analysis: Analysis; meta: SaveMeta }) {
  return savedOutcome(await store.saveAnalysis(analysed.analysis, analysed.meta))
}

/** storyId: the story a near-duplicate joined (the first stored copy of the same agency text). */
function savedOutcome(saved: { id: string; created: boolean; storyId?: string | null }) {
  return {
    created: saved.created,
    nearDuplicate: saved.created && !!saved.storyId && saved.storyId !== saved.id,
  }
}

/** Articles stored in one transaction (the last batch, or one cut short by Ctrl-C, may hold fewer). */
const BATCH_SIZE = 8

/** `lagebild ingest PATH… [--feed URL|FILE]…`: analyses and stores every article; returns the exit code. */
export async function ingest(paths: string[], options: IngestOptions, io: IngestIo): Promise<number> {
  const stderr = io.stderr ?? process.stderr
  const published = parsePublished(options.published)
  const budgetMs = parseBudget(options.budget)
  const workers = parseWorkers(options.workers)
  const feeds = options.feed ?? []
  if (paths.length === 0 && feeds.length === 0) {
    throw new LagebildError('LB_ARG_INVALID', 'give files or folders to ingest, or --feed URL|FILE')
  }
  const lang = options.lang === undefined ? undefined : languageCode(options.lang)
  const defaults: ItemMeta = {
    ...(published ? { published } : {}),
    ...(options.outlet ? { outlet: options.outlet } : {}),
  }

  const store = await openStore(options.db ? { path: options.db } : {})
  // the threads load their lexicons while the batch is planned
  const pool = createAnalysisPool({ workers, ...(budgetMs !== undefined ? { budgetMs } : {}) })
  const counts: Counts = { created: 0, stored: 0, failed: 0, nearDuplicates: 0, ignored: 0 }
  const progress = new Progress(stderr, options.progressEvery ?? 100)
  // The first Ctrl-C finishes the articles in hand and stops; what is committed stays, the next run resumes.
  let interrupted = false
  const onSignal = () => {
    if (interrupted) process.exit(130)
    interrupted = true
    progress.note('stopping after the articles in hand (Ctrl-C again to quit at once)')
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  // a full disk, a read-only or forbidden file, a lost server: every further article would fail alike
  let stopped: LagebildError | undefined
  // The one writer: articles are analysed side by side but stored in input order, a batch of BATCH_SIZE at a time
  // in one transaction. A commit per article cost the writer more than all else it did (2.4 of 6.9 CPU s for 800
  // articles), and the writer's thread caps what a second analysis thread adds. The batches are cut by position in
  // the input, never by what happens to be ready, so the store (ids, stories, near-duplicates, row order) ends the
  // same whatever the number of threads. A second batch and two articles per thread in flight keep every thread busy
  // while a batch is written.
  const inFlight: Array<{ label: string; analysed: Promise<Analysed> }> = []
  const storeNext = async () => {
    const batch = inFlight.splice(0, BATCH_SIZE)
    const results = await Promise.all(batch.map(({ analysed }) => analysed))
    if (stopped) return
    const toStore = results.flatMap((result) => ('analysis' in result ? [result] : []))
    const outcomes = await storeBatch(toStore)
    // counted and reported in input order, an item at a time, as the progress lines count them
    for (const [i, { label }] of batch.entries()) {
      const result = results[i] as Analysed
      const outcome: Outcome | undefined = 'analysis' in result ? outcomes.shift() : result
      if (!outcome) break
      if ('storedBefore' in outcome) counts.stored++
      else if ('error' in outcome) {
        counts.failed++
        progress.note(`${label}: ${reason(outcome.error)}`)
        if (isFatalStorageError(outcome.error)) stopped = outcome.error
      } else {
        if (outcome.created) counts.created++
        else counts.stored++
        if (outcome.nearDuplicate) counts.nearDuplicates++
      }
      progress.tick(counts)
    }
    await yieldToEventLoop()
  }
  /** The outcome of each analysis, in order; after a fatal storage error, none for the articles not tried. */
  const storeBatch = async (
    analyses: Array<{ analysis: Analysis; prepared: PreparedRows; meta: SaveMeta }>,
  ) => {
    if (analyses.length === 0) return []
    try {
      return (await store.saveAnalyses(analyses)).map(savedOutcome) as Outcome[]
    } catch {
      // each in its own transaction, as before batches: one article the database refuses fails alone, and on a
      // full disk what fits is stored and the first that does not names the cause (an article the store's own
      // fallback stored before a refused one then counts as stored before)
    }
    const outcomes: Outcome[] = []
    for (const analysed of analyses) {
      try {
        outcomes.push(await storeAnalysed(store, analysed))
      } catch (error) {
        outcomes.push({ error })
        if (isFatalStorageError(error)) break
      }
    }
    return outcomes
  }
  try {
    const plan = await planBatch(paths, feeds, progress)
    counts.ignored = plan.ignored
    progress.expect(plan.items, plan.inputs, plan.bytes)
    const sources = [
      fileItems(plan.entries, defaults),
      ...plan.feeds.map((feed) => feedItems(feed, defaults)),
    ]
    for (const source of sources) {
      if (interrupted || stopped) break
      for await (const item of source) {
        const analysed: Promise<Analysed> =
          'error' in item
            ? Promise.resolve({ error: item.error })
            : // --lang is the caller's word for every article, over a JSONL line's own
              analyseItem(store, pool, item.text, lang ? { ...item.meta, lang } : item.meta)
        inFlight.push({ label: item.label, analysed })
        while (inFlight.length >= 2 * BATCH_SIZE + 2 * workers) await storeNext()
        if (interrupted || stopped) break
      }
    }
    while (inFlight.length > 0 && !stopped) await storeNext()
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    progress.done(counts)
    await pool.close()
    await store.close()
  }
  const near = counts.nearDuplicates ? `, ${counts.nearDuplicates} near-duplicates of stored stories` : ''
  const ignored = counts.ignored ? `, ${counts.ignored} other files ignored` : ''
  io.write(
    `${interrupted ? 'interrupted: ' : stopped ? 'stopped: ' : ''}${counts.created} new, ${counts.stored} already stored, ${counts.failed} failed${near}${ignored} (${store.dialect})\n`,
  )
  if (stopped) {
    // the cause once more, last, where a script or a person looks: what is stored stays, a rerun resumes
    stderr.write(`lagebild: stopped the batch: ${reason(stopped)}\n`)
    return exitCodeOf(stopped.code)
  }
  if (interrupted) return 130
  return counts.failed > 0 ? 1 : 0
}
