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
  const at = (i: number, list: readonly string[]) =>
    i < 0
      ? (BOUNDARY[-i - 1] as string)
      : i >= list.length
        ? (END[i - list.length] as string)
        : (list[i] as string)
  const out: string[][] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string
    const l = lower[i] as string
    const f: string[] = ['bias', `w=${w}`, `l=${l}`, `sh=${wordShape(w)}`, `ss=${shapes[i]}`]
    for (let k = 1; k <= 6 && k <= l.length; k++) f.push(`p${k}=${l.slice(0, k)}`, `s${k}=${l.slice(-k)}`)
    if (w.length > 1 && w.includes('-')) {
      const parts = l.split('-').filter((p) => p.length > 0)
      f.push(
        `h0=${parts[0] ?? ''}`,
        `hl=${parts[parts.length - 1] ?? ''}`,
        `hs3=${(parts[parts.length - 1] ?? '').slice(-3)}`,
      )
    }
    if (i === 0) f.push('first')
    if (i === words.length - 1) f.push('last')
    f.push(`len=${Math.min(w.length, 10)}`)
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
    out.push(f)
  }
  return out
}

/** Features that join the previous tag with this token: the tag alone, with the word ("B-PER" before "traf"), with the shape. */
export function edgeFeatures(prev: string, lower: string, shape: string): string[] {
  return [`t-1=${prev}`, `t-1|l=${prev}|${lower}`, `t-1|ss=${prev}|${shape}`]
}
