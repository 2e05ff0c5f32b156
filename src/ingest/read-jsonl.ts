import { createReadStream } from 'node:fs'
import { LagebildError } from '../document/index.ts'
import { DEFAULT_MAX_ARTICLE_BYTES, decodeArticleBytes, type ReadOptions } from './read-article-text.ts'

/** One article as a JSON line carries it: `{"text": "…", "published": "2022-01-21", "outlet": "ORF.at"}`. */
export interface JsonlArticle {
  text: string
  published?: string
  outlet?: string
  uri?: string
  title?: string
  /** the article's language ("en"), when the producer of the file knows it: taken as final */
  lang?: string
}

/** A line of a JSONL file: the article it holds, or why it holds none. `bytes` lets a caller show progress. */
export type JsonlItem =
  | { line: number; bytes: number; article: JsonlArticle }
  | { line: number; bytes: number; error: LagebildError }

const OPTIONAL_FIELDS = ['published', 'outlet', 'uri', 'title', 'lang'] as const

const isBlankByte = (b: number) => b === 0x20 || b === 0x09 || b === 0x0d

/** Checks one decoded line; throws a coded error naming what is wrong with it. */
export function parseJsonlArticle(line: string): JsonlArticle {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    throw new LagebildError('LB_INPUT_UNREADABLE', `not a JSON object: ${(error as Error).message}`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new LagebildError('LB_INPUT_UNREADABLE', 'a line must be one JSON object like {"text": "…"}')
  }
  const record = value as Record<string, unknown>
  if (typeof record.text !== 'string') {
    throw new LagebildError('LB_INPUT_UNREADABLE', 'the object has no string field "text"')
  }
  if (record.text.replace(/^\uFEFF/u, '').trim() === '')
    throw new LagebildError('LB_INPUT_EMPTY', 'field "text" is empty')
  const article: JsonlArticle = { text: record.text }
  for (const field of OPTIONAL_FIELDS) {
    const v = record[field]
    if (v === undefined || v === null || v === '') continue
    if (typeof v !== 'string')
      throw new LagebildError('LB_INPUT_UNREADABLE', `field "${field}" must be a string`)
    article[field] = v
  }
  return article
}

/**
 * Reads a JSON Lines file of articles, one line at a time, so a file of a million articles never sits in memory.
 * Each line is decoded strictly (a Latin-1 line is refused, not mangled) and a bad line is yielded as an error
 * with its number: the caller reports it and goes on with the next. Blank lines are skipped.
 */
export async function* readJsonlArticles(path: string, options: ReadOptions = {}): AsyncGenerator<JsonlItem> {
  // a JSON line holds the article escaped, so the line may be somewhat longer than the article itself
  const lineLimit = 2 * (options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES)
  let pending: Buffer[] = []
  let pendingBytes = 0
  let tooLong = false
  let line = 0

  const finish = (): JsonlItem | undefined => {
    line++
    const bytes = pendingBytes + 1
    const raw = Buffer.concat(pending)
    const wasTooLong = tooLong
    pending = []
    pendingBytes = 0
    tooLong = false
    if (wasTooLong) {
      return {
        line,
        bytes,
        error: new LagebildError('LB_INPUT_TOO_LARGE', `the line is longer than ${lineLimit} bytes`),
      }
    }
    if (raw.every(isBlankByte)) return undefined
    try {
      return { line, bytes, article: parseJsonlArticle(decodeArticleBytes(raw, { maxBytes: lineLimit })) }
    } catch (error) {
      if (error instanceof LagebildError) return { line, bytes, error }
      throw error
    }
  }

  const chunks = async function* () {
    try {
      for await (const chunk of createReadStream(path)) yield chunk as Buffer
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') throw new LagebildError('LB_INPUT_NOT_FOUND', path)
      throw new LagebildError('LB_INPUT_UNREADABLE', `${path}: ${(error as Error).message}`)
    }
  }
  for await (const chunk of chunks()) {
    let from = 0
    for (;;) {
      const newline = chunk.indexOf(0x0a, from)
      const end = newline < 0 ? chunk.length : newline
      if (!tooLong) {
        pending.push(chunk.subarray(from, end))
        if (pendingBytes + end - from > lineLimit) {
          // keep counting, stop keeping: an overlong line is reported, not buffered
          tooLong = true
          pending = []
        }
      }
      pendingBytes += end - from
      if (newline < 0) break
      const item = finish()
      if (item) yield item
      from = newline + 1
    }
  }
  if (pendingBytes > 0) {
    const item = finish()
    if (item) yield item
  }
}

/**
 * How many articles a JSONL file holds, as `readJsonlArticles` would yield them (one a non-blank line, good or
 * bad), counted without parsing: a progress bar knows the item total before the first article is analysed.
 */
export async function countJsonlLines(path: string): Promise<number> {
  let count = 0
  let lineHasText = false
  try {
    for await (const chunk of createReadStream(path)) {
      for (const b of chunk as Buffer) {
        if (b === 0x0a) {
          if (lineHasText) count++
          lineHasText = false
        } else if (!lineHasText && !isBlankByte(b)) lineHasText = true
      }
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new LagebildError('LB_INPUT_NOT_FOUND', path)
    throw new LagebildError('LB_INPUT_UNREADABLE', `${path}: ${(error as Error).message}`)
  }
  return lineHasText ? count + 1 : count
}
