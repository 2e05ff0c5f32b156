import { readFileSync } from 'node:fs'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEnv } from '../document/index.ts'
import { openStore, type Store } from '../store/index.ts'
import { buildApp } from './app.ts'

const FOUNDING = readFileSync(
  new URL('../../test/fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
  'utf8',
)

describe('HTTP API', () => {
  let store: Store
  let app: FastifyInstance
  let id: string

  beforeAll(async () => {
    store = await openStore({ path: ':memory:' })
    app = await buildApp({ store, env: createEnv() })
    const response = await app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { text: FOUNDING, published: '2022-01-21', outlet: 'ORF.at' },
    })
    expect(response.statusCode).toBeLessThan(300)
    id = response.json().id
  })
  afterAll(async () => {
    await app.close()
    await store.close()
  })

  it('ingests an article once and serves its analysis@1', async () => {
    const again = await app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { text: FOUNDING, published: '2022-01-21' },
    })
    expect(again.json()).toMatchObject({ id, created: false })
    const analysis = (await app.inject({ url: `/api/documents/${id}/analysis` })).json()
    expect(analysis.schema).toBe('lagebild/analysis@1')
    expect(analysis.source).toMatchObject({ outlet: 'ORF.at', published: '2022-01-21' })
    expect((await app.inject({ url: '/api/documents' })).json().documents).toHaveLength(1)
    // numbers past what a page can mean are the caller's mistake, never the server's
    for (const query of ['limit=1e309', `offset=${'9'.repeat(100)}`, 'offset=1e400', 'limit=NaN']) {
      const answer = await app.inject({ url: `/api/documents?${query}` })
      expect(answer.statusCode, query).toBe(400)
    }
  })

  it('serves quotes, actors, an actor timeline and search', async () => {
    const quotes = (await app.inject({ url: `/api/quotes?documentId=${id}` })).json().quotes
    expect(
      quotes.some(
        (q: { text: string; speakerName: string }) =>
          q.text.startsWith('Das Treffen sei') && q.speakerName === 'Sergej Lawrow',
      ),
    ).toBe(true)
    const actors = (await app.inject({ url: '/api/actors' })).json().actors as { key: string; name: string }[]
    const blinken = actors.find((a) => a.name === 'Antony Blinken')
    expect(blinken).toBeDefined()
    const timeline = (
      await app.inject({ url: `/api/actors/${encodeURIComponent(blinken?.key ?? '')}/timeline` })
    ).json().timeline
    expect(timeline.length).toBeGreaterThan(5)
    const results = (await app.inject({ url: '/api/search?q=Sicherheitsgarantien' })).json().results
    expect(results.length).toBeGreaterThan(0)
  })

  it('pages an actor timeline: the newest items first, then older ones by the cursor it returns', async () => {
    const actors = (await app.inject({ url: '/api/actors' })).json().actors as { key: string; name: string }[]
    const url = `/api/actors/${encodeURIComponent(actors.find((a) => a.name === 'Antony Blinken')?.key ?? '')}/timeline`
    const all = (await app.inject({ url })).json()
    expect(all.older).toBeNull()
    const newest = (await app.inject({ url: `${url}?limit=2` })).json()
    expect(newest.timeline).toEqual(all.timeline.slice(-2))
    const older = (
      await app.inject({ url: `${url}?limit=3&before=${encodeURIComponent(newest.older)}` })
    ).json()
    expect(older.timeline).toEqual(all.timeline.slice(-5, -2))
    // every page states how many items all pages hold
    expect([all.total, newest.total, older.total]).toEqual(Array(3).fill(all.timeline.length))
    expect((await app.inject({ url: `${url}?before=2022-01-21` })).json()).toEqual({
      timeline: [],
      older: null,
      total: all.timeline.length,
    })
    for (const bad of ['limit=0', 'limit=1001', 'before=nonsense']) {
      const response = await app.inject({ url: `${url}?${bad}` })
      expect(response.statusCode, bad).toBe(400)
      expect(response.json().message, bad).toMatch(/limit|before/u)
    }
  })

  it('pages the actor list', async () => {
    const all = (await app.inject({ url: '/api/actors' })).json().actors as { key: string }[]
    const page = (await app.inject({ url: '/api/actors?limit=2&offset=1' })).json().actors
    expect(page).toEqual(all.slice(1, 3))
    expect((await app.inject({ url: '/api/actors?limit=5001' })).statusCode).toBe(400)
  })

  it('answers bad requests with a 4xx and a clear message, and loses nothing', async () => {
    const cases = [
      { method: 'POST' as const, url: '/api/documents', payload: { text: '' }, status: 400 },
      {
        method: 'POST' as const,
        url: '/api/documents',
        payload: { text: 'Ein Satz.', published: 'gestern' },
        status: 400,
      },
      { method: 'POST' as const, url: '/api/documents', payload: { nothing: true }, status: 400 },
      { method: 'GET' as const, url: '/api/documents/does-not-exist', status: 404 },
      { method: 'GET' as const, url: '/api/search', status: 400 },
    ]
    for (const c of cases) {
      const response = await app.inject(c)
      expect(response.statusCode, c.url).toBe(c.status)
      expect(typeof response.json().message).toBe('string')
    }
    const tooLarge = await app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { text: 'a'.repeat(7 * 1024 * 1024) },
    })
    expect(tooLarge.statusCode).toBe(413)
    expect((await app.inject({ url: '/api/documents' })).json().documents).toHaveLength(1)
  })

  it('answers 201 for a stored article, 200 for one stored before', async () => {
    const text = 'Der Außenminister traf am Montag in Genf ein. Er werde verhandeln, sagte er.'
    const post = () => app.inject({ method: 'POST', url: '/api/documents', payload: { text } })
    const first = await post()
    expect(first.statusCode).toBe(201)
    expect(first.json()).toMatchObject({ created: true })
    const again = await post()
    expect(again.statusCode).toBe(200)
    expect(again.json()).toMatchObject({ id: first.json().id, created: false })
  })

  it('refuses what is not valid with 400 and a message naming the field, and stores nothing', async () => {
    const before = (await app.inject({ url: '/api/documents' })).json().total
    const cases: [string, InjectOptions, RegExp][] = [
      ['text a number', { method: 'POST', url: '/api/documents', payload: { text: 123 } }, /body\/text/u],
      ['text null', { method: 'POST', url: '/api/documents', payload: { text: null } }, /body\/text/u],
      [
        'outlet an array',
        { method: 'POST', url: '/api/documents', payload: { text: 'Ein Satz.', outlet: ['a'] } },
        /body\/outlet/u,
      ],
      [
        'an unknown field',
        { method: 'POST', url: '/api/documents', payload: { text: 'Ein Satz.', titel: 'x' } },
        /body\/titel/u,
      ],
      [
        'no such month',
        { method: 'POST', url: '/api/documents', payload: { text: 'Ein Satz.', published: '2022-13-45' } },
        /body\/published/u,
      ],
      [
        'no such day',
        { method: 'POST', url: '/api/documents', payload: { text: 'Ein Satz.', published: '2022-02-30' } },
        /body\/published/u,
      ],
      [
        'no such hour',
        {
          method: 'POST',
          url: '/api/documents',
          payload: { text: 'Ein Satz.', published: '2022-02-03T25:00:00+01:00' },
        },
        /body\/published/u,
      ],
      ['an unknown event type', { url: '/api/events?type=FOO' }, /querystring\/type/u],
      [
        'an unknown search event type',
        { url: '/api/search?q=Genf&eventType=FOO' },
        /querystring\/eventType/u,
      ],
      ['an unknown promise state', { url: '/api/promises?state=maybe' }, /querystring\/state/u],
      ['a date that is none', { url: '/api/documents?from=2022-13-45' }, /querystring\/from/u],
      ['a limit that is no number', { url: '/api/quotes?limit=viele' }, /querystring\/limit/u],
      ['a limit over the maximum', { url: '/api/documents?limit=501' }, /querystring\/limit/u],
      ['a cursor this API did not give', { url: '/api/documents?cursor=abc' }, /querystring\/cursor/u],
      ['an unknown parameter', { url: '/api/events?typ=REQUEST' }, /querystring\/typ/u],
    ]
    for (const [what, request, field] of cases) {
      const response = await app.inject(request)
      expect(response.statusCode, what).toBe(400)
      expect(response.json().message, what).toMatch(field)
    }
    expect((await app.inject({ url: '/api/documents' })).json().total).toBe(before)
    // a real date and a date-time with zone are fine
    expect((await app.inject({ url: '/api/documents?from=2022-02-28&to=2024-02-29' })).statusCode).toBe(200)
    expect((await app.inject({ url: '/api/events?type=REQUEST' })).statusCode).toBe(200)
  })

  it('finds an actor by any of its ids, names or aliases, and says so when none has it', async () => {
    const analysis = (await app.inject({ url: `/api/documents/${id}/analysis` })).json()
    const lawrow = analysis.actors.find((a: { name: string }) => a.name === 'Sergej Lawrow')
    const keys = (await app.inject({ url: `/api/documents/${id}/actor-keys` })).json().keys
    const key = keys[lawrow.id]
    expect(key).not.toBe(lawrow.id)
    const byKey = (await app.inject({ url: `/api/quotes?actor=${encodeURIComponent(key)}` })).json()
    expect(byKey.quotes.length).toBeGreaterThan(0)
    for (const ref of [lawrow.id, 'Sergej Lawrow', 'per:sergey-lavrov']) {
      const answer = (await app.inject({ url: `/api/quotes?actor=${encodeURIComponent(ref)}` })).json()
      expect(answer.quotes, ref).toEqual(byKey.quotes)
      const actor = (await app.inject({ url: `/api/actors/${encodeURIComponent(ref)}` })).json()
      expect(actor.key, ref).toBe(key)
    }
    const timeline = await app.inject({ url: `/api/actors/${encodeURIComponent(lawrow.id)}/timeline` })
    expect(timeline.json().timeline.length).toBeGreaterThan(0)
    const events = await app.inject({ url: `/api/events?actor=${encodeURIComponent(lawrow.id)}` })
    expect(events.statusCode).toBe(200)
    const unknown = await app.inject({ url: '/api/quotes?actor=per:niemand-bekannt' })
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().message).toMatch(/querystring\/actor.*per:niemand-bekannt/u)
    expect((await app.inject({ url: '/api/actors/per:niemand-bekannt' })).statusCode).toBe(404)
  })

  it('states the total and the next cursor of every list, and pages by it', async () => {
    for (const [path, name] of [
      ['/api/documents', 'documents'],
      ['/api/quotes', 'quotes'],
      ['/api/events', 'events'],
      ['/api/demands', 'demands'],
      ['/api/actors', 'actors'],
      ['/api/promises', 'promises'],
      ['/api/disagreements', 'disagreements'],
      ['/api/search?q=Lawrow', 'results'],
    ] as const) {
      const all = await app.inject({ url: `${path}${path.includes('?') ? '&' : '?'}limit=500` })
      const body = all.json()
      expect(body.total, path).toBe(body[name].length)
      expect(all.headers['x-total-count'], path).toBe(String(body.total))
      expect(body.nextCursor, path).toBeNull()
      if (body.total < 3) continue
      const rows: unknown[] = []
      let cursor: string | null = null
      do {
        const url: string = `${path}${path.includes('?') ? '&' : '?'}limit=2${cursor ? `&cursor=${cursor}` : ''}`
        const page = (await app.inject({ url })).json()
        expect(page.total, url).toBe(body.total)
        expect(page.limit, url).toBe(2)
        rows.push(...page[name])
        cursor = page.nextCursor
      } while (cursor && rows.length <= body.total)
      expect(rows, path).toEqual(body[name])
    }
    const spec = (await app.inject({ url: '/api/docs/json' })).json()
    const actors = spec.paths['/api/actors'].get
    expect(actors.parameters.find((p: { name: string }) => p.name === 'limit').schema.maximum).toBe(5000)
    expect(actors.responses['200'].content['application/json'].schema.properties).toHaveProperty('nextCursor')
  })

  it('ingests an HTML page, and gives a clear 502 for a URL it cannot fetch', async () => {
    const html = `<!doctype html><html lang="de"><head><title>Gipfel in Genf | Beispiel</title>
      <meta property="og:site_name" content="Beispielzeitung"><meta property="article:published_time" content="2022-01-24T10:00:00+01:00">
      </head><body><article><h1>Gipfel in Genf vereinbart</h1>
      <p>Die Außenminister haben am Montag in Genf ein weiteres Treffen vereinbart. Der Dialog werde fortgesetzt, sagte ein Sprecher des Ministeriums.</p>
      <p>Beide Seiten hätten ihre Positionen dargelegt, hieß es in einer Erklärung. Ein Termin stehe noch nicht fest.</p>
      </article></body></html>`
    const response = await app.inject({ method: 'POST', url: '/api/documents', payload: { html } })
    expect(response.statusCode).toBe(201)
    const analysis = (await app.inject({ url: `/api/documents/${response.json().id}/analysis` })).json()
    expect(analysis.source).toMatchObject({ outlet: 'Beispielzeitung', published: '2022-01-24' })
    expect(
      analysis.quotes.some(
        (q: { span: [number, number] }) => analysis.text.slice(...q.span) === 'Der Dialog werde fortgesetzt',
      ),
    ).toBe(true)
    const unreachable = await app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { url: 'http://127.0.0.1:9/article' },
    })
    expect(unreachable.statusCode).toBe(502)
    expect(unreachable.json().error).toBe('LB_FETCH_FAILED')
    const notHttp = await app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { url: 'file:///etc/passwd' },
    })
    expect(notHttp.statusCode).toBe(400)
  })

  it('refuses a page without an article with 422 LB_HTML_NO_ARTICLE, and loses nothing stored', async () => {
    const before = (await app.inject({ url: '/api/documents' })).json().documents
    expect(before.length).toBeGreaterThan(0)
    for (const html of [
      '<html><body><img src="x.png"></body></html>',
      '<!doctype html><html><head></head><body><nav><a href="/">Start</a></nav></body></html>',
    ]) {
      const response = await app.inject({ method: 'POST', url: '/api/documents', payload: { html } })
      expect(response.statusCode, html).toBe(422)
      expect(response.json(), html).toMatchObject({ error: 'LB_HTML_NO_ARTICLE' })
      expect(response.json().message, html).toMatch(/\S/u)
    }
    const blank = await app.inject({ method: 'POST', url: '/api/documents', payload: { html: '   ' } })
    expect(blank.statusCode).toBe(400)
    expect(blank.json().error).toBe('LB_INPUT_EMPTY')
    expect((await app.inject({ url: '/api/documents' })).json().documents).toEqual(before)
    expect((await app.inject({ url: `/api/documents/${id}/analysis` })).statusCode).toBe(200)
  })

  it('publishes an OpenAPI document', async () => {
    const spec = (await app.inject({ url: '/api/docs/json' })).json()
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/documents', '/api/quotes', '/api/search']),
    )
  })
})

