import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { LagebildError } from '../document/index.ts'

export interface AccessOptions {
  /** the bearer token writes need; none: the server is open (it binds 127.0.0.1 by default) */
  token?: string
  /** reads of the API need the token too */
  tokenReads?: boolean
}

/**
 * What the web app needs and nothing more: its own scripts, styles and API; images from itself or inlined; no
 * plugins, no framing (clickjacking), no <base> or form posts elsewhere. Swagger UI at /api/docs gets its own.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** The API paths a token never guards: a load balancer's health check and the API's own description. */
const ALWAYS_OPEN = /^\/api\/(?:health|docs)(?:[/?]|$)/u
const READS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Security headers on every answer, and the bearer token check when the server has a token. */
export function lockDown(app: FastifyInstance, options: AccessOptions): void {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff')
    reply.header('X-Frame-Options', 'DENY')
    reply.header('Referrer-Policy', 'no-referrer')
    // Swagger UI sets its own policy (it needs inline styles); every other answer gets ours
    if (!reply.hasHeader('content-security-policy'))
      reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  })
  const { token } = options
  if (token === undefined) return
  if (token.trim() === '') throw new LagebildError('LB_ARG_INVALID', '--token: the token is empty')
  const expected = digest(token)
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? ''
    const isRead = READS.has(request.method)
    const guarded = isRead
      ? options.tokenReads === true && path.startsWith('/api/') && !ALWAYS_OPEN.test(path)
      : true
    if (!guarded) return
    const given = /^Bearer[ \t]+(\S+)\s*$/iu.exec(request.headers.authorization ?? '')?.[1]
    // digests of equal length, compared in constant time: the answer's timing tells nothing about the token
    if (given !== undefined && timingSafeEqual(digest(given), expected)) return
    reply.header('WWW-Authenticate', 'Bearer realm="lagebild"')
    throw new LagebildError(
      'LB_AUTH_REQUIRED',
      given === undefined ? 'no bearer token was sent' : 'the bearer token is not this server’s',
    )
  })
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest()
}
