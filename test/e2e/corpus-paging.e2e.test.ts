import { mkdirSync, readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEnv } from '../../src/document/index.ts'
import { analyze } from '../../src/pipeline.ts'
import { buildApp } from '../../src/serve/index.ts'
import { openStore, type Store } from '../../src/store/index.ts'
import { CHROMIUM, SCREENSHOTS } from './browser-setup.ts'

/** 56 short articles on the 2024 election crisis in Venezuela, written for this test (dates and date-times). */
const CORPUS = readFileSync(new URL('../fixtures/corpus/venezuela-2024.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { text: string; published: string; outlet: string })

/** An actor's corpus key where a name belongs: "per:nicolas-maduro", "country:VEN", "org:eu". */
const RAW_KEY = /\b(?:per|org|group|cty|country|media):[\p{L}\d]/u
/** A date as the store keeps it, not as a reader writes it. */
const RAW_DATE = /\b\d{4}-\d{2}-\d{2}\b/u

describe('web app over a corpus of 56 articles', () => {
  let store: Store
  let app: FastifyInstance
  let browser: Browser
  let page: Page
  let base: string
  const pageErrors: string[] = []

  beforeAll(async () => {
    store = await openStore({ path: ':memory:' })
    const env = createEnv()
    await store.saveAnalyses(
      CORPUS.map(({ text, ...meta }) => ({ analysis: analyze(text, meta, env), meta })),
    )
    app = await buildApp({ store, env, webApp: true })
    await app.listen({ host: '127.0.0.1', port: 0 })
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] })
    page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
    })
    page.setDefaultTimeout(8_000)
    page.on('pageerror', (error) => pageErrors.push(error.message))
  })
  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await store?.close()
  })

  const shot = async (name: string) => {
    if (!SCREENSHOTS) return
    mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
  }
  /** Opens a route and waits until the app has drawn it. */
  const open = async (hash: string) => {
    await page.goto(`${base}/${hash}`)
    // a function, not a string: the server's Content-Security-Policy refuses eval in the page
    await page.waitForFunction((route) => {
      const app = (
        globalThis as unknown as {
          document: {
            getElementById(
              id: string,
            ): { dataset: { route?: string }; hasAttribute(a: string): boolean } | null
          }
        }
      ).document.getElementById('app')
      return app?.dataset.route === route && !app.hasAttribute('aria-busy')
    }, hash)
  }
  // page functions as strings: the test compiles without the DOM library
  const visibleText = () => page.evaluate('document.body.innerText') as Promise<string>
  /** No corpus key shown where a name belongs, and no date as the store keeps it. */
  const expectReadableLabels = async (where: string) => {
    const text = await visibleText()
    expect(text.match(RAW_KEY)?.[0], `${where}: a raw actor key`).toBeUndefined()
    expect(text.match(RAW_DATE)?.[0], `${where}: a raw date`).toBeUndefined()
  }

  it('pages through the home list with its total, dates in German', async () => {
    await open('#/')
    const articles = page.locator('.articles .doc-list > li')
    expect(await articles.count()).toBe(50)
    const status = page.locator('.articles .pager .page-count')
    expect(await status.textContent()).toBe('50 von 56')
    // the newest article has a plain date; others a date-time, shown with the time
    expect(await articles.first().textContent()).toMatch(/ORF\.at · 26\.12\.2024 · /u)
    expect(await page.locator('.articles').textContent()).toMatch(/\d{2}\.\d{2}\.2024, \d{2}:\d{2}/u)
    await expectReadableLabels('home')
    await shot('corpus-home')
    await page.locator('.articles .pager button.more').click()
    await expect.poll(() => articles.count()).toBe(56)
    expect(await status.textContent()).toBe('56 von 56')
    expect(await page.locator('.articles .pager button.more').isHidden()).toBe(true)
    // the oldest article comes last, with its time in the reader's zone
    expect(await articles.last().textContent()).toContain('01.07.2024, 08:00')
    await expectReadableLabels('home, all pages')
  })

  it('finds "Venezuela" for "Venezuelas" and "Sanktionen" for "Sanktion", with speaker, kind and outlet', async () => {
    await open(`#/search?q=Venezuelas`)
    const hits = page.locator('ol.results > li')
    expect(await hits.count()).toBeGreaterThan(0)
    const marked = await page.locator('ol.results mark.hit-term').allTextContents()
    expect(marked).toContain('Venezuela')
    expect(marked).toContain('Venezuelas')
    expect(await page.locator('.search-page .pager .page-count').textContent()).toMatch(/^\d+ von \d+$/u)
    await expectReadableLabels('search Venezuelas')
    await shot('corpus-search')

    await open(`#/search?q=Sanktion&kind=quote`)
    const quotes = page.locator('ol.results > li.quote')
    expect(await quotes.count()).toBeGreaterThan(0)
    expect(await page.locator('ol.results > li.document').count()).toBe(0)
    expect(await page.locator('ol.results mark.hit-term').allTextContents()).toContain('Sanktionen')
    // each statement says how it is rendered and who said it, in which outlet
    const first = await quotes.first().locator('.meta').textContent()
    expect(first).toMatch(/Aussage \((direkt|indirekt|gemischt|berichtet|frei indirekt)\)/u)
    expect(first).toMatch(/DW|ORF\.at|Der Standard|tagesschau\.de|Deutschlandfunk|Kleine Zeitung/u)
    expect(await quotes.locator('a.speaker').count()).toBeGreaterThan(0)
    // a quotation keeps its own marks and gets none added
    expect(await page.locator('ol.results').textContent()).not.toMatch(/„„|““/u)
    await expectReadableLabels('search Sanktion')
  })

  it('offers the sixteen event types as a list and filters by one', async () => {
    // COERCE: some of the Venezuela reports code one (arrests), not all (every one carries a demand)
    await open(`#/search?q=Venezuela&eventType=COERCE`)
    const types = page.locator('select[name="eventType"] option')
    expect(await types.count()).toBe(17)
    expect(await page.locator('select[name="eventType"]').inputValue()).toBe('COERCE')
    const filtered = await page.locator('.search-page .pager .page-count').textContent()
    await open(`#/search?q=Venezuela`)
    const all = await page.locator('.search-page .pager .page-count').textContent()
    const total = (text: string | null) => Number(text?.split(' von ')[1])
    expect(total(filtered)).toBeLessThan(total(all))
  })

  it('opens the board and an actor page without showing a key or a raw date', async () => {
    await open('#/board')
    expect(await page.locator('.board .pair').count()).toBeGreaterThan(0)
    expect(await page.locator('.board .demands .pager .page-count').textContent()).toMatch(/^\d+ von \d+$/u)
    await expectReadableLabels('board')
    await shot('corpus-board')
    await open('#/')
    await page.locator('.actors a.actor-link').first().click()
    await page.locator('section.actor h1').waitFor()
    expect(await page.locator('section.actor h2').textContent()).toMatch(/\(\d+ von \d+\)/u)
    await expectReadableLabels('actor page')
    await shot('corpus-actor')
    expect(pageErrors).toEqual([])
  })
})
