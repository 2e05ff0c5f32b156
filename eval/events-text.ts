/**
 * `node --import tsx eval/events-text.ts SOURCE [--find WORDS]…` (or `npm run eval -- events-text SOURCE`):
 * prints an article's text exactly as the events scorer builds it (eval/events-gold.ts), one paragraph or line
 * at a time after its character offset, so a coder can copy evidence word for word. It runs nothing of the
 * pipeline and prints no system output: gold is coded from the text alone.
 *
 * SOURCE is one of
 * - a gold file (its `source` names the article),
 * - a path in the data folder: `spkatt2023-news/train/<file>.json`, `fundus-dach/de/DW.json` (page V1) or
 *   `fundus-dach/de/DW.json#V2`; a full path into the data folder works too,
 * - a source as JSON: `'{"corpus":"fundus-dach","file":"de/DW.json"}'`.
 * `--find WORDS` lists each whole-word occurrence of WORDS with its `nth` and offset.
 * `--check` (with a gold file) says which evidence and `also` mentions are not found in the text.
 */
import { existsSync, readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  dataDir,
  type GoldSource,
  loadGold,
  occurrences,
  type SourceText,
  sourceSchema,
  sourceText,
} from './events-gold.ts'

/** A gold file, a data path or a JSON source, read as a gold source. */
export function resolveSource(spec: string, data = dataDir()): { source: GoldSource; gold?: unknown } {
  if (spec.trim().startsWith('{')) return { source: sourceSchema.parse(JSON.parse(spec)) }
  const [pathPart, key] = spec.split('#') as [string, string | undefined]
  if (existsSync(pathPart)) {
    const raw = JSON.parse(readFileSync(pathPart, 'utf8')) as { source?: unknown }
    if (raw && typeof raw === 'object' && 'source' in raw)
      return { source: sourceSchema.parse(raw.source), gold: raw }
  }
  const inData = relative(resolve(data), resolve(data, pathPart)).split(/[\\/]/u)
  const [corpus, ...rest] = inData
  if (corpus === 'spkatt2023-news' && rest.length === 2)
    return { source: sourceSchema.parse({ corpus, split: rest[0], file: rest[1] }) }
  if (corpus === 'fundus-dach' && rest.length >= 2)
    return { source: sourceSchema.parse({ corpus, file: rest.join('/'), ...(key ? { key } : {}) }) }
  throw new Error(
    `not a gold file, nor spkatt2023-news/<split>/<file> or fundus-dach/<de|at>/<file> in ${data}: ${spec}`,
  )
}

/** The text as lines "@offset  paragraph", a paragraph being a run of text between line breaks. */
export function numberedParagraphs(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/[^\n]+/gu)) out.push(`@${String(m.index).padStart(6)}  ${m[0]}`)
  return out
}

function describe(source: SourceText): string {
  return `# ${source.label}${source.published ? `  published ${source.published}` : ''}  (${source.text.length} characters)`
}

export function main(args: string[]): void {
  const finds: string[] = []
  let check = false
  let spec: string | undefined
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string
    if (a === '--find') finds.push(args[++i] ?? '')
    else if (a === '--check') check = true
    else spec = a
  }
  if (!spec) {
    console.log(
      'usage: events-text <gold file | spkatt2023-news/<split>/<file> | fundus-dach/<de|at>/<file>[#V1] | JSON source> [--find WORDS] [--check]',
    )
    return
  }
  const { source, gold } = resolveSource(spec)
  const text = sourceText(source)
  console.log(describe(text))
  for (const line of numberedParagraphs(text.text)) console.log(line)
  for (const words of finds) {
    const found = occurrences(text.text, words)
    console.log(`\n--find ${JSON.stringify(words)}: ${found.length} whole-word occurrences`)
    found.forEach(([start], k) => {
      const context = text.text
        .slice(Math.max(0, start - 50), start + words.length + 50)
        .replace(/\s+/gu, ' ')
      console.log(`  nth ${k + 1} @${start}  …${context}…`)
    })
  }
  if (check) {
    if (!gold) console.log('\n--check needs a gold file')
    else
      try {
        const loaded = loadGold(gold, spec)
        const mentions = loaded.events.reduce((n, e) => n + e.mentions.length, 0)
        console.log(`\n--check: all ${loaded.events.length} events found (${mentions} mentions)`)
      } catch (error) {
        console.log(`\n--check: ${(error as Error).message}`)
        process.exitCode = 1
      }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  main(process.argv.slice(2))
