import type { Block, Span, Structure } from '../document/index.ts'
import type { CreditMatcher } from './credit-line.ts'
import type { DateLineMatcher } from './date-line.ts'
import { groupBy, type PageLine, splitPageLines, wordCount } from './page-lines.ts'

/** Lines a heading may not end with: a heading is no sentence (but "Rebellengebiete bald Staaten?" is one). */
const SENTENCE_END = /[.,;:…]["“”»«'’)]*$/u
const MAX_HEADING_WORDS = 12
const MAX_HEADING_CHARS = 110
/** a caption says what the photo shows; a kicker ("Ukraine-Krise") under a photo credit is no caption */
const MIN_CAPTION_WORDS = 4
/** description lines are one phrase, not a paragraph */
const MAX_DESCRIPTION_CHARS = 250
const MAX_KICKER_WORDS = 4

type Role = 'credit' | 'figure-part' | 'heading' | 'paragraph'

function headingLike(line: PageLine): boolean {
  return (
    wordCount(line.text) <= MAX_HEADING_WORDS &&
    line.text.length <= MAX_HEADING_CHARS &&
    !SENTENCE_END.test(line.text) &&
    // one clause: "Lawrow: Blinken sagte schriftliche Antwort zu" is fine, two sentences are not
    !/[.!?]\s+\p{Lu}/u.test(line.text)
  )
}

/**
 * Recovers the page layout from flattened web-page text, where photo descriptions, credits, captions, the kicker,
 * the headline and section headings are mixed into the body as lines. Rules, not strings: a credit line
 * (agency/photographer, "Grafik: …") anchors a figure — the line before it is the description, the line after it
 * (in the same group, long enough) the caption; short unpunctuated lines standing alone are headings; before the
 * first paragraph they are the kicker and the title; the first paragraph after the title is the lead.
 */
export function recoverStructure(text: string, credits: CreditMatcher, dates?: DateLineMatcher): Structure {
  const lines = splitPageLines(text)
  const roles: (Role | undefined)[] = lines.map(() => undefined)
  const figures = new Map<number, Block>()

  lines.forEach((line, i) => {
    if (!credits.isCredit(line.text)) return
    const before = lines[i - 1]
    const after = lines[i + 1]
    const sameGroup = (other: PageLine | undefined): other is PageLine =>
      other !== undefined && other.group === line.group
    const alone = line.groupSize === 1
    // a lone agency name ("Reuters") is a credit only directly under a description line
    if (
      !line.text.includes('/') &&
      !line.text.includes(':') &&
      !line.text.startsWith('©') &&
      !sameGroup(before)
    )
      return
    if (alone && !line.text.includes(':') && !line.text.includes('/')) return
    roles[i] = 'credit'
    let start = line.span[0]
    let end = line.span[1]
    const block: Block = { kind: 'figure', span: [start, end], credit: line.span }
    let description: string | undefined
    if (
      sameGroup(before) &&
      roles[i - 1] === undefined &&
      before.text.length <= MAX_DESCRIPTION_CHARS &&
      !credits.isCredit(before.text)
    ) {
      roles[i - 1] = 'figure-part'
      block.alt = before.span
      description = before.text
      start = before.span[0]
    }
    if (
      sameGroup(after) &&
      !credits.isCredit(after.text) &&
      wordCount(after.text) >= MIN_CAPTION_WORDS &&
      after.text.length <= MAX_DESCRIPTION_CHARS
    ) {
      // "Grafik zu …" + "Grafik: APA/ORF.at" is complete; a graphic's next line is body text
      if (!credits.isGraphic(line.text, description)) {
        roles[i + 1] = 'figure-part'
        block.caption = after.span
        end = after.span[1]
      }
    }
    block.kind = credits.isGraphic(line.text, description) ? 'graphic' : 'figure'
    block.span = [start, end]
    figures.set(start, block)
  })

  const body = lines.map((line, i) => ({ line, i })).filter(({ i }) => roles[i] === undefined)
  const bodyByGroup = groupBy(body, ({ line }) => line.group)
  for (const [k, { line, i }] of body.entries()) {
    const next = body[k + 1]?.line
    // figure lines do not count: "Ukraine-Krise" directly under a photo credit still stands alone
    const groupLines = bodyByGroup.get(line.group) ?? []
    const alone = groupLines.length === 1
    // "Nahost" over "Waffenruhe in Gaza hält vorerst": a small group of headline lines
    const headlineGroup = groupLines.length <= 3 && groupLines.every((other) => headingLike(other.line))
    const standsAlone =
      alone ||
      headlineGroup ||
      (next !== undefined && next.text.length >= 2 * line.text.length && !headingLike(next))
    roles[i] = headingLike(line) && standsAlone ? 'heading' : 'paragraph'
  }

  const structure: Structure = { blocks: [] }
  // Everything heading-like before the first paragraph is page head: kicker and title.
  const firstParagraph = roles.indexOf('paragraph')
  // "Friday, August 21, 2015" under the headline is the page's dateline, no title
  const head = body.filter(
    ({ i, line }) =>
      roles[i] === 'heading' && (firstParagraph < 0 || i < firstParagraph) && !dates?.isDateLine(line.text),
  )
  const titleEntry = head.at(-1)
  const kickerEntry = head.at(-2)
  const consumed = new Set<number>()
  if (titleEntry) {
    structure.title = titleEntry.line.span
    consumed.add(titleEntry.i)
    const titleWords = wordCount(titleEntry.line.text)
    if (
      kickerEntry &&
      wordCount(kickerEntry.line.text) <= MAX_KICKER_WORDS &&
      wordCount(kickerEntry.line.text) < titleWords
    ) {
      structure.kicker = kickerEntry.line.span
      consumed.add(kickerEntry.i)
    }
    if (firstParagraph > titleEntry.i) structure.lead = lines[firstParagraph]?.span
  }

  lines.forEach((line, i) => {
    const figure = figures.get(line.span[0])
    if (figure) structure.blocks.push(figure)
    else if (roles[i] === 'heading' && !consumed.has(i))
      structure.blocks.push({ kind: 'heading', span: line.span })
    else if (roles[i] === 'paragraph') structure.blocks.push({ kind: 'paragraph', span: line.span })
  })
  return structure
}

/** The spans of text a reader reads as running text or headlines: every block, caption and description, but no credit. */
export function readableRegions(structure: Structure): Span[] {
  const regions: Span[] = []
  if (structure.kicker) regions.push(structure.kicker)
  if (structure.title) regions.push(structure.title)
  for (const block of structure.blocks) {
    if (block.kind === 'figure' || block.kind === 'graphic') {
      if (block.alt) regions.push(block.alt)
      if (block.caption) regions.push(block.caption)
    } else regions.push(block.span)
  }
  return regions.sort((a, b) => a[0] - b[0])
}
