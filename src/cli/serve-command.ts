import { readFileSync } from 'node:fs'
import { LagebildError } from '../document/index.ts'
import { createAnalysisPool, parseWorkers } from '../pool/index.ts'
import { type Analyzer, buildApp } from '../serve/index.ts'
import { openStore, type Store } from '../store/index.ts'
import { parseBudget } from './parse-budget.ts'
import { renderPicture } from './render-picture.ts'

/** The founding article: ORF.at, 21 January 2022, Blinken and Lawrow in Geneva. */
export const SAMPLE_ARTICLE = {
  path: new URL('../../test/fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
  meta: { published: '2022-01-21', outlet: 'ORF.at', uri: 'https://orf.at/stories/3244968/' },
}

export interface ServeOptions {
  port?: string
  host?: string
  db?: string
  /** seconds of CPU time one POSTed article's analysis may take */
  budget?: string
  /** threads that analyse POSTed articles (--workers); default the cores */
  workers?: string
  /** seconds of wall-clock time one article may hold a thread before it is stopped (--timeout); default 60 */
  timeout?: string
  /** the server log's level (fatal, error, warn, info, debug, trace, silent); default $LAGEBILD_LOG_LEVEL or warn */
  logLevel?: string
  /** writes (and with `tokenReads` reads) need this bearer token; default $LAGEBILD_TOKEN */
  token?: string
  tokenReads?: boolean
  allowPrivateFetch?: boolean
}

/**
 * Where the server listens and who may use it, from the options and the environment. The address stays
 * 127.0.0.1 unless --host or $HOST says otherwise: reachable from other machines only when asked.
 */
export function serverSettings(options: ServeOptions, env: NodeJS.ProcessEnv = process.env) {
  const token = options.token ?? env.LAGEBILD_TOKEN
  const tokenReads = options.tokenReads === true || env.LAGEBILD_TOKEN_READS === '1'
  if (tokenReads && token === undefined)
    throw new LagebildError('LB_ARG_INVALID', '--token-reads needs a token (--token or $LAGEBILD_TOKEN)')
  if (token !== undefined && token.trim() === '')
    throw new LagebildError('LB_ARG_INVALID', '--token: the token is empty')
  return {
    port: Number(options.port ?? env.PORT ?? 8080),
    host: options.host ?? env.HOST ?? '127.0.0.1',
    access: { token, tokenReads },
    allowPrivateFetch: options.allowPrivateFetch === true || env.LAGEBILD_ALLOW_PRIVATE_FETCH === '1',
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']

/** Stores the sample article unless it is there already; returns its analysis. */
export async function ensureSampleArticle(store: Store, analyzer: Analyzer) {
  const analysis = await analyzer.analyze(readFileSync(SAMPLE_ARTICLE.path, 'utf8'), SAMPLE_ARTICLE.meta)
  const saved = await store.saveAnalysis(analysis, SAMPLE_ARTICLE.meta)
  return { analysis, created: saved.created }
}

/** --timeout: seconds, more than 0; the default leaves the CPU budget (at most 20 s) room on a busy machine. */
function parseTimeout(value: string | undefined): number {
  if (value === undefined) return 60_000
  const seconds = Number(value)
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new LagebildError('LB_ARG_INVALID', `--timeout ${value}: give a number of seconds, more than 0`)
  return seconds * 1000
}

export async function serve(options: ServeOptions & { withSample?: boolean }, write: (s: string) => void) {
  const budgetMs = parseBudget(options.budget)
  const workers = parseWorkers(options.workers)
  const timeoutMs = parseTimeout(options.timeout)
  const { port, host, access, allowPrivateFetch } = serverSettings(options)
  const level = options.logLevel ?? process.env.LAGEBILD_LOG_LEVEL ?? 'warn'
  if (!LOG_LEVELS.includes(level))
    throw new LagebildError('LB_ARG_INVALID', `--log-level ${level}: one of ${LOG_LEVELS.join(', ')}`)
  // An idle PostgreSQL connection that the server closes (a restart) is reported here, not thrown: the pool drops
  // it, requests meanwhile answer 503, and new connections are opened when the server is back.
  let onConnectionError = (error: Error) => {
    process.stderr.write(`lagebild: database: ${error.message}\n`)
  }
  const store = await openStore({
    ...(options.db ? { path: options.db } : {}),
    onConnectionError: (error) => onConnectionError(error),
  })
  // The event loop answers requests; articles are analysed in these threads. A few may wait for a thread, more
  // are refused with 503 LB_BUSY at once rather than queued for minutes.
  const pool = createAnalysisPool({
    workers,
    maxWaiting: 2 * workers,
    timeoutMs,
    ...(budgetMs !== undefined ? { budgetMs } : {}),
  })
  if (options.withSample) {
    const { analysis, created } = await ensureSampleArticle(store, pool)
    write(renderPicture(analysis))
    write(`\n${created ? 'stored' : 'already stored'}: sample article ${analysis.id} (${store.dialect})\n`)
  }
  // JSON lines on stderr, so that stdout keeps what the command prints (the picture, the address)
  const app = await buildApp({
    store,
    analyzer: pool,
    webApp: true,
    logger: { level, stream: process.stderr },
    access,
    allowPrivateFetch,
  })
  onConnectionError = (error) => {
    app.log.warn({ err: error }, 'database connection lost; reconnecting when the database is back')
  }
  const close = async () => {
    await app.close()
    await pool.close()
    await store.close()
    process.exit(0)
  }
  process.once('SIGINT', close)
  process.once('SIGTERM', close)
  const address = await app.listen({ port, host })
  write(`Lagebild serves at ${address} — API at ${address}/api/documents, OpenAPI at ${address}/api/docs\n`)
}
