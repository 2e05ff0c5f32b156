import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import type { Analysis, Document, Span } from '../src/document/index.ts'

export const GOLDEN_DIR = new URL('./fixtures/golden/', import.meta.url)

export interface Golden {
  slug: string
  input: string
  meta: { published?: string; outlet?: string; uri?: string }
}

export function goldenSlugs(): string[] {
  return readdirSync(GOLDEN_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
}

export function loadGolden(slug: string): Golden {
  const dir = new URL(`${slug}/`, GOLDEN_DIR)
  const metaUrl = new URL('meta.json', dir)
  return {
    slug,
    input: readFileSync(new URL('input.txt', dir), 'utf8'),
    meta: existsSync(metaUrl) ? JSON.parse(readFileSync(metaUrl, 'utf8')) : {},
  }
}

/** A span with the words it covers, so expected files read without counting offsets. */
export interface SpanText {
  span: Span
  text: string
}

const spanText = (text: string, span: Span): SpanText => ({ span, text: text.slice(span[0], span[1]) })

export function describeStructure(analysis: Analysis) {
  const { text, structure } = analysis
  const optional = (span: Span | undefined) => (span ? spanText(text, span) : undefined)
  return {
    kicker: optional(structure.kicker),
    title: optional(structure.title),
    lead: optional(structure.lead),
    blocks: structure.blocks.map((block) => ({
      kind: block.kind,
      ...spanText(text, block.span),
      ...(block.alt ? { alt: spanText(text, block.alt) } : {}),
      ...(block.credit ? { credit: spanText(text, block.credit) } : {}),
      ...(block.caption ? { caption: spanText(text, block.caption) } : {}),
    })),
  }
}

export function describeSentences(analysis: Analysis): SpanText[] {
  return analysis.sentences.map((span) => spanText(analysis.text, span))
}

/** Every `{span, text}` pair anywhere in `value` whose text is not what the span covers. */
export function spanTextMismatches(text: string, value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => spanTextMismatches(text, item, `${path}[${i}]`))
  if (value === null || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  const own: string[] = []
  if (Array.isArray(record.span) && typeof record.text === 'string') {
    const [start, end] = record.span as Span
    const actual = text.slice(start, end)
    if (actual !== record.text)
      own.push(
        `${path}: span [${start}, ${end}) covers ${JSON.stringify(actual)}, expected ${JSON.stringify(record.text)}`,
      )
  }
  return [
    ...own,
    ...Object.entries(record).flatMap(([key, item]) => spanTextMismatches(text, item, `${path}.${key}`)),
  ]
}

/**
 * The expected layer of a golden article. `LAGEBILD_UPDATE_GOLDEN=1` rewrites it from what the code does now
 * (review the diff before committing); CI never sets it, so a changed result fails there.
 */
export function expectedLayer(slug: string, layer: string, actual: unknown): unknown {
  const dir = new URL(`${slug}/expected/`, GOLDEN_DIR)
  const file = new URL(`${layer}.json`, dir)
  if (process.env.LAGEBILD_UPDATE_GOLDEN === '1') {
    mkdirSync(dir, { recursive: true })
    writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`)
  }
  if (!existsSync(file))
    throw new Error(`no expected file ${file.pathname}; run with LAGEBILD_UPDATE_GOLDEN=1 and review it`)
  return JSON.parse(readFileSync(file, 'utf8'))
}

/** Items of a span layer with the words they cover beside them. */
export function describeSpanItems<T extends { span: Span }>(
  text: string,
  items: T[],
): Array<T & { text: string }> {
  return items.map((item) => ({ ...item, text: text.slice(item.span[0], item.span[1]) }))
}

/** The quotes layer with the text of every span beside it, as the golden quotes files record it. */
export function quotesWithText(doc: Document) {
  const read = (span: Span) => doc.text.slice(span[0], span[1])
  return (doc.layers.quotes ?? []).map((q) => ({
    ...q,
    text: read(q.span),
    ...(q.speakerMention ? { speakerMention: { span: q.speakerMention, text: read(q.speakerMention) } } : {}),
    ...(q.cue ? { cue: q.cue.map((c) => ({ span: c, text: read(c) })) } : {}),
  }))
}
