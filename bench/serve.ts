import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * `npm run bench -- --serve [--seconds S] [--concurrency N] [--pg URL]`: a load and injection run against a
 * `lagebild serve` of its own on 127.0.0.1 (issue 20), on a new SQLite file (or the PostgreSQL database of --pg,
 * which should be empty). Four phases, each bounded in time: seed (the articles of test/fixtures/corpus), load
 * (concurrent reads of every list and writes of new articles for S seconds), hostile (hostile strings in every
 * field and query parameter, path traversal, malformed JSON, oversized bodies and pathological texts, while a
 * reader keeps asking /api/health), integrity (every article stored is there once and unchanged). Prints latency
 * percentiles, status and error-code counts. Numbers, no assertions; the exit code is 1 when a request answered
 * 5xx, a traversal reached a file, or a stored article was lost or changed.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CORPUS = join(ROOT, 'test/fixtures/corpus/venezuela-2024.jsonl')
/** no single request may take longer: a stalled one is counted as "timeout", and the run goes on */
const REQUEST_TIMEOUT_MS = 30_000
/** how long a heavy request may keep the server busy after its answer or timeout before the next one starts */
const IDLE_WAIT_MS = 300_000
/** the hostile strings' phase stops here (the heavy bodies after it take at most REQUEST_TIMEOUT_MS each) */
const HOSTILE_SECONDS = 180

interface Article {
  text: string
  published?: string
  outlet?: string
}

interface Sample {
  route: string
  ms: number
  status: number | 'timeout' | 'refused'
  code?: string
  /** the request itself, kept for answers that count as failures (5xx, timeouts) */
  request?: string
}

/** Every request's route, latency and outcome, by phase. */
class Recorder {
  samples = new Map<string, Sample[]>()
  add(phase: string, sample: Sample): void {
    const list = this.samples.get(phase)
    if (list) list.push(sample)
    else this.samples.set(phase, [sample])
  }
}

/** Waits (at most IDLE_WAIT_MS) until /api/health answers within a second; how long that took. */
async function untilIdle(base: string): Promise<number> {
  const started = performance.now()
  while (performance.now() - started < IDLE_WAIT_MS) {
    const health = await call(base, '/api/health')
    if (health.status === 200 && health.ms < 1000) break
  }
  return performance.now() - started
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

interface Answer {
  status: number | 'timeout' | 'refused'
  body: string
  ms: number
}

/** One request; the route (the path without its query) names it in the tables. */
async function call(
  base: string,
  path: string,
  init: { method?: string; body?: string | Uint8Array; type?: string } = {},
): Promise<Answer> {
  const started = performance.now()
  try {
    const response = await fetch(`${base}${path}`, {
      method: init.method ?? 'GET',
      ...(init.body !== undefined ? { body: init.body } : {}),
      headers: init.type ? { 'content-type': init.type } : {},
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      redirect: 'manual',
    })
    const body = await response.text()
    return { status: response.status, body, ms: performance.now() - started }
  } catch (error) {
    const name = (error as Error).name
    const status = name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'refused'
    return { status, body: '', ms: performance.now() - started }
  }
}

/** The error code of an error answer ({"error": "LB_…"}), if it has one. */
function errorCode(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { error?: unknown }
    return typeof parsed.error === 'string' ? parsed.error : undefined
  } catch {
    return undefined
  }
}

const failed = (status: Sample['status']) => typeof status !== 'number' || status >= 500

function record(rec: Recorder, phase: string, route: string, answer: Answer, request?: string): Answer {
  const code = typeof answer.status === 'number' && answer.status >= 400 ? errorCode(answer.body) : undefined
  rec.add(phase, {
    route,
    ms: answer.ms,
    status: answer.status,
    ...(code ? { code } : {}),
    ...(request && failed(answer.status) ? { request: request.slice(0, 120) } : {}),
  })
  return answer
}

const postJson = (base: string, body: unknown) =>
  call(base, '/api/documents', { method: 'POST', body: JSON.stringify(body), type: 'application/json' })

