import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEnv } from '../document/index.ts'
import { openStore, type Store } from '../store/index.ts'
import { buildApp } from './app.ts'
import { serveWebApp } from './static.ts'

describe('web app serving', () => {
  let dist: string
  let app: FastifyInstance

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'lagebild-ui-'))
    mkdirSync(join(dist, 'assets'))
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Lagebild</title>')
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)')
    app = Fastify()
    app.get('/api/health', async () => ({ ok: true }))
    await serveWebApp(app, dist)
  })
  afterAll(async () => {
    await app.close()
    rmSync(dist, { recursive: true, force: true })
  })

  it('serves index.html at / and for deep links, assets with a long cache', async () => {
    const home = await app.inject({ url: '/' })
    expect(home.statusCode).toBe(200)
    expect(home.body).toContain('<title>Lagebild</title>')
    const deep = await app.inject({ url: '/board?x=1' })
    expect(deep.statusCode).toBe(200)
    expect(deep.headers['content-type']).toMatch(/^text\/html/u)
    const asset = await app.inject({ url: '/assets/index-abc123.js' })
    expect(asset.statusCode).toBe(200)
    expect(asset.headers['cache-control']).toContain('immutable')
  })

  it('never answers an API path or a missing asset with the page', async () => {
    expect((await app.inject({ url: '/api/health' })).json()).toEqual({ ok: true })
    const api = await app.inject({ url: '/api/nothing-here' })
    expect(api.statusCode).toBe(404)
    expect(api.json().error).toBe('LB_NOT_FOUND')
    expect((await app.inject({ url: '/assets/gone-000.js' })).statusCode).toBe(404)
    expect((await app.inject({ method: 'POST', url: '/board' })).statusCode).toBe(404)
  })

  it('says how to build the app when ui/dist is missing', async () => {
    const bare = Fastify()
    await serveWebApp(bare, join(dist, 'does-not-exist'))
    const response = await bare.inject({ url: '/' })
    expect(response.statusCode).toBe(503)
    expect(response.body).toContain('npm run build:ui')
    await bare.close()
  })
})

describe('POST /api/documents with HTML or a URL', () => {
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

  it('refuses a page without an article, a non-web URL and an empty body with a 4xx, and stores nothing', async () => {
    for (const payload of [
      { html: '<html><body></body></html>' },
      { url: 'ftp://orf.at/' },
      { outlet: 'ORF.at' },
    ]) {
      const response = await app.inject({ method: 'POST', url: '/api/documents', payload })
      expect(response.statusCode, JSON.stringify(payload)).toBeGreaterThanOrEqual(400)
      expect(response.statusCode).toBeLessThan(500)
      expect(typeof response.json().message).toBe('string')
    }
    expect((await app.inject({ url: '/api/documents' })).json().documents).toHaveLength(0)
  })
})
