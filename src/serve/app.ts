import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import Fastify, { type FastifyInstance } from 'fastify'
import { createEnv, type Env, isLagebildError, LagebildError } from '../document/index.ts'
import { decodeArticleBytes } from '../ingest/index.ts'
import { analyze } from '../pipeline.ts'
import { actorKey, type Store } from '../store/index.ts'
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

  app.get(
    '/api/documents',
    {
      schema: {
        summary: 'List stored articles, newest first',
        querystring: {
          type: 'object',
          properties: {
            outlet: { type: 'string' },
            from: { type: 'string', pattern: ISO_DATE },
            to: { type: 'string', pattern: ISO_DATE },
            ...paging,
          },
        },
      },
    },
    async (request) => ({
      documents: await store.listDocuments(request.query as Parameters<Store['listDocuments']>[0]),
    }),
  )

  app.post(
    '/api/documents',
    {
      schema: {
        summary: 'Analyse and store one article (plain text; HTML and URLs are not supported yet)',
        body: {
          type: 'object',
          properties: {
            text: { type: 'string' },
            html: { type: 'string' },
            url: { type: 'string', maxLength: 2000 },
            published: { type: 'string', pattern: ISO_DATE },
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
      if (body.text === undefined) {
        // {html} and {url} arrive with the HTML reader; until then they are refused before anything is stored
        if (body.html !== undefined || body.url !== undefined) {
          const form = body.html !== undefined ? 'html' : 'url'
          return reply.status(415).send({
            error: 'LB_NOT_SUPPORTED',
            message: `ingesting {"${form}": …} is not supported yet: send the article as {"text": …}`,
          })
        }
        return reply.status(400).send({
          error: 'LB_BAD_REQUEST',
          message: 'the body needs {"text": …} (the article as plain text)',
        })
      }
      // The same checks as for files: empty, binary and oversized texts are refused with their codes.
      const text = decodeArticleBytes(new TextEncoder().encode(body.text))
      const meta = { published: body.published, outlet: body.outlet, uri: body.uri }
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

  app.get(
    '/api/quotes',
    {
      schema: {
        summary: 'Statements: who said what',
        querystring: {
          type: 'object',
          properties: { actor: { type: 'string' }, documentId: { type: 'string' }, ...paging },
        },
      },
    },
    async (request) => ({
      quotes: await store.listQuotes(request.query as Parameters<Store['listQuotes']>[0]),
    }),
  )
  app.get(
    '/api/events',
    {
      schema: {
        summary: 'PLOVER events',
        querystring: {
          type: 'object',
          properties: {
            actor: { type: 'string' },
            type: { type: 'string' },
            documentId: { type: 'string' },
            ...paging,
          },
        },
      },
    },
    async (request) => ({
      events: await store.listEvents(request.query as Parameters<Store['listEvents']>[0]),
    }),
  )
  app.get('/api/actors', { schema: { summary: 'Actors across all articles' } }, async () => ({
    actors: await store.listActors(),
  }))
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
      const analysis = await getAnalysisOr404(store, (request.params as { id: string }).id)
      return { keys: Object.fromEntries(analysis.actors.map((a) => [a.id, actorKey(a)])) }
    },
  )
  app.get(
    '/api/actors/:id/timeline',
    { schema: { summary: "An actor's statements and events over time", params: idParams } },
    async (request) => ({ timeline: await store.getActorTimeline((request.params as { id: string }).id) }),
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
            from: { type: 'string', pattern: ISO_DATE },
            to: { type: 'string', pattern: ISO_DATE },
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
