import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { structureSchema } from '../../document/index.ts'
import { readHtmlArticle } from './read-html-article.ts'

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/html/${name}`, import.meta.url), 'utf8')
const slice = (text: string, span: readonly [number, number] | undefined) =>
  span ? text.slice(span[0], span[1]) : undefined

describe('readHtmlArticle on a page with JSON-LD in @graph', () => {
  const article = readHtmlArticle(fixture('graph-newsarticle.html'))
  const { text, structure } = article

  it('reads title, date, authors (also by @id reference), outlet, language and the canonical address', () => {
    expect(article.meta).toMatchObject({
      title: 'Keine Annäherung bei Treffen in Genf',
      published: '2022-01-21T14:05:00+01:00',
      authors: ['Anna Schmidt', 'Jan Meier'],
      outlet: 'Beispiel-Nachrichten',
      lang: 'de',
      uri: 'https://www.beispiel-nachrichten.de/politik/genf-treffen-100.html',
    })
  })

  it('lays the page out as flat lines: kicker, title, lead, paragraphs, figure lines', () => {
    expect(text.split('\n\n').slice(0, 4)).toEqual([
      'Ukraine-Krise',
      'Keine Annäherung bei Treffen in Genf',
      'Die Außenminister Lawrow und Blinken haben sich in Genf getroffen. Einen Durchbruch gab es nicht, beide Seiten wollen aber weiter reden.',
      'Der russische Außenminister Sergej Lawrow und sein US-Kollege Antony Blinken haben einander am Freitag zu einem Krisengespräch im Ukraine-Konflikt in Genf getroffen. Nach dem Gespräch gab es getrennte Pressekonferenzen.',
    ])
    expect(text).toContain(
      'Blinken und Lawrow beim Handschlag in Genf\nFoto: AP/Alex Brandon\nDie beiden Chefdiplomaten begrüßten einander mit Handschlag\n\n',
    )
    // navigation, teaser lists and the footer are no part of the article
    expect(text).not.toMatch(/Startseite|Mehr zum Thema|Impressum|Gasstreit/u)
  })

  it('returns spans that point at kicker, title, lead, heading and figure parts', () => {
    expect(structureSchema.parse(structure)).toEqual(structure)
    expect(slice(text, structure.kicker)).toBe('Ukraine-Krise')
    expect(slice(text, structure.title)).toBe('Keine Annäherung bei Treffen in Genf')
    expect(slice(text, structure.lead)).toMatch(/^Die Außenminister .* weiter reden\.$/u)
    const headings = structure.blocks.filter((b) => b.kind === 'heading').map((b) => slice(text, b.span))
    expect(headings).toEqual(['Blinken: Besseres Verständnis'])
    const figure = structure.blocks.find((b) => b.kind === 'figure')
    expect(figure && slice(text, figure.alt)).toBe('Blinken und Lawrow beim Handschlag in Genf')
    expect(figure && slice(text, figure.credit)).toBe('Foto: AP/Alex Brandon')
    expect(figure && slice(text, figure.caption)).toBe(
      'Die beiden Chefdiplomaten begrüßten einander mit Handschlag',
    )
  })
})

describe('readHtmlArticle on other page shapes', () => {
  it('uses OpenGraph and meta tags when there is no JSON-LD, and drops the outlet from the title', () => {
    const { meta, text, structure } = readHtmlArticle(fixture('opengraph-only.html'))
    expect(meta).toMatchObject({
      title: 'Hochwasser in Kärnten: Pegel sinken langsam',
      published: '2024-09-16T08:30:00+02:00',
      authors: ['Lukas Gruber'],
      outlet: 'Alpenblatt',
      lang: 'de',
    })
    const figure = structure.blocks.find((b) => b.kind === 'figure')
    // "… am Sonntagabend. Foto: APA/Gert Eggenberger": the credit is split off the caption
    expect(figure && slice(text, figure.credit)).toBe('Foto: APA/Gert Eggenberger')
    expect(figure && slice(text, figure.caption)).toBe('Die Drau bei Villach am Sonntagabend.')
  })

  it('drops page leftovers: media times, image file names; joins a drop cap to its word; names the outlet', () => {
    const { meta, text, structure } = readHtmlArticle(fixture('page-leftovers.html'))
    expect(meta.outlet).toBe('Weserblick')
    const lines = text.split('\n').filter(Boolean)
    expect(lines).toEqual([
      'Gesetzentwurf zur Mietpreisbremse liegt vor',
      'Foto: Weserblick/Jana Koch',
      'Mietshäuser in der Bremer Neustadt.',
      expect.stringMatching(/^Na endlich! Das Justizministerium hat den Entwurf/u),
      expect.stringMatching(/^Mieterverbände begrüßten den Entwurf/u),
      expect.stringMatching(/^Der Bundestag soll im Mai/u),
      'Neubauten am Werdersee',
      'Was die Länder sagen',
      expect.stringMatching(/^Die Länder müssen/u),
    ])
    // the figure with only a file name is gone; the others keep their caption, not their file's name
    const figures = structure.blocks.filter((b) => b.kind === 'figure')
    expect(figures.map((f) => [slice(text, f.alt), slice(text, f.caption)])).toEqual([
      [undefined, 'Mietshäuser in der Bremer Neustadt.'],
      [undefined, 'Neubauten am Werdersee'],
    ])
  })

  it('reads CDATA-wrapped JSON-LD with HTML entities, and its articleBody when the page shows no text', () => {
    const { meta, text, structure } = readHtmlArticle(fixture('cdata-entities.html'), {
      url: 'https://www.weserblick.de/stadt/fernwaerme',
    })
    expect(meta.title).toBe('Stadtwerke erhöhen Preise für Fernwärme')
    expect(meta.published).toBe('2025-03-12T10:00:00')
    expect(meta.uri).toBe('https://www.weserblick.de/stadt/fernwaerme')
    expect(structure.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(3)
    expect(text).toContain('\n\nDie Verbraucherzentrale kritisierte die Erhöhung als zu hoch.')
  })

  it("keeps the page's paragraphs when a <template> in <head> holds elements (readability threw on such pages)", () => {
    const paragraphs = [
      'Die Bundestagspräsidentin steht seit Wochen unter Beschuss, nun meldet sich auch die frühere Parteivorsitzende zu Wort.',
      'Diese Form der Politik spalte nicht nur Parteien, sondern die Gesellschaft insgesamt, sagte sie in einem Podcast.',
      'Bereits zuvor hatte der frühere Vizekanzler die Präsidentin scharf kritisiert und ihr Polarisierung vorgeworfen.',
    ]
    // the publisher's articleBody joins the paragraphs without a break, as Funke's pages do
    const html = `<html><head><template data-module-id="AdConfig"><div><script>var slots = [${'{"name":"pos1","sizes":[[320,50],[300,250]]}, '.repeat(40)}]</script></div></template><script type="application/ld+json">{"@type":"NewsArticle","headline":"Kritik an der Präsidentin","articleBody":"${paragraphs.join('')}"}</script></head><body><main><article><h1>Kritik an der Präsidentin</h1><div class="article-body">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></article></main></body></html>`
    const { text, structure } = readHtmlArticle(html)
    expect(structure.blocks.filter((b) => b.kind === 'paragraph').length).toBeGreaterThanOrEqual(2)
    expect(text).toContain(`${paragraphs[1]}\n\n${paragraphs[2]}`)
  })

  it.each([
    ['a JSON-LD string author list', '"author":"Anna Schmidt und Jan Meier"', ['Anna Schmidt', 'Jan Meier']],
    ['a single Person object', '"author":{"@type":"Person","name":"Eva Berger"}', ['Eva Berger']],
    [
      'an author nested in mainEntity',
      '"author":[{"name":"Max Huber"},{"name":"dpa"}]',
      ['Max Huber', 'dpa'],
    ],
  ])('reads authors from %s', (_name, author, expected) => {
    const html = `<html><head><script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","headline":"Streik bei der Bahn","datePublished":"2024-03-07T06:00:00Z",${author}}}</script></head><body><article><h1>Streik bei der Bahn</h1><p>${'Die Lokführer streiken seit Donnerstag früh. '.repeat(20)}</p></article></body></html>`
    const { meta } = readHtmlArticle(html)
    expect(meta.authors).toEqual(expected)
    expect(meta.published).toBe('2024-03-07T06:00:00Z')
  })
})

