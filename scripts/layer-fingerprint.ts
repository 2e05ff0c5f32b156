/**
 * `node --import tsx scripts/layer-fingerprint.ts OUT [--limit N]`: runs every stage over each text of the bench
 * corpus (bench/corpus.ts; ../shared/data or $LAGEBILD_DATA) and writes one line per text and layer: the sha256 of
 * JSON.stringify of that layer. Two runs (before and after a change that must not change results) are compared with
 * `diff`; the last line is a hash over all lines.
 */
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { loadBenchCorpus } from '../bench/corpus.ts'
import { createEnv } from '../src/document/index.ts'
import { analyzeText } from '../src/pipeline.ts'

const args = process.argv.slice(2)
const out = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit')
const limitArg = args.indexOf('--limit')
const limit = limitArg >= 0 ? Number(args[limitArg + 1]) : Number.POSITIVE_INFINITY
const env = createEnv()
const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16)
const lines: string[] = []
for (const article of loadBenchCorpus().slice(0, limit)) {
  const doc = analyzeText(article.text, article.published ? { published: article.published } : {}, env)
  const layers = doc.layers as Record<string, unknown>
  for (const name of Object.keys(layers).sort())
    lines.push(`${article.name}\t${name}\t${sha(JSON.stringify(layers[name]) ?? 'undefined')}`)
}
const total = sha(lines.join('\n'))
lines.push(`total\t${total}`)
if (out) writeFileSync(out, `${lines.join('\n')}\n`)
console.log(`${lines.length - 1} layer hashes, total ${total}`)
