import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { stages } from '../src/pipeline.ts'
import { loadBenchCorpus, sharedDataDir } from './corpus.ts'
import { cellOf, type StageRow, timeStagesHere, timeStagesInChild, totalOf } from './stage-timing.ts'

/**
 * `npm run bench -- --scale [--timeout S] [--sizes 10k,100k,1m,4m]`: CPU ms per stage on one document made of real
 * articles, at 10 KB, 100 KB, 1 MB and 4 MB, and the growth per 10× step in size (issue 21: ≤ 12 for every stage,
 * 10 being linear). The articles are the news of the bench corpus (shared/data) when present, else the texts of
 * test/fixtures, joined by blank lines and repeated as often as the size needs.
 */

const SIZES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000, '4m': 4_000_000 }

function articleTexts(): string[] {
  if (existsSync(sharedDataDir())) {
    const news = loadBenchCorpus().filter((a) => a.name.startsWith('spkatt/') || a.name.startsWith('fundus/'))
    if (news.length > 0) return news.map((a) => a.text)
  }
  const golden = fileURLToPath(new URL('../test/fixtures/golden/', import.meta.url))
  return readdirSync(golden)
    .map((slug) => join(golden, slug, 'input.txt'))
    .filter(existsSync)
    .map((path) => readFileSync(path, 'utf8'))
}

/** Whole articles in corpus order (repeating when the corpus is too short) up to `bytes` of UTF-8, then cut. */
export function realText(bytes: number, texts = articleTexts()): string {
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const text = texts[i % texts.length] as string
    parts.push(text)
    size += Buffer.byteLength(text) + 2
  }
  const joined = parts.join('\n\n')
  // cut at the last paragraph break before the size, so the document ends with a whole article
  const cut = joined.lastIndexOf('\n\n', bytes)
  return cut > 0 ? joined.slice(0, cut) : joined
}

/** Growth of `b` over `a` scaled to a 10× step in size: 10 means linear, 100 quadratic. */
function perTenfold(a: number | undefined, b: number | undefined, aBytes = 0, bBytes = 0): string {
  if (a === undefined || b === undefined || aBytes === 0 || bBytes === 0) return '-'
  // CPU time under a millisecond is noise: a ratio over it says nothing
  if (a < 1) return '-'
  const exponent = Math.log(b / a) / Math.log(bBytes / aBytes)
  return (10 ** exponent).toFixed(1)
}

export async function main(args: string[]): Promise<void> {
  const childArg = args.indexOf('--child')
  if (childArg >= 0) {
    const bytes = SIZES[args[childArg + 1] ?? ''] ?? 0
    const texts = articleTexts()
    return timeStagesHere(realText(bytes, texts), { warmUp: realText(2_000, texts) })
  }
  const timeoutArg = args.indexOf('--timeout')
  const timeoutS = timeoutArg >= 0 ? Number(args[timeoutArg + 1]) : 300
  const sizesArg = args.indexOf('--sizes')
  const sizes = sizesArg >= 0 ? (args[sizesArg + 1] ?? '').split(',') : Object.keys(SIZES)
  const unknown = sizes.filter((s) => SIZES[s] === undefined)
  if (unknown.length > 0)
    throw new Error(`unknown size ${unknown.join(', ')}: choose from ${Object.keys(SIZES).join(', ')}`)
  const source = existsSync(sharedDataDir()) ? 'news of shared/data' : 'test/fixtures (no shared data)'
  console.log(`CPU ms per stage on real articles (${source}); "timeout": over ${timeoutS} s wall`)
  const columns = stages.map((s) => s.name)
  const header = [
    'size'.padEnd(10),
    'bytes'.padStart(9),
    'total'.padStart(9),
    ...columns.map((c) => c.padStart(10)),
  ]
  console.log(header.join(' '))
  const rows: StageRow[] = []
  for (const size of sizes) {
    const row = await timeStagesInChild(size, fileURLToPath(import.meta.url), ['--child', size], timeoutS)
    rows.push(row)
    console.log(
      [
        size.padEnd(10),
        String(row.bytes ?? '').padStart(9),
        totalOf(row).padStart(9),
        ...columns.map((c) => cellOf(row, c).padStart(10)),
      ].join(' '),
    )
  }
  console.log('growth per 10× in size (10 = linear; the goal is ≤ 12):')
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1] as StageRow
    const b = rows[i] as StageRow
    const total = (r: StageRow) => (r.failed ? undefined : [...r.ms.values()].reduce((x, y) => x + y, 0))
    console.log(
      [
        `${a.name}→${b.name}`.padEnd(10),
        ''.padStart(9),
        perTenfold(total(a), total(b), a.bytes, b.bytes).padStart(9),
        ...columns.map((c) => perTenfold(a.ms.get(c), b.ms.get(c), a.bytes, b.bytes).padStart(10)),
      ].join(' '),
    )
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.slice(2))
