import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { main } from '../src/cli/main.ts'
import { analysisSchema } from '../src/document/index.ts'

const FOUNDING = readFileSync(
  new URL('./fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
  'utf8',
)
const HTML_PAGE = new URL('./fixtures/html/opengraph-only.html', import.meta.url).pathname
const root = mkdtempSync(join(tmpdir(), 'lagebild-cli-ingest-'))

function put(path: string, content: string | Uint8Array) {
  const full = join(root, path)
  mkdirSync(join(full, '..'), { recursive: true })
  writeFileSync(full, content)
  return full
}

/** Runs the CLI in this process (no second tsx start-up) and collects what it prints. */
async function run(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk)
    return true
  })
  try {
    const code = await main(['node', 'lagebild', ...args], (s) => {
      stdout += s
    })
    return { code, stdout, stderr }
  } finally {
    spy.mockRestore()
  }
}

// An APA story as two outlets carried it: another headline, the last paragraph cut.
const AGENCY = FOUNDING.split('\n').slice(2, 12).join('\n')
const jsonl = [
  JSON.stringify({
    text: `Keine Annäherung in Genf\n\n${AGENCY}`,
    outlet: 'APA',
    published: '2022-01-21',
    title: 'Keine Annäherung',
  }),
  '{"text": "Lawrow sagte, Russland werde nicht warten.", "outlet": ',
  JSON.stringify({ text: 'Scholz reiste am Montag nach Kiew, sagte ein Sprecher.', published: '21.01.2022' }),
  JSON.stringify({
    text: `Lawrow und Blinken vereinbaren weitere Gespräche\n\n${AGENCY.slice(0, Math.floor(AGENCY.length * 0.8))}`,
    outlet: 'Der Standard',
    published: '2022-01-21',
  }),
].join('\n')

const db = join(root, 'corpus.sqlite')
const folder = join(root, 'in')

