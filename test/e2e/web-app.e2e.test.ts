import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEnv } from '../../src/document/index.ts'
import { analyze } from '../../src/pipeline.ts'
import { buildApp } from '../../src/serve/index.ts'
import { openStore, type Store } from '../../src/store/index.ts'

const CHROMIUM = process.env.LAGEBILD_CHROMIUM ?? '/usr/bin/chromium'
const FOUNDING = readFileSync(
  new URL('../fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
  'utf8',
)
const SCREENSHOTS = process.env.LAGEBILD_SCREENSHOTS

if (!existsSync(CHROMIUM))
  throw new Error(
    `no browser at ${CHROMIUM}: apt-get install chromium (.ci/run does), or set LAGEBILD_CHROMIUM`,
  )
if (!existsSync(new URL('../../ui/dist/index.html', import.meta.url)))
  throw new Error('the web app is not built: npm run build:ui')

describe('web app', () => {
  let store: Store
  let app: FastifyInstance
  let browser: Browser
  let page: Page
  let base: string
  let id: string

  beforeAll(async () => {
    store = await openStore({ path: ':memory:' })
    const env = createEnv()
    id = (await store.saveAnalysis(analyze(FOUNDING, { published: '2022-01-21', outlet: 'ORF.at' }, env))).id
    app = await buildApp({ store, env, webApp: true })
    await app.listen({ host: '127.0.0.1', port: 0 })
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] })
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' })
  })
  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await store?.close()
  })

  const shot = async (name: string) => {
    if (!SCREENSHOTS) return
    mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: false })
  }

  it('shows the founding article with its structure and its statements attributed', async () => {
    await page.goto(`${base}/#/doc/${id}`)
    await page.locator('article h1').waitFor()
    expect(await page.locator('article .kicker').textContent()).toBe('Ukraine-Krise')
    expect(await page.locator('article h1').textContent()).toBe('Keine Annäherung bei USA-Russland-Treffen')
    expect(await page.locator('article h2').count()).toBe(7)
    expect(await page.locator('article figure.figure').count()).toBe(4)
    expect(await page.locator('article figure.graphic').count()).toBe(2)
    // Lawrow's indirect statement, highlighted and attributed on hover
    const lawrow = page.locator('mark.quote', { hasText: 'offen und nützlich' }).first()
    expect(await lawrow.getAttribute('title')).toMatch(/^Sergej Lawrow \(sagte\)/u)
    const blinken = page.locator('mark.quote', { hasText: 'Wir haben deutlich gemacht' }).first()
    expect(await blinken.getAttribute('title')).toMatch(/^Antony Blinken/u)
    expect(
      await lawrow.evaluate(
        (el) =>
          (
            globalThis as unknown as { getComputedStyle(e: unknown): { borderBottomColor: string } }
          ).getComputedStyle(el).borderBottomColor,
      ),
    ).not.toBe(
      await blinken.evaluate(
        (el) =>
          (
            globalThis as unknown as { getComputedStyle(e: unknown): { borderBottomColor: string } }
          ).getComputedStyle(el).borderBottomColor,
      ),
    )
    const panel = page.locator('aside.panel ol.said li')
    expect(await panel.count()).toBeGreaterThan(30)
    expect(await panel.first().locator('.who').textContent()).toBeTruthy()
    await shot('article-view')
  })

  it('follows a speaker to the actor page with the timeline', async () => {
    await page.locator('aside.panel a.actor-link', { hasText: 'Sergej Lawrow' }).first().click()
    await page.locator('section.actor h1').waitFor()
    expect(await page.locator('section.actor h1').textContent()).toBe('Sergej Lawrow')
    expect(await page.locator('section.actor').textContent()).toContain('Sergey Lavrov')
    expect(await page.locator('ol.timeline li').count()).toBeGreaterThan(5)
    expect(await page.locator('.timeline-chart svg').count()).toBeGreaterThan(0)
    await shot('actor-page')
  })

  it('runs a search from the header, with the keyboard', async () => {
    await page.goto(`${base}/#/`)
    await page.locator('section.articles').waitFor()
    await page.keyboard.press('/')
    await page.keyboard.type('Sicherheitsgarantien')
    await page.keyboard.press('Enter')
    await page.locator('ol.results li').first().waitFor()
    expect(await page.locator('ol.results li').first().textContent()).toContain('Keine Annäherung')
    await shot('search')
  })

  it('shows the situation board and analyses a pasted article', async () => {
    await page.goto(`${base}/#/board`)
    await page.locator('section.board h2').first().waitFor()
    expect(await page.locator('section.board').textContent()).toContain('Soldaten')
    await shot('board')
    await page.goto(`${base}/#/paste`)
    await page
      .locator('textarea[name=text]')
      .fill('Die Lage sei ernst, sagte der Sprecher des Ministeriums. „Wir bleiben wachsam“, fügte er hinzu.')
    await page.locator('form.paste button[type=submit]').click()
    await page.locator('article mark.quote').first().waitFor()
    expect(await page.locator('article mark.quote').count()).toBe(2)
  })

  it('switches the interface to English', async () => {
    await page.locator('#lang-toggle').click()
    expect(await page.locator('header nav a').first().textContent()).toBe('Articles')
  })
})
