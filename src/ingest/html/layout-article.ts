import type { Block, Span, Structure } from '../../document/index.ts'
import type { RawBlock } from './article-blocks.ts'

export interface ArticleParts {
  kicker?: string
  title?: string
  lead?: string
  blocks: RawBlock[]
}

/**
 * Lays the article out as the flat page text our structure stage reads — kicker, title, lead, then headings and
 * paragraphs, each its own line with a blank line between; a figure is one group of lines: description, credit,
 * caption — and returns the spans of every part, so the pipeline need not guess them back.
 */
export function layoutArticle(parts: ArticleParts): { text: string; structure: Structure } {
  let text = ''
  const add = (line: string, separator: '\n\n' | '\n'): Span => {
    if (text) text += separator
    const start = text.length
    text += line
    return [start, text.length]
  }
  const structure: Structure = { blocks: [] }
  if (parts.kicker) structure.kicker = add(parts.kicker, '\n\n')
  if (parts.title) structure.title = add(parts.title, '\n\n')
  if (parts.lead) {
    structure.lead = add(parts.lead, '\n\n')
    // the lead is also a paragraph of the body, as the structure stage marks it for flat pages
    structure.blocks.push({ kind: 'paragraph', span: structure.lead })
  }
  for (const raw of parts.blocks) {
    if (raw.kind !== 'figure') {
      structure.blocks.push({ kind: raw.kind, span: add(raw.text, '\n\n') })
      continue
    }
    let separator: '\n\n' | '\n' = '\n\n'
    const block: Partial<Block> = {
      kind: /^(?:Grafik|Karte|Infografik)\b/u.test(raw.credit ?? raw.alt ?? '') ? 'graphic' : 'figure',
    }
    const line = (value: string | undefined, key: 'alt' | 'credit' | 'caption') => {
      if (!value) return
      block[key] = add(value, separator)
      separator = '\n'
    }
    line(raw.alt, 'alt')
    line(raw.credit, 'credit')
    line(raw.caption, 'caption')
    const spans = [block.alt, block.credit, block.caption].filter((s): s is Span => s !== undefined)
    const first = spans[0]
    const last = spans[spans.length - 1]
    if (!first || !last) continue
    structure.blocks.push({ ...block, kind: block.kind ?? 'figure', span: [first[0], last[1]] })
  }
  return { text, structure }
}