describe('readHtmlArticle on hostile and broken input', () => {
  it.each([
    ['an empty string', ''],
    ['only white space', '  \n\t '],
  ])('refuses %s with LB_INPUT_EMPTY', (_name, html) => {
    expect(() => readHtmlArticle(html)).toThrow(expect.objectContaining({ code: 'LB_INPUT_EMPTY' }))
  })

  it.each([
    [
      'a page without any text',
      '<html><head><title></title></head><body><div><img src="x.png"></div></body></html>',
    ],
    ['only a script', '<script>while(true){}</script>'],
  ])('refuses %s with LB_HTML_NO_ARTICLE (HTTP 422)', (_name, html) => {
    expect(() => readHtmlArticle(html)).toThrow(
      expect.objectContaining({ code: 'LB_HTML_NO_ARTICLE', status: 422 }),
    )
  })

  it.each([
    [
      'unclosed tags',
      '<html><body><article><h1>Wahl in Thüringen<p>Die CDU gewinnt knapp vor der AfD. <b>Die Wahlbeteiligung lag bei 74 Prozent.',
    ],
    [
      'broken JSON-LD',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":</script><h1>Wahl in Thüringen</h1><p>Die CDU gewinnt knapp.</p>',
    ],
    [
      'stray closing tags and comments',
      '</div></p><!-- x --><h1>Wahl in Thüringen</h1></span><p>Die CDU gewinnt <!-- unclosed comment',
    ],
    ['binary garbage', '\u0000\u0001<\u0002>\uFFFD<h1>Wahl in Thüringen</h1>'],
  ])('reads what it can from %s without throwing anything uncoded', (_name, html) => {
    let result: ReturnType<typeof readHtmlArticle> | undefined
    try {
      result = readHtmlArticle(html)
    } catch (error) {
      expect(error).toMatchObject({ code: expect.stringMatching(/^LB_/u) })
    }
    if (result) expect(result.meta.title ?? result.text).toContain('Wahl in Thüringen')
  })

  it('refuses a non-string argument at once', () => {
    expect(() => readHtmlArticle(42 as unknown as string)).toThrow(
      expect.objectContaining({ code: 'LB_ARG_INVALID' }),
    )
  })
})

