import type { View } from './sentence-view.ts'

/** The first and last token of every sentence, per tokens array (a view and its inner views share one). */
const sentenceExtents = new WeakMap<readonly unknown[], Map<number, [number, number]>>()

function sentenceExtent(v: View, sentence: number): [number, number] {
  let extents = sentenceExtents.get(v.tokens)
  if (!extents) {
    extents = new Map()
    v.tokens.forEach((t, k) => {
      const e = extents?.get(t.sentence)
      if (e) e[1] = k
      else extents?.set(t.sentence, [k, k])
    })
    sentenceExtents.set(v.tokens, extents)
  }
  return extents.get(sentence) as [number, number]
}

/** Prefix counts of one token test per sentence, kept per owner (a view, or the mood array an inner view has). */
export type StretchCounts = WeakMap<object, Map<number, Int32Array>>

/**
 * Whether a token in [first, last] passes `test`. Rules ask this of a stretch for every comma of a sentence: the
 * counts are built once per owner and sentence, so a sentence of ten thousand commas stays linear, and an inner
 * view (one per quotation) counts only the sentences its scan reads. A stretch across sentences is read directly.
 */
export function anyInStretch(
  v: View,
  cache: StretchCounts,
  owner: object,
  test: (k: number) => boolean,
  first: number,
  last: number,
): boolean {
  const from = Math.max(first, 0)
  const to = Math.min(last, v.tokens.length - 1)
  if (to < from) return false
  const sentence = (v.tokens[from] as { sentence: number }).sentence
  if ((v.tokens[to] as { sentence: number }).sentence !== sentence) {
    for (let k = from; k <= to; k++) if (test(k)) return true
    return false
  }
  let bySentence = cache.get(owner)
  if (!bySentence) {
    bySentence = new Map()
    cache.set(owner, bySentence)
  }
  const [a, b] = sentenceExtent(v, sentence)
  let counts = bySentence.get(sentence)
  if (!counts) {
    counts = new Int32Array(b - a + 2)
    for (let k = a; k <= b; k++) counts[k - a + 1] = (counts[k - a] as number) + (test(k) ? 1 : 0)
    bySentence.set(sentence, counts)
  }
  return (counts[to - a + 1] as number) - (counts[from - a] as number) > 0
}
