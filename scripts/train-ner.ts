/**
 * `npm run train -- ner [--epochs 12] [--bits 21] [--seed 2014] [--dropout 0.2] [--ensemble 3] [--folds 5] [--cv-ensemble n]
 * [--skip-own]`: trains the German named-entity tagger on GermEval 2014's train.tsv and dev.tsv (5,260 sentences; the
 * held-out 40% of the official test set is never seen) and our own Wikinews sentences (eval/gold/ner/). k-fold cross-validation over GermEval's
 * sentences picks the epoch count and the O-bias shift and is the reported measure; then one ensemble (the mean of
 * `--ensemble` averaged perceptrons) is trained on everything and written to models/ner-de.bin (int16 weights,
 * gzipped) and models/ner-de.json (labels, hash size, seed, command, data, CV scores). `--cv-ensemble` sets the runs per
 * fold apart from the shipped model's (one run per fold is a third of the time and a slightly low estimate);
 * `--skip-own` leaves our own sentences out, to measure what they add.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { encodeModel, type NerModelMeta } from '../src/entities/tagger/index.ts'
import {
  crossValidate,
  loadNerCorpus,
  sentencePreparer,
  trainEnsemble,
  trainingArgs,
  trainingOptions,
  withOutsideShift,
} from './ner-training.ts'

const MODEL = new URL('../models/ner-de.bin', import.meta.url)

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      ...trainingArgs('21'),
      'skip-own': { type: 'boolean', default: false },
    },
  })
  const options = trainingOptions(values)
  const out = values.out ? new URL(values.out, `file://${process.cwd()}/`) : MODEL
  const started = performance.now()
  const seconds = () => ((performance.now() - started) / 1000).toFixed(0)
  const log = (line: string) => console.log(`${line} (${seconds()} s)`)

  const corpus = loadNerCorpus(!values['skip-own'])
  const prepare = sentencePreparer()
  console.log(
    `${corpus.germeval.length} GermEval sentences, ${corpus.own.length} own Wikinews sentences, ${corpus.labels.length} labels`,
  )
  const cv = crossValidate(corpus, prepare, { ...options, runs: options.cvRuns }, log)
  log(
    `${options.folds}-fold CV: ${cv.epochs} epochs, O share ${cv.outsideShare}: P ${(100 * cv.precision).toFixed(2)} R ${(100 * cv.recall).toFixed(2)} F1 ${(100 * cv.f1).toFixed(2)}`,
  )

  const index = new Map(corpus.labels.map((l, i) => [l, i]))
  const data = [...corpus.germeval, ...corpus.own].map((s) => ({
    sentence: prepare(s),
    gold: s.tags.map((t) => index.get(t) ?? 0),
  }))
  const models = trainEnsemble(data, corpus.labels, { ...options, epochs: cv.epochs }, log)
  const { model, shift } = withOutsideShift(models[cv.epochs - 1] as (typeof models)[number], cv.outsideShare)

  const { bin, scale } = encodeModel(model)
  const pct = (x: number) => Number((100 * x).toFixed(2))
  const meta: NerModelMeta = {
    format: 'lagebild-ner-perceptron@2',
    labels: corpus.labels,
    bits: options.bits,
    scale,
    seed: options.seed,
    epochs: cv.epochs,
    command: `npm run train -- ner ${args.join(' ')}`.trim(),
    data:
      'GermEval 2014 (CC BY 4.0): shared/data/germeval2014/train.tsv + dev.tsv' +
      (corpus.own.length > 0
        ? `; ${corpus.own.length} own sentences of German Wikinews (CC BY 2.5), eval/gold/ner/`
        : ''),
    trainedOn: new Date().toISOString().slice(0, 10),
    outsideBias: Number(shift.toFixed(3)),
    cv: {
      folds: cv.folds,
      sentences: corpus.germeval.length,
      ensemble: options.cvRuns,
      precision: pct(cv.precision),
      recall: pct(cv.recall),
      f1: pct(cv.f1),
      options: { bits: options.bits, epochs: options.epochs, seed: options.seed, dropout: options.dropout },
    },
  }
  writeFileSync(out, bin)
  writeFileSync(new URL(out.href.replace(/\.bin$/u, '.json')), `${JSON.stringify(meta, null, 2)}\n`)
  log(`wrote ${out.pathname} (${(bin.length / 1e6).toFixed(2)} MB)`)
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2))
