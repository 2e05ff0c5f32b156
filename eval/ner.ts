/**
 * `npm run eval -- ner [--cv] [--file F] [--model M.bin] [--errors OUT.txt]`: the tagger scored on outer chunks with
 * strict span and type. The twelve GermEval types count separately (the official outer-chunk measure: -deriv and -part
 * are types of their own); the product's four types (-deriv/-part → OTH) are shown below.
 *
 * The shipped model trains on all of GermEval's train.tsv and dev.tsv, so no file we hold is unseen by it: our measure
 * is k-fold cross-validation over those sentences. With no option this prints the model's cross-validated score (from
 * models/ner-de.json, computed when it was trained) and ends with `ner F1=xx.x` (that figure); `--cv` computes it again
 * (several minutes: one ensemble per fold); `--file F` scores F with the shipped model (or `--model`) and ends with
 * that file's figure: for a file the model never saw, such as the held-out part of GermEval's test set.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { crossValidate, loadNerCorpus, sentencePreparer } from '../scripts/ner-training.ts'
import { createEnv } from '../src/document/index.ts'
import {
  type ChunkCounts,
  chunksOf,
  countChunks,
  dictionaryNouns,
  entityType,
  loadNerModel,
  loadTaggerLexicon,
  prepareWords,
  prf,
  readGermEval,
  readModel,
  type TaggedSentence,
  tagWords,
} from '../src/entities/tagger/index.ts'
import { loadGermanLexicon } from '../src/text/index.ts'

const MODEL = new URL('../models/ner-de.bin', import.meta.url)

/** One line per sentence with a wrong chunk: the words with gold [type …] and predicted {type …} brackets. */
export function writeErrors(
  path: string,
  sentences: readonly TaggedSentence[],
  predicted: readonly string[][],
): void {
  const lines: string[] = []
  sentences.forEach((s, k) => {
    const key = (c: { type: string; start: number; end: number }) => `${c.type}:${c.start}:${c.end}`
    const gold = chunksOf(s.tags)
    const guess = chunksOf(predicted[k] ?? [])
    const goldKeys = new Set(gold.map(key))
    const guessKeys = new Set(guess.map(key))
    const missed = gold.filter((c) => !guessKeys.has(key(c)))
    const wrong = guess.filter((c) => !goldKeys.has(key(c)))
    if (missed.length === 0 && wrong.length === 0) return
    const show = (c: { type: string; start: number; end: number }) =>
      `${c.type} ${s.words.slice(c.start, c.end).join(' ')}`
    lines.push(
      `${s.words.join(' ')}\n  missed: ${missed.map(show).join(' | ')}\n  wrong:  ${wrong.map(show).join(' | ')}`,
    )
  })
  writeFileSync(path, `${lines.join('\n')}\n`)
}

function table(title: string, counts: Map<string, ChunkCounts>): void {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6)
  console.log(`\n${title}\ntype          gold  pred    P      R      F1`)
  const types = [...counts.keys()].filter((t) => t !== '').sort()
  for (const type of [...types, '']) {
    const c = counts.get(type) as ChunkCounts
    const s = prf(c)
    const name = (type || 'overall').padEnd(12)
    console.log(
      `${name}${String(c.gold).padStart(6)}${String(c.predicted).padStart(6)}${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`,
    )
  }
}

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      file: { type: 'string' },
      model: { type: 'string' },
      errors: { type: 'string' },
      cv: { type: 'boolean', default: false },
    },
  })
  if (!values.file) {
    await crossValidated(values.cv === true)
    return
  }
  const file = new URL(values.file, `file://${process.cwd()}/`)
  const env = createEnv()
  const loadStart = performance.now()
  const model = values.model
    ? readModel(new URL(values.model, `file://${process.cwd()}/`)).model
    : loadNerModel(env)
  const loadMs = performance.now() - loadStart
  const lexicon = loadTaggerLexicon(env)
  const { nouns } = loadGermanLexicon()
  const sentences = readGermEval(readFileSync(file, 'utf8'))
  const tagStart = performance.now()
  const predicted = sentences.map((s) =>
    tagWords(model, prepareWords(s.words, dictionaryNouns(s.words, nouns), lexicon)),
  )
  const tagMs = performance.now() - tagStart
  const gold = sentences.map((s) => s.tags)
  if (values.errors) writeErrors(values.errors, sentences, predicted)
  console.log(
    `${file.pathname}: ${sentences.length} sentences; model loaded in ${loadMs.toFixed(0)} ms, tagged in ${tagMs.toFixed(0)} ms`,
  )
  table('GermEval outer chunks, twelve types (official)', countChunks(gold, predicted))
  table('four types (-deriv, -part → OTH)', countChunks(gold, predicted, entityType))
  table(
    'four main types only (-deriv, -part dropped)',
    countChunks(gold, predicted, (t) => (/deriv|part/u.test(t) ? undefined : t)),
  )
  const overall = prf(countChunks(gold, predicted).get('') ?? { gold: 0, predicted: 0, correct: 0 })
  console.log(`ner F1=${(100 * overall.f1).toFixed(1)}`)
}

const pct = (x: number) => (100 * x).toFixed(1)

/** The shipped model's cross-validated score, as recorded when it was trained, or computed again with its options. */
async function crossValidated(recompute: boolean): Promise<void> {
  const { meta } = readModel(MODEL)
  const cv = meta.cv
  if (!cv)
    throw new Error('models/ner-de.json has no cross-validation record: retrain with npm run train -- ner')
  console.log(
    `models/ner-de.bin: trained on ${meta.data}; ${cv.folds}-fold cross-validation over its ${cv.sentences} GermEval sentences, ensembles of ${cv.ensemble}`,
  )
  console.log(
    `recorded ${meta.trainedOn}: P ${cv.precision.toFixed(1)} R ${cv.recall.toFixed(1)} F1 ${cv.f1.toFixed(1)}`,
  )
  if (!recompute) {
    console.log(`ner F1=${cv.f1.toFixed(1)}`)
    return
  }
  if (!cv.options)
    throw new Error('models/ner-de.json records no training options: retrain with npm run train -- ner')
  const again = crossValidate(loadNerCorpus(), sentencePreparer(), {
    ...cv.options,
    runs: cv.ensemble,
    folds: cv.folds,
  })
  console.log(
    `computed now: ${again.epochs} epochs, O share ${again.outsideShare}: P ${pct(again.precision)} R ${pct(again.recall)} F1 ${pct(again.f1)}`,
  )
  console.log(`ner F1=${pct(again.f1)}`)
}
