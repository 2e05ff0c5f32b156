import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serverSettings } from '../cli/serve-command.ts'
import { createEnv } from '../document/index.ts'
import { openStore, type Store } from '../store/index.ts'
import { buildApp } from './app.ts'
import { CONTENT_SECURITY_POLICY } from './lockdown.ts'

const FOUNDING = readFileSync(
  new URL('../../test/fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
  'utf8',
)
const PAGE = readFileSync(new URL('../../test/fixtures/html/opengraph-only.html', import.meta.url), 'utf8')
const TOKEN = 's3cret-team-token'
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

describe('a server locked with a token', () => {
  let store: Store
  let writesOnly: FastifyInstance
  let readsToo: FastifyInstance

  beforeAll(async () => {
    store = await openStore({ path: ':memory:' })
    writesOnly = await buildApp({ store, env: createEnv(), webApp: true, access: { token: TOKEN } })
    readsToo = await buildApp({
      store,
      env: createEnv(),
      webApp: true,
      access: { token: TOKEN, tokenReads: true },
    })
  })
  afterAll(async () => {
    await writesOnly.close()
    await readsToo.close()
    await store.close()
  })

  const post = (app: FastifyInstance, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/documents',
      headers,
      payload: { text: FOUNDING, published: '2022-01-21', outlet: 'ORF.at' },
    })

  it('refuses a write without the token, or with a wrong one, with 401 LB_AUTH_REQUIRED and stores nothing', async () => {
    for (const headers of [{}, bearer('wrong'), bearer(`${TOKEN}x`), { authorization: TOKEN }]) {
      const response = await post(writesOnly, headers)
      expect(response.statusCode).toBe(401)
      expect(response.json().error).toBe('LB_AUTH_REQUIRED')
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/u)
    }
    expect((await writesOnly.inject({ url: '/api/documents' })).json().total).toBe(0)
    // every write method, on any path
    for (const method of ['PUT', 'DELETE', 'PATCH'] as const)
      expect((await writesOnly.inject({ method, url: '/api/documents/x' })).statusCode).toBe(401)
  })

  it('takes a write with the token, and leaves reads open unless asked', async () => {
    const stored = await post(writesOnly, bearer(TOKEN))
    expect(stored.statusCode).toBe(201)
    expect((await writesOnly.inject({ url: '/api/documents' })).json().total).toBe(1)
    expect((await writesOnly.inject({ url: `/api/documents/${stored.json().id}` })).statusCode).toBe(200)
  })

  it('with tokenReads guards API reads but not the web app, the health check or the API docs', async () => {
    const unauthorised = await readsToo.inject({ url: '/api/documents' })
    expect(unauthorised.statusCode).toBe(401)
    expect(unauthorised.json().error).toBe('LB_AUTH_REQUIRED')
    expect((await readsToo.inject({ url: '/api/search?q=Genf', headers: bearer('nope') })).statusCode).toBe(
      401,
    )
    const authorised = await readsToo.inject({ url: '/api/documents', headers: bearer(TOKEN) })
    expect(authorised.statusCode).toBe(200)
    expect(authorised.json().total).toBe(1)
    expect((await readsToo.inject({ url: '/api/health' })).statusCode).toBe(200)
    // the page itself loads (200 when ui/dist is built, 503 with a hint when not), never 401
    expect([200, 503]).toContain((await readsToo.inject({ url: '/' })).statusCode)
    expect((await readsToo.inject({ url: '/api/docs/json' })).statusCode).toBe(200)
  })
})

describe('serve settings', () => {
  it('binds 127.0.0.1 unless told otherwise', () => {
    expect(serverSettings({}, {})).toMatchObject({ host: '127.0.0.1', port: 8080 })
    expect(serverSettings({ host: '0.0.0.0' }, {}).host).toBe('0.0.0.0')
  })
  it('reads the token, token reads and private fetching from flags or the environment', () => {
    expect(serverSettings({}, {})).toMatchObject({
      access: { token: undefined, tokenReads: false },
      allowPrivateFetch: false,
    })
    expect(
      serverSettings(
        {},
        { LAGEBILD_TOKEN: 't', LAGEBILD_TOKEN_READS: '1', LAGEBILD_ALLOW_PRIVATE_FETCH: '1' },
      ),
    ).toMatchObject({ access: { token: 't', tokenReads: true }, allowPrivateFetch: true })
    expect(serverSettings({ token: 'flag', tokenReads: true }, { LAGEBILD_TOKEN: 'env' }).access.token).toBe(
      'flag',
    )
  })
  it('refuses an empty token and token reads without a token', () => {
    expect(() => serverSettings({ token: ' ' }, {})).toThrow(/empty/u)
    expect(() => serverSettings({ tokenReads: true }, {})).toThrow(/needs a token/u)
  })
  it('a listening server is on 127.0.0.1 by default', async () => {
    const store = await openStore({ path: ':memory:' })
    const app = await buildApp({ store })
    const { host } = serverSettings({}, {})
    await app.listen({ host, port: 0 })
    expect((app.server.address() as AddressInfo).address).toBe('127.0.0.1')
    await app.close()
    await store.close()
  })
})

