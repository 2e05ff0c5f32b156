// Whether dist/ (the compiled JavaScript `npm run build` makes) still matches src/. Plain JavaScript, because it
// decides whether anything needs compiling at all.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = new URL('..', import.meta.url).pathname
// what decides the output besides the sources
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json', 'package.json']
const stampPath = (root) => join(root, 'dist', '.source-stamp')

/**
 * The compiled sources and configs by count and newest modification time. A checkout, an edit or a deleted file
 * changes it; comparing it costs a directory walk, not a read of every file.
 */
export function sourceStamp(root = ROOT) {
  let count = 0
  let newest = 0
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) visit(path)
      else if (!entry.name.endsWith('.test.ts')) {
        count++
        newest = Math.max(newest, statSync(path).mtimeMs)
      }
    }
  }
  visit(join(root, 'src'))
  for (const config of CONFIGS) newest = Math.max(newest, statSync(join(root, config)).mtimeMs)
  return `${count} ${newest}`
}

/** dist/ was built from the sources as they are now. */
export function isCompiledCurrent(root = ROOT) {
  try {
    return readFileSync(stampPath(root), 'utf8') === sourceStamp(root)
  } catch {
    return false
  }
}

/** The build records the stamp it took before compiling, so an edit made meanwhile counts as newer. */
export function writeStamp(stamp, root = ROOT) {
  writeFileSync(stampPath(root), stamp)
}
