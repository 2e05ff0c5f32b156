/**
 * `npm run train -- ner-clusters [--classes 64,256,1024] [--min-count 2] [--iterations 15]`: learns word classes for the
 * NER tagger (exchange algorithm, `word-clusters.ts`) from raw German Wikinews text, the tokens of SpkAtt 2023's
 * `train/` and `unlabeled/` articles (texts CC BY 2.5; their annotations are not read; `dev/` is never read), and
 * writes models/ner-clusters.json: word → its class at each granularity.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { exchangeClusters } from '../src/entities/tagger/word-clusters.ts'

const DATA_DIR = process.env.LAGEBILD_DATA ?? new URL('../../shared/data/', import.meta.url).pathname
const OUT = new URL('../models/ner-clusters.json', import.meta.url)
const FOLDERS = ['train', 'unlabeled']

export function readWikinewsSentences(dataDir: string): { sentences: string[][]; articles: number } {
  const sentences: string[][] = []
  let articles = 0
  for (const folder of FOLDERS) {
    const dir = `${dataDir}/spkatt2023-news/${folder}`
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const article = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as {
        Sentences: Array<{ Tokens: string[] }>
      }
      for (const s of article.Sentences) sentences.push(s.Tokens)
      articles++
    }
  }
  return { sentences, articles }
}

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      classes: { type: 'string', default: '64,256,1024' },
      'min-count': { type: 'string', default: '2' },
      iterations: { type: 'string', default: '15' },
      seed: { type: 'string', default: '2014' },
    },
  })
  const granularities = (values.classes as string).split(',').map(Number)
  if (granularities.some((k) => !Number.isInteger(k) || k < 2))
    throw new Error(`--classes takes whole numbers ≥ 2 separated by commas, got ${values.classes}`)
  const minCount = Number(values['min-count'])
  const { sentences, articles } = readWikinewsSentences(DATA_DIR)
  console.log(`${articles} articles, ${sentences.length} sentences, ${sentences.flat().length} tokens`)
  const words = new Map<string, number[]>()
  for (const classes of granularities) {
    const started = performance.now()
    const clusters = exchangeClusters(sentences, {
      classes,
      minCount,
      iterations: Number(values.iterations),
      seed: Number(values.seed),
    })
    for (const [word, c] of clusters) words.set(word, [...(words.get(word) ?? []), c])
    console.log(
      `${classes} classes over ${clusters.size} words in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    )
  }
  const out = {
    format: 'lagebild-ner-clusters@1',
    classes: granularities,
    command: `npm run train -- ner-clusters ${args.join(' ')}`.trim(),
    data: `German Wikinews (CC BY 2.5): the tokens of ${articles} articles of SpkAtt 2023 train/ and unlabeled/ (texts only)`,
    words: Object.fromEntries([...words].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
  }
  writeFileSync(OUT, `${JSON.stringify(out)}\n`)
  console.log(`wrote ${OUT.pathname} (${words.size} words)`)
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2))
