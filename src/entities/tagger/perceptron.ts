import { seededRandom } from '../../document/index.ts'
import { edgeFeatures, shortShape, tokenFeatureHashes } from './features.ts'
import { hashFeature } from './hash.ts'

/** An averaged perceptron over hashed features: feature f and tag t share the slot (hash(f) mod 2^bits) + t. */
export interface NerModel {
  /** "O", then "B-PER", "I-PER", … */
  labels: string[]
  bits: number
  weights: Float32Array
}

/** A sentence with its token features hashed once, so training epochs and Viterbi steps only add weights. */
export interface PreparedSentence {
  hashes: Uint32Array[]
  /** the word's own part of `hashes[i]`, shared by every token of the word (`decodeBeam` keeps its scores) */
  own?: Uint32Array[]
  lower: string[]
  shapes: string[]
}

export function prepareSentence(
  words: readonly string[],
  facts: readonly (readonly string[])[],
): PreparedSentence {
  return {
    ...tokenFeatureHashes(words, facts),
    lower: words.map((w) => w.toLowerCase()),
    shapes: words.map(shortShape),
  }
}

export function emptyModel(labels: readonly string[], bits: number): NerModel {
  return { labels: [...labels], bits, weights: new Float32Array((1 << bits) + labels.length) }
}

export interface TrainingSentence {
  sentence: PreparedSentence
  gold: number[]
}

export interface TrainOptions {
  bits: number
  epochs: number
  seed: number
  /**
   * Chance that a token's own word features (`w=`, `l=`, the first two after `bias`) are hidden in a training step, so
   * the model also learns the context and lexicon facts of names it will never have seen ("Antony Blinken").
   */
  dropout?: number
  /** scores the averaged model after an epoch (higher is better); the best epoch's weights are kept */
  evaluate?: (model: NerModel, epoch: number) => number
}

/** `allowed[prev * n + t]`: an I- tag only continues a chunk of its own type; prev = n is the sentence start. */
export function transitions(labels: readonly string[]): Uint8Array {
  const n = labels.length
  const allowed = new Uint8Array((n + 1) * n)
  for (let p = 0; p <= n; p++) {
    const prev = p === n ? 'O' : (labels[p] as string)
    for (let t = 0; t < n; t++) {
      const label = labels[t] as string
      allowed[p * n + t] = !label.startsWith('I-') || prev.slice(2) === label.slice(2) ? 1 : 0
    }
  }
  return allowed
}

/**
 * Hashes of the features that join the previous tag with this token: the tag itself, the tag and the word ("B-PER" before
 * "traf"), the tag and the shape. `out[i][p]` for each token i and previous tag p (p = n: sentence start).
 */
export function edgeHashes(labels: readonly string[], s: PreparedSentence): Uint32Array[][] {
  const n = labels.length
  return s.lower.map((lower, i) => {
    const shape = s.shapes[i] as string
    const rows: Uint32Array[] = []
    for (let p = 0; p <= n; p++) {
      const prev = p === n ? '<s>' : (labels[p] as string)
      rows.push(Uint32Array.from(edgeFeatures(prev, lower, shape), hashFeature))
    }
    return rows
  })
}

function addScores(
  weights: Float32Array,
  mask: number,
  hashes: ArrayLike<number>,
  scores: Float64Array,
): void {
  const n = scores.length
  for (let k = 0; k < hashes.length; k++) {
    const base = (hashes[k] as number) & mask
    for (let t = 0; t < n; t++) scores[t] = (scores[t] as number) + (weights[base + t] as number)
  }
}

/** The best tag sequence under the model (first-order Viterbi); `own[i]` are token i's features (with dropout applied). */
function viterbi(
  model: { weights: Float32Array; bits: number; labels: readonly string[] },
  own: readonly ArrayLike<number>[],
  edges: readonly Uint32Array[][],
  allowed: Uint8Array,
): number[] {
  const n = model.labels.length
  const mask = (1 << model.bits) - 1
  const length = own.length
  if (length === 0) return []
  const emission = new Float64Array(n)
  const local = new Float64Array(n)
  let delta = new Float64Array(n)
  let next = new Float64Array(n)
  const back = new Int32Array(length * n)
  for (let i = 0; i < length; i++) {
    emission.fill(0)
    addScores(model.weights, mask, own[i] as ArrayLike<number>, emission)
    next.fill(Number.NEGATIVE_INFINITY)
    const rows = edges[i] as Uint32Array[]
    for (let p = i === 0 ? n : 0; p <= (i === 0 ? n : n - 1); p++) {
      const before = i === 0 ? 0 : (delta[p] as number)
      if (before === Number.NEGATIVE_INFINITY) continue
      local.fill(0)
      addScores(model.weights, mask, rows[p] as Uint32Array, local)
      for (let t = 0; t < n; t++) {
        if (!allowed[p * n + t]) continue
        const score = before + (emission[t] as number) + (local[t] as number)
        if (score > (next[t] as number)) {
          next[t] = score
          back[i * n + t] = p
        }
      }
    }
    ;[delta, next] = [next, delta]
  }
  return backtrace(delta, back, length)
}

