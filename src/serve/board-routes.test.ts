import { readFileSync } from 'node:fs'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEnv } from '../document/index.ts'
import { openStore, type Store } from '../store/index.ts'
import { buildApp } from './app.ts'

const FOUNDING = readFileSync(
  new URL('../../test/fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
  'utf8',
)
// another outlet, the next day, counting the troops at the border differently
const REUTERS =
  'Russland hat nach Angaben der „Washington Post“ rund 127.000 Soldaten an der Grenze zur Ukraine zusammengezogen. Die NATO forderte Russland zum Abzug auf.'

describe('the situation board API', () => {
  let store: Store
  let app: FastifyInstance
  let id: string

  beforeAll(async () => {
    store = await openStore({ path: ':memory:' })
    app = await buildApp({ store, env: createEnv() })
    const post = (payload: object) => app.inject({ method: 'POST', url: '/api/documents', payload })
    id = (await post({ text: FOUNDING, published: '2022-01-21', outlet: 'ORF.at' })).json().id
    await post({ text: REUTERS, published: '2022-01-22', outlet: 'Reuters' })
  })
  afterAll(async () => {
    await app.close()
    await store.close()
  })

  it('keeps 100.000 and 127.000 soldiers from two outlets side by side', async () => {
    const { disagreements } = (await app.inject({ url: '/api/disagreements' })).json()
    const soldiers = disagreements.find((d: { of: string }) => /Soldat/u.test(d.of))
    expect(
      soldiers.reports.map((r: { outlet: string; value: number }) => `${r.outlet} ${r.value}`).sort(),
    ).toEqual(['ORF.at 100000', 'Reuters 127000'])
  })

  it('pages the figures of the whole corpus, the disputed soldiers first, with the total', async () => {
    const first = await app.inject({ url: '/api/figures?limit=1' })
    const page = first.json()
    expect(page.figures).toHaveLength(1)
    expect(page.figures[0]).toMatchObject({ of: expect.stringMatching(/Soldat/u), disputed: true })
    expect(page.total).toBeGreaterThan(1)
    expect(first.headers['x-total-count']).toBe(String(page.total))
    const next = (await app.inject({ url: `/api/figures?limit=1&cursor=${page.nextCursor}` })).json()
    expect(next.figures[0].of).not.toBe(page.figures[0].of)
  })

  it('lists the demands that name who demands, each party by its display name', async () => {
    const { demands } = (await app.inject({ url: '/api/demands' })).json()
    const says = demands.map(
      (d: { actorNames: string[]; recipientNames: string[] }) =>
        `${d.actorNames.join('+')} → ${d.recipientNames.join('+')}`,
    )
    expect(says).toContain('Antony Blinken → Sergej Lawrow')
    expect(says).toContain('Sergej Lawrow → Antony Blinken')
    expect(says).toContain('NATO → Russland')
    for (const d of demands) expect(d).toMatchObject({ type: 'REQUEST', status: 'demanded' })
    // a name, never a key, wherever a party is shown
    expect(says.join(' ')).not.toMatch(/\b(per|org|country|group|media|name):/u)
    const nato = (await app.inject({ url: '/api/demands?actor=org:nato' })).json().demands
    expect(nato.length).toBeGreaterThan(0)
    for (const d of nato) expect([...d.actors, ...d.recipients]).toContain('org:nato')
  })

  it("lists Blinken's promise of a written answer as open, and refuses an unknown state", async () => {
    const { promises } = (await app.inject({ url: '/api/promises' })).json()
    const answer = promises.find((p: { promise: { text: string } }) =>
      p.promise.text.includes('schriftliche Antwort'),
    )
    expect(answer).toMatchObject({ state: 'open', due: '2022-01-30', evidence: null })
    // a promise is an AGREE promised, shown with the names of who promised whom
    expect(answer.promise).toMatchObject({
      type: 'AGREE',
      actorNames: ['Antony Blinken'],
      recipientNames: ['Sergej Lawrow'],
    })
    expect((await app.inject({ url: '/api/promises?state=kept' })).json().promises).toEqual([])
    expect((await app.inject({ url: '/api/promises?state=forgotten' })).statusCode).toBe(400)
  })

  it("gives a document's corpus keys for actor links, and a 404 for an unknown document", async () => {
    const { keys } = (await app.inject({ url: `/api/documents/${id}/actor-keys` })).json()
    expect(keys['per:sergej-lawrow']).toBe('per:sergei-lavrov')
    expect((await app.inject({ url: '/api/documents/nope/actor-keys' })).statusCode).toBe(404)
  })
})