describe('security headers', () => {
  let store: Store
  let app: FastifyInstance

  beforeAll(async () => {
    store = await openStore({ path: ':memory:' })
    app = await buildApp({ store, env: createEnv(), webApp: true })
  })
  afterAll(async () => {
    await app.close()
    await store.close()
  })

  it('come with every answer: API, errors, the web app, missing files', async () => {
    for (const url of [
      '/api/documents',
      '/api/documents/nope',
      '/',
      '/board',
      '/assets/nope.js',
      '/api/health',
    ]) {
      const response = await app.inject({ url })
      expect(response.headers['x-content-type-options'], url).toBe('nosniff')
      expect(response.headers['x-frame-options'], url).toBe('DENY')
      expect(response.headers['referrer-policy'], url).toBe('no-referrer')
      expect(response.headers['content-security-policy'], url).toBe(CONTENT_SECURITY_POLICY)
    }
    const bad = await app.inject({ method: 'POST', url: '/api/documents', payload: { text: '' } })
    expect(bad.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  })

  it('the API docs get a policy of their own that still forbids framing and foreign scripts', async () => {
    const docs = await app.inject({ url: '/api/docs' })
    expect(docs.statusCode).toBe(200)
    const policy = String(docs.headers['content-security-policy'])
    expect(policy).not.toBe(CONTENT_SECURITY_POLICY)
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(docs.headers['x-content-type-options']).toBe('nosniff')
  })
})

describe('source URIs', () => {
  let store: Store
  let app: FastifyInstance

  beforeAll(async () => {
    store = await openStore({ path: ':memory:' })
    app = await buildApp({ store, env: createEnv() })
  })
  afterAll(async () => {
    await app.close()
    await store.close()
  })

  it('refuses a source URI that is not an http(s) address', async () => {
    for (const uri of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
    ]) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/documents',
        payload: { text: FOUNDING, uri },
      })
      expect(response.statusCode, uri).toBe(400)
      expect(response.json().message).toContain('body/uri')
    }
    expect((await app.inject({ url: '/api/documents' })).json().total).toBe(0)
  })

  it("drops a page's own javascript: address instead of storing it as the source", async () => {
    const hostile = PAGE.replace(
      '<head>',
      '<head><link rel="canonical" href="javascript:alert(document.cookie)">',
    )
    expect(hostile).not.toBe(PAGE)
    const response = await app.inject({ method: 'POST', url: '/api/documents', payload: { html: hostile } })
    expect(response.statusCode).toBe(201)
    const analysis = (await app.inject({ url: `/api/documents/${response.json().id}/analysis` })).json()
    expect(JSON.stringify(analysis)).not.toContain('javascript:')
  })
})

describe('fetching a URL for POST /api/documents', () => {
  let server: Server
  let base: string
  let store: Store

  beforeAll(async () => {
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(PAGE)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    store = await openStore({ path: ':memory:' })
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    await store.close()
  })

  it('refuses a loopback address by default and fetches it with allowPrivateFetch', async () => {
    const locked = await buildApp({ store, env: createEnv() })
    const refused = await locked.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { url: `${base}/a` },
    })
    expect(refused.statusCode).toBe(502)
    expect(refused.json().error).toBe('LB_FETCH_FAILED')
    expect(refused.json().message).not.toContain('127.0.0.1')
    await locked.close()
    const open = await buildApp({ store, env: createEnv(), allowPrivateFetch: true })
    const fetched = await open.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { url: `${base}/a` },
    })
    expect(fetched.statusCode).toBe(201)
    await open.close()
  })
})
