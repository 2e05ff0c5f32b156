import type { RawBlock } from './article-blocks.ts'
import { comparable } from './clean-text.ts'

/** How much of readability's text the publisher's `articleBody` must confirm before it may judge single blocks. */
const MIN_AGREEMENT = 0.9
/** How large `articleBody` must be against readability's text to vouch for it from inside. */
const MIN_DECLARED_SHARE = 0.5
/** Share of a block's words that must stand in `articleBody` for the block to be article text. */
const MIN_BLOCK_COVER = 0.8

function words(text: string): string[] {
  return comparable(text).split(' ').filter(Boolean)
}

/**
 * Keeps the blocks the publisher itself declares as the article: JSON-LD `articleBody` lists the report's
 * paragraphs, while readability also keeps what stands between them ("Am beliebtesten", "Hinweis zu
 * Affiliate-Links: …", "Mehr Themen auf VOGUE.de:"). Only when `articleBody` and readability agree on most of the
 * text is it trusted block by block; a teaser-length or differently cut `articleBody` changes nothing. Headings are
 * rarely part of `articleBody`: one stays when the paragraph after it stays. Figures always stay.
 */
export function keepDeclaredBody(blocks: RawBlock[], articleBody: string | undefined): RawBlock[] {
  if (!articleBody) return blocks
  const declared = new Set(words(articleBody))
  const cover = (text: string) => {
    const w = words(text)
    return w.length ? w.filter((x) => declared.has(x)).length / w.length : 1
  }
  const paragraphs = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))
  const total = paragraphs.reduce((n, p) => n + words(p).length, 0)
  const confirmed = paragraphs.reduce((n, p) => n + cover(p) * words(p).length, 0)
  if (total === 0) return blocks
  // "the page's text confirms articleBody": either most of readability's words are declared, or articleBody is a
  // large part of the page and readability holds nearly all of it (readability kept a lot around it)
  const ours = new Set(paragraphs.flatMap(words))
  const declaredWords = words(articleBody)
  const held = declaredWords.filter((w) => ours.has(w)).length / Math.max(1, declaredWords.length)
  const contained = held >= MIN_AGREEMENT && declaredWords.length >= MIN_DECLARED_SHARE * total
  if (confirmed / total < MIN_AGREEMENT && !contained) return blocks

  const keep = blocks.map((b) => b.kind !== 'paragraph' || cover(b.text) >= MIN_BLOCK_COVER)
  // a heading stays when the next paragraph does: "Kämpfe um Bachmut" above the paragraphs it introduces
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]?.kind !== 'heading') continue
    const next = blocks.findIndex((b, j) => j > i && b.kind === 'paragraph')
    keep[i] = next >= 0 && keep[next] === true
  }
  return blocks.filter((_, i) => keep[i])
}
