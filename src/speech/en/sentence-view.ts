import type { Document, Span, Token } from '../../document/index.ts'

/** A token as the English rules read it: its words, lower-cased words and Penn Treebank tag. */
export interface EnToken {
  span: Span
  text: string
  lower: string
  pos: string
  kind: Token['kind']
}

/** The document as the English rules read it: tokens, sentences as token ranges, and paired quotation marks. */
export interface EnglishView {
  text: string
  tokens: EnToken[]
  /** per sentence, its first token and the token after its last */
  sentences: Array<{ first: number; end: number }>
  /** per quotation mark, the index of the mark it pairs with */
  partner: (number | undefined)[]
  /** per token, whether it stands between a pair of quotation marks */
  quoted: boolean[]
  /** per token, whether it is part of a person's or organisation's name (the entities layer, when there is one) */
  named: boolean[]
}

const OPENING = new Set(['“', '«', '„'])
const CLOSING = new Set(['”', '»'])
const STRAIGHT = '"'

/**
 * Pairs quotation marks within a paragraph: curly marks by their side, straight ones alternately. A quotation that
 * never closes pairs with nothing; single marks are left alone, since "'" is also an apostrophe.
 */
function pairQuotationMarks(text: string, tokens: readonly EnToken[]): (number | undefined)[] {
  const partner: (number | undefined)[] = tokens.map(() => undefined)
  let open: number | undefined
  tokens.forEach((t, i) => {
    const before = i > 0 ? text.slice((tokens[i - 1] as EnToken).span[1], t.span[0]) : ''
    // a new paragraph ends a quotation that never closed
    if (before.includes('\n')) open = undefined
    if (t.kind !== 'quote' && t.kind !== 'punct') return
    const opens = OPENING.has(t.text) || (t.text === STRAIGHT && open === undefined)
    const closes = CLOSING.has(t.text) || (t.text === STRAIGHT && open !== undefined)
    if (closes && open !== undefined) {
      partner[open] = i
      partner[i] = open
      open = undefined
    } else if (opens) open = i
  })
  return partner
}

export function buildEnglishView(doc: Document): EnglishView {
  const text = doc.text
  const tokens: EnToken[] = (doc.layers.tokens ?? []).map((t) => {
    const words = text.slice(t.span[0], t.span[1])
    return { span: t.span, text: words, lower: words.toLowerCase(), pos: t.pos ?? '', kind: t.kind }
  })
  // sentences as token ranges in one pass: a sentence without tokens is the empty range at 0
  const sentences = (doc.layers.sentences ?? []).map(() => ({ first: -1, end: 0 }))
  ;(doc.layers.tokens ?? []).forEach((t, i) => {
    const range = sentences[t.sentence]
    if (!range) return
    if (range.first < 0) range.first = i
    range.end = i + 1
  })
  for (const range of sentences) if (range.first < 0) range.first = 0
  const partner = pairQuotationMarks(text, tokens)
  const quoted = tokens.map(() => false)
  partner.forEach((p, i) => {
    if (p !== undefined && p > i) for (let k = i + 1; k < p; k++) quoted[k] = true
  })
  const named = tokens.map(() => false)
  const names = (doc.layers.entities ?? []).filter((e) => e.type === 'PER' || e.type === 'ORG')
  let n = 0
  const byStart = [...names].sort((a, b) => a.span[0] - b.span[0])
  tokens.forEach((t, i) => {
    while (n < byStart.length && (byStart[n] as (typeof byStart)[number]).span[1] <= t.span[0]) n++
    for (let m = n; m < byStart.length && (byStart[m] as (typeof byStart)[number]).span[0] < t.span[1]; m++) {
      const e = (byStart[m] as (typeof byStart)[number]).span
      if (e[0] <= t.span[0] && t.span[1] <= e[1]) named[i] = true
    }
  })
  return { text, tokens, sentences, partner, quoted, named }
}

/** Whether a token is a quotation mark that closes a quotation. */
export function closesQuotation(view: EnglishView, i: number): boolean {
  const p = view.partner[i]
  return p !== undefined && p < i
}

/** Whether a token is a quotation mark that opens a quotation. */
export function opensQuotation(view: EnglishView, i: number): boolean {
  const p = view.partner[i]
  return p !== undefined && p > i
}
