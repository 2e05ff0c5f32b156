/**
 * Our NER annotation's working format: a sentence on one line with its names in brackets, "[PER Angela Merkel] besuchte
 * [LOC Paris] .", tokens separated by spaces (scripts/ner-annotate.ts exports and imports it; eval/gold/ner/ holds the
 * result in GermEval's format).
 */
import type { TaggedSentence } from '../src/entities/tagger/index.ts'

export const NER_TYPES = /^(PER|ORG|LOC|OTH)(deriv|part)?$/u

/** "[PER Angela Merkel] sagte ." ← words and BIO tags */
export function toBrackets(words: readonly string[], tags: readonly string[]): string {
  const out: string[] = []
  let open = false
  tags.forEach((tag, i) => {
    if (open && !tag.startsWith('I-')) {
      out[out.length - 1] += ']'
      open = false
    }
    out.push(
      tag.startsWith('B-') || (tag.startsWith('I-') && !open)
        ? `[${tag.slice(2)} ${words[i]}`
        : (words[i] as string),
    )
    if (tag !== 'O') open = true
  })
  if (open) out[out.length - 1] += ']'
  return out.join(' ')
}

/** words and BIO tags ← "[PER Angela Merkel] sagte ."; a malformed line is an error naming it */
export function fromBrackets(line: string): TaggedSentence {
  const words: string[] = []
  const tags: string[] = []
  let type: string | undefined
  let first = false
  for (const piece of line.trim().split(/\s+/u)) {
    if (piece.startsWith('[') && piece.length > 1 && type === undefined) {
      type = piece.slice(1)
      if (!NER_TYPES.test(type)) throw new Error(`unknown type "${type}" in: ${line}`)
      first = true
      continue
    }
    let word = piece
    let closes = false
    if (type !== undefined && word.endsWith(']') && word.length > 1) {
      word = word.slice(0, -1)
      closes = true
    }
    words.push(word)
    tags.push(type === undefined ? 'O' : `${first ? 'B' : 'I'}-${type}`)
    first = false
    if (closes) type = undefined
  }
  if (type !== undefined) throw new Error(`unclosed bracket in: ${line}`)
  return { words, tags }
}
