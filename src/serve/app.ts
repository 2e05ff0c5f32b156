import { randomUUID } from 'node:crypto'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import Fastify, { type FastifyInstance } from 'fastify'
import {
  type Analysis,
  createEnv,
  type Env,
  isLagebildError,
  LagebildError,
  PLOVER_TYPES,
} from '../document/index.ts'
import { decodeArticleBytes, fetchPage, readHtmlArticle } from '../ingest/index.ts'
import { type ArticleMeta, analyze } from '../pipeline.ts'
import { SEARCH_COUNT_CAP, type Store } from '../store/index.ts'
import { languageCode } from '../text/index.ts'
import { checkDate, decodeCursor, encodeCursor, ISO_DATE, unknownFields, wrongTypes } from './checks.ts'
import { type AccessOptions, lockDown } from './lockdown.ts'
import { serveWebApp } from './static.ts'

/** What analyses a POSTed article: `lagebild serve` passes an AnalysisPool (src/pool/). */
export interface Analyzer {
  analyze(text: string, meta: ArticleMeta): Promise<Analysis>
}

export interface AppOptions {
  store: Store
  /**
   * Analyses POSTed articles off the event loop, in worker threads, refusing with 503 when they are all busy (an
   * AnalysisPool). Without one (tests, embedding) the request's own thread analyses with `env`.
   */
  analyzer?: Analyzer
  env?: Env
  /** the largest request body, in bytes; an article is text, so a few MB is plenty */
  bodyLimit?: number
  /**
   * Fastify's logger (pino): one JSON line per entry, each with the request's id (`reqId`). `serve` logs at
   * `warn` by default: every 5xx and every lost database connection, not every request. Off when absent.
   */
  logger?: boolean | { level: string; stream?: { write: (line: string) => void } }
  /** serve the built web app (ui/dist) at / — off for API-only tests */
  webApp?: boolean
  /** the bearer token that writes (and, with `tokenReads`, reads) need */
  access?: AccessOptions
  /** `{"url": …}` may fetch private, loopback and link-local addresses (a server inside a trusted network) */
  allowPrivateFetch?: boolean
}

const isoDate = {
  type: 'string',
  pattern: ISO_DATE,
  description: 'a calendar date (YYYY-MM-DD), or a date-time with zone (2022-01-21T09:30:00+01:00)',
} as const

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
/**
 * "limit=1e309", "offset=" and a hundred nines: an integer parameter written as anything but a plain number a
 * JavaScript number holds exactly would coerce to Infinity or to a rounded value, which no page can mean.
 */
function hugeNumbers(
  part: string,
  values: unknown,
  properties: Record<string, { type?: string }>,
): string | undefined {
  if (!values || typeof values !== 'object') return undefined
  for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
    if (properties[name]?.type !== 'integer' || typeof value !== 'string') continue
    if (!/^\d{1,15}$/u.test(value)) return `${part}/${name} must be a whole number of at most 15 digits`
  }
  return undefined
}

/** `limit` (default and maximum as given), `cursor` (from the last answer's `nextCursor`) and the older `offset`. */
const paging = (max = 500, byDefault = 50) =>
  ({
    limit: {
      type: 'integer',
      minimum: 1,
      maximum: max,
      default: byDefault,
      description: `rows per page (at most ${max})`,
    },
    cursor: {
      type: 'string',
      minLength: 1,
      maxLength: 200,
      description: 'the `nextCursor` of the previous page',
    },
    offset: { type: 'integer', minimum: 0, description: 'rows to skip (`cursor` is the way to page)' },
  }) as const

/** What every list answers beside its rows (also in the `X-Total-Count` header). */
const pageProperties = {
  total: { type: 'integer', description: 'how many rows the list holds with these filters, over all pages' },
  limit: { type: 'integer', description: 'the page size used' },
  nextCursor: {
    type: ['string', 'null'],
    description: 'pass as `cursor` for the next page; null on the last page',
  },
} as const
const listResponse = (name: string, extra: Record<string, unknown> = {}) => ({
  200: {
    type: 'object',
    properties: {
      [name]: { type: 'array', items: { type: 'object', additionalProperties: true } },
      ...pageProperties,
      ...extra,
    },
    required: [name, 'total', 'limit', 'nextCursor'],
  },
  400: errorSchema,
  404: errorSchema,
})