beforeAll(() => {
  put('in/orf.txt', FOUNDING)
  put(
    'in/more/peskow.txt',
    'Der Kreml wies die Vorwürfe am Montag zurück, sagte Sprecher Dmitri Peskow in Moskau.',
  )
  // „Außenminister“ saved as Latin-1
  put(
    'in/latin1.txt',
    Uint8Array.from([0x41, 0x75, 0xdf, 0x65, 0x6e, 0x6d, 0x69, 0x6e, 0x69, 0x73, 0x74, 0x65, 0x72]),
  )
  put('in/empty.txt', ' \n')
  put('in/binary.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))
  put('in/news.jsonl', jsonl)
  put('in/photo.jpg', 'not an article')
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('lagebild ingest', () => {
  it('stores the good articles of a folder, reports each bad one with path, line and reason, and exits 1', async () => {
    const { code, stdout, stderr } = await run(
      'ingest',
      folder,
      '--db',
      db,
      '--outlet',
      'ORF.at',
      '--published',
      '2022-01-21',
    )
    expect(stdout).toBe(
      '4 new, 0 already stored, 5 failed, 1 near-duplicates of stored stories, 1 other files ignored (sqlite)\n',
    )
    expect(code).toBe(1)
    expect(stderr).toContain(`${join(folder, 'latin1.txt')}: the input is not valid UTF-8`)
    expect(stderr).toContain(`${join(folder, 'empty.txt')}: the input is empty`)
    expect(stderr).toContain(`${join(folder, 'binary.txt')}: the input looks binary`)
    expect(stderr).toMatch(/news\.jsonl:2: .*not a JSON object.*\[LB_INPUT_UNREADABLE\]/u)
    expect(stderr).toMatch(/news\.jsonl:3: .*"published" must be a date like 2022-01-21, not "21\.01\.2022"/u)
    // a log, not a terminal: a progress line with count, rate and ETA at the end
    expect(stderr).toMatch(
      /ingest: 100% 9 of 9 items \(4 new, 0 stored, 5 failed\) · [\d.]+ articles\/s · ETA 0:00/u,
    )
  })

  it('stores nothing twice: a rerun skips what is stored and reports the same failures', async () => {
    const { code, stdout } = await run('ingest', folder, '--db', db)
    expect(stdout).toBe('0 new, 4 already stored, 5 failed, 1 other files ignored (sqlite)\n')
    expect(code).toBe(1)
  })

  it('exits 0 when every item is stored, and takes an HTML page with its own title, date and outlet', async () => {
    const good = put(
      'good/peskow.txt',
      'Der Kreml wies die Vorwürfe am Montag zurück, sagte Sprecher Dmitri Peskow in Moskau.',
    )
    const { code, stdout } = await run('ingest', good, HTML_PAGE, '--db', db, '--outlet', 'Beispiel')
    expect(stdout).toBe('1 new, 1 already stored, 0 failed (sqlite)\n')
    expect(code).toBe(0)
  })

  it('reads a feed over HTTP, fetches its linked pages, and cuts an endless page off at the size limit', async () => {
    const page = readFileSync(HTML_PAGE, 'utf8')
    const server = createServer((request, response) => {
      if (request.url === '/feed.xml') {
        response.writeHead(200, { 'content-type': 'application/rss+xml' })
        response.end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>Testblatt</title>${['article', 'endless']
            .map((p) => `<item><title>${p}</title><link>${base}/${p}</link></item>`)
            .join('')}</channel></rss>`,
        )
      } else if (request.url === '/article') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        response.end(page)
      } else {
        // no Content-Length and no end: only counting the bytes read stops it
        response.writeHead(200, { 'content-type': 'text/html' })
        const chunk = Buffer.alloc(256 * 1024, 'a')
        const pump = () => {
          while (!response.destroyed && response.write(chunk));
          if (!response.destroyed) response.once('drain', pump)
        }
        pump()
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const { code, stdout, stderr } = await run(
        'ingest',
        '--feed',
        `${base}/feed.xml`,
        '--db',
        join(root, 'feed.sqlite'),
      )
      expect(stdout).toMatch(/^1 new, 0 already stored, 1 failed/u)
      expect(code).toBe(1)
      expect(stderr).toContain(`${base}/endless: the page is larger than ${20 * 1024 * 1024} bytes`)
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it("stores each article in its language: read from the text, a JSONL line's lang, or --lang for all", async () => {
    const english = 'The talks in Geneva were useful, the minister said on Friday after the meeting.'
    const lines = put(
      'languages/mixed.jsonl',
      [
        JSON.stringify({ text: english }),
        JSON.stringify({ text: `${english} Then he left.`, lang: 'de' }),
        JSON.stringify({
          text: 'La réunion a été utile, a déclaré le ministre vendredi après la rencontre.',
        }),
      ].join('\n'),
    )
    const langDb = join(root, 'languages.sqlite')
    expect((await run('ingest', lines, '--db', langDb)).code).toBe(0)
    const exported = (await run('export', '--db', langDb, '--format', 'jsonl')).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(exported.map((a) => a.lang).sort()).toEqual(['de', 'en', 'fr'])
    const french = exported.find((a) => a.lang === 'fr')
    expect([
      french.sentences,
      french.quotes,
      french.diagnostics.map((d: { rule: string }) => d.rule),
    ]).toEqual([[], [], ['text/unsupported-language']])
    const forced = join(root, 'forced.sqlite')
    expect((await run('ingest', lines, '--db', forced, '--lang', 'en')).code).toBe(0)
    const all = (await run('export', '--db', forced, '--format', 'jsonl')).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).lang)
    expect(all).toEqual(['en', 'en', 'en'])
  })

  it('refuses a wrong --published at once with exit code 2', async () => {
    const { code, stderr } = await run('ingest', folder, '--db', db, '--published', '2022-02-30')
    expect(code).toBe(2)
    expect(stderr).toContain('--published must be a date like 2022-01-21')
  })
})

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += c
  }
  return rows
}

describe('lagebild export', () => {
  it('writes one analysis@1 object a line, with the outlet given at ingest in its source', async () => {
    const { code, stdout } = await run('export', '--db', db, '--format', 'jsonl')
    expect(code).toBe(0)
    const analyses = stdout
      .trim()
      .split('\n')
      .map((line) => analysisSchema.parse(JSON.parse(line)))
    expect(analyses).toHaveLength(5)
    const founding = analyses.find((a) => a.source?.uri?.endsWith('/in/orf.txt'))
    expect(founding?.source?.outlet).toBe('ORF.at')
    expect(analyses.find((a) => a.text.startsWith('Hochwasser'))?.source?.outlet).toBe('Alpenblatt')
  })

  it('writes documents, quotes and events as CSV files that parse back to what the store holds', async () => {
    const out = join(root, 'export.csv')
    const { code } = await run('export', '--db', db, '--format', 'csv', '--out', out)
    expect(code).toBe(0)
    const [docHeader, ...docs] = parseCsv(readFileSync(join(root, 'export.documents.csv'), 'utf8'))
    const [quoteHeader, ...quotes] = parseCsv(readFileSync(join(root, 'export.quotes.csv'), 'utf8'))
    const [eventHeader, ...events] = parseCsv(readFileSync(join(root, 'export.events.csv'), 'utf8'))
    expect(docs).toHaveLength(5)
    const col = (header: string[] | undefined, name: string) => header?.indexOf(name) ?? -1
    // the two copies of the agency story share one story id
    const stories = docs.map((d) => d[col(docHeader, 'story_id')])
    expect(new Set(stories).size).toBe(4)
    const quoteCount = docs.reduce((n, d) => n + Number(d[col(docHeader, 'quotes')]), 0)
    const eventCount = docs.reduce((n, d) => n + Number(d[col(docHeader, 'events')]), 0)
    expect(quotes).toHaveLength(quoteCount)
    expect(events).toHaveLength(eventCount)
    expect(quoteCount).toBeGreaterThan(5)
    // every quote's text is the slice of its article at its span, commas, line breaks and „quotes“ included
    const texts = new Map(
      (await run('export', '--db', db, '--format', 'jsonl')).stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string; text: string })
        .map((a) => [a.id, a.text]),
    )
    const at = (name: string) => col(quoteHeader, name)
    for (const q of quotes) {
      const text = texts.get(q[at('document_id')] as string) ?? ''
      expect(q[at('text')]).toBe(text.slice(Number(q[at('start')]), Number(q[at('end')])))
    }
    expect(quotes.some((q) => /[,"„]/u.test(q[at('text')] ?? ''))).toBe(true)
    // nested speech names the quote of the same article that holds it
    const ids = new Set(quotes.map((q) => `${q[at('document_id')]}/${q[at('quote_id')]}`))
    const nested = quotes.filter((q) => q[at('within')])
    expect(nested.length).toBeGreaterThan(0)
    for (const q of nested) expect(ids.has(`${q[at('document_id')]}/${q[at('within')]}`)).toBe(true)
    for (const q of quotes) expect(q).toHaveLength(quoteHeader?.length ?? 0)
    for (const e of events) expect(e).toHaveLength(eventHeader?.length ?? 0)
    // provenance: the rule that made each item, a column added after all earlier ones
    expect(quoteHeader?.at(-1)).toBe('rule')
    expect(eventHeader?.at(-1)).toBe('rule')
    for (const e of events)
      expect(e[col(eventHeader, 'rule')]).toMatch(/^events\/\S+ events\/status-[a-z-]+$/u)
    // a quote's rule is the one its stored analysis holds (empty only where the analysis has none)
    const storedRules = new Map(
      (await run('export', '--db', db, '--format', 'jsonl')).stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string; quotes: { id: string; rule?: string }[] })
        .flatMap((a) => a.quotes.map((q) => [`${a.id}/${q.id}`, q.rule ?? ''] as const)),
    )
    for (const q of quotes)
      expect(q[at('rule')]).toBe(storedRules.get(`${q[at('document_id')]}/${q[at('quote_id')]}`))
  })

  it('writes the three CSV tables to standard output one after another, an empty line between them', async () => {
    const { code, stdout } = await run('export', '--db', db, '--format', 'csv')
    expect(code).toBe(0)
    const rows = parseCsv(stdout)
    const headers = rows.filter((r) => r[0] === 'record').map((r) => r[1] + (r[2] ?? ''))
    expect(headers).toEqual(['document_idstory_id', 'document_idquote_id', 'document_idevent_id'])
    expect(rows.filter((r) => r.length === 1 && r[0] === '')).toHaveLength(2)
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(['record', 'document', 'quote', 'event', '']))
  })

  it('writes PLOVER-style records with provenance: article, outlet, date, sentence and evidence spans', async () => {
    const { code, stdout } = await run('export', '--db', db, '--format', 'plover')
    expect(code).toBe(0)
    const jsonlOut = (await run('export', '--db', db, '--format', 'jsonl')).stdout
    const texts = new Map(
      jsonlOut
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string; text: string })
        .map((a) => [a.id, a.text]),
    )
    const records = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(records.length).toBeGreaterThan(3)
    for (const r of records) {
      const text = texts.get(r.provenance.document_id) ?? ''
      expect(text.slice(...r.provenance.evidence.span)).toBe(r.provenance.evidence.text)
      expect(text.slice(...r.provenance.sentence.span)).toBe(r.provenance.sentence.text)
      expect(r.provenance.sentence.text).toContain(r.provenance.evidence.text.slice(0, 10))
    }
    const meeting = records.find((r) => r.event_type === 'CONSULT' && r.provenance.outlet === 'ORF.at')
    expect(meeting).toMatchObject({ event_date: '2022-01-21', status: 'occurred' })
    // and why it is an event: the rule that made it
    for (const r of records) expect(r.provenance.rule).toMatch(/^events\/\S+ events\/status-[a-z-]+$/u)
    expect(meeting.provenance.rule).toBe('events/verb-trigger events/status-occurred')
    expect(meeting.actor.map((a: { name: string }) => a.name)).toEqual(
      expect.arrayContaining(['Sergej Lawrow', 'Antony Blinken']),
    )
  })

  it('refuses an unknown format with exit code 2', async () => {
    const { code, stderr } = await run('export', '--db', db, '--format', 'xml')
    expect(code).toBe(2)
    expect(stderr).toContain('--format must be one of jsonl, csv, plover')
  })
})
