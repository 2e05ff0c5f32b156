import { readFileSync } from 'node:fs'
import { gunzipSync, gzipSync } from 'node:zlib'
import type { NerModel } from './perceptron.ts'

/** What models/ner-de.json says about the weights in models/ner-de.bin. */
export interface NerModelMeta {
  /** @2: first-order edges (previous tag × tag, word, shape), decoded with Viterbi */
  format: 'lagebild-ner-perceptron@2'
  labels: string[]
  bits: number
  /** weight = int16 value × scale */
  scale: number
  /** the first seed; an ensemble of n runs used seed … seed + n - 1 */
  seed: number
  /** the epoch each run kept (one number for a single run) */
  epochs: number | number[]
  command: string
  data: string
  trainedOn: string
  /** the score on GermEval dev.tsv, for models trained without it */
  dev?: { precision: number; recall: number; f1: number }
  /**
   * k-fold cross-validation over the GermEval sentences the model trains on (train.tsv + dev.tsv): the pooled scores
   * of the held-out folds, each tagged by an ensemble trained without it (outer chunks, strict, twelve types)
   */
  cv?: {
    folds: number
    sentences: number
    ensemble: number
    precision: number
    recall: number
    f1: number
    /** what `npm run eval -- ner --cv` needs to compute it again: hash bits, most epochs tried, first seed, dropout */
    options?: { bits: number; epochs: number; seed: number; dropout: number }
  }
  /** strict-span scores on the parts of the training corpora kept aside (the English model: UNER, GUM, MEANTIME) */
  heldOut?: Record<string, { precision: number; recall: number; f1: number }>
  /** what was taken off the O tag's bias weight after training, chosen by cross-validation (recall lags precision) */
  outsideBias?: number
}

/** Weights quantised to int16 (the perceptron's averaged weights need no more) and gzipped: most slots are zero. */
export function encodeModel(model: NerModel): { bin: Buffer; scale: number } {
  let max = 0
  for (const w of model.weights) max = Math.max(max, Math.abs(w))
  const scale = max > 0 ? max / 32767 : 1
  const quantised = new Int16Array(model.weights.length)
  for (let k = 0; k < quantised.length; k++) quantised[k] = Math.round((model.weights[k] as number) / scale)
  return { bin: gzipSync(Buffer.from(quantised.buffer), { level: 9 }), scale }
}

export function decodeModel(bin: Buffer, meta: NerModelMeta): NerModel {
  if (meta.format !== 'lagebild-ner-perceptron@2')
    throw new Error(`ner model is ${meta.format}, this code reads @2: retrain with npm run train -- ner`)
  const raw = gunzipSync(bin)
  // copied: the gunzipped bytes may start at an odd offset of a pooled buffer
  const quantised = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength))
  const expected = (1 << meta.bits) + meta.labels.length
  if (quantised.length !== expected)
    throw new Error(
      `ner model has ${quantised.length} weights, its meta says ${expected}: retrain with npm run train -- ner`,
    )
  const weights = new Float32Array(quantised.length)
  for (let k = 0; k < weights.length; k++) weights[k] = (quantised[k] as number) * meta.scale
  return { labels: meta.labels, bits: meta.bits, weights }
}

/** Reads `<name>.bin` and `<name>.json` beside each other. */
export function readModel(binUrl: URL): { model: NerModel; meta: NerModelMeta } {
  const meta = JSON.parse(
    readFileSync(new URL(binUrl.href.replace(/\.bin$/u, '.json')), 'utf8'),
  ) as NerModelMeta
  return { model: decodeModel(readFileSync(binUrl), meta), meta }
}
