import { readFileSync, statSync } from 'node:fs'
import { LagebildError } from '../document/index.ts'

/** One article is at most this many bytes; a 50 MB "article" is a mistake (a dump, a video), not news. */
export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024

export interface ReadOptions {
  maxBytes?: number
}

/**
 * Decodes the bytes of one plain-text article strictly: NUL bytes mean binary, invalid UTF-8 is refused
 * rather than silently turned into U+FFFD, and an article with no visible characters is empty.
 */
export function decodeArticleBytes(bytes: Uint8Array, options: ReadOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES
  if (bytes.length > maxBytes) {
    throw new LagebildError('LB_INPUT_TOO_LARGE', `${formatBytes(bytes.length)} > ${formatBytes(maxBytes)}`)
  }
  if (bytes.includes(0)) throw new LagebildError('LB_INPUT_BINARY')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (error) {
    throw new LagebildError('LB_INPUT_NOT_UTF8', undefined, { cause: error })
  }
  if (text.replace(/^\uFEFF/u, '').trim() === '') throw new LagebildError('LB_INPUT_EMPTY')
  return text
}

/** Reads a plain-text article from a path, or from standard input when the path is `-`. */
export async function readArticleText(path: string, options: ReadOptions = {}): Promise<string> {
  if (path === '-') return decodeArticleBytes(await readStdin(options.maxBytes), options)
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES
  let size: number
  try {
    const stat = statSync(path)
    if (!stat.isFile()) throw new LagebildError('LB_INPUT_UNREADABLE', `${path} is not a file`)
    size = stat.size
  } catch (error) {
    if (error instanceof LagebildError) throw error
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new LagebildError('LB_INPUT_NOT_FOUND', path)
    throw new LagebildError('LB_INPUT_UNREADABLE', `${path}: ${(error as Error).message}`)
  }
  // Checked before reading, so a huge file is refused without loading it into memory.
  if (size > maxBytes) {
    throw new LagebildError(
      'LB_INPUT_TOO_LARGE',
      `${path} has ${formatBytes(size)}, the limit is ${formatBytes(maxBytes)}`,
    )
  }
  return decodeArticleBytes(readFileSync(path), options)
}

async function readStdin(maxBytes = DEFAULT_MAX_ARTICLE_BYTES): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer
    total += buffer.length
    if (total > maxBytes) {
      throw new LagebildError('LB_INPUT_TOO_LARGE', `standard input exceeds ${formatBytes(maxBytes)}`)
    }
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${bytes} bytes`
}
