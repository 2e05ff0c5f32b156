import { remember } from '../bounded-memo.ts'
import { fnvUpdate, murmurFinish } from './hash.ts'

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

/** The shape with every run collapsed to one sign: "Xx", "X-Xx", "d.d" (`wordShape` without its repeats). */
export function shortShape(word: string): string {
  let shape = ''
  let last = ''
  for (const char of word) {
    const c = shapeClass(char)
    if (c !== last) shape += c
    last = c
  }
  return shape
}

const BOUNDARY = ['<s>', '<s2>']
const END = ['</s>', '</s2>']
const PREFIX_NAMES = ['', 'p1=', 'p2=', 'p3=', 'p4=', 'p5=', 'p6=']
const SUFFIX_NAMES = ['', 's1=', 's2=', 's3=', 's4=', 's5=', 's6=']

/**
 * Takes one feature: its name, then up to three values joined by "|" (`add('l-1|l=', 'der', 'präsident')` is
 * "l-1|l=der|präsident"). Features are written once, and either joined into strings or hashed as they come.
 */
type AddFeature = (name: string, a?: string, b?: string, c?: string) => void

function joinInto(out: string[]): AddFeature {
  return (name, a, b, c) => {
    let feature = a === undefined ? name : name + a
    if (b !== undefined) feature += `|${b}`
    if (c !== undefined) feature += `|${c}`
    out.push(feature)
  }
}

/** `hashFeature` of the joined string, without building it: FNV-1a goes on from one part to the next. */
function hashInto(out: number[]): AddFeature {
  return (name, a, b, c) => {
    let h = fnvUpdate(undefined, name)
    if (a !== undefined) h = fnvUpdate(h, a)
    if (b !== undefined) h = fnvUpdate(fnvUpdate(h, '|'), b)
    if (c !== undefined) h = fnvUpdate(fnvUpdate(h, '|'), c)
    out.push(murmurFinish(h))
  }
}

/** The features of a word whatever its neighbours: `bias`, `w=`, `l=` first (training's word dropout hides 1 and 2). */
function wordFeatures(w: string, l: string, add: AddFeature): void {
  add('bias')
  add('w=', w)
  add('l=', l)
  add('sh=', wordShape(w))
  add('ss=', shortShape(w))
  for (let k = 1; k <= 6 && k <= l.length; k++) {
    add(PREFIX_NAMES[k] as string, l.slice(0, k))
    add(SUFFIX_NAMES[k] as string, l.slice(-k))
  }
  if (w.length > 1 && w.includes('-')) {
    const parts = l.split('-').filter((p) => p.length > 0)
    const last = parts[parts.length - 1] ?? ''
    add('h0=', parts[0] ?? '')
    add('hl=', last)
    add('hs3=', last.slice(-3))
  }
  add('len=', String(Math.min(w.length, 10)))
}

/** The word or shape at k, or a boundary sign before the first and after the last (made once, not per token). */
function at(k: number, list: readonly string[]): string {
  return k < 0
    ? (BOUNDARY[-k - 1] as string)
    : k >= list.length
      ? (END[k - list.length] as string)
      : (list[k] as string)
}

/** The features of token i from its position, neighbours and the lexicon facts of it and them. */
function contextFeatures(
  i: number,
  lower: readonly string[],
  shapes: readonly string[],
  facts: readonly (readonly string[])[],
  add: AddFeature,
): void {
  const l = lower[i] as string
  const shape = shapes[i] as string
  const lowerBefore = at(i - 1, lower)
  const lowerAfter = at(i + 1, lower)
  const shapeBefore = at(i - 1, shapes)
  const shapeAfter = at(i + 1, shapes)
  if (i === 0) add('first')
  if (i === lower.length - 1) add('last')
  add('l-1=', lowerBefore)
  add('l+1=', lowerAfter)
  add('l-2=', at(i - 2, lower))
  add('l+2=', at(i + 2, lower))
  add('l-1|l=', lowerBefore, l)
  add('l|l+1=', l, lowerAfter)
  add('ss-1=', shapeBefore)
  add('ss+1=', shapeAfter)
  add('ss-1|ss|ss+1=', shapeBefore, shape, shapeAfter)
  add('s3-1=', lowerBefore.slice(-3))
  add('s3+1=', lowerAfter.slice(-3))
  for (const fact of facts[i] ?? []) {
    add('x=', fact)
    add('x|ss=', fact, shape)
  }
  for (const fact of facts[i - 1] ?? []) add('x-1=', fact)
  for (const fact of facts[i + 1] ?? []) add('x+1=', fact)
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
  return words.map((w, i) => {
    const features: string[] = []
    const add = joinInto(features)
    wordFeatures(w, lower[i] as string, add)
    contextFeatures(i, lower, shapes, facts, add)
    return features
  })
}

// the hashes of a word's own features, kept per word: news repeats its words, and hashing them is half of tagging
const wordHashCache = new Map<string, Uint32Array>()
const WORD_HASH_CACHE_SIZE = 200_000

function ownHashes(w: string, l: string): Uint32Array {
  return remember(wordHashCache, WORD_HASH_CACHE_SIZE, w, () => {
    const hashes: number[] = []
    wordFeatures(w, l, hashInto(hashes))
    return Uint32Array.from(hashes)
  })
}

/**
 * `tokenFeatures` hashed with `hashFeature`, in the same order, with the word's own part from a cache: `own[i]` is that
 * part of `hashes[i]`, one array per word, so a decoder can keep its scores too.
 */
export function tokenFeatureHashes(
  rawWords: readonly string[],
  facts: readonly (readonly string[])[],
): { hashes: Uint32Array[]; own: Uint32Array[] } {
  const words = rawWords.map(normalizeWord)
  const lower = words.map((w) => w.toLowerCase())
  const shapes = words.map(shortShape)
  const own = words.map((w, i) => ownHashes(w, lower[i] as string))
  const context: number[] = []
  const add = hashInto(context)
  const hashes = own.map((ownHashes, i) => {
    context.length = 0
    contextFeatures(i, lower, shapes, facts, add)
    const all = new Uint32Array(ownHashes.length + context.length)
    all.set(ownHashes)
    all.set(context, ownHashes.length)
    return all
  })
  return { hashes, own }
}

/** Features that join the previous tag with this token: the tag alone, with the word ("B-PER" before "traf"), with the shape. */
export function edgeFeatures(prev: string, lower: string, shape: string): string[] {
  return [`t-1=${prev}`, `t-1|l=${prev}|${lower}`, `t-1|ss=${prev}|${shape}`]
}