describe('readHtmlArticle drops page furniture', () => {
  const para = (s: string) => `<p>${s}</p>`
  const body = [
    'Die Lokführergewerkschaft hat für Donnerstag einen neuen Streik angekündigt. Betroffen ist der Fern- und Regionalverkehr.',
    'Die Bahn will einen Notfahrplan anbieten. Fahrgäste sollen sich vorab informieren, teilte das Unternehmen mit.',
    'Der Konflikt dauert seit Monaten an. Strittig ist vor allem die Arbeitszeit der Schichtarbeiter im Betrieb.',
  ]
  const html = `<html><head><meta property="og:title" content="Neuer Bahnstreik"></head><body><article><h1>Neuer Bahnstreik</h1>
    <div class="share-bar"><p>Teilen</p><p>Artikel drucken und an Freunde senden, die das interessieren könnte.</p></div>
    ${para(body[0] as string)}<p>Freitag, 28.04.2023, 19:25</p>
    <ul><li>Fernverkehr</li><li>Regionalverkehr</li><li>S-Bahn</li></ul>
    ${para(body[1] as string)}
    <h3>Exklusive Hintergründe – für Sie recherchiert</h3><ul><li><a href="/a">Streik: Was Pendler wissen müssen</a></li><li><a href="/b">Tarifstreit im Überblick</a></li></ul>
    <ul><li>Die Bahn erstattet Tickets für Donnerstag ohne weitere Gebühren.</li><li>Zugbindungen sind für den ganzen Tag aufgehoben.</li></ul>
    ${para(body[2] as string)}<p>Mehr zum Thema</p>
    <p>Lokführer vor einem ICE in Frankfurt Foto: dpa/Boris Roessler</p></article></body></html>`
  const { text, structure } = readHtmlArticle(html)

  it('keeps the article and lists of sentences, drops share bars, date lines, fact-box fragments and link boxes', () => {
    for (const p of body) expect(text).toContain(p)
    expect(text).toContain('Zugbindungen sind für den ganzen Tag aufgehoben.')
    expect(text).not.toMatch(/Teilen|Artikel drucken|19:25|Regionalverkehr\n|Mehr zum Thema/u)
    // a link list goes with its heading
    expect(text).not.toMatch(/Hintergründe|Tarifstreit/u)
  })

  it('turns a caption paragraph with a credit back into a figure', () => {
    const figure = structure.blocks.find((b) => b.kind === 'figure')
    expect(figure && slice(text, figure.caption)).toBe('Lokführer vor einem ICE in Frankfurt')
    expect(figure && slice(text, figure.credit)).toBe('Foto: dpa/Boris Roessler')
  })
})

