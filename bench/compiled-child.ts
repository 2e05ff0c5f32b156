import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

/**
 * A child process of the bench that runs the compiled code in dist/ (what `lagebild` runs), so that its CPU time and
 * peak RSS are its own and its threads run dist/ too. Prints one JSON line.
 *
 *   --mode memory --workers N   one German article and one English sentence, in-process (N = 0) or in a pool of N
 *   --mode ingest --workers N --input FILE --db FILE   `lagebild ingest FILE --workers N`
 */
const { values } = parseArgs({
  options: {
    mode: { type: 'string' },
    workers: { type: 'string', default: '1' },
    input: { type: 'string' },
    db: { type: 'string' },
  },
})
const dist = (path: string) => new URL(`../dist/${path}`, import.meta.url).href
const FOUNDING = readFileSync(
  new URL('../test/fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
  'utf8',
)
// the English lexicons load on the first English article
const ENGLISH =
  'Secretary of State Antony Blinken said on Friday in Geneva that talks with Russia would go on.'
const workers = Number(values.workers)
const cpuMs = () => {
  const used = process.cpuUsage()
  return (used.user + used.system) / 1000
}
const peakRssMb = () => process.resourceUsage().maxRSS / 1024

if (values.mode === 'memory') {
  if (workers === 0) {
    const { analyze } = (await import(dist('pipeline.js'))) as typeof import('../src/pipeline.ts')
    const { createEnv } = (await import(
      dist('document/index.js')
    )) as typeof import('../src/document/index.ts')
    const env = createEnv()
    analyze(FOUNDING, { published: '2022-01-21' }, env)
    analyze(ENGLISH, {}, env)
  } else {
    const { createAnalysisPool } = (await import(
      dist('pool/index.js')
    )) as typeof import('../src/pool/index.ts')
    const pool = createAnalysisPool({ workers })
    const each = Array.from({ length: workers })
    await Promise.all(each.map(() => pool.analyze(FOUNDING, { published: '2022-01-21' })))
    await Promise.all(each.map(() => pool.analyze(ENGLISH)))
    await pool.close()
  }
  console.log(JSON.stringify({ peakRssMb: peakRssMb() }))
} else if (values.mode === 'ingest') {
  if (!values.input || !values.db) throw new Error('--mode ingest needs --input and --db')
  const { ingest } = (await import(
    dist('cli/ingest-command.js')
  )) as typeof import('../src/cli/ingest-command.ts')
  const started = performance.now()
  const cpu = cpuMs()
  let summary = ''
  const code = await ingest(
    [values.input],
    { db: values.db, workers: String(workers), progressEvery: 1e9 },
    { write: (s) => (summary += s), stderr: { write: () => {} } },
  )
  console.log(
    JSON.stringify({
      code,
      summary: summary.trim(),
      wallMs: performance.now() - started,
      cpuMs: cpuMs() - cpu,
      peakRssMb: peakRssMb(),
    }),
  )
} else throw new Error('--mode memory|ingest')
