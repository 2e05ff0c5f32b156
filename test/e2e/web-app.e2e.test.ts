import { mkdirSync, readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Analysis, createDocument, createEnv, toAnalysis } from '../../src/document/index.ts'
import { analyze } from '../../src/pipeline.ts'
import { buildApp } from '../../src/serve/index.ts'
import { openStore, type Store } from '../../src/store/index.ts'
import { CHROMIUM, SCREENSHOTS } from './browser-setup.ts'

const FOUNDING = readFileSync(
  new URL('../fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
  'utf8',
)
// A second outlet counting the same troops differently: the board must show the disagreement.
const SECOND = {
  text: 'Russland hat nach Angaben der „Washington Post“ rund 127.000 Soldaten an der Grenze zur Ukraine zusammengezogen. Die NATO forderte Russland zum Abzug auf.',
  meta: { published: '2022-01-22', outlet: 'Reuters' },
}

/**
 * What the board must leave out: a demand whose clause names nobody, its speaker standing in ("fordern" here claims
 * lives), beside one that names who demands, of a party whose key no stored actor names. Written by hand, so the
 * test does not hang on what the events stage makes of it.
 */
function fireArticle(): Analysis {
  const text =
    'Brand in Crans-Montana\n\n„Ohne ihren Einsatz hätte das Feuer noch mehr Todesopfer gefordert“, sagte Staatsrat Mathias Reynard. Reynard forderte die italienischen Behörden auf, bei der Aufklärung zu helfen.'
  const base = toAnalysis(
    createDocument({ text, source: { outlet: 'Salzburger Nachrichten', published: '2022-01-23' } }),
  )
  const at = (phrase: string): [number, number] => [
    text.indexOf(phrase),
    text.indexOf(phrase) + phrase.length,
  ]
  const reynard = 'per:mathias-reynard'
  return {
    ...base,
    actors: [{ id: reynard, name: 'Mathias Reynard', aliases: ['Reynard'], kind: 'person' }],
    events: [
      {
        id: 'e1',
        type: 'REQUEST',
        status: 'demanded',
        actor: [reynard],
        recipient: [],
        span: at('hätte das Feuer noch mehr Todesopfer gefordert'),
        rule: 'events/verb-trigger+speaker events/status-demand',
      },
      {
        id: 'e2',
        type: 'REQUEST',
        status: 'demanded',
        actor: [reynard],
        recipient: ['country:ITA'],
        span: at('Reynard forderte die italienischen Behörden auf, bei der Aufklärung zu helfen'),
        rule: 'events/verb-trigger events/status-demand',
      },
    ],
  }
}

describe('web app', () => {
  let store: Store
  let app: FastifyInstance
  let browser: Browser
  let page: Page
  let base: string
  let id: string
  // what the API serves for the founding article: the rules the tooltips must show
  let founding: Analysis
  const pageErrors: string[] = []
  // Chromium reports each Content-Security-Policy violation on the console: the app must cause none
  const cspViolations: string[] = []

  beforeAll(async () => {
    store = await openStore({ path: ':memory:' })
    const env = createEnv()
    const meta = { published: '2022-01-21', outlet: 'ORF.at' }
    founding = analyze(FOUNDING, meta, env)
    id = (await store.saveAnalysis(founding, meta)).id
    await store.saveAnalysis(analyze(SECOND.text, SECOND.meta, env), SECOND.meta)
    await store.saveAnalysis(fireArticle())
    app = await buildApp({ store, env, webApp: true })
    await app.listen({ host: '127.0.0.1', port: 0 })
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] })
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' })
    // a missing element fails in seconds with Playwright's own message, well before the test's timeout
    page.setDefaultTimeout(8_000)
    page.on('pageerror', (error) => pageErrors.push(error.message))
    page.on('console', (message) => {
      if (/Content Security Policy/iu.test(message.text())) cspViolations.push(message.text())
    })
  })
  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await store?.close()
  })

  const shot = async (name: string, fullPage = false) => {
    if (!SCREENSHOTS) return
    mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage })
  }
  const tip = () => page.locator('#tip')
  // page functions as strings: the test compiles without the DOM library
  const active = (attribute: string) =>
    page.evaluate(`document.activeElement?.getAttribute(${JSON.stringify(attribute)})`)
  const speakerColour = (text: string) =>
    page
      .locator('mark.quote', { hasText: text })
      .first()
      .evaluate(
        (el) =>
          (
            globalThis as unknown as { getComputedStyle(e: unknown): { borderBottomColor: string } }
          ).getComputedStyle(el).borderBottomColor,
      )

  it('renders the founding article with its structure', async () => {
    await page.goto(`${base}/#/doc/${id}`)
    await page.locator('article h1').waitFor()
    expect(await page.locator('article .kicker').textContent()).toBe('Ukraine-Krise')
    expect(await page.locator('article h1').textContent()).toBe('Keine Annäherung bei USA-Russland-Treffen')
    // the article's language, named in the reader's and set on the article for screen readers and hyphenation
    expect(await page.locator('article').getAttribute('lang')).toBe('de')
    expect(await page.locator('article p.meta').textContent()).toMatch(/^ORF\.at · 21\.01\.2022 · Deutsch/u)
    expect(await page.locator('article p.lead').textContent()).toMatch(
      /^Der russische Außenminister Sergej Lawrow/u,
    )
    expect(await page.locator('article h2').count()).toBe(7)
    expect(await page.locator('article figure.figure').count()).toBe(4)
    expect(await page.locator('article figure.graphic').count()).toBe(2)
    const firstFigure = page.locator('article figure.figure').first()
    expect(await firstFigure.locator('.alt').textContent()).toContain('Antony Blinken')
    expect(await firstFigure.locator('.credit').textContent()).toBe('AP/Alex Brandon')
    // events, figures and dates are marked in the text
    expect(await page.locator('article .ev-tag[data-type=CONSULT]').count()).toBeGreaterThan(0)
    expect(await page.locator('article .qty', { hasText: '100.000' }).count()).toBe(1)
    expect(await page.locator('article .time', { hasText: 'Freitag' }).first().getAttribute('title')).toBe(
      'DATE 2022-01-21',
    )
  })

  it("highlights Lawrow's and Blinken's statements in their colours and attributes them on hover", async () => {
    const lawrow = page.locator('mark.quote', { hasText: 'offen und nützlich' }).first()
    await lawrow.hover()
    await expect.poll(() => tip().isVisible()).toBe(true)
    const lawrowTip = await tip().textContent()
    expect(lawrowTip).toContain('Sergej Lawrow')
    expect(lawrowTip).toContain('sagte')
    expect(lawrowTip).toContain('gemischt')
    // and the rule that made the statement, when the analysis carries one
    const lawrowQuote = founding.quotes.find(
      (q) => !q.within && founding.text.slice(q.span[0], q.span[1]).includes('offen und nützlich'),
    )
    // (the tooltip's rows read as label and value without a space between them)
    if (lawrowQuote?.rule) expect(lawrowTip).toContain(`Regel${lawrowQuote.rule}`)
    else expect(lawrowTip).not.toContain('Regel')
    await shot('article-view')
    const blinken = page.locator('mark.quote', { hasText: 'Wir haben deutlich gemacht' }).first()
    await blinken.hover()
    expect(await tip().textContent()).toContain('Antony Blinken')
    expect(await speakerColour('offen und nützlich')).not.toBe(
      await speakerColour('Wir haben deutlich gemacht'),
    )
    // the attribution chain: Interfax reports what the defence ministry wrote
    await page.locator('mark.quote[data-speaker="media:interfax"]').first().focus()
    expect(await tip().textContent()).toMatch(/über\s*Interfax → Russisches Verteidigungsministerium/u)
    await page.keyboard.press('Escape')
    expect(await tip().isHidden()).toBe(true)
    // the panel lists the statements in reading order, each speaker in the colour of the text
    const said = page.locator('aside.panel ol.said li')
    expect(await said.count()).toBeGreaterThan(30)
    const order = await page
      .locator('aside.panel ol.said li:not(.nested)')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-quote')))
    const marks = await page
      .locator('article mark.quote')
      .evaluateAll((ms) => [...new Set(ms.map((m) => m.getAttribute('data-quote')))])
    expect(order).toEqual(marks.filter((q) => order.includes(q)))
    // speech inside Blinken's words is listed under it and has no highlight of its own
    const nested = page.locator('aside.panel ol.said li.nested', { hasText: 'erneute Invasion' }).first()
    expect(await nested.textContent()).toContain('Antony Blinken')
    expect(marks).not.toContain(await nested.getAttribute('data-quote'))
  })

  it('tells on hover and on focus which rule made an event', async () => {
    const meeting = founding.events.find((e) => e.type === 'CONSULT') as Analysis['events'][number]
    expect(meeting.rule).toMatch(/^events\/\S+ events\/status-/u)
    await page.locator(`article .ev-tag[data-event="${meeting.id}"]`).hover()
    await expect.poll(() => tip().isVisible()).toBe(true)
    const meetingTip = await tip().textContent()
    expect(meetingTip).toContain('CONSULT')
    expect(meetingTip).toContain('Sergej Lawrow')
    expect(meetingTip).toContain(`Regel${meeting.rule}`)
    await shot('event-tooltip')
    // the panel's evidence button jumps to the event's tag in the text, and the tooltip follows the focus
    const at = founding.events.findIndex((e) => e.type === 'THREATEN')
    const threat = founding.events[at] as Analysis['events'][number]
    expect(threat.rule).toMatch(/^events\//u)
    await page.locator('aside.panel ul.events li').nth(at).locator('button.evidence').click()
    await expect.poll(() => active('data-event')).toBe(threat.id)
    await expect.poll(() => tip().textContent()).toContain(`Regel${threat.rule}`)
    await page.keyboard.press('Escape')
    expect(await tip().isHidden()).toBe(true)
  })

  it('walks the statements with j and k, the tooltip following the focus', async () => {
    await page.locator('main').focus()
    await page.keyboard.press('j')
    await page.keyboard.press('j')
    const second = await active('data-quote')
    const quoteIds = await page
      .locator('aside.panel ol.said li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-quote')))
    expect(second).toBe(quoteIds[1])
    expect(await tip().isVisible()).toBe(true)
    await page.keyboard.press('k')
    expect(await active('data-quote')).toBe(quoteIds[0])
  })

  it('follows a speaker to the actor page with roles and the timeline, and back to a statement', async () => {
    await page.locator('aside.panel a.actor-link', { hasText: 'Sergej Lawrow' }).first().click()
    await page.locator('section.actor h1').waitFor()
    expect(await page.locator('section.actor h1').textContent()).toBe('Sergej Lawrow')
    const facts = await page.locator('section.actor .facts').textContent()
    expect(facts).toContain('Außenminister')
    expect(facts).toContain('RUS')
    // the role is a fact of a country and the article's date
    expect(facts).toMatch(/Außenminister, RUS, [^;]*2022/u)
    expect(facts).toContain('Sergey Lavrov')
    expect(await page.locator('ol.timeline li.quote').count()).toBeGreaterThan(5)
    expect(await page.locator('ol.timeline li.event').count()).toBeGreaterThan(0)
    await page.locator('.timeline-chart svg').first().waitFor()
    expect(await page.locator('.timeline-chart svg circle').count()).toBe(
      await page.locator('ol.timeline li').count(),
    )
    await shot('actor-page')
    await page.locator('ol.timeline li.quote a').first().click()
    await page.locator('article mark.quote').first().waitFor()
    await expect.poll(() => page.evaluate('document.activeElement?.tagName')).toBe('MARK')
    expect(await active('data-speaker')).toBe('per:sergej-lawrow')
  })

  it('runs a search from the header with the keyboard, filters it, and opens a statement', async () => {
    await page.goto(`${base}/#/`)
    await page.locator('section.articles li').first().waitFor()
    await page.keyboard.press('/')
    await page.keyboard.type('Sicherheitsgarantien')
    await page.keyboard.press('Enter')
    await page.locator('ol.results li').first().waitFor()
    expect(await page.locator('ol.results li.document').first().textContent()).toContain('Keine Annäherung')
    expect(await page.locator('ol.results mark.hit-term').count()).toBeGreaterThan(0)
    await shot('search')
    await page.locator('form.filters select[name=kind]').selectOption('quote')
    await page.locator('form.filters button[type=submit]').click()
    await page.locator('main[data-route*="kind=quote"] ol.results li').first().waitFor()
    expect(await page.locator('ol.results li.document').count()).toBe(0)
    expect(await page.locator('ol.results li.quote').count()).toBeGreaterThan(0)
    await page.locator('ol.results li.quote a').first().click()
    await expect.poll(() => page.evaluate('document.activeElement?.tagName')).toBe('MARK')
  })

  it('shows demands against demands, promises with due dates, and figures where sources disagree', async () => {
    await page.goto(`${base}/#/board`)
    await page.locator('section.board .pair').first().waitFor()
    expect(await page.locator('.pair.standoff h3').allTextContents()).toContain(
      'Antony Blinken ⇄ Sergej Lawrow',
    )
    const promise = page.locator('table.promises tbody tr').first()
    expect(await promise.textContent()).toContain('2022-W04')
    expect(await promise.locator('.state').textContent()).toBe('offen')
    expect(await promise.locator('td').first().textContent()).toBe('Antony Blinken → Sergej Lawrow')
    // only demands that name who demands: the fire's toll is nobody's demand; Reynard's own one is there
    const cards = page.locator('section.board .pair')
    expect(await cards.filter({ hasText: 'Todesopfer' }).count()).toBe(0)
    expect(await page.locator('.pair h4').allTextContents()).toContain('Mathias Reynard will von Italien')
    // every party by its name, never by its key
    const labels = [
      ...(await page.locator('.pair h3, .pair h4').allTextContents()),
      ...(await page.locator('table.promises tbody td:first-child').allTextContents()),
    ]
    expect(labels.filter((label) => /\b(per|org|country|group|media|name):/u.test(label))).toEqual([])
    const soldiers = page.locator('.figures-by-source > li', { hasText: 'Soldaten' })
    expect(await soldiers.getAttribute('class')).toBe('disagree')
    expect(await soldiers.locator('li.disputed').allTextContents()).toEqual([
      expect.stringContaining('127.000 (Reuters)'),
      expect.stringContaining('100.000 (ORF.at)'),
    ])
    expect(await page.locator('.figures-by-source > li.disagree').count()).toBe(1)
    await shot('board', true)
  })

  it('analyses a pasted article, and renders one without statements gracefully', async () => {
    await page.goto(`${base}/#/paste`)
    await page
      .locator('textarea[name=text]')
      .fill('Die Lage sei ernst, sagte der Sprecher des Ministeriums. „Wir bleiben wachsam“, fügte er hinzu.')
    await page.locator('form.paste button[type=submit]').click()
    await page.locator('article mark.quote').first().waitFor()
    expect(await page.locator('article mark.quote').count()).toBe(2)
    await page.goto(`${base}/#/paste`)
    await page.locator('textarea[name=text]').fill('Das Wetter in Genf war am Freitag kalt und klar.')
    await page.locator('input[name=published]').fill('2022-01-21')
    await page.locator('form.paste button[type=submit]').click()
    await page.locator('article p').first().waitFor()
    expect(await page.locator('article').textContent()).toContain(
      'Das Wetter in Genf war am Freitag kalt und klar.',
    )
    expect(await page.locator('aside.panel h2').first().textContent()).toBe('Wer sagte was (0)')
    expect(await page.locator('aside.panel .none').count()).toBe(3)
    await page.goto(`${base}/#/paste`)
    await page.locator('textarea[name=text]').fill('   ')
    await page.locator('form.paste button[type=submit]').click()
    await expect.poll(() => page.locator('form.paste .error').textContent()).toMatch(/^400 /u)
  })

  it('reads well on a tablet, serves deep links, and switches to English', async () => {
    await page.setViewportSize({ width: 820, height: 1180 })
    await page.goto(`${base}/#/doc/${id}`)
    await page.locator('article h1').waitFor()
    const article = await page.locator('article.article').boundingBox()
    const panel = await page.locator('aside.panel').boundingBox()
    expect(panel && article && panel.y >= article.y + article.height).toBe(true)
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true)
    await shot('article-tablet')
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(`${base}/board`)
    await page.locator('section.articles').waitFor()
    await page.locator('#lang-toggle').click()
    expect(await page.locator('header nav a').first().textContent()).toBe('Articles')
    await page.goto(`${base}/#/doc/${id}`)
    await page.locator('aside.panel h2').first().waitFor()
    expect(await page.locator('aside.panel h2').first().textContent()).toMatch(/^Who said what/u)
    expect(pageErrors).toEqual([])
  })

  it('satisfies its Content-Security-Policy on every page the tests above visited', async () => {
    const home = await page.goto(`${base}/`)
    expect(home?.headers()['content-security-policy']).toContain("script-src 'self'")
    await page.locator('section.articles').waitFor()
    expect([...new Set(cspViolations)].slice(0, 5)).toEqual([])
    // the check can fail: an inline script is refused and reported
    await page.evaluate(`{
      const s = document.createElement('script')
      s.textContent = 'window.inlineRan = true'
      document.body.append(s)
    }`)
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0)
    expect(await page.evaluate('window.inlineRan === true')).toBe(false)
  })
})