describe('readHtmlArticle picks the title and date the page shows', () => {
  const body =
    '<p>Der Trainer des FC Schalke 04 hat am Sonntag um Geduld mit dem jungen Stürmer gebeten. Er brauche noch Zeit, sagte Thioune nach dem Training.</p>'

  it('drops a section tail that only the JSON-LD headline carries ("… | Sport")', () => {
    const html = `<html><head>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bubi-Bomber wieder da: Thioune fordert Geduld mit Niemiec | Sport","datePublished":"2023-05-15T10:00:00+02:00"}</script>
      <meta property="og:title" content="Bubi-Bomber wieder da: Thioune fordert Geduld mit Niemiec"></head>
      <body><article><h1>Bubi-Bomber wieder da: Thioune fordert Geduld mit Niemiec</h1>${body}</article></body></html>`
    expect(readHtmlArticle(html).meta.title).toBe('Bubi-Bomber wieder da: Thioune fordert Geduld mit Niemiec')
  })

  it('keeps a JSON-LD headline that no other headline of the page is a prefix of', () => {
    const html = `<html><head>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Baerbock zur UN: Nur eine Etappe zum nächsten Karriereschritt?"}</script>
      <meta property="og:title" content="Annalena Baerbock: Jetzt Top-Job in New York"></head>
      <body><article><h1>Annalena Baerbock: Jetzt Top-Job in New York</h1>${body}</article></body></html>`
    expect(readHtmlArticle(html).meta.title).toBe(
      'Baerbock zur UN: Nur eine Etappe zum nächsten Karriereschritt?',
    )
  })

  it('reads the date from a title tail "| DW | 28.04.2023" when no metadata dates the page', () => {
    const html = `<html><head><meta property="og:title" content="Ukrainische Gegenoffensive: Ziele, Chancen, Risiken | DW | 28.04.2023">
      <meta name="twitter:title" content="Ukrainische Gegenoffensive: Ziele, Chancen, Risiken "></head>
      <body><h1>Ukrainische Gegenoffensive: Ziele, Chancen, Risiken</h1>${body}</body></html>`
    const { meta } = readHtmlArticle(html)
    expect(meta.title).toBe('Ukrainische Gegenoffensive: Ziele, Chancen, Risiken')
    expect(meta.published).toBe('2023-04-28')
  })

  it('reads the date line under a headline, not a teaser date further down', () => {
    const html = `<html><head><meta property="og:title" content="Kokain in Bananenkisten gefunden"></head><body>
      <div class="headline">Kokain in Bananenkisten gefunden</div>
      <div class="lineinfo">Do 25.04.24 | 14:07 Uhr | Von <span class="authorname">Eva Kirchner-Rätsch</span></div>
      ${body}${'<p>Weitere Meldungen aus der Region folgen in Kürze.</p>'.repeat(30)}
      <aside><a href="/x">Razzia in Neukölln</a> <span>12.03.2024</span></aside></body></html>`
    expect(readHtmlArticle(html).meta.published).toBe('2024-04-25T14:07:00')
  })

  it('reads "Veröffentlicht am 13. Mai 2026 um 15:44" beside the <h1>', () => {
    const html = `<html><body><main><h1>Nein, dieses Video zeigt keinen Angriff auf Kiew</h1>
      <ul><li>Von Anna Schmidt</li><li>Veröffentlicht am 13. Mai 2026 um 15:44</li></ul>${body}</main></body></html>`
    expect(readHtmlArticle(html).meta.published).toBe('2026-05-13T15:44:00')
  })
})

