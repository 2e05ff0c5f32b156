import { type Env, type Event, lexicon } from '../../document/index.ts'
import { loadEnglishTitles } from '../../entities/index.ts'

export type EventStatus = Event['status']
export type Role = 'actor' | 'recipient'

interface TriggerFile {
  types: Record<
    string,
    {
      reciprocal?: boolean
      verbs?: string[]
      nouns?: string[]
      predicates?: string[]
      phrases?: Array<{ lemma: string; with: string[] }>
    }
  >
  forms?: Record<string, string>
  conditions?: Record<string, string[]>
  recipientSuffices?: string[]
  exclusions?: Record<string, string[]>
}

interface StatusFile {
  negation: string[]
  hypothetical: string[]
  conditional: string[]
  future: string[]
  plan: string[]
  promise: string[]
  demand: string[]
  consider: string[]
  threat: string[]
  obligation: string[]
  failure: string[]
  infinitiveGovernors: string[]
  contentTypes: string[]
  purposeTypes: string[]
  placedTypes: string[]
  defaultStatus: Record<string, EventStatus>
}

interface RoleFile {
  prepositions: Record<string, Record<string, Role | null>>
  be: string[]
  have: string[]
  auxiliaries: string[]
  clauseBreaks: string[]
  relatives: string[]
  coordinators: string[]
  pronouns: { person: string[]; group: string[]; firstSingular: string[]; firstPlural: string[] }
  lightVerbs: string[]
  happeningVerbs: string[]
  contentEnds: string[]
  cancelVerbs: string[]
  statementNouns: string[]
  circumstancePrepositions: string[]
  nominalLinks: Record<string, Role>
  determiners: string[]
}

/** The English trigger, status and role words, prepared for lookups (lexicons/en-event-*.json). */
export interface EnglishEventLexicon {
  /** verb lemma → type */
  verbs: Map<string, string>
  /** noun lemma (singular, one or two words) → type */
  nouns: Map<string, string>
  /** predicate adjective → type ("is willing to") */
  predicates: Map<string, string>
  /** verb lemma → its fixed companions, each with the type the pair names */
  phrases: Map<string, Array<{ type: string; with: Set<string> }>>
  /** irregular and doubled forms → lemma */
  forms: Map<string, string>
  /** every lemma a form may be reduced to: the trigger verbs and the status verbs */
  lemmas: Set<string>
  conditions: Map<string, Set<string>>
  /** verbs whose condition a named recipient meets as well as a word ("warned Moscow") */
  recipientSuffices: Set<string>
  exclusions: Map<string, Set<string>>
  reciprocal: Set<string>
  status: {
    negation: Set<string>
    hypothetical: Set<string>
    conditional: Set<string>
    future: Set<string>
    plan: Set<string>
    promise: Set<string>
    demand: Set<string>
    consider: Set<string>
    threat: Set<string>
    obligation: Set<string>
    failure: Set<string>
    infinitiveGovernors: Set<string>
    contentTypes: Set<string>
    purposeTypes: Set<string>
    placedTypes: Set<string>
    defaultStatus: Record<string, EventStatus>
  }
  roles: {
    prepositions: Record<string, Record<string, Role | null>>
    be: Set<string>
    have: Set<string>
    auxiliaries: Set<string>
    clauseBreaks: Set<string>
    relatives: Set<string>
    coordinators: Set<string>
    person: Set<string>
    group: Set<string>
    firstSingular: Set<string>
    firstPlural: Set<string>
    lightVerbs: Set<string>
    /** verbs after a noun trigger that tell it happened: "clashes erupted" */
    happeningVerbs: Set<string>
    contentEnds: Set<string>
    cancelVerbs: Set<string>
    statementNouns: Set<string>
    circumstancePrepositions: Set<string>
    nominalLinks: Record<string, Role>
    determiners: Set<string>
    /** lexicons/en-person-titles.json, lower case: "secretary", "foreign", "minister" */
    titles: Set<string>
  }
}

const lower = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()))

