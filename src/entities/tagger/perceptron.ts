import { historyFeatures, shortShape, tokenFeatures } from './features.ts'
import { hashFeature, seededRandom } from './hash.ts'

/** An averaged perceptron over hashed features: feature f and tag t share the slot (hash(f) mod 2^bits) + t. */
export interface NerModel {
  /** "O", then "B-PER", "I-PER", … */
  labels: string[]
  bits: number
  weights: Float32Array
}

/** A sentence with its token features hashed once, so training epochs and beam steps only add weights. */
export interface PreparedSentence {
  hashes: Uint32Array[]
  lower: string[]
  shapes: string[]
}

export function prepareSentence(
  words: readonly string[],
  facts: readonly (readonly string[])[],
): PreparedSentence {
  const features = tokenFeatures(words, facts)
  return {
    hashes: features.map((f) => Uint32Array.from(f, hashFeature)),
    lower: words.map((w) => w.toLowerCase()),
    shapes: words.map(shortShape),
  }
}

export function emptyModel(labels: readonly string[], bits: number): NerModel {
  return { labels: [...labels], bits, weights: new Float32Array((1 << bits) + labels.length) }
}

/** `allowed[prev * n + t]`: an I- tag only continues a chunk of its own type; prev = n is the sentence start. */
function transitions(labels: readonly string[]): Uint8Array {
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

function historyHashes(
  labels: readonly string[],
  s: PreparedSentence,
  i: number,
  p1: number,
  p2: number,
): number[] {
  const name = (t: number) => (t < 0 ? '<s>' : (labels[t] as string))
  return historyFeatures(name(p1), name(p2), s.lower[i] as string, s.shapes[i] as string).map(hashFeature)
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

interface BeamState {
  tags: number[]
  score: number
}

/** Left to right with a beam (width 1 is greedy); returns one label index per token. */
export function decode(model: NerModel, s: PreparedSentence, beamWidth = 1): number[] {
  const { labels, weights } = model
  const n = labels.length
  const mask = (1 << model.bits) - 1
  const allowed = transitions(labels)
  const local = new Float64Array(n)
  let beam: BeamState[] = [{ tags: [], score: 0 }]
  for (let i = 0; i < s.hashes.length; i++) {
    const next: BeamState[] = []
    for (const state of beam) {
      const p1 = state.tags[i - 1] ?? -1
      const p2 = state.tags[i - 2] ?? -1
      local.fill(0)
      addScores(weights, mask, s.hashes[i] as Uint32Array, local)
      addScores(weights, mask, historyHashes(labels, s, i, p1, p2), local)
      const row = (p1 < 0 ? n : p1) * n
      for (let t = 0; t < n; t++)
        if (allowed[row + t])
          next.push({ tags: [...state.tags, t], score: state.score + (local[t] as number) })
    }
    next.sort((a, b) => b.score - a.score)
    beam = next.slice(0, beamWidth)
  }
  return beam[0]?.tags ?? []
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

/**
 * Greedy averaged perceptron (Collins 2002, with the history the tagger itself predicted): at the first wrong tag of
 * a token, the gold tag's features gain and the predicted tag's lose. Averaging uses the lazy "c · Δ" trick.
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
  const local = new Float64Array(n)
  const dropout = options.dropout ?? 0
  let c = 1
  let best: NerModel | undefined
  let bestEpoch = 0
  let bestScore = -Infinity
  const scores: number[] = []

  const update = (hashes: ArrayLike<number>, gold: number, guess: number) => {
    for (let k = 0; k < hashes.length; k++) {
      const base = (hashes[k] as number) & mask
      weights[base + gold] = (weights[base + gold] as number) + 1
      totals[base + gold] = (totals[base + gold] as number) + c
      weights[base + guess] = (weights[base + guess] as number) - 1
      totals[base + guess] = (totals[base + guess] as number) - c
    }
  }

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j] as number, order[i] as number]
    }
    for (const index of order) {
      const { sentence: s, gold } = data[index] as TrainingSentence
      let p1 = -1
      let p2 = -1
      for (let i = 0; i < s.hashes.length; i++) {
        const history = historyHashes(labels, s, i, p1, p2)
        const all = s.hashes[i] as Uint32Array
        const own = dropout > 0 && random() < dropout ? all.filter((_, k) => k < 1 || k > 2) : all
        local.fill(0)
        addScores(weights, mask, own, local)
        addScores(weights, mask, history, local)
        const row = (p1 < 0 ? n : p1) * n
        let guess = -1
        for (let t = 0; t < n; t++)
          if (allowed[row + t] && (guess < 0 || (local[t] as number) > (local[guess] as number))) guess = t
        const g = gold[i] as number
        if (guess !== g) {
          update(own, g, guess)
          update(history, g, guess)
        }
        c++
        p2 = p1
        p1 = guess
      }
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
