import { readdirSync, realpathSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import { LagebildError } from '../document/index.ts'

/** How a file is read: flattened page text, JSON Lines of articles, or an HTML page. */
export type InputKind = 'text' | 'jsonl' | 'html'

export type InputEntry =
  | { path: string; kind: InputKind; bytes: number }
  /** a file in a folder that is not an article (an image, a PDF): left out, counted */
  | { path: string; ignored: true }
  | { path: string; error: LagebildError }

const KINDS: Record<string, InputKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.html': 'html',
  '.htm': 'html',
}

/** The kind a file's name says it is, or undefined for a name no reader knows. */
export function inputKind(path: string): InputKind | undefined {
  return KINDS[extname(path).toLowerCase()]
}

function statOf(path: string) {
  try {
    return statSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new LagebildError('LB_INPUT_NOT_FOUND', path)
    throw new LagebildError('LB_INPUT_UNREADABLE', `${path}: ${(error as Error).message}`)
  }
}

/**
 * The files to ingest from paths as the user gave them: a file is taken whatever its name (a named `notes`
 * file is plain text), a folder is walked recursively in name order, keeping .txt, .jsonl and .html and
 * skipping hidden entries (`.git`, `.DS_Store`). A missing path is yielded as an error, so the batch goes on.
 * Folders reached twice through symbolic links are walked once.
 */
export function* walkInputs(paths: readonly string[]): Generator<InputEntry> {
  const seen = new Set<string>()
  for (const path of paths) {
    let stat: ReturnType<typeof statSync>
    try {
      stat = statOf(path)
    } catch (error) {
      yield { path, error: error as LagebildError }
      continue
    }
    if (stat.isDirectory()) yield* walkFolder(path, seen)
    else yield { path, kind: inputKind(path) ?? 'text', bytes: stat.size }
  }
}

function* walkFolder(folder: string, seen: Set<string>): Generator<InputEntry> {
  let real: string
  let names: string[]
  try {
    real = realpathSync(folder)
    if (seen.has(real)) return
    seen.add(real)
    names = readdirSync(folder).sort()
  } catch (error) {
    yield {
      path: folder,
      error: new LagebildError('LB_INPUT_UNREADABLE', `${folder}: ${(error as Error).message}`),
    }
    return
  }
  for (const name of names) {
    if (name.startsWith('.')) continue
    const path = join(folder, name)
    let stat: ReturnType<typeof statSync>
    try {
      stat = statOf(path)
    } catch (error) {
      yield { path, error: error as LagebildError }
      continue
    }
    if (stat.isDirectory()) {
      yield* walkFolder(path, seen)
      continue
    }
    const kind = inputKind(path)
    yield kind && stat.isFile() ? { path, kind, bytes: stat.size } : { path, ignored: true }
  }
}
