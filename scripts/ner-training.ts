/**
 * What `npm run train -- ner` and `npm run eval -- ner --cv` share: the training sentences (GermEval 2014 train.tsv and
 * dev.tsv, and our own annotated Wikinews sentences in eval/gold/ner/), an ensemble of averaged perceptrons, and k-fold
 * cross-validation over GermEval's sentences that picks the epoch count and the O-bias shift.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createEnv } from '../src/document/index.ts'
import {
  type ChunkCounts,
  countChunks,
  dictionaryNouns,
  hashFeature,
  loadTaggerLexicon,
  type NerModel,
  type PreparedSentence,
  prepareWords,
  prf,
  readGermEval,
  type TaggedSentence,
  type TrainingSentence,
  tagWords,
  trainPerceptron,
} from '../src/entities/tagger/index.ts'
import { loadGermanLexicon } from '../src/text/index.ts'

const DATA_DIR = process.env.LAGEBILD_DATA ?? new URL('../../shared/data/', import.meta.url).pathname
const OWN_GOLD = new URL('../eval/gold/ner/', import.meta.url)

export interface NerCorpus {
  /** GermEval 2014 train.tsv then dev.tsv: cross-validation holds out folds of these */
  germeval: TaggedSentence[]
  /** our own annotated Wikinews sentences (eval/gold/ner/*.tsv): always trained on, never scored */
  own: TaggedSentence[]
  labels: string[]
}

/** `withOwn: false` leaves our own sentences out (to measure what they add). */
export function loadNerCorpus(withOwn = true): NerCorpus {
  const read = (file: string) => readGermEval(readFileSync(`${DATA_DIR}/germeval2014/${file}`, 'utf8'))
  const germeval = [...read('train.tsv'), ...read('dev.tsv')]
  const own =
    withOwn && existsSync(OWN_GOLD)
      ? readdirSync(OWN_GOLD)
          .filter((f) => f.endsWith('.tsv'))
          .sort()
          .flatMap((f) => readGermEval(readFileSync(new URL(f, OWN_GOLD), 'utf8')))
      : []
  const types = [
    ...new Set([...germeval, ...own].flatMap((s) => s.tags.filter((t) => t !== 'O').map((t) => t.slice(2)))),
  ].sort()
  return { germeval, own, labels: ['O', ...types.flatMap((t) => [`B-${t}`, `I-${t}`])] }
}

/** Prepares sentences with the shipped lexicons, as the pipeline does (GermEval has no noun flags: the dictionary's). */
export function sentencePreparer(): (s: TaggedSentence) => PreparedSentence {
  const env = createEnv()
  const lexicon = loadTaggerLexicon(env)
  const { nouns } = loadGermanLexicon()
  return (s) => prepareWords(s.words, dictionaryNouns(s.words, nouns), lexicon)
}

export interface EnsembleOptions {
  bits: number
  epochs: number
  seed: number
  runs: number
  dropout: number
}

/**
 * Trains `runs` perceptrons (seeds seed … seed + runs − 1) for `epochs` epochs and returns, for every epoch, the mean of
 * the runs' averaged weights after that epoch: one run depends on its shuffle by ±0.5 F1, the mean of a few does not.
 */
export function trainEnsemble(
  data: readonly TrainingSentence[],
  labels: readonly string[],
  options: EnsembleOptions,
  log: (line: string) => void = () => {},
): NerModel[] {
  const size = (1 << options.bits) + labels.length
  const sums = Array.from({ length: options.epochs }, () => new Float32Array(size))
  for (let run = 0; run < options.runs; run++) {
    trainPerceptron(data, labels, {
      bits: options.bits,
      epochs: options.epochs,
      seed: options.seed + run,
      dropout: options.dropout,
      evaluate: (model, epoch) => {
        const sum = sums[epoch - 1] as Float32Array
        for (let k = 0; k < size; k++)
          sum[k] = (sum[k] as number) + (model.weights[k] as number) / options.runs
        log(`seed ${options.seed + run} epoch ${epoch}`)
        return epoch
      },
    })
  }
  return sums.map((weights) => ({ labels: [...labels], bits: options.bits, weights }))
}

/** The perceptron tags O too readily: a model with O's bias weight lowered by `share` of its size. */
export function withOutsideShift(model: NerModel, share: number): { model: NerModel; shift: number } {
  const slot = hashFeature('bias') & ((1 << model.bits) - 1)
  const weights = Float32Array.from(model.weights)
  const shift = Math.abs(weights[slot] as number) * share
  weights[slot] = (weights[slot] as number) - shift
  return { model: { ...model, weights }, shift }
}

/** Shares of O's bias weight the cross-validation tries taking off (0 … 0.4 in twentieths). */
export const OUTSIDE_SHARES = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4]

export interface CrossValidation {
  folds: number
  /** the epoch count with the best pooled F1 over the held-out folds (no O shift) */
  epochs: number
  /** the O-bias share with the best pooled F1 at that epoch count (the smallest within 0.1 F1 of the best) */
  outsideShare: number
  precision: number
  recall: number
  f1: number
  /** pooled F1 per epoch count, no O shift */
  byEpoch: number[]
}

