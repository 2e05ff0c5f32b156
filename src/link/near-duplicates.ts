/**
 * Near-duplicate articles: the same agency story (dpa, APA, Reuters) carried by several outlets with another
 * headline, a trimmed last paragraph or a different lead. MinHash over word 5-shingles estimates how much two
 * texts share; locality-sensitive bands let the store find candidates by index instead of comparing every pair.
 */
import { fnvUpdate, murmurFinish } from '../entities/index.ts'

const SHINGLE = 5
export const BANDS = 24
const ROWS = 3
const HASHES = BANDS * ROWS

export interface TextSignature {
  /** MinHash values, one per hash function */
  minhash: Uint32Array
  /** how many distinct shingles the text has, to turn Jaccard into containment */
  size: number
}

// murmur3's finaliser: one seed per hash function gives independent-enough permutations
function mix(h: number, seed: number): number {
  return murmurFinish(h ^ seed)
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => mix(i + 1, 0x9e3779b9))

/** Word shingles of the text, case and punctuation folded: „Das Treffen sei offen“ = "das treffen sei offen". */
export function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const out = new Set<string>()
  if (words.length < SHINGLE) {
    if (words.length > 0) out.add(words.join(' '))
    return out
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '))
  return out
}

export function textSignature(text: string): TextSignature {
  const minhash = new Uint32Array(HASHES).fill(0xffffffff)
  const set = shingles(text)
  for (const shingle of set) {
    const h = fnvUpdate(undefined, shingle)
    for (let i = 0; i < HASHES; i++) {
      const v = mix(h, SEEDS[i] as number)
      if (v < (minhash[i] as number)) minhash[i] = v
    }
  }
  return { minhash, size: set.size }
}

/** The LSH band keys of a signature: two texts sharing one band key are compared. */
export function bandKeys(signature: TextSignature): string[] {
  const keys: string[] = []
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5
    for (let r = 0; r < ROWS; r++) h = mix(h ^ (signature.minhash[b * ROWS + r] as number), b)
    keys.push(`${b}:${h.toString(36)}`)
  }
  return keys
}

/**
 * How alike two texts are: the larger of the estimated Jaccard similarity and the share of the shorter text found
 * in the longer (an outlet that cut the agency text to half still carries the same story).
 */
export function similarity(a: TextSignature, b: TextSignature): number {
  let same = 0
  for (let i = 0; i < HASHES; i++) if (a.minhash[i] === b.minhash[i]) same++
  const jaccard = same / HASHES
  const smaller = Math.min(a.size, b.size)
  // below this the estimate is a few chance collisions, and a short text would seem "contained" in any long one
  if (smaller === 0 || jaccard < 0.25) return jaccard
  const shared = (jaccard * (a.size + b.size)) / (1 + jaccard)
  return Math.max(jaccard, Math.min(1, shared / smaller))
}

/** Two articles at or above this similarity are one story with several sources. */
export const SAME_STORY = 0.6

export function encodeSignature(signature: TextSignature): string {
  return `${signature.size}:${Array.from(signature.minhash, (v) => v.toString(36)).join('.')}`
}

export function decodeSignature(encoded: string): TextSignature {
  const [size, values] = encoded.split(':')
  return {
    size: Number(size),
    minhash: Uint32Array.from((values ?? '').split('.'), (v) => Number.parseInt(v, 36)),
  }
}