/**
 * The end of Viterbi: the best last tag by `delta` (the scores of the sentence's last token, one per tag), then back
 * through `back[i * n + t]` (the best previous tag of tag t at token i) to the first token. Ties go to the lower tag.
 */
export function backtrace(delta: Float64Array, back: Int32Array, length: number): number[] {
  const n = delta.length
  let best = 0
  for (let t = 1; t < n; t++) if ((delta[t] as number) > (delta[best] as number)) best = t
  const tags = new Array<number>(length)
  for (let i = length - 1; i >= 0; i--) {
    tags[i] = best
    best = back[i * n + best] as number
  }
  return tags
}

/** Tags of a sentence, one label index per token. */
export function decode(model: NerModel, s: PreparedSentence): number[] {
  return viterbi(model, s.hashes, edgeHashes(model.labels, s), transitions(model.labels))
}

/**
 * Structured averaged perceptron (Collins 2002): the whole sentence is decoded with Viterbi, and where the best sequence
 * differs from the gold one, the gold path's features gain and the predicted path's lose. Averaging uses the lazy
 * "c · Δ" trick. Word dropout hides a token's own word (`w=`, `l=`) now and then, so context and lexicon facts learn too.
 */
export function trainPerceptron(
  data: readonly TrainingSentence[],
  labels: readonly string[],
  options: TrainOptions,
): { model: NerModel; bestEpoch: number; scores: number[] } {
  const n = labels.length
  const size = (1 << options.bits) + n
  const mask = (1 << options.bits) - 1
  const weights = new Float32Array(size)
  const totals = new Float64Array(size)
  const allowed = transitions(labels)
  const random = seededRandom(options.seed)
  const order = data.map((_, i) => i)
  const edges = data.map((d) => edgeHashes(labels, d.sentence))
  const dropout = options.dropout ?? 0
  const live = { weights, bits: options.bits, labels }
  let c = 1
  let best: NerModel | undefined
  let bestEpoch = 0
  let bestScore = Number.NEGATIVE_INFINITY
  const scores: number[] = []

  const update = (hashes: ArrayLike<number>, tag: number, delta: number) => {
    for (let k = 0; k < hashes.length; k++) {
      const slot = ((hashes[k] as number) & mask) + tag
      weights[slot] = (weights[slot] as number) + delta
      totals[slot] = (totals[slot] as number) + delta * c
    }
  }

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j] as number, order[i] as number]
    }
    for (const index of order) {
      const { sentence: s, gold } = data[index] as TrainingSentence
      const own = s.hashes.map((all) =>
        dropout > 0 && random() < dropout ? all.filter((_, k) => k < 1 || k > 2) : all,
      )
      const rows = edges[index] as Uint32Array[][]
      const guess = viterbi(live, own, rows, allowed)
      for (let i = 0; i < guess.length; i++) {
        const g = gold[i] as number
        const p = guess[i] as number
        const gPrev = i === 0 ? n : (gold[i - 1] as number)
        const pPrev = i === 0 ? n : (guess[i - 1] as number)
        if (g === p && gPrev === pPrev) continue
        if (g !== p) {
          update(own[i] as ArrayLike<number>, g, 1)
          update(own[i] as ArrayLike<number>, p, -1)
        }
        update((rows[i] as Uint32Array[])[gPrev] as Uint32Array, g, 1)
        update((rows[i] as Uint32Array[])[pPrev] as Uint32Array, p, -1)
      }
      c++
    }
    const averaged = new Float32Array(size)
    for (let k = 0; k < size; k++) averaged[k] = (weights[k] as number) - (totals[k] as number) / c
    const model: NerModel = { labels: [...labels], bits: options.bits, weights: averaged }
    const score = options.evaluate ? options.evaluate(model, epoch) : epoch
    scores.push(score)
    if (score > bestScore) {
      bestScore = score
      best = model
      bestEpoch = epoch
    }
  }
  if (!best) throw new Error('trainPerceptron needs at least one epoch')
  return { model: best, bestEpoch, scores }
}
