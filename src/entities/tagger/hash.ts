/** FNV-1a over UTF-16 code units, then murmur3's finaliser so nearby strings land far apart in the weight table. */
export function hashFeature(feature: string): number {
  return murmurFinish(fnvUpdate(undefined, feature))
}

/** FNV-1a state after `text`, continuing from `state` (a prefix hashed once: "t-1|l=B-PER|" then each word). */
export function fnvUpdate(state: number | undefined, text: string): number {
  let h = state ?? 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/**
 * murmur3's 32-bit finaliser (fmix32): spreads every input bit over the whole word. Also mixes link's MinHash
 * values (near-duplicate signatures), which are stored: changing it changes trained models and stored signatures.
 */
export function murmurFinish(state: number): number {
  let h = state
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
