/**
 * Helps annotate German Wikinews sentences for the NER tagger (eval/gold/ner/GUIDELINE.md):
 *
 *   node --import tsx scripts/ner-annotate.ts export --phase 0 --skip 0 --articles 20 --first 0 --sentences 6 --out /tmp/batch.txt
 *     the first sentences of every tenth article (from the `phase`th) of SpkAtt's train/ texts, one a line, with the shipped tagger's guess
 *     in brackets ("[PER Angela Merkel] besuchte [LOC Paris] ."), each after a "# source" line, to be corrected by hand
 *   node --import tsx scripts/ner-annotate.ts export --folder unlabeled --plain --articles 148 --first 0 --sentences 4 --out /tmp/batch.txt
 *     the same from SpkAtt's unlabeled/ texts, and with `--plain` the bare tokens, to be marked from scratch
 *   node --import tsx scripts/ner-annotate.ts import /tmp/batch.txt --out eval/gold/ner/wikinews-01.tsv
 *     the corrected lines in GermEval's format; each line's words must be its source sentence's tokens
 *   node --import tsx scripts/ner-annotate.ts check [--model M.bin]
 *     the second pass: the cases in our sentences to read again (see the guide)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { fromBrackets, toBrackets } from '../eval/ner-brackets.ts'
import { createEnv } from '../src/document/index.ts'
import {
  chunksOf,
  dictionaryNouns,
  lexicalFacts,
  loadNerModel,
  loadTaggerLexicon,
  prepareWords,
  readGermEval,
  readModel,
  tagWords,
} from '../src/entities/tagger/index.ts'
import { loadGermanLexicon } from '../src/text/index.ts'

const DATA_DIR = process.env.LAGEBILD_DATA ?? new URL('../../shared/data/', import.meta.url).pathname
const OWN_GOLD = new URL('../eval/gold/ner/', import.meta.url)
/** SpkAtt's folders whose texts we may annotate; `dev/` is never read */
const TEXT_FOLDERS = ['train', 'unlabeled'] as const
type TextFolder = (typeof TEXT_FOLDERS)[number]

type Article = { Sentences: Array<{ Tokens: string[] }> }

function exportBatch(
  folder: TextFolder,
  phase: number,
  skip: number,
  articles: number,
  first: number,
  perArticle: number,
  plain: boolean,
  out: string,
): void {
  const dir = `${DATA_DIR}/spkatt2023-news/${folder}`
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .filter((_, i) => i % 10 === phase)
    .slice(skip, skip + articles)
  const env = createEnv()
  const model = loadNerModel(env)
  const lexicon = loadTaggerLexicon(env)
  const { nouns } = loadGermanLexicon()
  const lines: string[] = []
  for (const file of files) {
    const article = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Article
    const source = file.replace(/\.json$/u, '')
    article.Sentences.slice(first, first + perArticle).forEach((s, i) => {
      const k = first + i
      // a token with a bracket or a space could not be read back
      if (s.Tokens.length < 3 || s.Tokens.some((t) => /[[\]\s]/u.test(t))) return
      const tags = plain
        ? s.Tokens.map(() => 'O')
        : tagWords(model, prepareWords(s.Tokens, dictionaryNouns(s.Tokens, nouns), lexicon))
      lines.push(`# ${source} | sentence ${k}`, toBrackets(s.Tokens, tags))
    })
  }
  writeFileSync(out, `${lines.join('\n')}\n`)
  console.log(`${lines.length / 2} sentences of ${files.length} articles → ${out}`)
}

/** The tokens of the sentence a "# <file> | sentence k" line names, from train/ or unlabeled/. */
function sourceTokens(source: string): string[] {
  const m = /^# (.+) \| sentence (\d+)$/u.exec(source)
  if (!m) throw new Error(`not a source line ("# <article file> | sentence k"): ${source}`)
  for (const folder of TEXT_FOLDERS) {
    const path = `${DATA_DIR}/spkatt2023-news/${folder}/${m[1]}.json`
    if (!existsSync(path)) continue
    const tokens = (JSON.parse(readFileSync(path, 'utf8')) as Article).Sentences[Number(m[2])]?.Tokens
    if (tokens) return tokens
  }
  throw new Error(`no such sentence in spkatt2023-news/${TEXT_FOLDERS.join(' or ')}: ${source}`)
}

