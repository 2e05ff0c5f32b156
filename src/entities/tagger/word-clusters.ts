import { seededRandom } from '../../document/index.ts'

/**
 * Word classes by the exchange algorithm (Kneser & Ney 1993, Martin et al. 1998): each word belongs to one of `classes`
 * classes, and words move, one at a time, to the class that most raises the likelihood of the text under a class
 * bigram model. Words that are seen in the same company end up together ("Merkel" beside "Steinmeier", "Kiew" beside
 * "Moskau"), which tells the tagger about names its few training sentences never showed it.
 *
 * `sentences` are token lists; words seen fewer than `minCount` times get no class. Deterministic for a seed.
 */
export function exchangeClusters(
  sentences: readonly (readonly string[])[],
  options: { classes: number; minCount: number; iterations: number; seed: number },
): Map<string, number> {
  const { classes: k, minCount } = options
  if (k < 2) throw new Error(`exchangeClusters needs at least 2 classes, got ${k}`)
  const counts = new Map<string, number>()
  for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1)
  // words in order of frequency; every rarer word and the sentence edges share the one fixed class k (not moved)
  const vocab = [...counts]
    .filter(([, c]) => c >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const id = new Map(vocab.map(([w], i) => [w, i]))
  const v = vocab.length
  const other = v
  // the bigrams as word-id pairs with counts, kept per word: right neighbours and left neighbours
  const pairCounts = new Map<number, number>()
  const token = (w: string | undefined) => (w === undefined ? other : (id.get(w) ?? other))
  for (const s of sentences)
    for (let i = -1; i < s.length; i++) {
      const a = token(s[i])
      const b = token(s[i + 1])
      const key = a * (v + 1) + b
      pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1)
    }
  const right: Array<Array<[number, number]>> = Array.from({ length: v + 1 }, () => [])
  const left: Array<Array<[number, number]>> = Array.from({ length: v + 1 }, () => [])
  for (const [key, c] of pairCounts) {
    const a = Math.floor(key / (v + 1))
    const b = key % (v + 1)
    right[a]?.push([b, c])
    left[b]?.push([a, c])
  }
  const unigram = new Float64Array(v + 1)
  for (const [key, c] of pairCounts) {
    const a = Math.floor(key / (v + 1))
    unigram[a] = (unigram[a] as number) + c
  }

  const size = k + 1
  const classOf = new Int32Array(v + 1)
  // the most frequent words start one to a class (function words anchor the classes), the rest round the classes
  for (let w = 0; w < v; w++) classOf[w] = w % k
  classOf[other] = k
  const classCount = new Float64Array(size)
  const pair = new Float64Array(size * size)
  for (let w = 0; w <= v; w++) {
    classCount[classOf[w] as number] = (classCount[classOf[w] as number] as number) + (unigram[w] as number)
    for (const [b, c] of right[w] as Array<[number, number]>) {
      const at = (classOf[w] as number) * size + (classOf[b] as number)
      pair[at] = (pair[at] as number) + c
    }
  }
  const f = (x: number) => (x > 0 ? x * Math.log(x) : 0)
  const random = seededRandom(options.seed)
  const toRight = new Float64Array(size)
  const toLeft = new Float64Array(size)
  const order = Array.from({ length: v }, (_, i) => i)

  for (let iteration = 0; iteration < options.iterations; iteration++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j] as number, order[i] as number]
    }
    let moved = 0
    for (const w of order) {
      const from = classOf[w] as number
      const n = unigram[w] as number
      // w's bigrams by the neighbour's class, w's own repeats ("w w") apart
      let self = 0
      const rightClasses: number[] = []
      const leftClasses: number[] = []
      for (const [b, c] of right[w] as Array<[number, number]>) {
        if (b === w) {
          self += c
          continue
        }
        const cb = classOf[b] as number
        if (toRight[cb] === 0) rightClasses.push(cb)
        toRight[cb] = (toRight[cb] as number) + c
      }
      for (const [a, c] of left[w] as Array<[number, number]>) {
        if (a === w) continue
        const ca = classOf[a] as number
        if (toLeft[ca] === 0) leftClasses.push(ca)
        toLeft[ca] = (toLeft[ca] as number) + c
      }
      // take w out of its class
      for (const c of rightClasses)
        pair[from * size + c] = (pair[from * size + c] as number) - (toRight[c] as number)
      for (const c of leftClasses)
        pair[c * size + from] = (pair[c * size + from] as number) - (toLeft[c] as number)
      pair[from * size + from] = (pair[from * size + from] as number) - self
      classCount[from] = (classCount[from] as number) - n
      // the class where w adds the most: its bigrams' gain, less its unigram cost (counted left and right)
      let best = from
      let bestGain = Number.NEGATIVE_INFINITY
      for (let t = 0; t < k; t++) {
        let gain = 0
        for (const c of rightClasses) {
          if (c === t) continue
          const x = pair[t * size + c] as number
          gain += f(x + (toRight[c] as number)) - f(x)
        }
        for (const c of leftClasses) {
          if (c === t) continue
          const x = pair[c * size + t] as number
          gain += f(x + (toLeft[c] as number)) - f(x)
        }
        const x = pair[t * size + t] as number
        gain += f(x + (toRight[t] as number) + (toLeft[t] as number) + self) - f(x)
        gain -= 2 * (f((classCount[t] as number) + n) - f(classCount[t] as number))
        if (gain > bestGain + 1e-9) {
          bestGain = gain
          best = t
        }
      }
      // put w into it; the neighbours' classes move with it where w is its own neighbour
      classOf[w] = best
      for (const c of rightClasses)
        pair[best * size + c] = (pair[best * size + c] as number) + (toRight[c] as number)
      for (const c of leftClasses)
        pair[c * size + best] = (pair[c * size + best] as number) + (toLeft[c] as number)
      pair[best * size + best] = (pair[best * size + best] as number) + self
      classCount[best] = (classCount[best] as number) + n
      if (best !== from) moved++
      for (const c of rightClasses) toRight[c] = 0
      for (const c of leftClasses) toLeft[c] = 0
    }
    if (moved === 0) break
  }
  return new Map(vocab.map(([w], i) => [w, classOf[i] as number]))
}

/**
 * The log-likelihood of the text's word bigrams under a class bigram model, up to terms that do not depend on the
 * classes: what `exchangeClusters` raises. Words without a class (rare ones, the sentence edges) share one.
 */
export function classBigramLogLikelihood(
  sentences: readonly (readonly string[])[],
  classes: ReadonlyMap<string, number>,
): number {
  const pair = new Map<string, number>()
  const left = new Map<number, number>()
  const right = new Map<number, number>()
  const classOf = (w: string | undefined) => (w === undefined ? -1 : (classes.get(w) ?? -1))
  for (const s of sentences)
    for (let i = -1; i < s.length; i++) {
      const a = classOf(s[i])
      const b = classOf(s[i + 1])
      pair.set(`${a} ${b}`, (pair.get(`${a} ${b}`) ?? 0) + 1)
      left.set(a, (left.get(a) ?? 0) + 1)
      right.set(b, (right.get(b) ?? 0) + 1)
    }
  const f = (x: number) => (x > 0 ? x * Math.log(x) : 0)
  let total = 0
  for (const c of pair.values()) total += f(c)
  for (const c of left.values()) total -= f(c)
  for (const c of right.values()) total -= f(c)
  return total
}
