import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import pg from 'pg'
import { type Analysis, createEnv, documentId, seededRandom } from '../src/document/index.ts'
import { analyze } from '../src/pipeline.ts'
import { actorKey, openStore, type Store } from '../src/store/index.ts'
import { loadBenchCorpus, sharedDataDir } from './corpus.ts'

/**
 * The store's numbers: ingest rate (saveAnalysis, one transaction per article, as `lagebild ingest` commits)
 * into SQLite and PostgreSQL for 10,000 articles, and p50/p95 of the actor timeline and of search over a large
 * corpus (100,000 articles, or as many as load within the time budget). The ingest rate is measured with one
 * transaction per article; the rest of the corpus is filled with `saveAnalyses`, 1,000 articles per transaction
 * (on PostgreSQL two writers at once).
 *
 * The articles are clones of real analyses: a few real German texts (the founding article, SpkAtt news when
 * shared/data is there) are analysed once, then copied with new texts, ids, dates and outlets. A clone's text
 * keeps its length (some words have their letters shifted), so every span of the analysis still holds; one clone
 * in ten is a near-duplicate of the one before (a few words changed), as agency copy is. The rate is the store's
 * alone; analysis costs what `npm run bench` reports on top.
 *
 * Usage: node --import tsx bench/store.ts [--pg URL] [--articles 10000] [--corpus 100000] [--budget 300]
 */

const OUTLETS = [
  'ORF.at',
  'Der Standard',
  'Die Presse',
  'Kurier',
  'Spiegel',
  'Zeit',
  'FAZ',
  'SZ',
  'taz',
  'NZZ',
  'tagesschau.de',
  'APA',
]
const SEARCHES = ['Lawrow', 'Sanktionen', 'Ukraine Grenze', 'Regierung', 'Außenminister Blinken', 'Polizei']

/** A small, seeded generator: the same run makes the same corpus. */
const random = seededRandom

/** Shifts the ASCII lower-case letters of some words: same length, same spans, other shingles. */
function varyText(text: string, share: number, rnd: () => number): string {
  return text.replace(/\p{L}{4,}/gu, (word) => {
    if (rnd() >= share) return word
    const shift = 1 + Math.floor(rnd() * 25)
    return word.replace(/[a-z]/gu, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + shift) % 26) + 97))
  })
}

export interface CloneFactory {
  next(): Analysis
}

/** Clones of the seed analyses, each with its own text, id, date and outlet. */
export function cloneFactory(seeds: readonly Analysis[], seed = 1): CloneFactory {
  const rnd = random(seed)
  let previous: Analysis | undefined
  return {
    next() {
      const nearDuplicate = previous && rnd() < 0.1
      const base =
        nearDuplicate && previous ? previous : (seeds[Math.floor(rnd() * seeds.length)] as Analysis)
      const text = varyText(base.text, nearDuplicate ? 0.02 : 0.4, rnd)
      const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(rnd() * 365) * 86_400_000)
        .toISOString()
        .slice(0, 10)
      const outlet = OUTLETS[Math.floor(rnd() * OUTLETS.length)] as string
      const clone: Analysis = { ...base, id: documentId(text), text, source: { outlet, published: day } }
      previous = clone
      return clone
    },
  }
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number
}

async function latency(runs: number, query: (i: number) => Promise<unknown>) {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await query(i)
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p95: percentile(times, 95) }
}

/** One transaction per article, as `lagebild ingest` commits: the ingest rate. */
async function save(store: Store, clones: CloneFactory, n: number) {
  const start = performance.now()
  for (let done = 0; done < n; done++) {
    const analysis = clones.next()
    await store.saveAnalysis(analysis, analysis.source)
  }
  return { done: n, seconds: (performance.now() - start) / 1000 }
}

/** Articles per transaction while filling: 1,000 commit a third as often as 250 and cost ~20% less CPU. */
const FILL_BATCH = 1000

