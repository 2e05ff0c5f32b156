import { cleanInline } from './clean-text.ts'
import { type DomElement, type DomNode, isElement, selectAll, TEXT_NODE, tagOf } from './dom.ts'
import { type FigureParts, readFigure } from './figure-parts.ts'

export type RawBlock = { kind: 'heading' | 'paragraph'; text: string } | ({ kind: 'figure' } & FigureParts)

/** Elements that never hold article text. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'button',
  'form',
  'input',
  'select',
  'textarea',
  'nav',
  'svg',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'map',
  'dialog',
  'menu',
])
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
/** Inline elements: their text joins the running paragraph. */
export const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'del',
  'ins',
  'label',
  'strike',
  'tt',
])

const MIN_SENTENCE_WORDS = 6

/** A list whose items are mostly sentences ("Die Stadt will bis 2030 … ausbauen.") is part of the text. */
function sentenceList(list: DomElement): boolean {
  const items = Array.from(list.children).filter((c) => tagOf(c) === 'li')
  if (items.length === 0) return false
  const sentences = items.filter((li) => {
    const text = cleanInline(li.textContent ?? '')
    return text.split(' ').length >= MIN_SENTENCE_WORDS && /[.!?:“”"»«)]$/u.test(text)
  })
  return sentences.length * 2 > items.length
}

/**
 * Walks readability's article element into blocks in reading order: `<h2>`–`<h6>` headings, paragraphs (a `<p>`,
 * a list item, or a run of inline text between blocks; two `<br>` in a row also end a paragraph, as older CMSs
 * write them), and figures with description, caption and credit.
 */
export function articleBlocks(root: DomElement): RawBlock[] {
  const blocks: RawBlock[] = []
  let inline = ''
  let breaks = 0
  const flush = () => {
    const text = cleanInline(inline)
    if (/[\p{L}\p{N}]/u.test(text)) blocks.push({ kind: 'paragraph', text })
    inline = ''
  }

  const visit = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.textContent ?? ''
      if (value.trim()) breaks = 0
      inline += value
      return
    }
    if (!isElement(node)) return
    const tag = tagOf(node)
    if (SKIP.has(tag) || node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return
    if (tag === 'br') {
      breaks += 1
      // "Absatz eins.<br><br>Absatz zwei." are two paragraphs; a single <br> is a line break inside one
      if (breaks >= 2) flush()
      else inline += ' '
      return
    }
    if (INLINE.has(tag)) {
      for (const child of Array.from(node.childNodes)) visit(child)
      return
    }
    flush()
    breaks = 0
    if (HEADING.has(tag)) {
      const text = cleanInline(node.textContent ?? '')
      if (text) blocks.push({ kind: 'heading', text })
    } else if (tag === 'figure') {
      const parts = readFigure(node)
      if (parts.caption || parts.credit || parts.alt) blocks.push({ kind: 'figure', ...parts })
    } else if ((tag === 'ul' || tag === 'ol') && !sentenceList(node)) {
      // a list of fragments is a fact box, a link list or a product sheet ("10 GB LTE Datenvolumen"), not prose; the
      // heading right above it ("Exklusive Politik-Hintergründe – für Sie recherchiert") titled the list, not the text
      if (blocks.at(-1)?.kind === 'heading') blocks.pop()
    } else if (tag === 'img' || tag === 'picture') {
      // a bare image has no caption to read
    } else if (tag === 'table' && !selectAll(node, 'p, h2, h3, h4, h5, h6, table').length) {
      // a table of data the article shows (standings, stock prices) is part of what the page reports, one line a row;
      // one that does not name its columns is a widget readability kept (a sidebar's standings); a table that lays out
      // paragraphs is walked like any other box
      const rows = selectAll(node, 'tr').map((row) =>
        selectAll(row, 'th, td').map((cell) => cleanInline(cell.textContent ?? '')),
      )
      const named = (rows[0] ?? []).filter((cell) => /\p{L}/u.test(cell)).length >= 2
      for (const cells of named ? rows : []) {
        const text = cleanInline(cells.join(' '))
        if (/[\p{L}\p{N}]/u.test(text)) blocks.push({ kind: 'paragraph', text })
      }
    } else {
      for (const child of Array.from(node.childNodes)) visit(child)
      flush()
    }
  }

  for (const child of Array.from(root.childNodes)) visit(child)
  flush()
  return blocks
}
