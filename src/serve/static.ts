import { existsSync } from 'node:fs'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

const UI_DIST = new URL('../../ui/dist/', import.meta.url).pathname

/**
 * Serves the built web app at /. Its routes live in the URL hash, but a deep link such as /board or
 * /doc/abc still gets index.html (the app then starts at its home page); /api/* never falls back, so a
 * mistyped API path is a JSON 404, not a page of HTML.
 */
export async function serveWebApp(app: FastifyInstance, dist: string = UI_DIST): Promise<void> {
  const built = existsSync(`${dist}/index.html`)
  if (built) {
    await app.register(fastifyStatic, {
      root: dist,
      prefix: '/',
      index: ['index.html'],
      wildcard: false,
      // file names under assets/ carry a content hash, so they never change; index.html always may
      setHeaders: (reply, path) => {
        reply.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        )
      },
    })
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? ''
    if (path === '/api' || path.startsWith('/api/') || !['GET', 'HEAD'].includes(request.method))
      return reply.status(404).send({ error: 'LB_NOT_FOUND', message: `no route ${request.method} ${path}` })
    if (!built)
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(
          'The web app is not built yet: run `npm run build:ui` (npm install does it). The API is at /api/documents.',
        )
    // a file that looks like an asset and is missing is a real 404, not the app
    if (/\.[a-z0-9]+$/iu.test(path))
      return reply.status(404).send({ error: 'LB_NOT_FOUND', message: `no file ${path}` })
    return reply.type('text/html; charset=utf-8').sendFile('index.html', dist)
  })
}
