/** A sentence of a GermEval 2014 file: tokens and their outer BIO tags ("B-LOCderiv"). */
export interface TaggedSentence {
  words: string[]
  tags: string[]
}

/** Reads the tab-separated format (index, token, outer tag, inner tag; `#` comment lines; blank line between sentences). */
export function readGermEval(text: string): TaggedSentence[] {
  const sentences: TaggedSentence[] = []
  let current: TaggedSentence = { words: [], tags: [] }
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue
    const columns = line.split('\t')
    if (columns.length < 3) {
      if (current.words.length > 0) sentences.push(current)
      current = { words: [], tags: [] }
      continue
    }
    current.words.push(columns[1] as string)
    current.tags.push(columns[2] as string)
  }
  if (current.words.length > 0) sentences.push(current)
  return sentences
}

export interface Chunk {
  type: string
  start: number
  /** exclusive */
  end: number
}

/** Chunks of a BIO sequence; an I- without its B- opens a chunk (conlleval does the same). */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = []
  let open: Chunk | undefined
  tags.forEach((tag, i) => {
    const type = tag === 'O' ? '' : tag.slice(2)
    const continues = open && tag.startsWith('I-') && open.type === type
    if (open && !continues) {
      chunks.push(open)
      open = undefined
    }
    if (tag !== 'O' && !continues) open = { type, start: i, end: i + 1 }
    else if (open) open.end = i + 1
  })
  if (open) chunks.push(open)
  return chunks
}

export interface ChunkCounts {
  gold: number
  predicted: number
  correct: number
}

/** Strict chunk match (same span, same type), counted per type and over all types ("" key). */
export function countChunks(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
  mapType: (type: string) => string | undefined = (type) => type,
): Map<string, ChunkCounts> {
  const counts = new Map<string, ChunkCounts>()
  const at = (type: string) => {
    let c = counts.get(type)
    if (c) return c
    c = { gold: 0, predicted: 0, correct: 0 }
    counts.set(type, c)
    return c
  }
  const mapped = (tags: readonly string[]) =>
    chunksOf(tags).flatMap((c) => {
      const type = mapType(c.type)
      return type === undefined ? [] : [{ ...c, type }]
    })
  gold.forEach((goldTags, s) => {
    const g = mapped(goldTags)
    const p = mapped(predicted[s] ?? [])
    const keys = new Set(g.map((c) => `${c.type}:${c.start}:${c.end}`))
    for (const c of g) {
      at(c.type).gold++
      at('').gold++
    }
    for (const c of p) {
      at(c.type).predicted++
      at('').predicted++
      if (keys.has(`${c.type}:${c.start}:${c.end}`)) {
        at(c.type).correct++
        at('').correct++
      }
    }
  })
  return counts
}

export function prf(c: ChunkCounts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted ? c.correct / c.predicted : 0
  const recall = c.gold ? c.correct / c.gold : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}
