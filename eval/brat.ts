/**
 * Brat standoff annotations as PolNeAR writes them: `T` lines are labelled spans (character offsets, `;` joins the
 * parts of a discontinuous span), `E` lines tie one attribution's Source, Cue and Content to its trigger.
 */

/** A span of characters, end exclusive; a discontinuous span has several parts in text order. */
export type Parts = Array<[number, number]>

export interface BratSpan {
  id: string
  label: string
  parts: Parts
}

/** One attribution: who (may be absent), the cue, and what was attributed. */
export interface Attribution {
  source: Parts | undefined
  cue: Parts | undefined
  content: Parts | undefined
}

/** Parses the `T` and `E` lines of a `.ann` file; other lines (notes, relations) are skipped. */
export function parseBrat(ann: string): { spans: Map<string, BratSpan>; attributions: Attribution[] } {
  const spans = new Map<string, BratSpan>()
  const events: string[][] = []
  for (const line of ann.split('\n')) {
    const [id, middle] = line.split('\t')
    if (!id || middle === undefined) continue
    if (id.startsWith('T')) {
      const space = middle.indexOf(' ')
      const label = middle.slice(0, space)
      const parts = middle
        .slice(space + 1)
        .split(';')
        .map((p) => p.trim().split(/\s+/u).map(Number) as [number, number])
      if (parts.some(([a, b]) => !Number.isFinite(a) || !Number.isFinite(b) || b < a))
        throw new Error(`brat: bad offsets in "${line}"`)
      spans.set(id, { id, label, parts })
    } else if (id.startsWith('E')) events.push(middle.trim().split(/\s+/u))
  }
  const attributions = events.map((args) => {
    const role = (name: string) => {
      const arg = args.find((a) => a.startsWith(`${name}:`))
      return arg ? spans.get(arg.slice(name.length + 1))?.parts : undefined
    }
    return { source: role('Source'), cue: role('Cue'), content: role('Content') }
  })
  return { spans, attributions }
}

const EDGE = /[\s"'“”‘’„«».,;:!?()[\]—–-]/u

/**
 * Parts with nothing but blanks between them joined into one: PolNeAR's annotators sometimes marked a quotation's
 * sentences as parts of their own ("… immigration?|I believe …"), sometimes not; the papers score tokens, where such
 * parts are one run of tokens.
 */
export function joinBlankGaps(text: string, parts: Parts): Parts {
  const out: Parts = []
  for (const [a, b] of parts) {
    const last = out.at(-1)
    if (last && last[1] <= a && text.slice(last[1], a).trim() === '') last[1] = Math.max(last[1], b)
    else out.push([a, b])
  }
  return out
}

/**
 * A span without the blanks, quotation marks and punctuation at its edges, so that `“Yes,” he said` and `Yes` meet
 * exactly (parts with only blanks between them joined first); what is left must be a non-empty stretch of the text.
 */
export function trimParts(text: string, parts: Parts): Parts {
  const out: Parts = []
  for (const [a0, b0] of joinBlankGaps(text, parts)) {
    let a = a0
    let b = b0
    while (a < b && EDGE.test(text[a] as string)) a++
    while (b > a && EDGE.test(text[b - 1] as string)) b--
    if (b > a) out.push([a, b])
  }
  return out
}

export const sameParts = (x: Parts, y: Parts) =>
  x.length === y.length && x.every(([a, b], i) => a === y[i]?.[0] && b === y[i]?.[1])

export const partsOverlap = (x: Parts, y: Parts) => x.some(([a, b]) => y.some(([c, d]) => a < d && c < b))