/**
 * k-fold cross-validation over GermEval's sentences (contiguous blocks, so sentences of one source page stay
 * together); our own sentences are in every fold's training data. Each fold trains one ensemble for `epochs` epochs;
 * chunk counts are pooled over the folds, per epoch count and then per O-bias share.
 */
export function crossValidate(
  corpus: NerCorpus,
  prepare: (s: TaggedSentence) => PreparedSentence,
  options: EnsembleOptions & { folds: number },
  log: (line: string) => void = () => {},
): CrossValidation {
  const index = new Map(corpus.labels.map((l, i) => [l, i]))
  const toTraining = (s: TaggedSentence, sentence: PreparedSentence): TrainingSentence => ({
    sentence,
    gold: s.tags.map((t) => index.get(t) ?? 0),
  })
  const prepared = corpus.germeval.map(prepare)
  const own = corpus.own.map((s) => toTraining(s, prepare(s)))
  const n = corpus.germeval.length
  const pooledByEpoch: ChunkCounts[] = Array.from({ length: options.epochs }, () => ({
    gold: 0,
    predicted: 0,
    correct: 0,
  }))
  const pooledByShare: ChunkCounts[] = OUTSIDE_SHARES.map(() => ({ gold: 0, predicted: 0, correct: 0 }))
  const heldOutModels: Array<{ models: NerModel[]; from: number; to: number }> = []
  const add = (into: ChunkCounts, c: ChunkCounts) => {
    into.gold += c.gold
    into.predicted += c.predicted
    into.correct += c.correct
  }
  const score = (model: NerModel, from: number, to: number): ChunkCounts =>
    countChunks(
      corpus.germeval.slice(from, to).map((s) => s.tags),
      prepared.slice(from, to).map((s) => tagWords(model, s)),
    ).get('') ?? { gold: 0, predicted: 0, correct: 0 }

  for (let fold = 0; fold < options.folds; fold++) {
    const from = Math.floor((fold * n) / options.folds)
    const to = Math.floor(((fold + 1) * n) / options.folds)
    const data = [
      ...corpus.germeval.flatMap((s, i) =>
        i >= from && i < to ? [] : [toTraining(s, prepared[i] as PreparedSentence)],
      ),
      ...own,
    ]
    const models = trainEnsemble(data, corpus.labels, options)
    models.forEach((model, e) => {
      const c = score(model, from, to)
      add(pooledByEpoch[e] as ChunkCounts, c)
      log(`fold ${fold + 1}/${options.folds} epoch ${e + 1}: held-out F1 ${(100 * prf(c).f1).toFixed(2)}`)
    })
    heldOutModels.push({ models, from, to })
  }
  const byEpoch = pooledByEpoch.map((c) => prf(c).f1)
  const best = byEpoch.indexOf(Math.max(...byEpoch))
  for (const { models, from, to } of heldOutModels)
    OUTSIDE_SHARES.forEach((share, k) => {
      add(
        pooledByShare[k] as ChunkCounts,
        score(withOutsideShift(models[best] as NerModel, share).model, from, to),
      )
    })
  const byShare = pooledByShare.map((c) => prf(c).f1)
  // the smallest shift within 0.1 F1 of the best: precision matters more to actors than the last tenth
  const top = Math.max(...byShare)
  const chosen = byShare.findIndex((f) => f >= top - 0.001)
  const result = prf(pooledByShare[chosen] as ChunkCounts)
  log(`CV by epoch: ${byEpoch.map((f) => (100 * f).toFixed(2)).join(' ')}`)
  log(`CV by O share at epoch ${best + 1}: ${byShare.map((f) => (100 * f).toFixed(2)).join(' ')}`)
  return {
    folds: options.folds,
    epochs: best + 1,
    outsideShare: OUTSIDE_SHARES[chosen] as number,
    precision: result.precision,
    recall: result.recall,
    f1: result.f1,
    byEpoch,
  }
}

/** The command-line options both taggers' training takes; only the default hash size differs by model. */
export const trainingArgs = (bits: string) =>
  ({
    epochs: { type: 'string', default: '12' },
    bits: { type: 'string', default: bits },
    seed: { type: 'string', default: '2014' },
    dropout: { type: 'string', default: '0.2' },
    ensemble: { type: 'string', default: '3' },
    folds: { type: 'string', default: '5' },
    'cv-ensemble': { type: 'string' },
    out: { type: 'string' },
  }) as const

/** The numeric options both taggers' training reads (`--bits`, `--epochs`, …), checked: a typo stops the run. */
export function trainingOptions(values: Record<string, string | boolean | undefined>) {
  const options = {
    bits: Number(values.bits),
    epochs: Number(values.epochs),
    seed: Number(values.seed),
    runs: Number(values.ensemble),
    dropout: Number(values.dropout),
    folds: Number(values.folds),
    cvRuns: Number(values['cv-ensemble'] ?? values.ensemble),
  }
  for (const [name, value] of Object.entries(options))
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number ≥ 0, got ${value}`)
  if (options.folds < 2) throw new Error(`--folds must be at least 2, got ${options.folds}`)
  return options
}