describe('health and the server log', () => {
  it('asks the database for its health, and logs a 500 as one JSON line found by its request id', async () => {
    const lines: string[] = []
    const store = await openStore({ path: ':memory:' })
    // a store whose listing breaks as a bug would: every other answer stays real
    const broken: Store = {
      ...store,
      listDocuments: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'published')")
      },
    }
    const app = await buildApp({
      store: broken,
      logger: { level: 'warn', stream: { write: (line) => lines.push(line) } },
    })
    try {
      const health = await app.inject({ url: '/api/health' })
      expect(health.json()).toEqual({ ok: true, dialect: 'sqlite', database: 'ok' })
      // a healthy answer is not logged at warn
      expect(lines).toEqual([])

      const failed = await app.inject({ url: '/api/documents' })
      expect(failed.statusCode).toBe(500)
      const requestId = failed.headers['x-request-id'] as string
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/u)
      expect(failed.json()).toEqual({
        error: 'LB_INTERNAL',
        message: `internal error; the server log has details under request id ${requestId}`,
      })
      expect(lines).toHaveLength(1)
      const entry = JSON.parse(lines[0] as string)
      expect(entry).toMatchObject({ level: 50, reqId: requestId, msg: 'internal error' })
      expect(entry.err.message).toContain("reading 'published'")
      expect(entry.err.stack).toContain('TypeError')
    } finally {
      await app.close()
      await store.close()
    }
  })
})

