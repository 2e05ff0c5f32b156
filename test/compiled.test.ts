import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isCompiledCurrent, sourceStamp, writeStamp } from '../bin/compiled.js'

/** A checkout with two sources, the configs and a dist/ stamped as built from them at time `at` (seconds). */
function checkout(at: number): string {
  const root = mkdtempSync(join(tmpdir(), 'lagebild-compiled-'))
  mkdirSync(join(root, 'src', 'text'), { recursive: true })
  mkdirSync(join(root, 'dist'))
  for (const file of [
    'src/index.ts',
    'src/text/tokenize.ts',
    'src/text/tokenize.test.ts',
    'tsconfig.json',
    'tsconfig.build.json',
    'package.json',
  ]) {
    writeFileSync(join(root, file), '')
    utimesSync(join(root, file), at, at)
  }
  writeStamp(sourceStamp(root), root)
  return root
}

describe('bin/compiled.js: when dist/ may run instead of src/', () => {
  it('runs dist/ built from the sources as they are', () => {
    expect(isCompiledCurrent(checkout(1_700_000_000))).toBe(true)
  })

  it('falls back to the sources after an edit, even one dated earlier (a restored file)', () => {
    const edited = checkout(1_700_000_000)
    utimesSync(join(edited, 'src/text/tokenize.ts'), 1_700_000_100, 1_700_000_100)
    expect(isCompiledCurrent(edited)).toBe(false)
    const restored = checkout(1_700_000_000)
    utimesSync(join(restored, 'src/index.ts'), 1_600_000_000, 1_600_000_000)
    utimesSync(join(restored, 'src/text/tokenize.ts'), 1_600_000_000, 1_600_000_000)
    utimesSync(join(restored, 'tsconfig.json'), 1_600_000_000, 1_600_000_000)
    utimesSync(join(restored, 'tsconfig.build.json'), 1_600_000_000, 1_600_000_000)
    utimesSync(join(restored, 'package.json'), 1_600_000_000, 1_600_000_000)
    expect(isCompiledCurrent(restored)).toBe(false)
  })

  it('falls back after a source is added or deleted, or a config changes, but not after a test changes', () => {
    const added = checkout(1_700_000_000)
    writeFileSync(join(added, 'src/text/split.ts'), '')
    utimesSync(join(added, 'src/text/split.ts'), 1_600_000_000, 1_600_000_000)
    expect(isCompiledCurrent(added)).toBe(false)
    const deleted = checkout(1_700_000_000)
    rmSync(join(deleted, 'src/text/tokenize.ts'))
    expect(isCompiledCurrent(deleted)).toBe(false)
    const configured = checkout(1_700_000_000)
    utimesSync(join(configured, 'tsconfig.build.json'), 1_700_000_100, 1_700_000_100)
    expect(isCompiledCurrent(configured)).toBe(false)
    const tested = checkout(1_700_000_000)
    utimesSync(join(tested, 'src/text/tokenize.test.ts'), 1_700_000_100, 1_700_000_100)
    expect(isCompiledCurrent(tested)).toBe(true)
  })

  it('falls back when nothing was built', () => {
    const bare = checkout(1_700_000_000)
    rmSync(join(bare, 'dist'), { recursive: true })
    expect(isCompiledCurrent(bare)).toBe(false)
  })
})
