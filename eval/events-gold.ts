/**
 * The events development gold (`npm run eval -- events --dir DIR`): one JSON file per article in DIR, coded by
 * hand from the article's text alone. The texts stay in the shared data folder; a gold file names its article
 * by `source` and points at its evidence by quoting the words (whole words, n-th occurrence).
 *
 * Sources
 * - `{ corpus: "spkatt2023-news", split: "train" | "dev" | "unlabeled", file }`: the tokens of that SpkAtt file
 *   joined as `rebuildText` joins them (eval/spkatt-data.ts); the reference date is the one in the file name.
 * - `{ corpus: "fundus-dach", file: "de/DW.json", key?: "V1" }`: that page of the Fundus file as the bench reads
 *   it (`fundusPageText` in bench/corpus.ts: title, summary, section headlines and paragraphs, blank lines
 *   between); the reference date is the page's `publishing_date`.
 * - `{ corpus: "inline", text }`: a text given in the gold itself, for tests.
 * A gold file's `published` overrides the source's date. The text is normalised as `analyze` normalises it,
 * so offsets printed by eval/events-text.ts are offsets into the analysis text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { type FundusPage, fundusPageText, sharedDataDir } from '../bench/corpus.ts'
import { eventStatusSchema, normalizeText, PLOVER_TYPES } from '../src/document/index.ts'
import { rebuildText } from './spkatt-data.ts'

export { PLOVER_TYPES }

/** the contract's statuses, as the analysis schema lists them */
export const STATUSES = eventStatusSchema.options

const mentionSchema = z.object({
  evidence: z.string().min(1),
  nth: z.number().int().positive().optional(),
})

const eventSchema = z.object({
  type: z.enum(PLOVER_TYPES),
  status: z.enum(STATUSES),
  actor: z.array(z.string().min(1)),
  recipient: z.array(z.string().min(1)),
  evidence: z.string().min(1),
  nth: z.number().int().positive().optional(),
  also: z.array(mentionSchema).optional(),
  note: z.string().optional(),
})

export const sourceSchema = z.discriminatedUnion('corpus', [
  z.object({
    corpus: z.literal('spkatt2023-news'),
    split: z.enum(['train', 'dev', 'unlabeled']),
    file: z.string().min(1),
  }),
  z.object({ corpus: z.literal('fundus-dach'), file: z.string().min(1), key: z.string().optional() }),
  z.object({ corpus: z.literal('inline'), text: z.string().min(1) }),
])

export const goldArticleSchema = z.object({
  source: sourceSchema,
  half: z.enum(['tune', 'report']),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/u)
    .optional(),
  events: z.array(eventSchema),
})

export type GoldSource = z.infer<typeof sourceSchema>
export type DevGoldEvent = z.infer<typeof eventSchema>
export type DevGoldArticle = z.infer<typeof goldArticleSchema>
export type Half = DevGoldArticle['half']

export interface SourceText {
  /** the normalised text, as `analyze` will hold it */
  text: string
  published?: string
  /** short name for reports: "spkatt/train/10022 - …", "fundus/de/DW.json#V1", "inline" */
  label: string
}

/** `LAGEBILD_DATA`, else `<repo>/../shared/data`. */
export const dataDir = (): string => sharedDataDir()

/** The article text a source names, exactly as the scorer hands it to `analyze`. */
export function sourceText(source: GoldSource, data = dataDir()): SourceText {
  if (source.corpus === 'inline') return { text: normalizeText(source.text), label: 'inline' }
  if (source.corpus === 'spkatt2023-news') {
    const path = join(data, 'spkatt2023-news', source.split, source.file)
    if (!existsSync(path)) throw new Error(`no such SpkAtt file: ${path}`)
    const raw = JSON.parse(readFileSync(path, 'utf8')) as { Sentences: Array<{ Tokens: string[] }> }
    const published = /\((\d{4}-\d{2}-\d{2})\)\.json$/u.exec(source.file)?.[1]
    return {
      text: normalizeText(rebuildText(raw.Sentences.map((s) => s.Tokens)).text),
      ...(published ? { published } : {}),
      label: `spkatt/${source.split}/${source.file}`,
    }
  }
  const key = source.key ?? 'V1'
  const path = join(data, 'fundus-dach', source.file)
  if (!existsSync(path)) throw new Error(`no such Fundus file: ${path}`)
  const pages = JSON.parse(readFileSync(path, 'utf8')) as Record<
    string,
    FundusPage & { publishing_date?: string }
  >
  const page = pages[key]
  if (!page) throw new Error(`${path} has no page ${key} (it has ${Object.keys(pages).join(', ')})`)
  const published = /^\d{4}-\d{2}-\d{2}/u.exec(page.publishing_date ?? '')?.[0]
  return {
    text: normalizeText(fundusPageText(page)),
    ...(published ? { published } : {}),
    label: `fundus/${source.file}#${key}`,
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

/** Every occurrence of `words` as whole words (not inside a longer word), in order. */
export function occurrences(text: string, words: string): Array<[number, number]> {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words)}(?![\\p{L}\\p{N}])`, 'gu')
  return [...text.matchAll(re)].map((m) => [m.index, m.index + words.length])
}

export interface LoadedEvent extends DevGoldEvent {
  /** the evidence first, then every `also` mention */
  mentions: Array<[number, number]>
}

export interface LoadedGold {
  /** file name in the gold folder */
  file: string
  half: Half
  source: SourceText
  published?: string
  events: LoadedEvent[]
}

/** Checks one gold object and finds its evidence in the text; throws with every problem it finds. */
export function loadGold(raw: unknown, file: string, data = dataDir()): LoadedGold {
  const parsed = goldArticleSchema.safeParse(raw)
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`)
    throw new Error(issues.join('; '))
  }
  const gold = parsed.data
  const source = sourceText(gold.source, data)
  const problems: string[] = []
  const find = (words: string, nth = 1, k: number): [number, number] => {
    const found = occurrences(source.text, words)
    const at = found[nth - 1]
    if (!at) {
      problems.push(
        `event ${k + 1}: ${JSON.stringify(words)} occurrence ${nth} not in the text (found ${found.length} as whole words)`,
      )
      return [0, 0]
    }
    return at
  }
  const events = gold.events.map((e, k) => ({
    ...e,
    mentions: [find(e.evidence, e.nth, k), ...(e.also ?? []).map((m) => find(m.evidence, m.nth, k))],
  }))
  if (problems.length) throw new Error(problems.join('; '))
  const published = gold.published ?? source.published
  return { file, half: gold.half, source, ...(published ? { published } : {}), events }
}

/** Every `*.json` in the folder (other files, like GUIDELINE.md, are not gold); broken files are reported, not scored. */
export function readGoldDir(
  dir: string,
  data = dataDir(),
): { golds: LoadedGold[]; problems: Array<{ file: string; error: string }> } {
  const golds: LoadedGold[] = []
  const problems: Array<{ file: string; error: string }> = []
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    try {
      golds.push(loadGold(JSON.parse(readFileSync(join(dir, file), 'utf8')), file, data))
    } catch (error) {
      problems.push({ file, error: (error as Error).message })
    }
  }
  return { golds, problems }
}
