/** Quotation marks and dashes written many ways in news are one sign to the model: „Times“ and "Times" alike. */
export function normalizeWord(word: string): string {
  return word.replace(/[„“”»«‚‘’‹›]/gu, '"').replace(/[–—‐‑]/gu, '-')
}

/** ASCII by code, the rest by Unicode class: the pipeline shapes every word of every article. */
function shapeClass(char: string): string {
  const code = char.charCodeAt(0)
  if (code < 128) {
    if (code >= 65 && code <= 90) return 'X'
    if (code >= 97 && code <= 122) return 'x'
    if (code >= 48 && code <= 57) return 'd'
    return char
  }
  return /\p{Lu}/u.test(char) ? 'X' : /\p{Ll}/u.test(char) ? 'x' : char
}

/** "Lawrow" → "Xxxx", "NATO" → "XXXX"[cut to 3] "XXX", "2022" → "ddd", "US-Kollege" → "XX-Xxxx": runs kept up to three. */
export function wordShape(word: string): string {
  let shape = ''
  let last = ''
  let run = 0
  for (const char of word) {
    const c = shapeClass(char)
    run = c === last ? run + 1 : 1
    last = c
    if (run <= 3) shape += c
  }
  return shape
}

/** The shape with every run collapsed to one sign: "Xx", "X-Xx", "d.d". */
export function shortShape(word: string): string {
  return wordShape(word).replace(/(.)\1+/gu, '$1')
}

const BOUNDARY = ['<s>', '<s2>']
const END = ['</s>', '</s2>']

/** The features of a word whatever its neighbours: `bias`, `w=`, `l=` first (training's word dropout hides 1 and 2). */
function wordFeatures(w: string, l: string): string[] {
  const f: string[] = ['bias', `w=${w}`, `l=${l}`, `sh=${wordShape(w)}`, `ss=${shortShape(w)}`]
  for (let k = 1; k <= 6 && k <= l.length; k++) f.push(`p${k}=${l.slice(0, k)}`, `s${k}=${l.slice(-k)}`)
  if (w.length > 1 && w.includes('-')) {
    const parts = l.split('-').filter((p) => p.length > 0)
    f.push(
      `h0=${parts[0] ?? ''}`,
      `hl=${parts[parts.length - 1] ?? ''}`,
      `hs3=${(parts[parts.length - 1] ?? '').slice(-3)}`,
    )
  }
  f.push(`len=${Math.min(w.length, 10)}`)
  return f
}

/** The features of token i from its position, neighbours and the lexicon facts of it and them. */
function contextFeatures(
  i: number,
  lower: readonly string[],
  shapes: readonly string[],
  facts: readonly (readonly string[])[],
): string[] {
  const at = (k: number, list: readonly string[]) =>
    k < 0
      ? (BOUNDARY[-k - 1] as string)
      : k >= list.length
        ? (END[k - list.length] as string)
        : (list[k] as string)
  const l = lower[i] as string
  const f: string[] = []
  if (i === 0) f.push('first')
  if (i === lower.length - 1) f.push('last')
  f.push(
    `l-1=${at(i - 1, lower)}`,
    `l+1=${at(i + 1, lower)}`,
    `l-2=${at(i - 2, lower)}`,
    `l+2=${at(i + 2, lower)}`,
  )
  f.push(`l-1|l=${at(i - 1, lower)}|${l}`, `l|l+1=${l}|${at(i + 1, lower)}`)
  f.push(
    `ss-1=${at(i - 1, shapes)}`,
    `ss+1=${at(i + 1, shapes)}`,
    `ss-1|ss|ss+1=${at(i - 1, shapes)}|${shapes[i]}|${at(i + 1, shapes)}`,
  )
  f.push(`s3-1=${at(i - 1, lower).slice(-3)}`, `s3+1=${at(i + 1, lower).slice(-3)}`)
  for (const fact of facts[i] ?? []) f.push(`x=${fact}`, `x|ss=${fact}|${shapes[i]}`)
  for (const fact of facts[i - 1] ?? []) f.push(`x-1=${fact}`)
  for (const fact of facts[i + 1] ?? []) f.push(`x+1=${fact}`)
  return f
}

/**
 * Features of each token that do not depend on the tags chosen before it: the word, its affixes and shape, hyphen
 * parts, position, the two words either side, and the lexicon facts of the token and its neighbours.
 * The previous tag is joined in while decoding (`edgeFeatures`).
 */
export function tokenFeatures(
  rawWords: readonly string[],
  facts: readonly (readonly string[])[],
): string[][] {
  const words = rawWords.map(normalizeWord)
  const lower = words.map((w) => w.toLowerCase())
  const shapes = words.map(shortShape)
  return words.map((w, i) => [
    ...wordFeatures(w, lower[i] as string),
    ...contextFeatures(i, lower, shapes, facts),
  ])
}

// the hashes of a word's own features, kept per word: news repeats its words, and hashing them is half of tagging
const wordHashCache = new Map<string, Uint32Array>()
const WORD_HASH_CACHE_SIZE = 200_000

/** `tokenFeatures` hashed, in the same order, with the word's own part from a cache. */
export function tokenFeatureHashes(
  rawWords: readonly string[],
  facts: readonly (readonly string[])[],
  hash: (feature: string) => number,
): Uint32Array[] {
  const words = rawWords.map(normalizeWord)
  const lower = words.map((w) => w.toLowerCase())
  const shapes = words.map(shortShape)
  return words.map((w, i) => {
    let own = wordHashCache.get(w)
    if (!own) {
      own = Uint32Array.from(wordFeatures(w, lower[i] as string), hash)
      if (wordHashCache.size >= WORD_HASH_CACHE_SIZE) wordHashCache.clear()
      wordHashCache.set(w, own)
    }
    const context = contextFeatures(i, lower, shapes, facts)
    const all = new Uint32Array(own.length + context.length)
    all.set(own)
    for (let k = 0; k < context.length; k++) all[own.length + k] = hash(context[k] as string)
    return all
  })
}

/** Features that join the previous tag with this token: the tag alone, with the word ("B-PER" before "traf"), with the shape. */
export function edgeFeatures(prev: string, lower: string, shape: string): string[] {
  return [`t-1=${prev}`, `t-1|l=${prev}|${lower}`, `t-1|ss=${prev}|${shape}`]
}
