import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { walkInputs } from './walk-inputs.ts'

const root = mkdtempSync(join(tmpdir(), 'lagebild-walk-'))
const FILES: [string, string][] = [
  ['b/orf.txt', 'Lawrow sagte, das Treffen sei offen gewesen.'],
  ['b/deep/standard.HTML', '<html><body><p>Blinken reiste nach Genf.</p></body></html>'],
  ['a.jsonl', '{"text": "Scholz reiste nach Kiew."}\n'],
  ['b/photo.jpg', 'not an article'],
  ['.git/HEAD', 'ref: refs/heads/main'],
  ['notes', 'Die NATO wies die Forderungen zurück.'],
]
for (const [path, content] of FILES) {
  mkdirSync(join(root, path, '..'), { recursive: true })
  writeFileSync(join(root, path), content)
}
symlinkSync(join(root, 'b'), join(root, 'b-again'))

const show = (paths: string[]) =>
  [...walkInputs(paths)].map((e) => {
    const p = relative(root, e.path)
    return 'error' in e ? `${p} !${e.error.code}` : 'ignored' in e ? `${p} ignored` : `${p} ${e.kind}`
  })

describe('walkInputs', () => {
  it('walks a folder recursively in name order, keeping articles, skipping hidden entries and other files', () => {
    // b-again is a link to b: walked once
    expect(show([root])).toEqual([
      'a.jsonl jsonl',
      'b/deep/standard.HTML html',
      'b/orf.txt text',
      'b/photo.jpg ignored',
      'notes ignored',
    ])
  })

  it('takes a named file as text whatever its name, and reports a missing path without stopping', () => {
    expect(show([join(root, 'notes'), join(root, 'missing.txt'), join(root, 'a.jsonl')])).toEqual([
      'notes text',
      'missing.txt !LB_INPUT_NOT_FOUND',
      'a.jsonl jsonl',
    ])
  })

  it('counts sizes in bytes for the progress bar', () => {
    const entry = [...walkInputs([join(root, 'b/orf.txt')])][0]
    expect(entry && 'bytes' in entry && entry.bytes).toBe(
      Buffer.byteLength('Lawrow sagte, das Treffen sei offen gewesen.'),
    )
  })
})
