import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isCompiledCurrent } from '../bin/compiled.js'
import type { BenchArticle } from './corpus.ts'

/**
 * What the user waits for and what the cores give (issue 21, items 4, 7 and 8), each measured in child processes that
 * run the compiled code: `lagebild analyze` from start to printed result, peak RSS of one analysis and of pools of
 * 1–3 threads, and `ingest` of the same articles with 1 and 2 workers (rounds alternate, so a change in the machine's
 * load falls on both). The machine's load average is printed beside each: on a shared machine the wall-clock figures
 * move with it, the CPU-second figures much less.
 */

const BIN = fileURLToPath(new URL('../bin/lagebild.js', import.meta.url))
const CHILD = fileURLToPath(new URL('./compiled-child.ts', import.meta.url))
const FOUNDING = fileURLToPath(
  new URL('../test/fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
)

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')

/** "min / median / max" of a list of numbers. */
export function spread(values: number[], digits = 1): string {
  const sorted = [...values].sort((a, b) => a - b)
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN
  return [sorted[0], median, sorted[sorted.length - 1]]
    .map((v) => (v ?? Number.NaN).toFixed(digits))
    .join(' / ')
}

function runChild(args: string[]): Record<string, unknown> {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CHILD, ...args], { encoding: 'utf8' })
  const line = result.stdout.trim().split('\n').pop() ?? ''
  if (result.status !== 0 || !line.startsWith('{'))
    throw new Error(`bench child ${args.join(' ')} failed: ${result.stderr.trim().slice(-500)}`)
  return JSON.parse(line) as Record<string, unknown>
}

function startUp(rounds: number): void {
  const walls: number[] = []
  for (let r = 0; r < rounds; r++) {
    const started = performance.now()
    const result = spawnSync(
      process.execPath,
      [BIN, 'analyze', FOUNDING, '--published', '2022-01-21', '--json'],
      {
        encoding: 'utf8',
      },
    )
    if (result.status !== 0) throw new Error(`lagebild analyze failed: ${result.stderr}`)
    walls.push(performance.now() - started)
  }
  console.log(
    `start-up to first result (lagebild analyze on the founding article, wall ms, min / median / max of ${rounds}): ${spread(walls, 0)}  [load ${load()}]`,
  )
}

function memory(): void {
  const peak = (workers: number) =>
    runChild(['--mode', 'memory', '--workers', String(workers)]).peakRssMb as number
  const [alone, ...pools] = [0, 1, 2, 3].map(peak) as [number, ...number[]]
  const extra = pools.slice(1).map((mb, i) => (mb - (pools[i] as number)).toFixed(0))
  console.log(
    `peak RSS: one analysis with the German and English lexicons ${alone.toFixed(0)} MB; a pool of 1, 2, 3 threads ${pools.map((mb) => mb.toFixed(0)).join(', ')} MB (each extra thread +${extra.join(', +')} MB)`,
  )
}

function ingestRounds(articles: BenchArticle[], rounds: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-bench-ingest-'))
  try {
    const input = join(dir, 'articles.jsonl')
    writeFileSync(
      input,
      articles
        .map((a) => JSON.stringify({ text: a.text, ...(a.published ? { published: a.published } : {}) }))
        .join('\n'),
    )
    const runs = new Map<number, Array<{ wallMs: number; cpuMs: number; peakRssMb: number }>>([
      [1, []],
      [2, []],
    ])
    console.log(
      `ingest of ${articles.length} articles into a new SQLite file, ${rounds} rounds; load before: ${load()}`,
    )
    for (let r = 0; r < rounds; r++)
      for (const [workers, list] of runs) {
        const db = join(dir, `r${r}-w${workers}.sqlite`)
        const run = runChild(['--mode', 'ingest', '--workers', String(workers), '--input', input, '--db', db])
        if (run.code !== 0) throw new Error(`ingest ended with ${run.code}: ${run.summary}`)
        list.push(run as { wallMs: number; cpuMs: number; peakRssMb: number })
      }
    const medians = new Map<number, number>()
    for (const [workers, list] of runs) {
      const perSecond = list.map((run) => articles.length / (run.wallMs / 1000))
      const perCpuSecond = list.map((run) => articles.length / (run.cpuMs / 1000))
      medians.set(workers, Number(spread(perSecond, 3).split(' / ')[1]))
      console.log(
        `  ${workers} worker${workers > 1 ? 's' : ' '}: ${spread(perSecond)} articles/s wall, ${spread(perCpuSecond)} per CPU-second (min / median / max; start-up included), peak RSS ${spread(
          list.map((run) => run.peakRssMb),
          0,
        )} MB`,
      )
    }
    const ratio = (medians.get(2) as number) / (medians.get(1) as number)
    console.log(`  2 workers / 1 worker, median articles/s: ${ratio.toFixed(2)}×  [load after: ${load()}]`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** `npm run bench` (after the in-process figures) and `npm run bench -- --parallel [--rounds N] [--ingest-articles N]`. */
export function parallelReport(corpus: BenchArticle[], args: string[]): void {
  if (!isCompiledCurrent()) {
    console.log('start-up, memory and ingest figures skipped: dist/ is not current (npm run build)')
    return
  }
  const option = (name: string, fallback: number) => {
    const i = args.indexOf(name)
    const value = i >= 0 ? Number(args[i + 1]) : fallback
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name}: give a whole number from 1`)
    return value
  }
  const rounds = option('--rounds', 3)
  startUp(rounds)
  memory()
  // the news first: the articles ingest is for
  ingestRounds(corpus.slice(0, option('--ingest-articles', 100)), rounds)
}