function importBatch(file: string, out: string): void {
  const blocks: string[] = []
  let source = ''
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#')) {
      source = line
      continue
    }
    if (line.trim() === '') continue
    const { words, tags } = fromBrackets(line)
    // a word changed while marking names would train on text that is not the article's
    const tokens = sourceTokens(source)
    if (tokens.join(' ') !== words.join(' '))
      throw new Error(
        `the words differ from the source's tokens (${source}):\n  ${line}\n  ${tokens.join(' ')}`,
      )
    blocks.push(`${source}\n${words.map((w, i) => `${i + 1}\t${w}\t${tags[i]}\tO`).join('\n')}`)
  }
  writeFileSync(out, `${blocks.join('\n\n')}\n`)
  console.log(`${blocks.length} sentences → ${out}`)
}

function check(modelPath: string | undefined): void {
  const files = readdirSync(OWN_GOLD).filter((f) => f.endsWith('.tsv'))
  const sentences = files.flatMap((f) => readGermEval(readFileSync(new URL(f, OWN_GOLD), 'utf8')))
  const env = createEnv()
  const lexicon = loadTaggerLexicon(env)
  const { nouns } = loadGermanLexicon()
  const model = modelPath
    ? readModel(new URL(modelPath, `file://${process.cwd()}/`)).model
    : loadNerModel(env)
  // 1. a token string tagged more than one way
  const seen = new Map<string, Map<string, number>>()
  for (const s of sentences)
    s.words.forEach((w, i) => {
      const type = (s.tags[i] as string).replace(/^[BI]-/u, '')
      const m = seen.get(w) ?? new Map<string, number>()
      m.set(type, (m.get(type) ?? 0) + 1)
      seen.set(w, m)
    })
  for (const [w, m] of seen)
    if (m.size > 1 && /^\p{Lu}/u.test(w))
      console.log(`varies  ${w}: ${[...m].map(([t, c]) => `${t}×${c}`).join(' ')}`)
  for (const s of sentences) {
    const noun = dictionaryNouns(s.words, nouns)
    const facts = lexicalFacts(s.words, noun, lexicon)
    // 2. a capitalised non-noun left O that the lexicons know as a name
    s.words.forEach((w, i) => {
      if (s.tags[i] !== 'O' || i === 0 || noun[i] || !/^\p{Lu}\p{Ll}/u.test(w)) return
      const known = (facts[i] ?? []).filter((f) => /^(gz|gzs|sn|gn)(=|$)/u.test(f))
      if (known.length > 0) console.log(`left O  ${w} (${known.join(' ')}): ${s.words.join(' ')}`)
    })
    // 3. where a model disagrees
    const guess = tagWords(model, prepareWords(s.words, noun, lexicon))
    const key = (c: { type: string; start: number; end: number }) => `${c.type}:${c.start}:${c.end}`
    const gold = new Set(chunksOf(s.tags).map(key))
    const predicted = new Set(chunksOf(guess).map(key))
    if ([...gold].some((k) => !predicted.has(k)) || [...predicted].some((k) => !gold.has(k)))
      console.log(
        `differs ours:  ${toBrackets(s.words, s.tags)}\n        model: ${toBrackets(s.words, guess)}`,
      )
  }
}

const [command, ...rest] = process.argv.slice(2)
const { values, positionals } = parseArgs({
  args: rest,
  allowPositionals: true,
  options: {
    folder: { type: 'string', default: 'train' },
    plain: { type: 'boolean', default: false },
    phase: { type: 'string', default: '0' },
    skip: { type: 'string', default: '0' },
    first: { type: 'string', default: '0' },
    articles: { type: 'string', default: '20' },
    sentences: { type: 'string', default: '6' },
    out: { type: 'string' },
    model: { type: 'string' },
  },
})
const folder = values.folder as TextFolder
if (!TEXT_FOLDERS.includes(folder)) {
  console.error(`--folder must be one of ${TEXT_FOLDERS.join(', ')}, got ${values.folder}`)
  process.exit(2)
}
if (command === 'export' && values.out)
  exportBatch(
    folder,
    Number(values.phase),
    Number(values.skip),
    Number(values.articles),
    Number(values.first),
    Number(values.sentences),
    values.plain,
    values.out,
  )
else if (command === 'import' && positionals[0] && values.out) importBatch(positionals[0], values.out)
else if (command === 'check') check(values.model)
else {
  console.error(
    'usage: ner-annotate.ts export --out F [--folder train|unlabeled --plain --phase N --skip N --articles N --sentences N] | import F --out T | check',
  )
  process.exit(2)
}