const actorFilter = {
  type: 'string',
  minLength: 1,
  maxLength: 200,
  description: "an actor's corpus key, or any id an analysis gives it, a name or an alias",
} as const
const eventType = {
  type: 'string',
  enum: [...PLOVER_TYPES],
  description: 'one of the sixteen PLOVER event types',
} as const

/** The HTTP API over a store. Every route validates its input; a bad request never touches stored data. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store } = options
  const env = options.env ?? createEnv()
  const analyzer: Analyzer = options.analyzer ?? {
    analyze: async (text, meta) => analyze(text, meta, env),
  }
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 6 * 1024 * 1024,
    // unique across restarts, so a log line found by the id a client reports is that request's
    genReqId: () => randomUUID(),
  })
  // every answer names its request: a 500 reported by a user leads to its log line
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Request-Id', request.id)
  })
  // before the docs and the web app register, so that their routes are guarded and get the headers too
  lockDown(app, options.access ?? {})

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Lagebild API',
        version: '1',
        description: 'Sourced situation pictures from news: documents, quotes, events, actors, search.',
      },
    },
  })
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    // Swagger UI styles itself inline; its page alone may, and it still runs only its own scripts
    staticCSP:
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  })

  app.setErrorHandler((error, request, reply) => {
    if (isLagebildError(error)) {
      if (error.status >= 500) {
        // 500 is a bug of ours; 503 and 507 are the database's state, worth a warning
        const level = error.status === 500 ? 'error' : 'warn'
        request.log[level]({ err: error, code: error.code }, error.message)
        // the database is away or refuses writes: worth asking again shortly
        if (error.status === 503) reply.header('Retry-After', '5')
      }
      return reply.status(error.status).send({ error: error.code, message: error.message })
    }
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
    request.log.error({ err: error }, 'internal error')
    return reply.status(500).send({
      error: 'LB_INTERNAL',
      message: `internal error; the server log has details under request id ${request.id}`,
    })
  })

  // Input the schemas would coerce or drop silently is refused, naming the field: a number where text belongs
  // (`{"text": 123}`), a field or parameter the route does not know. Runs before validation, on the raw input.
  app.addHook('preValidation', async (request) => {
    const schema = request.routeOptions.schema as
      | {
          querystring?: { properties?: Record<string, { type?: string }> }
          body?: { properties?: Record<string, { type?: string }> }
        }
      | undefined
    const problem =
      unknownFields('querystring', request.query, schema?.querystring?.properties) ??
      hugeNumbers('querystring', request.query, schema?.querystring?.properties ?? {}) ??
      (schema?.body
        ? (wrongTypes('body', request.body, schema.body.properties ?? {}) ??
          unknownFields('body', request.body, schema.body.properties))
        : undefined)
    if (problem) throw new LagebildError('LB_ARG_INVALID', problem)
  })
  // the pattern admits the shape of a date; this admits only days the calendar has
  app.addHook('preHandler', async (request) => {
    const query = (request.query ?? {}) as Record<string, unknown>
    const body = (request.body ?? {}) as Record<string, unknown>
    for (const [part, values, field] of [
      ['querystring', query, 'from'],
      ['querystring', query, 'to'],
      ['body', body, 'published'],
    ] as const) {
      const problem = checkDate(`${part}/${field}`, values[field])
      if (problem) throw new LagebildError('LB_ARG_INVALID', problem)
    }
  })

  /** The corpus keys of the actor a filter names by key, id, name or alias; 404 naming the field when none. */
  const actorKeys = async (field: string, ref: string): Promise<string[]> => {
    const keys = await store.findActorKeys(ref)
    if (keys.length === 0)
      throw new LagebildError('LB_NOT_FOUND', `${field}: no actor has the key, id, name or alias "${ref}"`)
    return keys
  }
  /** The one actor a path names (the one most articles name, when an alias names several). */
  const actorKey = async (ref: string): Promise<string> => (await actorKeys('actor', ref))[0] as string

  // asks the database: a load balancer or a person sees at once that the server is up but its store is not
  app.get('/api/health', { schema: { hide: true } }, async (request, reply) => {
    try {
      await store.ping()
      return { ok: true, dialect: store.dialect, database: 'ok' }
    } catch (error) {
      const code = isLagebildError(error) ? error.code : 'LB_STORE_UNAVAILABLE'
      request.log.warn({ err: error, code }, 'health: the database does not answer')
      return reply
        .status(503)
        .header('Retry-After', '5')
        .send({
          ok: false,
          dialect: store.dialect,
          database: 'unreachable',
          error: code,
          message: error instanceof Error ? error.message : String(error),
        })
    }
  })

  type PageQuery = { limit: number; offset?: number; cursor?: string; actor?: string | string[] }
  /**
   * A GET route that lists rows: its query schema, one store call for the page and one for the total, the rows
   * under one name beside `total`, `limit` and `nextCursor`. Without `count`, `list` answers every row (a list
   * built in memory) and the page is cut here. An `actor` filter is resolved from any id or alias first.
   */
  const listRoute = <Q>(
    path: string,
    summary: string,
    name: string,
    properties: Record<string, unknown>,
    list: (query: Q) => Promise<unknown[]>,
    count?: (query: Q) => Promise<number>,
  ) =>
    app.get(
      path,
      {
        schema: {
          summary,
          description:
            'A page of rows: `total` counts every row with these filters (also the `X-Total-Count` header), `nextCursor` asks for the next page.',
          querystring: { type: 'object', properties },
          response: listResponse(name),
        },
      },
      async (request, reply) => {
        const query = { ...(request.query as PageQuery) }
        const offset = query.cursor !== undefined ? decodeCursor(query.cursor) : (query.offset ?? 0)
        if (typeof query.actor === 'string') query.actor = await actorKeys('querystring/actor', query.actor)
        const paged = { ...query, offset } as Q
        let rows: unknown[]
        let total: number
        if (count) [rows, total] = await Promise.all([list(paged), count(paged)])
        else {
          const all = await list(paged)
          ;[rows, total] = [all.slice(offset, offset + query.limit), all.length]
        }
        reply.header('X-Total-Count', String(total))
        const next = offset + query.limit
        return {
          [name]: rows,
          total,
          limit: query.limit,
          nextCursor: next < total ? encodeCursor(next) : null,
        }
      },
    )

  listRoute(
    '/api/documents',
    'List stored articles, newest first',
    'documents',
    { outlet: { type: 'string' }, from: isoDate, to: isoDate, ...paging() },
    store.listDocuments.bind(store),
    store.countDocuments.bind(store),
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
            lang: {
              type: 'string',
              pattern: '^[A-Za-z]{2,3}([-_][A-Za-z0-9]+)*$',
              description: "the text's language (de, en), instead of the one detected from it",
            },
          },
          additionalProperties: false,
        },
        response: {
          200: {
            description: 'the article was stored before: nothing new',
            type: 'object',
            properties: { id: { type: 'string' }, created: { type: 'boolean' } },
          },
          201: {
            description: 'the article is stored',
            type: 'object',
            properties: { id: { type: 'string' }, created: { type: 'boolean' } },
          },
          400: errorSchema,
          413: errorSchema,
          415: errorSchema,
          422: errorSchema,
          502: errorSchema,
          503: errorSchema,
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
        lang?: string
      }
      // the source URI becomes the article's link: only a web address may (never javascript: or data:)
      if (body.uri !== undefined && !/^https?:\/\/[^\s]+$/iu.test(body.uri))
        throw new LagebildError('LB_ARG_INVALID', 'body/uri must be an http or https address')
      let text: string
      let meta: { published?: string; outlet?: string; uri?: string; title?: string; declaredLang?: string }
      if (body.text !== undefined) {
        // The same checks as for files: empty, binary and oversized texts are refused with their codes.
        text = decodeArticleBytes(new TextEncoder().encode(body.text))
        meta = { published: body.published, outlet: body.outlet, uri: body.uri }
      } else if (body.html !== undefined || body.url !== undefined) {
        const uri = body.url ?? body.uri
        const html =
          body.html ?? (await fetchPage(body.url as string, { allowPrivate: options.allowPrivateFetch }))
        const page = readHtmlArticle(html, uri ? { url: uri } : {})
        text = decodeArticleBytes(new TextEncoder().encode(page.text))
        meta = {
          // the caller's date and outlet win over the page's own
          published: body.published ?? page.meta.published?.slice(0, 10),
          outlet: body.outlet ?? page.meta.outlet,
          uri: uri ?? page.meta.uri,
          title: page.meta.title,
          declaredLang: page.meta.lang,
        }
      } else {
        return reply.status(400).send({
          error: 'LB_BAD_REQUEST',
          message: 'the body needs {"text": …}, {"html": …} or {"url": …}',
        })
      }
      meta = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined))
      const { declaredLang, ...stored } = meta
      const analysis = await analyzer.analyze(text, {
        ...stored,
        ...(body.lang ? { lang: languageCode(body.lang) } : {}),
        ...(declaredLang ? { declaredLang } : {}),
      })
      const saved = await store.saveAnalysis(analysis, stored)
      return reply.status(saved.created ? 201 : 200).send(saved)
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
    { actor: actorFilter, documentId: { type: 'string' }, ...paging() },
    store.listQuotes.bind(store),
    store.countQuotes.bind(store),
  )
  listRoute(
    '/api/events',
    'PLOVER events',
    'events',
    { actor: actorFilter, type: eventType, documentId: { type: 'string' }, ...paging() },
    store.listEvents.bind(store),
    store.countEvents.bind(store),
  )
  listRoute(
    '/api/demands',
    "The situation board's demands: REQUEST events with status demanded that name who demands, newest first, with each party's display name",
    'demands',
    { actor: actorFilter, ...paging() },
    store.listDemands.bind(store),
    store.countDemands.bind(store),
  )
  listRoute(
    '/api/actors',
    'Actors across all articles, in key order, a page at a time',
    'actors',
    paging(5000, 1000),
    store.listActors.bind(store),
    store.countActors.bind(store),
  )
  app.get(
    '/api/actors/:id',
    {
      schema: {
        summary:
          'One actor across all articles: names, aliases, kind, country, and its roles as facts (role, country, first and last article date)',
        params: idParams,
      },
    },
    async (request) => {
      const actor = await store.getActor(await actorKey((request.params as { id: string }).id))
      if (!actor) throw new LagebildError('LB_NOT_FOUND', 'the actor is gone')
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
    {
      actor: actorFilter,
      state: { type: 'string', enum: ['open', 'overdue', 'kept', 'denied'] },
      ...paging(),
    },
    store.listPromises.bind(store),
  )
  listRoute(
    '/api/disagreements',
    'The same quantity reported differently by different outlets, reports side by side',
    'disagreements',
    { of: { type: 'string' }, from: isoDate, to: isoDate, ...paging() },
    store.listDisagreements.bind(store),
  )
  listRoute(
    '/api/figures',
    'Every counted thing with all its reports across the corpus, things in dispute first: the figures by source',
    'figures',
    { of: { type: 'string' }, from: isoDate, to: isoDate, ...paging() },
    store.listFigures.bind(store),
  )
  app.get(
    '/api/actors/:id/timeline',
    {
      schema: {
        summary:
          "An actor's statements and events (those that name who acted) over time, oldest first: the newest `limit`, in `older` the `before` that asks for the page before them, in `total` how many items all pages hold",
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
    async (request, reply) => {
      const { items, older, total } = await store.getActorTimeline(
        await actorKey((request.params as { id: string }).id),
        request.query as { limit: number; before?: string },
      )
      reply.header('X-Total-Count', String(total))
      return { timeline: items, older, total }
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
            kind: {
              type: 'string',
              enum: ['document', 'quote'],
              description: 'articles only, or quotes only',
            },
            actor: actorFilter,
            eventType,
            outlet: { type: 'string' },
            from: isoDate,
            to: isoDate,
            ...paging(),
          },
          required: ['q'],
        },
        response: listResponse('results', {
          totalCapped: {
            type: 'boolean',
            description: `true when more than ${SEARCH_COUNT_CAP} hits match: \`total\` is then the cap`,
          },
        }),
      },
    },
    async (request, reply) => {
      const { q, cursor, offset, actor, ...rest } = request.query as {
        q: string
        cursor?: string
        offset?: number
        actor?: string
        limit: number
      } & Record<string, unknown>
      const filter = {
        ...rest,
        offset: cursor !== undefined ? decodeCursor(cursor) : (offset ?? 0),
        ...(actor !== undefined ? { actor: await actorKeys('querystring/actor', actor) } : {}),
      } as Parameters<Store['search']>[1] & { limit: number; offset: number }
      const [results, counted] = await Promise.all([store.search(q, filter), store.countSearch(q, filter)])
      const total = Math.min(counted, SEARCH_COUNT_CAP)
      reply.header('X-Total-Count', String(total))
      const next = filter.offset + filter.limit
      return {
        results,
        total,
        totalCapped: counted > SEARCH_COUNT_CAP,
        limit: filter.limit,
        nextCursor: next < counted && results.length === filter.limit ? encodeCursor(next) : null,
      }
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
