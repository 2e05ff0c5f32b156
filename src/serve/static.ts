import { existsSync } from 'node:fs'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

const UI_DIST = new URL('../../ui/dist/', import.meta.url).pathname

/** Serves the built web app at / (its routes live in the URL hash, so index.html is the only page). */
export async function serveWebApp(app: FastifyInstance): Promise<void> {
  if (!existsSync(UI_DIST)) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send(
          'The web app is not built yet: run `npm run build:ui` (npm install does it). The API is at /api/documents.',
        ),
    )
    return
  }
  await app.register(fastifyStatic, { root: UI_DIST, prefix: '/', index: ['index.html'], wildcard: false })
}