/** Starts `lagebild serve` on a free port and waits until /api/health answers. */
async function startServer(
  db: { path?: string; url?: string },
  log: string[],
): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort()
  const args = ['bin/lagebild.js', 'serve', '--host', '127.0.0.1', '--port', String(port)]
  if (db.path) args.push('--db', db.path)
  const env = { ...process.env }
  if (db.url) env.DATABASE_URL = db.url
  else delete env.DATABASE_URL
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout?.on('data', (d: Buffer) => log.push(d.toString()))
  child.stderr?.on('data', (d: Buffer) => log.push(d.toString()))
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}:\n${log.join('')}`)
    const health = await call(base, '/api/health')
    if (health.status === 200) return { child, base }
    await new Promise((r) => setTimeout(r, 250))
  }
  child.kill('SIGKILL')
  throw new Error(`serve did not answer /api/health within 120 s:\n${log.join('')}`)
}

/** `workers` loops that each take the next request from `next` until `seconds` are over. */
async function forSeconds(seconds: number, workers: number, next: (k: number) => Promise<void>) {
  const until = performance.now() + seconds * 1000
  let k = 0
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < until) await next(k++)
    }),
  )
}

/** Strings that have broken servers: SQL, script, traversal, control and format characters, huge and odd numbers. */
const HOSTILE = [
  "' OR '1'='1",
  "'; DROP TABLE documents; --",
  '" OR ""="',
  '1; SELECT pg_sleep(5)--',
  "%' AND 1=0 UNION SELECT sql FROM sqlite_master --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '\u0000',
  'a\r\nSet-Cookie: injected=1',
  '\u202e\u200b\ufeff',
  '😀'.repeat(50),
  '\\',
  '*',
  '%',
  '_',
  '"',
  '{}',
  '[]',
  'null',
  '-1',
  '1e309',
  'NaN',
  '9'.repeat(400),
  '2022-13-45',
  'A'.repeat(5_000),
]

/** Each GET route with the query parameters it takes (ids: a real one is filled in). */
const READ_ROUTES: Array<[string, string[]]> = [
  ['/api/documents', ['outlet', 'from', 'to', 'limit', 'cursor', 'offset']],
  ['/api/quotes', ['actor', 'documentId', 'limit', 'cursor', 'offset']],
  ['/api/events', ['actor', 'type', 'documentId', 'limit', 'cursor', 'offset']],
  ['/api/demands', ['actor', 'limit', 'cursor', 'offset']],
  ['/api/actors', ['limit', 'cursor', 'offset']],
  ['/api/promises', ['actor', 'state', 'limit', 'cursor', 'offset']],
  ['/api/disagreements', ['of', 'from', 'to', 'limit', 'cursor', 'offset']],
  ['/api/figures', ['of', 'from', 'to', 'limit', 'cursor', 'offset']],
  ['/api/search', ['q', 'kind', 'actor', 'eventType', 'outlet', 'from', 'to', 'limit', 'cursor', 'offset']],
  ['/api/documents/:id', []],
  ['/api/documents/:id/analysis', []],
  ['/api/documents/:id/actor-keys', []],
  ['/api/actors/:id', []],
  ['/api/actors/:id/timeline', ['limit', 'before']],
]

const TRAVERSALS = [
  '/../../../../etc/passwd',
  '/..%2f..%2f..%2f..%2fetc%2fpasswd',
  '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  '/%252e%252e/%252e%252e/etc/passwd',
  '/assets/../../package.json',
  '/assets/..%2f..%2fpackage.json',
  '/assets/%2e%2e/%2e%2e/package.json',
  '/..\\..\\package.json',
  '/assets/..\\..\\package.json',
  '//etc/passwd',
  '/api/documents/..%2f..%2fetc%2fpasswd',
  '/api/documents/%2e%2e%2f%2e%2e%2fpackage.json',
  '/api/actors/..%2f..%2f..%2fetc%2fpasswd',
  '/index.html/../../package.json',
  '/%00/etc/passwd',
  '/.env',
  '/.git/config',
  '/node_modules/.package-lock.json',
  '/ui/dist/../../package.json',
  '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
]
/** What a file outside the web app would show if a traversal reached it. */
const LEAKED = /root:x:0:0|"name":\s*"lagebild"|\[core\]|"lockfileVersion"/u

const MALFORMED: Array<[string, string | Uint8Array, string]> = [
  ['truncated', '{"text": "Die Regierung', 'application/json'],
  ['no value', '{"text": }', 'application/json'],
  ['array', '[]', 'application/json'],
  ['null', 'null', 'application/json'],
  ['string', '"text"', 'application/json'],
  ['number text', '{"text": 123}', 'application/json'],
  ['unknown field', '{"text": "Scholz sagte, es sei ernst.", "admin": true}', 'application/json'],
  ['duplicate keys', '{"text": "a", "text": {"$gt": ""}}', 'application/json'],
  ['nested 10,000 deep', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'application/json'],
  [
    'invalid UTF-8',
    new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    'application/json',
  ],
  ['plain text', 'Scholz sagte, es sei ernst.', 'text/plain'],
  ['XML', '<text>Scholz</text>', 'application/xml'],
  ['form', 'text=Scholz', 'application/x-www-form-urlencoded'],
  ['empty body', '', 'application/json'],
  ['binary text', '{"text": "\\u0000\\u0001\\u0002\\u0003"}', 'application/json'],
  ['empty text', '{"text": ""}', 'application/json'],
]

const KB = 1000
const MB = 1000 * KB
const fill = (unit: string, chars: number) => unit.repeat(Math.max(1, Math.round(chars / unit.length)))
const nestedDivs = (depth: number) =>
  `<!doctype html><html><head><title>Test</title></head><body>${'<div>'.repeat(depth)}<p>${fill('Die Regierung in Berlin hat am Montag rund 500 Soldaten verlegt. ', 2 * KB)}</p>${'</div>'.repeat(depth)}</body></html>`

/** Bodies at and over the server's limits, and texts that have stalled the analysis (issue 20). */
const HEAVY: Array<[string, () => unknown]> = [
  ['6 MB of text (over the limit)', () => ({ text: fill('Die Lage ist ernst. ', 6 * MB) })],
  ['12 MB of JSON (over the body limit)', () => ({ text: fill('x', 12 * MB) })],
  ['100 KB of commas', () => ({ text: fill(',', 100 * KB) })],
  ['100 KB of German quotation marks', () => ({ text: fill('„“', 100 * KB) })],
  ['100 KB of colons', () => ({ text: fill('Berlin: Polizei: ', 100 * KB) })],
  ['100 KB of dashes', () => ({ text: fill('-', 100 * KB) })],
  [
    '1 MB without punctuation',
    () => ({ text: fill('die Regierung in Berlin hat am Montag Soldaten verlegt ', MB) }),
  ],
  ['HTML, 2,000 nested <div>', () => ({ html: nestedDivs(2000) })],
  ['HTML, 20,000 nested <div>', () => ({ html: nestedDivs(20_000) })],
  ['a 400-digit number', () => ({ text: `Die Armee verlegte ${'9'.repeat(400)} Soldaten an die Grenze.` })],
  ['URL of the server itself', () => ({ url: 'http://127.0.0.1:1/api/health' })],
  ['URL of a link-local address', () => ({ url: 'http://169.254.169.254/latest/meta-data/' })],
  ['file: URL', () => ({ url: 'file:///etc/passwd' })],
]

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number
}

const statusKey = (s: Sample) => String(s.status)

function printPhase(name: string, samples: Sample[], seconds?: number): void {
  console.log(`\n${name}: ${samples.length} requests${seconds ? ` in ${seconds.toFixed(1)} s` : ''}`)
  console.log(
    [
      'route'.padEnd(34),
      'n'.padStart(6),
      seconds ? 'req/s'.padStart(7) : '',
      'p50'.padStart(7),
      'p95'.padStart(7),
      'p99'.padStart(7),
      'max'.padStart(7),
      '  statuses',
    ].join(' '),
  )
  const byRoute = new Map<string, Sample[]>()
  for (const s of samples) byRoute.set(s.route, [...(byRoute.get(s.route) ?? []), s])
  for (const [route, list] of byRoute) {
    const ms = list.map((s) => s.ms).sort((a, b) => a - b)
    const statuses = new Map<string, number>()
    for (const s of list) statuses.set(statusKey(s), (statuses.get(statusKey(s)) ?? 0) + 1)
    console.log(
      [
        route.slice(0, 34).padEnd(34),
        String(list.length).padStart(6),
        seconds ? (list.length / seconds).toFixed(1).padStart(7) : '',
        ...[50, 95, 99].map((p) => percentile(ms, p).toFixed(0).padStart(7)),
        (ms.at(-1) ?? 0).toFixed(0).padStart(7),
        `  ${[...statuses].map(([k, v]) => `${k}×${v}`).join(' ')}`,
      ].join(' '),
    )
  }
  const codes = new Map<string, number>()
  for (const s of samples) if (s.code) codes.set(s.code, (codes.get(s.code) ?? 0) + 1)
  if (codes.size > 0) console.log(`  error codes: ${[...codes].map(([k, v]) => `${k} ${v}`).join(', ')}`)
}

export async function main(args: string[]): Promise<void> {
  const option = (name: string, fallback: string) => {
    const at = args.indexOf(name)
    return at >= 0 ? (args[at + 1] ?? fallback) : fallback
  }
  const seconds = Number(option('--seconds', '10'))
  const workers = Number(option('--concurrency', '8'))
  const pg = option('--pg', '')
  if (!(seconds > 0) || !(workers >= 1)) throw new Error('--seconds and --concurrency take positive numbers')
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-bench-serve-'))
  const log: string[] = []
  const { child, base } = await startServer(pg ? { url: pg } : { path: join(dir, 'bench.db') }, log)
  // an interrupted bench leaves no server behind
  const stop = () => child.kill('SIGKILL')
  process.once('exit', stop)
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      stop()
      process.exit(130)
    })
  const rec = new Recorder()
  /** what each stored article's analysis was right after it was stored */
  const stored = new Map<string, string>()
  const failures: string[] = []
  let written = 0
  try {
    console.log(`serve on ${base} (${pg ? 'PostgreSQL' : 'SQLite'}), ${workers} concurrent clients`)

    // seed: the corpus fixture, whose articles give figures, disagreements, demands and actors to read
    const corpus = readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Article)
    const seedStart = performance.now()
    for (const article of corpus) {
      const answer = record(rec, 'seed', 'POST /api/documents', await postJson(base, article))
      if (answer.status === 201) stored.set((JSON.parse(answer.body) as { id: string }).id, '')
    }
    printPhase('seed', rec.samples.get('seed') ?? [], (performance.now() - seedStart) / 1000)
    for (const id of stored.keys()) stored.set(id, (await call(base, `/api/documents/${id}`)).body)
    const ids = [...stored.keys()]
    const actorAnswer = JSON.parse((await call(base, '/api/actors?limit=50')).body) as {
      actors?: Array<{ key?: string; id?: string }>
    }
    const actorKeys = (actorAnswer.actors ?? []).map((a) => a.key ?? a.id ?? '').filter(Boolean)
    const words = ['Maduro', 'Wahlbehörde', 'Protokolle', 'Caracas', 'Opposition', 'Proteste']

    // load: nine reads to one write, for `seconds`
    const reads: Array<(k: number) => [string, string]> = [
      () => ['/api/documents', '/api/documents?limit=50'],
      (k) => ['/api/documents/:id', `/api/documents/${ids[k % ids.length]}`],
      (k) => ['/api/search', `/api/search?q=${encodeURIComponent(words[k % words.length] as string)}`],
      (k) => ['/api/actors/:id', `/api/actors/${encodeURIComponent(actorKeys[k % actorKeys.length] ?? 'x')}`],
      () => ['/api/quotes', '/api/quotes?limit=100'],
      () => ['/api/events', '/api/events?limit=100'],
      () => ['/api/figures', '/api/figures'],
      () => ['/api/disagreements', '/api/disagreements'],
      () => ['/api/demands', '/api/demands'],
    ]
    const loadStart = performance.now()
    await forSeconds(seconds, workers, async (k) => {
      if (k % 10 === 9) {
        const source = corpus[k % corpus.length] as Article
        // a new article each time: the same text with a line of its own, so nothing is stored twice
        const text = `${source.text}\n\nNachtrag ${k}: Die Regierung kündigte am Abend weitere Gespräche an.`
        const answer = record(rec, 'load', 'POST /api/documents', await postJson(base, { ...source, text }))
        if (answer.status === 201) {
          written++
          stored.set((JSON.parse(answer.body) as { id: string }).id, '')
        }
        return
      }
      const [route, path] = (reads[k % reads.length] as (k: number) => [string, string])(k)
      record(rec, 'load', `GET ${route}`, await call(base, path))
    })
    printPhase('load', rec.samples.get('load') ?? [], (performance.now() - loadStart) / 1000)
    // the articles written under load, as the server gives them back now
    for (const [id, body] of stored)
      if (body === '') stored.set(id, (await call(base, `/api/documents/${id}`)).body)

    // hostile: every query parameter and body field with every hostile string, traversal, malformed and heavy
    // bodies — while one reader keeps asking /api/health, to see whether a request stalls the others
    let hostileDone = false
    const health = (async () => {
      while (!hostileDone) {
        record(rec, 'health during hostile', 'GET /api/health', await call(base, '/api/health'))
        await new Promise((r) => setTimeout(r, 100))
      }
    })()
    const hostileStart = performance.now()
    const hostile: Array<() => Promise<void>> = []
    const id = ids[0] ?? 'x'
    const actor = encodeURIComponent(actorKeys[0] ?? 'x')
    for (const [route, params] of READ_ROUTES) {
      const path = route.replace(':id', route.startsWith('/api/actors') ? actor : id)
      for (const s of HOSTILE) {
        const value = encodeURIComponent(s)
        if (route.includes(':id'))
          hostile.push(async () => {
            const path = route.replace(':id', value)
            record(rec, 'hostile', `GET ${route} (id)`, await call(base, path), path)
          })
        for (const param of params)
          hostile.push(async () => {
            const q = param === 'q' ? '' : 'q=Maduro&'
            const query = route === '/api/search' ? `${q}${param}=${value}` : `${param}=${value}`
            record(
              rec,
              'hostile',
              `GET ${route} (query)`,
              await call(base, `${path}?${query}`),
              `${path}?${query}`,
            )
          })
      }
    }
    for (const field of ['text', 'html', 'url', 'published', 'outlet', 'uri'])
      for (const s of HOSTILE)
        hostile.push(async () => {
          const body =
            field === 'text' || field === 'html' || field === 'url'
              ? { [field]: s }
              : { text: `Scholz sagte in Berlin, die Lage sei ernst. ${s}`, [field]: s }
          const answer = record(
            rec,
            'hostile',
            'POST /api/documents (field)',
            await postJson(base, body),
            `POST ${field}=${JSON.stringify(s)}`,
          )
          if (answer.status === 201) stored.set((JSON.parse(answer.body) as { id: string }).id, '')
        })
    for (const path of TRAVERSALS)
      hostile.push(async () => {
        const answer = record(rec, 'hostile', 'GET traversal', await call(base, path), path)
        if (LEAKED.test(answer.body)) failures.push(`traversal ${path} answered ${answer.status} with a file`)
      })
    for (const [name, body, type] of MALFORMED)
      hostile.push(async () => {
        const answer = record(
          rec,
          'hostile',
          'POST malformed',
          await call(base, '/api/documents', { method: 'POST', body, type }),
        )
        if (answer.status === 201) failures.push(`malformed body "${name}" was stored`)
      })
    // bounded: what is left after HOSTILE_SECONDS is skipped and counted
    const hostileUntil = performance.now() + HOSTILE_SECONDS * 1000
    let next = 0
    await Promise.all(
      Array.from({ length: Math.min(workers, 4) }, async () => {
        while (next < hostile.length && performance.now() < hostileUntil)
          await (hostile[next++] as () => Promise<void>)()
      }),
    )
    if (next < hostile.length)
      failures.push(`${hostile.length - next} hostile requests skipped after ${HOSTILE_SECONDS} s`)
    // the heavy ones one at a time, each timed on its own line
    const heavy: Sample[] = []
    const busy: number[] = []
    for (const [name, build] of HEAVY) {
      const answer = await postJson(base, build())
      const code =
        typeof answer.status === 'number' && answer.status >= 400 ? errorCode(answer.body) : undefined
      heavy.push({ route: name, ms: answer.ms, status: answer.status, ...(code ? { code } : {}) })
      record(rec, 'hostile', 'POST heavy', answer, name)
      if (answer.status === 201) stored.set((JSON.parse(answer.body) as { id: string }).id, '')
      // a request the client gave up on may still hold the server: the next one starts when it answers again
      busy.push(await untilIdle(base))
    }
    hostileDone = true
    await health
    printPhase('hostile', rec.samples.get('hostile') ?? [], (performance.now() - hostileStart) / 1000)
    console.log('  heavy bodies, one at a time:')
    heavy.forEach((s, k) => {
      console.log(
        `    ${s.route.padEnd(38)} ${String(s.status).padStart(7)} ${s.code ?? ''}`.padEnd(72) +
          `${s.ms.toFixed(0).padStart(7)} ms` +
          ((busy[k] ?? 0) > 1000 ? `, server busy ${((busy[k] ?? 0) / 1000).toFixed(0)} s after` : ''),
      )
    })
    printPhase('health during hostile', rec.samples.get('health during hostile') ?? [])

    // integrity: every article stored is listed once and reads back as it was stored
    for (const [docId, body] of stored)
      if (body === '') stored.set(docId, (await call(base, `/api/documents/${docId}`)).body)
    let lost = 0
    let changed = 0
    for (const [docId, before] of stored) {
      const now = await call(base, `/api/documents/${docId}`)
      if (now.status !== 200) lost++
      else if (now.body !== before) changed++
    }
    const listed = new Set<string>()
    let listedRows = 0
    for (let cursor: string | null = ''; cursor !== null; ) {
      const page = JSON.parse(
        (await call(base, `/api/documents?limit=500${cursor ? `&cursor=${cursor}` : ''}`)).body,
      ) as { documents: Array<{ id: string }>; nextCursor: string | null }
      for (const d of page.documents) listed.add(d.id)
      listedRows += page.documents.length
      cursor = page.nextCursor
    }
    const missing = [...stored.keys()].filter((docId) => !listed.has(docId)).length
    const twice = listedRows - listed.size
    const unknown = [...listed].filter((docId) => !stored.has(docId)).length
    console.log(
      `\nintegrity: ${stored.size} articles stored (${corpus.length} seeded, ${written} under load, the rest hostile); ` +
        `${lost} lost, ${changed} changed, ${missing} missing from the list, ${twice} listed twice, ` +
        `${unknown} listed that no request stored`,
    )
    if (lost + changed + missing + twice + unknown > 0)
      failures.push('stored articles were lost, changed or duplicated')
    const all = [...rec.samples.values()].flat()
    // a refused private address answers as any failed fetch (502 LB_FETCH_FAILED): one error for every failure, so
    // the answer tells nothing of the inner network — the answer asked for, not a fault
    const refusedFetch = (s: Sample) => s.status === 502 && s.code === 'LB_FETCH_FAILED'
    const fivexx = all.filter((s) => typeof s.status === 'number' && s.status >= 500 && !refusedFetch(s))
    const stalled = all.filter((s) => s.status === 'timeout' || s.status === 'refused')
    const examples = (list: Sample[]) =>
      list
        .slice(0, 12)
        .map((s) => `\n    ${s.status} ${s.code ?? ''} ${s.request ?? s.route}`)
        .join('')
    if (fivexx.length > 0) failures.push(`${fivexx.length} answers 5xx, such as:${examples(fivexx)}`)
    if (stalled.length > 0)
      failures.push(`${stalled.length} requests timed out or were refused, such as:${examples(stalled)}`)
  } finally {
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
    rmSync(dir, { recursive: true, force: true })
  }
  const serverErrors = log
    .join('')
    .split('\n')
    .filter((l) => /"level":\s*50|"level":"error"/u.test(l)).length
  console.log(`server log: ${serverErrors} error lines`)
  if (failures.length > 0) {
    console.log(`FAILED:\n  ${failures.join('\n  ')}`)
    process.exitCode = 1
  } else console.log('nothing answered 5xx, no traversal reached a file, nothing stored was lost or changed')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.slice(2))
