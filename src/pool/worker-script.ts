import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { WorkerOptions } from 'node:worker_threads'

/**
 * How to start an analysis thread. Compiled (this module runs from dist/, as `lagebild` does when dist/ is current):
 * the compiled worker beside it. From source (tests, `node --import tsx`): the TypeScript worker, through a
 * bootstrap that registers tsx in the new thread first — Node 20 runs neither `--import` in a worker's execArgv nor
 * the parent's loader hooks before a worker's main module.
 */
export function analysisWorkerScript(): { script: URL | string; options: WorkerOptions } {
  const worker = new URL(`./analysis-worker${extensionOf(import.meta.url)}`, import.meta.url)
  if (worker.pathname.endsWith('.js')) return { script: worker, options: {} }
  const register = tsxRegisterUrl()
  return {
    script: `import(${JSON.stringify(register)}).then(({ register }) => { register(); return import(${JSON.stringify(worker.href)}) })`,
    options: { eval: true },
  }
}

function extensionOf(url: string): string {
  return url.slice(url.lastIndexOf('.'))
}

/** tsx's ESM `register` API, by the path its package exports it under for `import`. */
function tsxRegisterUrl(): string {
  const require = createRequire(import.meta.url)
  const manifest = require.resolve('tsx/package.json')
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } }>
  }
  const entry = pkg.exports['./esm/api']?.import?.default
  if (!entry) throw new Error('tsx has no ./esm/api export: the analysis workers cannot run from source')
  return pathToFileURL(join(dirname(manifest), entry)).href
}