/**
 * Many articles per transaction (`saveAnalyses`): only to fill the corpus the queries are timed on. `writers`
 * transactions run at once, as several `lagebild worker`s write to one PostgreSQL: while one waits for the server,
 * another builds its rows. (SQLite has one connection: its writers take turns, so one is enough.)
 */
async function fill(store: Store, clones: CloneFactory, n: number, budgetMs: number, writers: number) {
  const start = performance.now()
  let taken = 0
  let done = 0
  const writer = async () => {
    while (taken < n && performance.now() - start < budgetMs) {
      const items = Array.from({ length: Math.min(FILL_BATCH, n - taken) }, () => {
        const analysis = clones.next()
        return { analysis, ...(analysis.source ? { meta: analysis.source } : {}) }
      })
      taken += items.length
      await store.saveAnalyses(items)
      done += items.length
    }
  }
  await Promise.all(Array.from({ length: writers }, writer))
  return { done, seconds: (performance.now() - start) / 1000 }
}

function seedAnalyses(): Analysis[] {
  const env = createEnv()
  const founding = readFileSync(
    new URL('../test/fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
    'utf8',
  )
  const seeds = [analyze(founding, { published: '2022-01-21', outlet: 'ORF.at' }, env)]
  // SpkAtt news (evaluation data, used here only as realistic text to measure with)
  const news = loadBenchCorpus(sharedDataDir())
    .filter((a) => a.name.startsWith('spkatt/'))
    .slice(0, 40)
  for (const article of news)
    seeds.push(analyze(article.text, article.published ? { published: article.published } : {}, env))
  return seeds
}

/** Speakers of the seed articles, most quoted first: the keys a timeline is asked for. */
function timelineKeys(seeds: readonly Analysis[]): string[] {
  const counts = new Map<string, number>()
  for (const a of seeds) {
    const byId = new Map(a.actors.map((actor) => [actor.id, actor]))
    for (const q of a.quotes) {
      const actor = q.speaker ? byId.get(q.speaker) : undefined
      // a seed article is its own story: a bare "Polizei" in it is keyed by it
      const key = actor ? actorKey(actor, a.id) : undefined
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([key]) => key)
    .slice(0, 20)
}

interface Options {
  pg?: string
  articles: number
  corpus: number
  budget: number
}

async function benchDialect(name: string, open: () => Promise<Store>, seeds: Analysis[], options: Options) {
  const store = await open()
  try {
    const clones = cloneFactory(seeds)
    await save(store, clones, 50) // warm-up: prepared statements, page cache
    const ingest = await save(store, clones, options.articles)
    console.log(
      `${name}: ingest ${(ingest.done / ingest.seconds).toFixed(0)} articles/s (${ingest.done} articles in ${ingest.seconds.toFixed(1)} s, one transaction each)`,
    )
    const writers = store.dialect === 'postgres' ? 2 : 1
    const more = await fill(store, clones, options.corpus - ingest.done - 50, options.budget * 1000, writers)
    const stored = ingest.done + more.done + 50
    console.log(
      `${name}: loaded to ${stored} articles (${(more.done / Math.max(more.seconds, 1e-9)).toFixed(0)} articles/s over ${more.seconds.toFixed(0)} s, ${FILL_BATCH} per transaction, ${writers} writer${writers > 1 ? 's' : ''}${stored < options.corpus ? `; the ${options.budget} s budget ended before ${options.corpus}` : ''})`,
    )
    const keys = timelineKeys(seeds)
    const sizes: number[] = []
    const timeline = await latency(100, async (i) => {
      sizes.push((await store.getActorTimeline(keys[i % keys.length] as string)).items.length)
    })
    // what a page shows: the newest 200 items of a timeline
    const newest = await latency(100, (i) =>
      store.getActorTimeline(keys[i % keys.length] as string, { limit: 200 }),
    )
    // a reader paging back: the fifth page of 200, asked for with the cursor the fourth gave
    const cursors: (string | undefined)[] = []
    for (const key of keys) {
      let before: string | undefined
      for (let n = 0; n < 4; n++) {
        const older: string | null = (
          await store.getActorTimeline(key, { limit: 200, ...(before ? { before } : {}) })
        ).older
        if (!older) break
        before = older
      }
      cursors.push(before)
    }
    const deeper = await latency(100, (i) => {
      const before = cursors[i % keys.length]
      return store.getActorTimeline(keys[i % keys.length] as string, {
        limit: 200,
        ...(before ? { before } : {}),
      })
    })
    const search = await latency(100, (i) => store.search(SEARCHES[i % SEARCHES.length] as string))
    const filtered = await latency(60, (i) =>
      store.search(SEARCHES[i % SEARCHES.length] as string, {
        outlet: OUTLETS[i % OUTLETS.length] as string,
        from: '2022-03-01',
        to: '2022-06-30',
      }),
    )
    sizes.sort((a, b) => a - b)
    console.log(
      `${name}: getActorTimeline p50 ${timeline.p50.toFixed(1)} ms, p95 ${timeline.p95.toFixed(1)} ms (${keys.length} speakers, median ${percentile(sizes, 50)} items, max ${sizes.at(-1)})`,
    )
    console.log(
      `${name}: getActorTimeline newest 200 p50 ${newest.p50.toFixed(1)} ms, p95 ${newest.p95.toFixed(1)} ms`,
    )
    console.log(
      `${name}: getActorTimeline fifth page of 200 (before= cursor) p50 ${deeper.p50.toFixed(1)} ms, p95 ${deeper.p95.toFixed(1)} ms (${cursors.filter(Boolean).length} of ${keys.length} speakers have one)`,
    )
    console.log(
      `${name}: search p50 ${search.p50.toFixed(1)} ms, p95 ${search.p95.toFixed(1)} ms (${SEARCHES.length} queries, top 50)`,
    )
    console.log(
      `${name}: search with outlet and date filter p50 ${filtered.p50.toFixed(1)} ms, p95 ${filtered.p95.toFixed(1)} ms`,
    )
  } finally {
    await store.close()
  }
}

function parseArgs(args: string[]): Options {
  const value = (flag: string) => {
    const i = args.indexOf(flag)
    return i >= 0 ? args[i + 1] : undefined
  }
  const pgUrl = value('--pg')
  return {
    ...(pgUrl ? { pg: pgUrl } : {}),
    articles: Number(value('--articles') ?? 10_000),
    corpus: Number(value('--corpus') ?? 100_000),
    budget: Number(value('--budget') ?? 300),
  }
}

export async function main(args: string[] = process.argv.slice(2)): Promise<void> {
  const options = parseArgs(args)
  const t = performance.now()
  const seeds = seedAnalyses()
  console.log(
    `store bench: ${seeds.length} real articles analysed once (${((performance.now() - t) / 1000).toFixed(1)} s), cloned with new texts, ids, dates and outlets`,
  )

  const dir = mkdtempSync(join(tmpdir(), 'lagebild-bench-store-'))
  try {
    await benchDialect('sqlite', () => openStore({ path: join(dir, 'bench.sqlite') }), seeds, options)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }

  if (options.pg) {
    // a schema of its own, dropped afterwards: the bench never touches the tables of the database it is given
    const schema = `lagebild_bench_${process.pid}`
    const admin = new pg.Client({ connectionString: options.pg })
    await admin.connect()
    await admin.query(`create schema ${schema}`)
    try {
      const url = new URL(options.pg)
      url.searchParams.set('options', `-c search_path=${schema}`)
      await benchDialect('postgres', () => openStore({ databaseUrl: url.toString() }), seeds, options)
    } finally {
      await admin.query(`drop schema ${schema} cascade`)
      await admin.end()
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
