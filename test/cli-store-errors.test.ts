import { execFile, execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'

const CLI = new URL('../bin/lagebild.js', import.meta.url).pathname
const FOUNDING = readFileSync(
  new URL('./fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
  'utf8',
)
const root = mkdtempSync(join(tmpdir(), 'lagebild-store-errors-'))
// the child runs as nobody when the tests run as root (root may write anywhere): it must read what we give it
chmodSync(root, 0o755)
const asRoot = process.getuid?.() === 0
const NOBODY = 65534

/** Runs `lagebild ARGS` in a child process, as an unprivileged user where the tests run as root. */
function lagebild(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { timeout: 120_000, ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}) },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    )
  })
}

/** A store with the founding article, made by this process, and a second article to ingest into it. */
function storeWithOneArticle(dir: string) {
  mkdirSync(dir, { recursive: true })
  const db = join(dir, 'store.sqlite')
  const article = join(root, `${dir.split('/').at(-1)}.txt`)
  writeFileSync(article, FOUNDING)
  execFileSync(process.execPath, [CLI, 'ingest', article, '--db', db], { stdio: 'ignore' })
  const next = join(root, `${dir.split('/').at(-1)}-next.txt`)
  writeFileSync(next, `${FOUNDING}\n\nEine spätere Fassung der Meldung.`)
  return { db, next }
}

function count(db: string): number {
  const reader = new Sqlite(db, { readonly: true })
  try {
    return (reader.prepare('select count(*) as n from documents').get() as { n: number }).n
  } finally {
    reader.close()
  }
}

describe('storage errors stop ingest with a code that says why', () => {
  it('a read-only database: exit 73 naming the file, and the store unchanged', async () => {
    const { db, next } = storeWithOneArticle(join(root, 'readonly'))
    chmodSync(db, 0o444)
    chmodSync(join(root, 'readonly'), 0o555)
    const { code, stderr } = await lagebild('ingest', next, '--db', db)
    expect(stderr).toContain('[LB_STORE_READONLY]')
    expect(stderr).toContain(db)
    expect(stderr).not.toMatch(/unexpected error/u)
    expect(code).toBe(73)
    expect(count(db)).toBe(1)
  })

  it('a folder the user may not write: exit 77 naming the file, nothing created', async () => {
    const dir = join(root, 'forbidden')
    mkdirSync(dir, { mode: 0o555 })
    chmodSync(dir, 0o555)
    writeFileSync(join(root, 'forbidden.txt'), FOUNDING)
    const db = join(dir, 'new.sqlite')
    const { code, stderr } = await lagebild('ingest', join(root, 'forbidden.txt'), '--db', db)
    expect(stderr).toContain('[LB_STORE_PERMISSION]')
    expect(stderr).toContain(db)
    expect(code).toBe(77)
    expect(existsSync(db)).toBe(false)
  })
})

// A full disk needs a file system that fills: a tiny tmpfs, which only root can mount (and only where the
// container allows it; elsewhere the error mapping's unit test covers SQLITE_FULL).
function mountTinyDisk(): string | undefined {
  if (!asRoot) return undefined
  const mountPoint = join(root, 'disk')
  mkdirSync(mountPoint)
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1200k,mode=1777', 'tmpfs', mountPoint], {
      stdio: 'ignore',
    })
    return mountPoint
  } catch {
    return undefined
  }
}
const disk = mountTinyDisk()
afterAll(() => {
  if (disk) execFileSync('umount', [disk])
})

describe('a full disk', () => {
  it.runIf(disk !== undefined)(
    'stops the batch at the first article that does not fit (exit 74), every stored article whole',
    async () => {
      const lines = Array.from({ length: 40 }, (_, i) =>
        JSON.stringify({ text: `${FOUNDING}\n\nMeldung ${i} der Serie.`, published: '2022-01-21' }),
      )
      const input = join(root, 'many.jsonl')
      writeFileSync(input, `${lines.join('\n')}\n`)
      const db = join(disk as string, 'full.sqlite')
      const { code, stdout, stderr } = await lagebild('ingest', input, '--db', db)
      expect(stderr).toContain('SQLITE_FULL')
      expect(stderr).toContain('[LB_STORE_FULL]')
      expect(stderr).not.toContain('cannot rollback')
      expect(code).toBe(74)
      // one article failed, then the batch stopped: not 30-odd failures of the same cause
      const summary = stdout.match(/^stopped: (\d+) new, 0 already stored, (\d+) failed/mu)
      expect(summary?.[2]).toBe('1')
      const stored = Number(summary?.[1])
      expect(stored).toBeGreaterThan(0)
      expect(stored).toBeLessThan(40)
      // what is stored is whole: each article with its search rows and actors, the file consistent
      const check = new Sqlite(db, { readonly: true })
      try {
        expect(check.pragma('integrity_check', { simple: true })).toBe('ok')
        const whole = (table: string) =>
          (check.prepare(`select count(distinct document_id) as n from ${table}`).get() as { n: number }).n
        expect(count(db)).toBe(stored)
        expect(whole('search_rows')).toBe(stored)
        expect(whole('actors')).toBe(stored)
        expect(whole('quotes')).toBe(stored)
      } finally {
        check.close()
      }
    },
    180_000,
  )
})
