/**
 * `npm run train -- ner-en [--epochs 12] [--bits 20] [--seed 2014] [--dropout 0.2] [--ensemble 3] [--folds 5]
 * [--cv-ensemble n] [--corpora uner,gum]`: trains the English named-entity tagger (the German tagger's model family: an
 * averaged structured perceptron over hashed features) on the training parts of UNER English-EWT dev and GUM
 * news/interviews (and MEANTIME if named; scripts/ner-en-data.ts); k-fold cross-validation over those sentences
 * (blocks of each corpus in turn) picks the epoch count and the O-bias shift.
 * The parts kept aside are scored once at the end and recorded in models/ner-en.json beside the command and the data.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { createEnv } from '../src/document/index.ts'
import {
  countChunks,
  encodeModel,
  loadTaggerLexicon,
  type NerModel,
  type NerModelMeta,
  prepareEnglishWords,
  prf,
  type TaggedSentence,
  tagWords,
} from '../src/entities/tagger/index.ts'
import { EN_LABELS, loadEnglishNerCorpus } from './ner-en-data.ts'
import {
  crossValidate,
  trainEnsemble,
  trainingArgs,
  trainingOptions,
  withOutsideShift,
} from './ner-training.ts'

const MODEL = new URL('../models/ner-en.bin', import.meta.url)

const SOURCES: Record<string, string> = {
  uner: 'Universal NER English-EWT dev (CC BY-SA 4.0, share-alike)',
  gum: 'GUM news and interviews (annotations CC BY 4.0, Wikinews texts CC BY 2.5)',
  meantime: 'NewsReader MEANTIME English (CC BY 4.0)',
}

export function englishPreparer() {
  const lexicon = loadTaggerLexicon(createEnv())
  return (s: TaggedSentence) => prepareEnglishWords(s.words, lexicon)
}

/** Strict-span P/R/F1 of a model over sentences, in percent. */
export function scoreSentences(
  model: NerModel,
  sentences: readonly TaggedSentence[],
  prepare: (s: TaggedSentence) => ReturnType<typeof prepareEnglishWords>,
): { precision: number; recall: number; f1: number } {
  const counts = countChunks(
    sentences.map((s) => s.tags),
    sentences.map((s) => tagWords(model, prepare(s))),
  ).get('') ?? { gold: 0, predicted: 0, correct: 0 }
  const s = prf(counts)
  const pct = (x: number) => Number((100 * x).toFixed(2))
  return { precision: pct(s.precision), recall: pct(s.recall), f1: pct(s.f1) }
}

/**
 * Blocks of 25 sentences taken from each corpus in turn, so every cross-validation fold (a contiguous block) holds
 * all of them: folds of one corpus each picked two epochs, the best for a corpus the others do not resemble.
 */
function interleave(corpora: readonly TaggedSentence[][]): TaggedSentence[] {
  const out: TaggedSentence[] = []
  for (let from = 0; corpora.some((c) => from < c.length); from += 25)
    for (const c of corpora) out.push(...c.slice(from, from + 25))
  return out
}

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      ...trainingArgs('20'),
      // MEANTIME marks only some names of an article (those its events and coreference chains need): trained on, it
      // teaches the model to leave names out (UNER kept aside 61.5 with it, 63.8 without; one run each)
      corpora: { type: 'string', default: 'uner,gum' },
    },
  })
  const options = trainingOptions(values)
  const out = values.out ? new URL(values.out, `file://${process.cwd()}/`) : MODEL
  const started = performance.now()
  const log = (line: string) =>
    console.log(`${line} (${((performance.now() - started) / 1000).toFixed(0)} s)`)

  const corpus = loadEnglishNerCorpus()
  const chosen = new Set(values.corpora.split(','))
  for (const name of chosen)
    if (!(name in corpus)) throw new Error(`--corpora: unknown corpus "${name}" (uner, gum, meantime)`)
  const train = interleave(
    Object.entries(corpus)
      .filter(([name]) => chosen.has(name))
      .map(([, split]) => split.train),
  )
  const prepare = englishPreparer()
  console.log(
    `train: UNER ${corpus.uner.train.length}, GUM ${corpus.gum.train.length}, MEANTIME ${corpus.meantime.train.length} sentences; kept aside ${corpus.uner.heldOut.length} / ${corpus.gum.heldOut.length} / ${corpus.meantime.heldOut.length}`,
  )
  const cv = crossValidate(
    { germeval: train, own: [], labels: EN_LABELS },
    prepare,
    { ...options, runs: options.cvRuns },
    log,
  )
  log(
    `${options.folds}-fold CV: ${cv.epochs} epochs, O share ${cv.outsideShare}: P ${(100 * cv.precision).toFixed(2)} R ${(100 * cv.recall).toFixed(2)} F1 ${(100 * cv.f1).toFixed(2)}`,
  )
  const index = new Map(EN_LABELS.map((l, i) => [l, i]))
  const data = train.map((s) => ({ sentence: prepare(s), gold: s.tags.map((t) => index.get(t) ?? 0) }))
  const models = trainEnsemble(data, EN_LABELS, { ...options, epochs: cv.epochs }, log)
  const { model, shift } = withOutsideShift(models[cv.epochs - 1] as NerModel, cv.outsideShare)
  const heldOut = {
    uner: scoreSentences(model, corpus.uner.heldOut, prepare),
    gum: scoreSentences(model, corpus.gum.heldOut, prepare),
    meantime: scoreSentences(model, corpus.meantime.heldOut, prepare),
  }
  log(`kept aside: ${JSON.stringify(heldOut)}`)

  const { bin, scale } = encodeModel(model)
  const pct = (x: number) => Number((100 * x).toFixed(2))
  const meta: NerModelMeta = {
    format: 'lagebild-ner-perceptron@2',
    labels: EN_LABELS,
    bits: options.bits,
    scale,
    seed: options.seed,
    epochs: cv.epochs,
    command: `npm run train -- ner-en ${args.join(' ')}`.trim(),
    data: `training parts of ${[...chosen].map((name) => SOURCES[name] ?? name).join('; ')}; kept aside and never trained on: every fifth UNER and MEANTIME document, GUM's dev documents`,
    trainedOn: new Date().toISOString().slice(0, 10),
    outsideBias: Number(shift.toFixed(3)),
    cv: {
      folds: cv.folds,
      sentences: train.length,
      ensemble: options.cvRuns,
      precision: pct(cv.precision),
      recall: pct(cv.recall),
      f1: pct(cv.f1),
      options: { bits: options.bits, epochs: options.epochs, seed: options.seed, dropout: options.dropout },
    },
    heldOut,
  }
  writeFileSync(out, bin)
  writeFileSync(new URL(out.href.replace(/\.bin$/u, '.json')), `${JSON.stringify(meta, null, 2)}\n`)
  log(`wrote ${out.pathname} (${(bin.length / 1e6).toFixed(2)} MB)`)
}
