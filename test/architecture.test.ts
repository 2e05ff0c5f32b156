import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { stages } from '../src/pipeline.ts'

const SRC = new URL('../src/', import.meta.url).pathname
/** Rooms in pipeline order: a room may import only `document/` and rooms before it. */
const ROOMS = [
  'document',
  'ingest',
  'structure',
  'text',
  'entities',
  'speech',
  'events',
  'link',
  'store',
  'pool',
  'queue',
  'serve',
  'cli',
]
/** The rooms that run the whole pipeline. */
const MAY_USE_PIPELINE = new Set(['link', 'store', 'pool', 'serve', 'cli'])

interface SourceFile {
  path: string
  source: string
}

function sourceFiles(dir: string): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')
      ? [{ path, source: readFileSync(path, 'utf8') }]
      : []
  })
}

function roomViolations(files: SourceFile[]): string[] {
  const violations: string[] = []
  for (const { path, source } of files) {
    const room = relative(SRC, path).split(sep)[0] ?? ''
    const rank = ROOMS.indexOf(room)
    if (rank < 0) continue // src/index.ts and src/pipeline.ts see every room
    for (const match of source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]/gmu)) {
      const target = relative(SRC, join(path, '..', match[1] ?? ''))
      const targetRoom = target.split(sep)[0] ?? ''
      if (targetRoom === room) continue
      if (target === 'pipeline.ts' && MAY_USE_PIPELINE.has(room)) continue
      const targetRank = ROOMS.indexOf(targetRoom)
      if (targetRank < 0 || targetRank > rank)
        violations.push(`${room}/${relative(join(SRC, room), path)} imports ${target} (forward)`)
      else if (target !== join(targetRoom, 'index.ts')) {
        violations.push(`${room}/${relative(join(SRC, room), path)} imports ${target} (side door)`)
      }
    }
  }
  return violations
}

/** Language folders inside a room (`speech/de/`): only the room's registry may import them, and only by index.ts. */
const LANGUAGE_FOLDER = /^[a-z]{2}$/u
/** The one file of each room that picks a language folder by `doc.lang`. */
const LANGUAGE_REGISTRIES = new Set([
  'speech/speech-stage.ts',
  'text/text-stage.ts',
  'events/event-language.ts',
])

function languageViolations(files: SourceFile[]): string[] {
  const violations: string[] = []
  for (const { path, source } of files) {
    const [room, folder] = relative(SRC, path).split(sep)
    const own = folder !== undefined && LANGUAGE_FOLDER.test(folder) ? folder : undefined
    const file = relative(SRC, path).split(sep).join('/')
    for (const match of source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]/gmu)) {
      const [targetRoom, targetFolder, ...rest] = relative(SRC, join(path, '..', match[1] ?? '')).split(sep)
      if (targetRoom !== room || targetFolder === undefined || !LANGUAGE_FOLDER.test(targetFolder)) continue
      if (targetFolder === own) continue
      const target = [targetRoom, targetFolder, ...rest].join('/')
      if (own) violations.push(`${file} imports ${target} (another language)`)
      else if (!LANGUAGE_REGISTRIES.has(file)) violations.push(`${file} imports ${target} (neutral file)`)
      else if (rest.join('/') !== 'index.ts')
        violations.push(`${file} imports ${target} (language internals)`)
    }
  }
  return violations
}

describe('architecture', () => {
  it('language-neutral files never import a language folder; the registry only its index.ts', () => {
    expect(languageViolations(sourceFiles(SRC))).toEqual([])
  })

  it('the language check reports neutral, internal and cross-language imports', () => {
    const fake = (file: string, source: string) => [{ path: join(SRC, ...file.split('/')), source }]
    expect(languageViolations(fake('speech/find-quotes.ts', "import { x } from './de/scan.ts'"))).toEqual([
      'speech/find-quotes.ts imports speech/de/scan.ts (neutral file)',
    ])
    expect(languageViolations(fake('speech/speech-stage.ts', "import { x } from './de/scan.ts'"))).toEqual([
      'speech/speech-stage.ts imports speech/de/scan.ts (language internals)',
    ])
    expect(languageViolations(fake('speech/en/scan.ts', "import { x } from '../de/clauses.ts'"))).toEqual([
      'speech/en/scan.ts imports speech/de/clauses.ts (another language)',
    ])
    expect(languageViolations(fake('speech/speech-stage.ts', "import { x } from './de/index.ts'"))).toEqual(
      [],
    )
    expect(languageViolations(fake('speech/de/scan.ts', "import { x } from '../find-quotes.ts'"))).toEqual([])
  })

  it('rooms import only earlier rooms, and only through their index.ts', () => {
    expect(roomViolations(sourceFiles(SRC))).toEqual([])
  })

  it('the check reports forward and side-door imports', () => {
    const fake = (source: string) => [{ path: join(SRC, 'text', 'fake.ts'), source }]
    expect(roomViolations(fake("import { x } from '../speech/index.ts'"))).toEqual([
      'text/fake.ts imports speech/index.ts (forward)',
    ])
    expect(roomViolations(fake("import { y } from '../structure/recover.ts'"))).toEqual([
      'text/fake.ts imports structure/recover.ts (side door)',
    ])
    expect(roomViolations(fake("import { z } from '../document/index.ts'"))).toEqual([])
  })

  it('every stage needs, and uses when present, only layers that an earlier stage makes', () => {
    const made = new Set<string>()
    for (const stage of stages) {
      for (const need of stage.needs) expect(made, `${stage.name} needs ${need}`).toContain(need)
      for (const use of stage.uses ?? []) expect(made, `${stage.name} uses ${use}`).toContain(use)
      for (const layer of stage.makes) made.add(layer)
    }
  })
})