describe('HTTP API and the language of an article', () => {
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

  it('reads an article in the language its text is in, or in the one the caller gives', async () => {
    const english = 'Talks in Geneva\n\nThe talks in Geneva were useful, the minister said on Friday.'
    const post = async (payload: object) => {
      const response = await app.inject({ method: 'POST', url: '/api/documents', payload })
      return (await app.inject({ url: `/api/documents/${response.json().id}/analysis` })).json()
    }
    expect((await post({ text: english })).lang).toBe('en')
    // the caller's word is final; a page's <html lang> only where the text does not clearly say otherwise
    expect((await post({ text: `${english} Again.`, lang: 'de' })).lang).toBe('de')
    const page = await post({
      html: `<html lang="de"><body><article><h1>Talks</h1><p>${english}</p></article></body></html>`,
    })
    expect(page.lang).toBe('en')
    expect(page.diagnostics.map((d: { rule: string }) => d.rule)).toContain(
      'text/declared-language-overruled',
    )
    const listed = (await app.inject({ url: '/api/documents?limit=500' })).json().documents
    expect(listed.map((d: { lang: string }) => d.lang).sort()).toEqual(['de', 'en', 'en'])
    const refused = await app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { text: english, lang: '12' },
    })
    expect(refused.statusCode).toBe(400)
  })
})