function prepare(
  triggers: TriggerFile,
  status: StatusFile,
  roles: RoleFile,
  titles: ReadonlySet<string>,
): EnglishEventLexicon {
  const verbs = new Map<string, string>()
  const nouns = new Map<string, string>()
  const predicates = new Map<string, string>()
  const phrases = new Map<string, Array<{ type: string; with: Set<string> }>>()
  const reciprocal = new Set<string>()
  for (const [type, entry] of Object.entries(triggers.types)) {
    if (entry.reciprocal) reciprocal.add(type)
    // a word listed under two types keeps the first: the file's order is the order of preference
    for (const v of entry.verbs ?? []) if (!verbs.has(v)) verbs.set(v, type)
    for (const n of entry.nouns ?? []) if (!nouns.has(n)) nouns.set(n, type)
    for (const p of entry.predicates ?? []) if (!predicates.has(p)) predicates.set(p, type)
    for (const p of entry.phrases ?? []) {
      const list = phrases.get(p.lemma) ?? []
      list.push({ type, with: lower(p.with) })
      phrases.set(p.lemma, list)
    }
  }
  const statusVerbs = [
    ...status.failure,
    ...status.plan,
    ...status.promise,
    ...status.demand,
    ...status.consider,
    ...status.threat,
  ]
  const toSets = (record: Record<string, string[]> | undefined) =>
    new Map(Object.entries(record ?? {}).map(([k, v]) => [k, lower(v)]))
  return {
    verbs,
    nouns,
    predicates,
    phrases,
    forms: new Map(Object.entries(triggers.forms ?? {})),
    lemmas: new Set([
      ...verbs.keys(),
      ...phrases.keys(),
      ...statusVerbs,
      ...roles.lightVerbs,
      ...roles.happeningVerbs,
    ]),
    conditions: toSets(triggers.conditions),
    recipientSuffices: new Set(triggers.recipientSuffices ?? []),
    exclusions: toSets(triggers.exclusions),
    reciprocal,
    status: {
      negation: lower(status.negation),
      hypothetical: lower(status.hypothetical),
      conditional: lower(status.conditional),
      future: lower(status.future),
      plan: lower(status.plan),
      promise: lower(status.promise),
      demand: lower(status.demand),
      consider: lower(status.consider),
      threat: lower(status.threat),
      obligation: lower(status.obligation),
      failure: lower(status.failure),
      infinitiveGovernors: lower(status.infinitiveGovernors),
      contentTypes: new Set(status.contentTypes),
      purposeTypes: new Set(status.purposeTypes),
      placedTypes: new Set(status.placedTypes),
      defaultStatus: status.defaultStatus,
    },
    roles: {
      prepositions: roles.prepositions,
      be: lower(roles.be),
      have: lower(roles.have),
      auxiliaries: lower(roles.auxiliaries),
      clauseBreaks: lower(roles.clauseBreaks),
      relatives: lower(roles.relatives),
      coordinators: lower(roles.coordinators),
      person: lower(roles.pronouns.person),
      group: lower(roles.pronouns.group),
      firstSingular: lower(roles.pronouns.firstSingular),
      firstPlural: lower(roles.pronouns.firstPlural),
      lightVerbs: lower(roles.lightVerbs),
      happeningVerbs: lower(roles.happeningVerbs),
      contentEnds: lower(roles.contentEnds),
      cancelVerbs: lower(roles.cancelVerbs),
      statementNouns: lower(roles.statementNouns),
      circumstancePrepositions: lower(roles.circumstancePrepositions),
      nominalLinks: roles.nominalLinks,
      determiners: lower(roles.determiners),
      titles: lower([...titles]),
    },
  }
}

export function loadEnglishEventLexicon(env: Env): EnglishEventLexicon {
  return env.load('events:en-lexicon', () =>
    prepare(
      lexicon<TriggerFile>(env, 'en-event-triggers'),
      lexicon<StatusFile>(env, 'en-event-status'),
      lexicon<RoleFile>(env, 'en-event-roles'),
      loadEnglishTitles(env),
    ),
  )
}

/**
 * The lemma of a verb form among the lemmas the lexicon knows: an irregular form by the list, else the form with
 * its ending taken off ("attacks", "arrested", "criticized", "urging", "denies", "agreed"). Undefined for a word
 * no known verb explains.
 */
export function verbLemma(word: string, lex: EnglishEventLexicon): string | undefined {
  const w = word.toLowerCase()
  const irregular = lex.forms.get(w)
  if (irregular) return irregular
  const candidates = [w]
  if (w.endsWith('ies')) candidates.push(`${w.slice(0, -3)}y`)
  if (w.endsWith('es')) candidates.push(w.slice(0, -2))
  if (w.endsWith('s')) candidates.push(w.slice(0, -1))
  if (w.endsWith('ied')) candidates.push(`${w.slice(0, -3)}y`)
  if (w.endsWith('ed')) candidates.push(w.slice(0, -2), w.slice(0, -1))
  if (w.endsWith('ing')) candidates.push(w.slice(0, -3), `${w.slice(0, -3)}e`)
  return candidates.find((c) => lex.lemmas.has(c))
}

/** The singular of a noun among the trigger nouns: "sanctions" → "sanction", "talks" → "talk". */
export function nounLemma(word: string, lex: EnglishEventLexicon): string | undefined {
  const w = word.toLowerCase()
  const candidates = [w]
  if (w.endsWith('ies')) candidates.push(`${w.slice(0, -3)}y`)
  if (w.endsWith('es')) candidates.push(w.slice(0, -2))
  if (w.endsWith('s')) candidates.push(w.slice(0, -1))
  return candidates.find((c) => lex.nouns.has(c))
}
