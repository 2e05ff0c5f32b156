import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { main } from '../src/cli/main.ts'

const BIN = new URL('../bin/lagebild.js', import.meta.url).pathname
const FOUNDING = readFileSync(
  new URL('./fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
  'utf8',
)
const root = mkdtempSync(join(tmpdir(), 'lagebild-interrupt-'))

// 30 distinct articles: each opens with its own line and carries the founding article's first paragraphs, so
// each takes a real analysis and none is a copy of another's text.
const BODY = FOUNDING.split('\n').slice(4, 12).join('\n')
const ARTICLES = Array.from(
  { length: 30 },
  (_, i) => `Bericht ${i + 1} aus Genf: Lawrow traf Blinken zum ${i + 1}. Mal.\n\n${BODY}`,
)
const escapeXml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')
const asHtml = (text: string) =>
  `<html><body><article>${text
    .split('\n\n')
    .map((p) => `<p>${escapeXml(p)}</p>`)
    .join('')}</article></body></html>`

function put(path: string, content: string) {
  const full = join(root, path)
  mkdirSync(join(full, '..'), { recursive: true })
  writeFileSync(full, content)
  return full
}

const INPUTS: Record<string, () => string> = {
  'a folder of text files': () => {
    for (const [i, text] of ARTICLES.entries()) put(`text/${String(i).padStart(2, '0')}.txt`, text)
    return join(root, 'text')
  },
  'a folder of HTML pages': () => {
    for (const [i, text] of ARTICLES.entries()) put(`html/${String(i).padStart(2, '0')}.html`, asHtml(text))
    return join(root, 'html')
  },
  'a JSONL file': () =>
    put('news.jsonl', ARTICLES.map((text) => JSON.stringify({ text, outlet: 'APA' })).join('\n')),
  'an RSS feed': () =>
    put(
      'feed.xml',
      `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Alpenblatt</title>${ARTICLES.map(
        (text, i) =>
          `<item><title>Bericht ${i + 1}</title><link>https://www.alpenblatt.at/${i}</link><content:encoded>${escapeXml(asHtml(text))}</content:encoded></item>`,
      ).join('')}</channel></rss>`,
    ),
}

/** Resolves once the child's standard error shows `marker`, and with its exit code when it ends. */
function started(child: ChildProcess, marker: string) {
  let stderr = ''
  let stdout = ''
  const ready = new Promise<void>((resolve) => {
    child.stderr?.on('data', (chunk) => {
      stderr += String(chunk)
      if (stderr.includes(marker)) resolve()
    })
  })
  child.stdout?.on('data', (chunk) => {
    stdout += String(chunk)
  })
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  )
  return { ready, exited }
}

async function runInProcess(...args: string[]) {
  let stdout = ''
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  try {
    const code = await main(['node', 'lagebild', ...args], (s) => {
      stdout += s
    })
    return { code, stdout }
  } finally {
    spy.mockRestore()
  }
}

describe('lagebild ingest, interrupted with Ctrl-C', () => {
  for (const [kind, make] of Object.entries(INPUTS)) {
    it(`stops after the articles in hand on ${kind}, exits 130, and a rerun stores the rest once`, async () => {
      const input = make()
      const db = join(root, `${kind.replace(/\W+/gu, '-')}.sqlite`)
      const args = kind === 'an RSS feed' ? ['--feed', input] : [input]
      const child = spawn(process.execPath, [BIN, 'ingest', ...args, '--db', db])
      const { ready, exited } = started(child, '30 items to ingest')
      await ready
      child.kill('SIGINT')
      const first = await exited
      expect(first.code).toBe(130)
      expect(first.stderr).toContain('stopping after the articles in hand')
      const stored = Number(/^interrupted: (\d+) new, 0 already stored, 0 failed/u.exec(first.stdout)?.[1])
      expect(stored).toBeGreaterThanOrEqual(1)
      expect(stored).toBeLessThan(ARTICLES.length)
      const exported = await runInProcess('export', '--db', db, '--format', 'jsonl')
      expect(exported.stdout.trim().split('\n')).toHaveLength(stored)

      const rerun = await runInProcess('ingest', ...args, '--db', db)
      // the articles share the founding article's paragraphs: the store groups them as one story
      expect(rerun.stdout).toMatch(
        new RegExp(
          `^${ARTICLES.length - stored} new, ${stored} already stored, 0 failed, .*\\(sqlite\\)\\n$`,
          'u',
        ),
      )
      expect(rerun.code).toBe(0)
    }, 90_000)
  }
})
