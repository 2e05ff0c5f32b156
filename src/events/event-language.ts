import type { Document, Env, RuleDescription } from '../document/index.ts'
import { ENGLISH_EVENT_RULES, findEnglishEvents, loadEnglishEventLexicon } from './en/index.ts'
import { loadGazetteer } from './places/index.ts'
import { EVENT_RULES, type FoundEvent, findEvents, loadEventLexicon } from './plover/index.ts'

/**
 * What a language brings to the events stage: the PLOVER events it finds in a document, and the rule ids they
 * may carry. Event assembly (body sentences, quotes, dedupe, the Event shape) is shared; triggers, clause roles
 * and status cues are each language's own.
 */
export interface EventLanguage {
  readonly lang: string
  readonly rules: Readonly<Record<string, RuleDescription>>
  findEvents(doc: Document, env: Env): FoundEvent[]
}

const GERMAN: EventLanguage = {
  lang: 'de',
  rules: EVENT_RULES,
  findEvents: (doc, env) => findEvents(doc, loadEventLexicon(env), loadGazetteer(env), env.budget),
}

const ENGLISH: EventLanguage = {
  lang: 'en',
  rules: ENGLISH_EVENT_RULES,
  findEvents: (doc, env) => findEnglishEvents(doc, loadEnglishEventLexicon(env), env.budget),
}

const LANGUAGES = new Map([GERMAN, ENGLISH].map((l) => [l.lang, l]))

/** The event rules of a language, or undefined where Lagebild has none. */
export function eventLanguageOf(lang: string): EventLanguage | undefined {
  return LANGUAGES.get(lang)
}

/** Every language's event rule ids, for `--explain`. */
export function eventRuleCatalogue(): Record<string, RuleDescription> {
  return Object.assign({}, ...[...LANGUAGES.values()].map((l) => l.rules))
}
