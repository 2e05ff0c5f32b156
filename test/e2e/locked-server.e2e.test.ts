import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEnv } from '../../src/document/index.ts'
import { analyze } from '../../src/pipeline.ts'
import { buildApp } from '../../src/serve/index.ts'
import { openStore, type Store } from '../../src/store/index.ts'
import { CHROMIUM } from './browser-setup.ts'

const FOUNDING = readFileSync(
  new URL('../fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
  'utf8',
)
const TOKEN = 'team-token-1'

describe('web app on a server locked with a token (reads too)', () => {
  let store: Store
  let app: FastifyInstance
  let browser: Browser
  let page: Page
  let base: string
  let hostileId: string
  let webId: string
  const prompts: string[] = []
  const cspViolations: string[] = []

  beforeAll(async () => {
    store = await openStore({ path: ':memory:' })
    const env = createEnv()
    // stored straight into the store, as an older version or another tool might have: the app must not link it
    const hostile = { published: '2022-01-21', outlet: 'ORF.at', uri: 'javascript:alert(document.cookie)' }
    hostileId = (await store.saveAnalysis(analyze(FOUNDING, hostile, env), hostile)).id
    const web = { published: '2022-01-22', outlet: 'ORF.at', uri: 'https://orf.at/stories/3244968/' }
    const text = 'Die Lage sei ernst, sagte der Sprecher des Ministeriums in Wien.'
    webId = (await store.saveAnalysis(analyze(text, web, env), web)).id
    app = await buildApp({ store, env, webApp: true, access: { token: TOKEN, tokenReads: true } })
    await app.listen({ host: '127.0.0.1', port: 0 })
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] })
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' })
    page.setDefaultTimeout(8_000)
    page.on('dialog', (dialog) => {
      prompts.push(dialog.message())
      void dialog.accept(TOKEN)
    })
    page.on('console', (message) => {
      if (/Content Security Policy/iu.test(message.text())) cspViolations.push(message.text())
    })
  })
  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await store?.close()
  })

  it('asks for the token once on a 401, then reads and keeps it', async () => {
    await page.goto(`${base}/`)
    await page.locator('section.articles li').first().waitFor()
    expect(prompts.length).toBeGreaterThan(0)
    expect(prompts[0]).toMatch(/Token/u)
    expect(await page.evaluate("localStorage.getItem('lagebild.token')")).toBe(TOKEN)
    const asked = prompts.length
    await page.reload()
    await page.locator('section.articles li').first().waitFor()
    expect(prompts.length).toBe(asked)
  })

  it('renders a javascript: source as text, never as a link; an https source as a link', async () => {
    await page.goto(`${base}/#/doc/${hostileId}`)
    await page.locator('article h1').waitFor()
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0)
    expect(await page.locator('article p.meta').textContent()).toContain('javascript:alert(document.cookie)')
    await page.goto(`${base}/#/doc/${webId}`)
    await page.locator('article p.meta a').waitFor()
    expect(await page.locator('article p.meta a').getAttribute('href')).toBe(
      'https://orf.at/stories/3244968/',
    )
    expect(cspViolations).toEqual([])
  })
})
