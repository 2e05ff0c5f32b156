import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import Fastify, { type FastifyInstance } from 'fastify'
import { createEnv, type Env, isLagebildError, LagebildError } from '../document/index.ts'
import { decodeArticleBytes, readHtmlArticle } from '../ingest/index.ts'
import { analyze } from '../pipeline.ts'
import type { Store } from '../store/index.ts'
import { serveWebApp } from './static.ts'

export interface AppOptions {
  store: Store
  env?: Env
  /** the largest request body, in bytes; an article is text, so a few MB is plenty */
  bodyLimit?: number
  logger?: boolean
  /** serve the built web app (ui/dist) at / — off for API-only tests */
  webApp?: boolean
}

const ISO_DATE = '^\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?$'
const isoDate = { type: 'string', pattern: ISO_DATE } as const

const errorSchema = {
  type: 'object',
  properties: { error: { type: 'string' }, message: { type: 'string' } },
  required: ['error', 'message'],
} as const

const idParams = {
  type: 'object',
  properties: { id: { type: 'string', maxLength: 200 } },
  required: ['id'],
} as const
const paging = {
  limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
  offset: { type: 'integer', minimum: 0, default: 0 },
} as const

/** The HTTP API over a store. Every route validates its input; a bad request never touches stored data. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store } = options
  const env = options.env ?? createEnv()
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: options.bodyLimit ?? 6 * 1024 * 1024 })

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Lagebild API',
        version: '1',
        description: 'Sourced situation pictures from news: documents, quotes, events, actors, search.',
      },
    },
  })
  await app.register(swaggerUi, { routePrefix: '/api/docs' })

  app.setErrorHandler((error, _request, reply) => {
    if (isLagebildError(error))
      return reply.status(error.status).send({ error: error.code, message: error.message })
    const fastifyError = error as {
      statusCode?: number
      code?: string
      validation?: unknown
      message: string
    }
    if (fastifyError.validation)
      return reply.status(400).send({ error: 'LB_BAD_REQUEST', message: fastifyError.message })
    if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply
        .status(413)
        .send({ error: 'LB_INPUT_TOO_LARGE', message: 'the request body is larger than the limit' })
    }
    if (fastifyError.statusCode && fastifyError.statusCode < 500) {
      return reply
        .status(fastifyError.statusCode)
        .send({ error: fastifyError.code ?? 'LB_BAD_REQUEST', message: fastifyError.message })
    }
    app.log.error(error)
    return reply
      .status(500)
      .send({ error: 'LB_INTERNAL', message: 'internal error; the server log has details' })
  })

  app.get('/api/health', { schema: { hide: true } }, async () => ({ ok: true, dialect: store.dialect }))

  /** A GET route that lists rows: its query schema, one store call, the rows under one name. */
  const listRoute = <Q>(
    path: string,
    summary: string,
    name: string,
    properties: Record<string, unknown>,
    list: (query: Q) => Promise<unknown>,
  ) =>
    app.get(path, { schema: { summary, querystring: { type: 'object', properties } } }, async (request) => ({
      [name]: await list(request.query as Q),
    }))

  listRoute(
    '/api/documents',
    'List stored articles, newest first',
    'documents',
    { outlet: { type: 'string' }, from: isoDate, to: isoDate, ...paging },
    store.listDocuments.bind(store),
  )

  app.post(
    '/api/documents',
    {
      schema: {
        summary: 'Analyse and store one article: plain text, an HTML page, or the URL of one',
        body: {
          type: 'object',
          properties: {
            text: { type: 'string' },
            html: { type: 'string' },
            url: { type: 'string', maxLength: 2000 },
            published: isoDate,
            outlet: { type: 'string', maxLength: 200 },
            uri: { type: 'string', maxLength: 2000 },
          },
          additionalProperties: false,
        },
        response: {
          200: { type: 'object', properties: { id: { type: 'string' }, created: { type: 'boolean' } } },
          400: errorSchema,
          413: errorSchema,
          415: errorSchema,
          422: errorSchema,
          502: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const body = request.body as {
        text?: string
        html?: string
        url?: string
        published?: string
        outlet?: string
        uri?: string
      }
      let text: string
      let meta: { published?: string; outlet?: string; uri?: string; title?: string }
      if (body.text !== undefined) {
        // The same checks as for files: empty, binary and oversized texts are refused with their codes.
        text = decodeArticleBytes(new TextEncoder().encode(body.text))
        meta = { published: body.published, outlet: body.outlet, uri: body.uri }
      } else if (body.html !== undefined || body.url !== undefined) {
        const uri = body.url ?? body.uri
        const html = body.html ?? (await fetchPage(body.url as string))
        const page = readHtmlArticle(html, uri ? { url: uri } : {})
        text = decodeArticleBytes(new TextEncoder().encode(page.text))
        meta = {
          // the caller's date and outlet win over the page's own
          published: body.published ?? page.meta.published?.slice(0, 10),
          outlet: body.outlet ?? page.meta.outlet,
          uri: uri ?? page.meta.uri,
          title: page.meta.title,
        }
      } else {
        return reply.status(400).send({
          error: 'LB_BAD_REQUEST',
          message: 'the body needs {"text": …}, {"html": …} or {"url": …}',
        })
      }
      meta = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined))
      const analysis = analyze(text, meta, env)
      return store.saveAnalysis(analysis, meta)
    },
  )

  app.get(
    '/api/documents/:id',
    { schema: { summary: 'One stored article: its lagebild/analysis@1 object', params: idParams } },
    async (request) => getAnalysisOr404(store, (request.params as { id: string }).id),
  )
  app.get(
    '/api/documents/:id/analysis',
    { schema: { summary: 'The lagebild/analysis@1 object of one article', params: idParams } },
    async (request) => getAnalysisOr404(store, (request.params as { id: string }).id),
  )

  listRoute(
    '/api/quotes',
    'Statements: who said what',
    'quotes',
    { actor: { type: 'string' }, documentId: { type: 'string' }, ...paging },
    store.listQuotes.bind(store),
  )
  listRoute(
    '/api/events',
    'PLOVER events',
    'events',
    { actor: { type: 'string' }, type: { type: 'string' }, documentId: { type: 'string' }, ...paging },
    store.listEvents.bind(store),
  )
  listRoute(
    '/api/demands',
    "The situation board's demands: REQUEST events with status demanded that name who demands, newest first, with each party's display name",
    'demands',
    { actor: { type: 'string' }, ...paging },
    store.listDemands.bind(store),
  )
  listRoute(
    '/api/actors',
    'Actors across all articles, in key order, a page at a time',
    'actors',
    {
      limit: { type: 'integer', minimum: 1, maximum: 5000, default: 1000 },
      offset: paging.offset,
    },
    store.listActors.bind(store),
  )
  app.get(
    '/api/actors/:id',
    { schema: { summary: 'One actor across all articles: names, aliases, kind, country', params: idParams } },
    async (request) => {
      const id = (request.params as { id: string }).id
      const actor = await store.getActor(id)
      if (!actor) throw new LagebildError('LB_NOT_FOUND', `no actor with key ${id}`)
      return actor
    },
  )
  app.get(
    '/api/documents/:id/actor-keys',
    {
      schema: {
        summary: "The corpus-wide key of each of a document's actors, to link them to actor pages",
        params: idParams,
      },
    },
    async (request) => {
      const id = (request.params as { id: string }).id
      const keys = await store.getActorKeys(id)
      if (!keys) throw new LagebildError('LB_NOT_FOUND', `no document with id ${id}`)
      return { keys }
    },
  )
  listRoute(
    '/api/promises',
    'Promises (AGREE events with status promised that name who promised) and whether later articles report them kept (open, overdue, kept, denied)',
    'promises',
    { actor: { type: 'string' }, state: { type: 'string', enum: ['open', 'overdue', 'kept', 'denied'] } },
    store.listPromises.bind(store),
  )
  listRoute(
    '/api/disagreements',
    'The same quantity reported differently by different outlets, reports side by side',
    'disagreements',
    { of: { type: 'string' }, from: isoDate, to: isoDate },
    store.listDisagreements.bind(store),
  )
  app.get(
    '/api/actors/:id/timeline',
    {
      schema: {
        summary:
          "An actor's statements and events (those that name who acted) over time, oldest first: the newest `limit`, and in `older` the `before` that asks for the page before them",
        params: idParams,
        querystring: {
          type: 'object',
          properties: {
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 200 },
            // a cursor from `older`, or a date: everything dated before that day
            before: { type: 'string', minLength: 1, maxLength: 1000 },
          },
        },
      },
    },
    async (request) => {
      const { items, older } = await store.getActorTimeline(
        (request.params as { id: string }).id,
        request.query as { limit: number; before?: string },
      )
      return { timeline: items, older }
    },
  )
  app.get(
    '/api/search',
    {
      schema: {
        summary: 'Full-text search over articles and quotes',
        querystring: {
          type: 'object',
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 500 },
            actor: { type: 'string' },
            eventType: { type: 'string' },
            outlet: { type: 'string' },
            from: isoDate,
            to: isoDate,
            limit: paging.limit,
          },
          required: ['q'],
        },
      },
    },
    async (request) => {
      const { q, ...filter } = request.query as { q: string } & Record<string, unknown>
      return { results: await store.search(q, filter as Parameters<Store['search']>[1]) }
    },
  )

  if (options.webApp) await serveWebApp(app)
  return app
}

async function getAnalysisOr404(store: Store, id: string) {
  const analysis = await store.getAnalysis(id)
  if (!analysis) throw new LagebildError('LB_NOT_FOUND', `no document with id ${id}`)
  return analysis
}

const MAX_PAGE_BYTES = 5 * 1024 * 1024

/** Fetches one news page; any failure (network, status, not HTML, too large) is one coded 502. */
async function fetchPage(url: string): Promise<string> {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new LagebildError('LB_ARG_INVALID', `not a URL: ${url.slice(0, 100)}`)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new LagebildError('LB_ARG_INVALID', 'only http and https URLs')
  try {
    const response = await fetch(parsed, { signal: AbortSignal.timeout(15_000), redirect: 'follow' })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    const type = response.headers.get('content-type') ?? ''
    if (!/html|xml/iu.test(type)) throw new Error(`not an HTML page (${type || 'no content type'})`)
    const bytes = new Uint8Array(await response.arrayBuffer())
    if (bytes.byteLength > MAX_PAGE_BYTES) throw new Error('the page is larger than 5 MB')
    return new TextDecoder('utf-8').decode(bytes)
  } catch (error) {
    throw new LagebildError(
      'LB_FETCH_FAILED',
      `${parsed.host}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}