describe('readHtmlArticle tells a teaser from a first paragraph', () => {
  const first =
    'London/Teheran - Iranische Sicherheitskräfte haben eine junge Aktivistin laut einem Bericht bei den Protesten im Jahr 2022 getötet.'
  const second =
    'Dies ging aus bisher unveröffentlichten Dokumenten hervor, wie der britische Sender BBC am Dienstag berichtete.'
  const page = (description: string) => `<html><head><meta name="description" content="${description}">
    <meta property="og:title" content="Bericht: Aktivistin getötet"></head><body><article><h1>Bericht: Aktivistin getötet</h1>
    <p>${first}</p><p>${second}</p></article></body></html>`

  it('keeps a dateline paragraph ("London/Teheran - …") in the body even when the description repeats it', () => {
    const { text, structure } = readHtmlArticle(page(first))
    expect(structure.lead).toBeUndefined()
    expect(text).toContain(`${first}\n\n${second}`)
  })

  it('takes a description without a dateline that opens the body as the lead', () => {
    const teaser = first.replace('London/Teheran - ', '')
    const { text, structure } = readHtmlArticle(page(teaser).replace(`<p>${first}</p>`, `<p>${teaser}</p>`))
    expect(slice(text, structure.lead)).toBe(teaser)
  })
})

describe('readHtmlArticle on English pages', () => {
  const story = [
    'The league published its final standings on Sunday after the last race of the season in Homestead.',
    'Kyle Busch won the title by five points, the closest finish since the playoff format was introduced.',
  ]
  const page = (table: string) =>
    `<html><head><meta property="og:title" content="Final standings"></head><body><article><h1>Final standings</h1>
    <p>Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM</p><p>${story[0]}</p><p>Advertisement</p>${table}
    <p>${story[1]}</p><p>Published 1 day ago</p><p>Continue Reading Below</p></article></body></html>`
  const standings =
    '<table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr><tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr><tr><td>2</td><td>Martin Truex Jr.</td><td>5035</td></tr></table>'

  it('keeps a table that names its columns, one line a row', () => {
    const { text } = readHtmlArticle(page(standings))
    expect(text).toContain('Pos. Driver Points\n\n1 Kyle Busch 5040\n\n2 Martin Truex Jr. 5035')
    for (const p of story) expect(text).toContain(p)
  })

  it('drops a table without column names (a widget), English date lines and furniture lines', () => {
    const widget = standings.replace(
      '<tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>',
      '<tr><th></th><th></th><th></th></tr>',
    )
    const { text } = readHtmlArticle(page(widget))
    expect(text).not.toMatch(
      /Kyle Busch 5040|Updated Nov|Posted Nov|1 day ago|Advertisement|Continue Reading/u,
    )
    for (const p of story) expect(text).toContain(p)
  })

  it('walks a table that lays out paragraphs like any other box', () => {
    const layout = `<table><tr><td><p>${story[0]}</p><p>${story[1]}</p></td></tr></table>`
    const html = `<html><head><title>Standings</title></head><body><div>${layout}</div></body></html>`
    const { structure, text } = readHtmlArticle(html)
    const paragraphs = structure.blocks
      .filter((b) => b.kind === 'paragraph')
      .map((b) => text.slice(b.span[0], b.span[1]))
    expect(paragraphs).toEqual(story)
  })
})
