import { readFileSync } from 'node:fs'
import type { Env } from './stage.ts'

const LEXICON_DIR = new URL('../../lexicons/', import.meta.url)

/** Reads `lexicons/<name>.json`. Lexicons are data we curate; a missing or broken one is a programming error. */
export function readLexicon<T>(name: string): T {
  if (!/^[a-z0-9-]+$/u.test(name)) throw new Error(`invalid lexicon name: ${name}`)
  return JSON.parse(readFileSync(new URL(`${name}.json`, LEXICON_DIR), 'utf8')) as T
}

/** A lexicon loaded once per Env, so stages stay free of module-level caches. */
export function lexicon<T>(env: Env, name: string, prepare: (raw: unknown) => T = (raw) => raw as T): T {
  return env.load(`lexicon:${name}`, () => prepare(readLexicon<unknown>(name)))
}
