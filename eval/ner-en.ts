/**
 * `npm run eval -- ner-en [--file F] [--model M.bin] [--errors OUT.txt]`: the English tagger scored on outer chunks,
 * strict span and type, PER/ORG/LOC. With no option it scores the parts of its training corpora kept aside
 * (scripts/ner-en-data.ts: every fifth UNER English-EWT dev and MEANTIME document, GUM's dev documents) and ends with
 * the UNER figure (`ner-en F1=…`); `--file F` scores an IOB2 file (index, token, tag per line, as UNER writes them)
 * and ends with that file's figure.
 */
import { existsSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { type EnglishSplit, loadEnglishNerCorpus } from '../scripts/ner-en-data.ts'
import { createEnv } from '../src/document/index.ts'
import {
  type ChunkCounts,
  countChunks,
  loadEnglishNerModel,
  loadTaggerLexicon,
  prepareEnglishWords,
  prf,
  readGermEval,
  readModel,
  type TaggedSentence,
  tagWords,
} from '../src/entities/tagger/index.ts'
import { writeErrors } from './ner.ts'

const pct = (x: number) => (100 * x).toFixed(1).padStart(6)

function table(title: string, counts: Map<string, ChunkCounts>): number {
  console.log(`\n${title}\ntype          gold  pred    P      R      F1`)
  const types = [...counts.keys()].filter((t) => t !== '').sort()
  for (const type of [...types, '']) {
    const c = counts.get(type) as ChunkCounts
    const s = prf(c)
    console.log(
      `${(type || 'overall').padEnd(12)}${String(c.gold).padStart(6)}${String(c.predicted).padStart(6)}${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`,
    )
  }
  return prf(counts.get('') ?? { gold: 0, predicted: 0, correct: 0 }).f1
}

// UNER tags PER, ORG and LOC only: any other type a file carries is left out on both sides
const MAIN_TYPES = (type: string) => (type === 'PER' || type === 'ORG' || type === 'LOC' ? type : undefined)

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { file: { type: 'string' }, model: { type: 'string' }, errors: { type: 'string' } },
  })
  const env = createEnv()
  const model = values.model
    ? readModel(new URL(values.model, `file://${process.cwd()}/`)).model
    : loadEnglishNerModel(env)
  const lexicon = loadTaggerLexicon(env)
  const score = (title: string, sentences: readonly TaggedSentence[]): number => {
    const predicted = sentences.map((s) => tagWords(model, prepareEnglishWords(s.words, lexicon)))
    if (values.errors) writeErrors(values.errors, sentences, predicted)
    return table(
      `${title}: ${sentences.length} sentences`,
      countChunks(
        sentences.map((s) => s.tags),
        predicted,
        MAIN_TYPES,
      ),
    )
  }
  if (values.file) {
    const file = new URL(values.file, `file://${process.cwd()}/`)
    if (!existsSync(file)) throw new Error(`--file: ${file.pathname} does not exist`)
    const sentences = readGermEval(readFileSync(file, 'utf8'))
    if (sentences.length === 0)
      throw new Error(`--file: ${file.pathname} has no IOB2 sentences (index, token, tag per line)`)
    const f1 = score(file.pathname, sentences)
    console.log(`ner-en F1=${(100 * f1).toFixed(1)}`)
    return
  }
  const corpus = loadEnglishNerCorpus()
  const parts: Array<[string, EnglishSplit]> = [
    ['MEANTIME kept aside (every fifth article)', corpus.meantime],
    ['GUM dev documents (news and interviews)', corpus.gum],
    ['UNER English-EWT dev, every fifth document kept aside', corpus.uner],
  ]
  let f1 = 0
  for (const [title, split] of parts) f1 = score(title, split.heldOut)
  console.log(`ner-en F1=${(100 * f1).toFixed(1)}`)
}
