import type { RawBlock } from './article-blocks.ts'
import boilerplate from './boilerplate-lines.json' with { type: 'json' }
import { comparable } from './clean-text.ts'
import { splitCredit } from './figure-parts.ts'

const LINES = new Set(boilerplate.lines.map(comparable))
const PREFIXES = boilerplate.prefixes.map(comparable)
const MAX_PREFIX_WORDS = 25

// "Freitag, 28.04.2023, 19:25", "Stand: 26.04.2024, 20:44 Uhr", "Aktualisiert am 03.05.2024 um 15:42 Uhr"
const DATE_LINE =
  /^(?:(?:Stand|Aktualisiert|Veröffentlicht|Erstellt|Zuletzt aktualisiert)(?:\s+am)?:?\s*)?(?:\p{L}+,?\s+)?\d{1,2}\.\s*(?:\d{1,2}\.|\p{L}+)\s*\d{2,4}(?:,?\s*(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?$/u

/** a photo caption that readability flattened into a paragraph ends with its credit and is short */
const MAX_CAPTION_CHARS = 300

/**
 * Drops page furniture readability keeps (share bars, consent placeholders, "Mehr zum Thema", date lines) and turns
 * caption paragraphs ("Buschmann und Paus bei der Vorstellung Foto: Felix Zahn/imago") back into figures.
 */
export function cleanBlocks(blocks: RawBlock[]): RawBlock[] {
  const kept: RawBlock[] = []
  for (const block of blocks) {
    if (block.kind === 'figure') {
      kept.push(block)
      continue
    }
    const key = comparable(block.text)
    if (!key || LINES.has(key)) continue
    if (PREFIXES.some((p) => key.startsWith(p)) && key.split(' ').length <= MAX_PREFIX_WORDS) continue
    if (DATE_LINE.test(block.text)) continue
    if (block.kind === 'paragraph' && block.text.length <= MAX_CAPTION_CHARS) {
      const { caption, credit } = splitCredit(block.text)
      // "… Foto: dpa" at the end, with a caption before it: not a sentence of the article
      if (credit && caption && /^(?:Fotos?|Bild|Grafik|©)/u.test(credit)) {
        kept.push({ kind: 'figure', caption, credit })
        continue
      }
    }
    kept.push(block)
  }
  return kept
}
