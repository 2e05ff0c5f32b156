import { fnvFinish, fnvUpdate, hashFeature } from './hash.ts'
import { type NerModel, type PreparedSentence, transitions } from './perceptron.ts'

/** What decoding needs of a model that does not change from sentence to sentence. */
interface Decoder {
  n: number
  mask: number
  /** `trans[p * n + t]`: the weight of feature `t-1=<label p>` for tag t (p = n: sentence start) */
  trans: Float64Array
  allowed: Uint8Array
  /** FNV states after `t-1|l=<label p>|` and `t-1|ss=<label p>|`, so the word's part is hashed once per tag */
  wordPrefix: Uint32Array
  shapePrefix: Uint32Array
}

const decoders = new WeakMap<NerModel, Decoder>()

function decoderOf(model: NerModel): Decoder {
  let d = decoders.get(model)
  if (d) return d
  const n = model.labels.length
  const mask = (1 << model.bits) - 1
  const trans = new Float64Array((n + 1) * n)
  const wordPrefix = new Uint32Array(n + 1)
  const shapePrefix = new Uint32Array(n + 1)
  for (let p = 0; p <= n; p++) {
    const prev = p === n ? '<s>' : (model.labels[p] as string)
    const base = hashFeature(`t-1=${prev}`) & mask
    for (let t = 0; t < n; t++) trans[p * n + t] = model.weights[base + t] as number
    wordPrefix[p] = fnvUpdate(undefined, `t-1|l=${prev}|`)
    shapePrefix[p] = fnvUpdate(undefined, `t-1|ss=${prev}|`)
  }
  d = { n, mask, trans, allowed: transitions(model.labels), wordPrefix, shapePrefix }
  decoders.set(model, d)
  return d
}

/**
 * Viterbi as `decode` does it, for the pipeline: the tag-and-word features of the previous tag are hashed from cached
 * prefixes, and only the `beam` best previous tags of each token are extended (most tokens are plainly O), which
 * makes tagging an article a matter of a few milliseconds. With `beam` ≥ the number of labels it is exact.
 */
export function decodeBeam(model: NerModel, s: PreparedSentence, beam: number): number[] {
  const d = decoderOf(model)
  const { n, mask, trans } = d
  const weights = model.weights
  const length = s.hashes.length
  if (length === 0) return []
  const emission = new Float64Array(n)
  let delta = new Float64Array(n)
  let next = new Float64Array(n)
  const back = new Int32Array(length * n)
  const order: number[] = []
  for (let i = 0; i < length; i++) {
    emission.fill(0)
    const own = s.hashes[i] as Uint32Array
    for (let k = 0; k < own.length; k++) {
      const base = (own[k] as number) & mask
      for (let t = 0; t < n; t++) emission[t] = (emission[t] as number) + (weights[base + t] as number)
    }
    next.fill(Number.NEGATIVE_INFINITY)
    order.length = 0
    if (i === 0) order.push(n)
    else {
      for (let p = 0; p < n; p++) if ((delta[p] as number) > Number.NEGATIVE_INFINITY) order.push(p)
      order.sort((a, b) => (delta[b] as number) - (delta[a] as number))
      if (order.length > beam) order.length = beam
    }
    const lower = s.lower[i] as string
    const shape = s.shapes[i] as string
    for (const p of order) {
      const before = i === 0 ? 0 : (delta[p] as number)
      const wordBase = fnvFinish(fnvUpdate(d.wordPrefix[p], lower)) & mask
      const shapeBase = fnvFinish(fnvUpdate(d.shapePrefix[p], shape)) & mask
      const row = p * n
      for (let t = 0; t < n; t++) {
        if (!d.allowed[row + t]) continue
        const score =
          before +
          (emission[t] as number) +
          (trans[row + t] as number) +
          (weights[wordBase + t] as number) +
          (weights[shapeBase + t] as number)
        if (score > (next[t] as number)) {
          next[t] = score
          back[i * n + t] = p
        }
      }
    }
    ;[delta, next] = [next, delta]
  }
  let best = 0
  for (let t = 1; t < n; t++) if ((delta[t] as number) > (delta[best] as number)) best = t
  const tags = new Array<number>(length)
  for (let i = length - 1; i >= 0; i--) {
    tags[i] = best
    best = back[i * n + best] as number
  }
  return tags
}
