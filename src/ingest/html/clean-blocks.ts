import type { RawBlock } from './article-blocks.ts'
import boilerplate from './boilerplate-lines.json' with { type: 'json' }
import { comparable } from './clean-text.ts'
import { type FigureParts, splitCredit } from './figure-parts.ts'
import { isFileName, isMediaTime } from './page-leftovers.ts'

const LINES = new Set(boilerplate.lines.map(comparable))
const PREFIXES = boilerplate.prefixes.map(comparable)
const MAX_PREFIX_WORDS = 25

// "Freitag, 28.04.2023, 19:25", "Stand: 26.04.2024, 20:44 Uhr", "Aktualisiert am 03.05.2024 um 15:42 Uhr"
const DATE_LINE =
  /^(?:(?:Stand|Aktualisiert|Veröffentlicht|Erstellt|Zuletzt aktualisiert)(?:\s+am)?:?\s*)?(?:\p{L}+,?\s+)?\d{1,2}\.\s*(?:\d{1,2}\.|\p{L}+)\s*\d{2,4}(?:,?\s*(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?$/u

// "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM", "Published 1 day ago"
const ENGLISH_DATE_LINES = (boilerplate.dateLines ?? []).map((pattern) => new RegExp(pattern, 'u'))

/** a photo caption that readability flattened into a paragraph ends with its credit and is short */
const MAX_CAPTION_CHARS = 300

/** A figure without the parts that are its image's file name ("dyyly.jpg" as alt text); none when nothing is left. */
function withoutFileNames(figure: FigureParts): RawBlock | undefined {
  const parts: FigureParts = {}
  for (const key of ['alt', 'caption', 'credit'] as const) {
    const value = figure[key]
    if (value && !isFileName(value)) parts[key] = value
  }
  return Object.keys(parts).length ? { kind: 'figure', ...parts } : undefined
}

/**
 * Drops page furniture readability keeps (share bars, consent placeholders, "Mehr zum Thema", date lines, a media
 * player's times, image file names) and turns caption paragraphs ("Buschmann und Paus bei der Vorstellung Foto:
 * Felix Zahn/imago") back into figures.
 */
export function cleanBlocks(blocks: RawBlock[]): RawBlock[] {
  const kept: RawBlock[] = []
  for (const block of blocks) {
    if (block.kind === 'figure') {
      const figure = withoutFileNames(block)
      if (figure) kept.push(figure)
      continue
    }
    const key = comparable(block.text)
    if (!key || LINES.has(key)) continue
    if (isMediaTime(block.text) || isFileName(block.text)) continue
    if (PREFIXES.some((p) => key.startsWith(p)) && key.split(' ').length <= MAX_PREFIX_WORDS) continue
    if (DATE_LINE.test(block.text) || ENGLISH_DATE_LINES.some((line) => line.test(block.text))) continue
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
