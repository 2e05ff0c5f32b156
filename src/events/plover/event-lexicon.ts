import { type Env, type Event, lexicon, readLexicon } from '../../document/index.ts'

/** The contract's statuses (CONTRACT.md); the coder emits all but threatened and hypothetical so far. */
export type EventStatus = Event['status']

interface TriggerFile {
  types: Record<
    string,
    {
      reciprocal?: boolean
      joinedActs?: boolean
      verbs?: string[]
      forms?: string[]
      nouns?: string[]
      nounForms?: string[]
      adjectives?: string[]
      phrases?: Array<{ lemma: string; with: string[]; negated?: boolean }>
    }
  >
  conditions?: Record<string, string[] | string>
  exclusions?: Record<string, string[] | string>
  notTriggers?: { tails?: string[] }
  asCue?: { types?: Record<string, string> }
  withoutCondition?: { types?: Record<string, string> }
  particles?: { words?: string[]; imperativePronouns?: string[] }
  condemnations?: { verbs?: string[]; words?: string[] }
}

export interface StatusLexicon {
  negation: Set<string>
  consider: Set<string>
  plan: Set<string>
  planModals: Set<string>
  promise: Set<string>
  demand: Set<string>
  hypothetical: Set<string>
  conditional: Set<string>
  question: Set<string>
  conditionalOpeners: Set<string>
  conditionalPrefixes: Set<string>
  perception: Set<string>
  seinPerfect: Set<string>
  /** past-tense finite verbs that do not end in -te ("gab", "kam"), lower case */
  pastForms: Set<string>
  /** modals that with a perfect infinitive tell a claim: "soll … getötet haben", "will herausgefunden haben" */
  hearsayModals: Set<string>
  copulas: Set<string>
  placedTypes: Set<string>
  promiseFrames: Array<[string, string]>
  defaultStatus: Record<string, EventStatus>
}

export interface RoleLexicon {
  prepositions: Record<string, Record<string, 'actor' | 'recipient'>>
  placePrepositions: Set<string>
  allPrepositions: Set<string>
  determiners: Set<string>
  definite: Set<string>
  possessives: Set<string>
  subordinators: Set<string>
  adverbsAtStart: Set<string>
  relatives: Set<string>
  /** "es kam zu Zusammenstößen": verbs and prepositions that tell their noun happened */
  happeningVerbs: Set<string>
  happeningPrepositions: Set<string>
  /** "nach einer Besetzung …", "trotz Hausdurchsuchungen": phrases whose noun tells an act that happened */
  circumstancePrepositions: Set<string>
  /** "die Festnahme Maduros": types whose nouns with these endings take their genitive as whom it was done to */
  patientGenitiveTypes: Set<string>
  patientGenitiveEndings: string[]
  /** articles that open a genitive attribute after a common noun: "Gegner der Vereinigten Staaten" */
  genitiveArticles: Set<string>
  /** relative pronouns that can be their clause's subject */
  nominativeRelatives: Set<string>
  /** "den", "dem": articles that never open a subject */
  objectArticles: Set<string>
  /** "denen", "dem": relative pronouns that stand for the object of their clause */
  objectRelatives: Set<string>
  /** "einer", "mehrerer": articles and quantifiers of something not told before */
  indefinites: Set<string>
  coordinators: Set<string>
  pronouns: {
    firstSingular: Set<string>
    firstPlural: Set<string>
    thirdSubject: Set<string>
    thirdObject: Set<string>
    /** never the subject: ihn, ihm, mir, uns */
    objectCase: Set<string>
  }
  /** descriptions that point back to the person named last: "der 42-Jährige" */
  descriptions: {
    articles: Set<string>
    skip: Set<string>
    ageNoun: RegExp
  }
  agentPrepositions: Set<string>
  /** types whose passive subject is a thing, not the recipient: REJECT, AGREE */
  passiveThingTypes: Set<string>
  passiveAuxiliaries: Set<string>
  /** "wurde", "worden": forms of werden that take a participle, never an infinitive */
  pastPassiveForms: Set<string>
  lightVerbs: Set<string>
  epithets: Set<string>
  nounPhrase: Record<string, 'actor' | 'recipient' | 'of'>
}

export interface PhraseTrigger {
  type: string
  with: Set<string>
  negated: boolean
}

export interface EventLexicon {
  /** verb lemma → type */
  verbs: Map<string, string>
  /** lower-cased surface stem of an unlemmatised participle → type */
  forms: Array<[string, string]>
  /** lower-cased noun (or compound tail), longest first → type */
  nouns: Array<[string, string]>
  /** irregular plural surface → type */
  nounForms: Map<string, string>
  adjectives: Map<string, string>
  phrases: Map<string, PhraseTrigger[]>
  reciprocal: Set<string>
  /** types whose verbs of different kinds joined by "und" tell two acts ("inhaftiert und verurteilt") */
  joinedActs: Set<string>
  /** trigger (verb lemma or noun, lower case) → words of which one must stand in its clause unless it has a recipient */
  conditions: Map<string, Set<string>>
  /** trigger (verb lemma or noun, lower case) → words that, standing in its clause, make it no event */
  exclusions: Map<string, Set<string>>
  /** lower-case tails of compounds that name no event ("Herausforderung", "Anforderungen") */
  notTriggers: string[]
  /** type → the type it tells when its verb cues a quote ("…, protestiert Höcke": ACCUSE, not PROTEST) */
  asCue: Map<string, string>
  /** trigger (verb lemma or noun, lower case) → the type it names when its condition's sign is missing */
  withoutCondition: Map<string, string>
  /** words that condemn whom they are said of ("Skandal", "unerträglich"), lower case */
  condemnations: Set<string>
  /** trigger forms that are particles opening a clause or in a polite imperative ("Lesen Sie bitte …") */
  particles: { words: Set<string>; imperativePronouns: Set<string> }
  status: StatusLexicon
  roles: RoleLexicon
  /** adjective stem (russisch) → ISO3, from the entities' country lexicon */
  demonyms: Array<[string, string]>
  /** nouns for a person of a nation ("Österreicher", "Russin"), from the name tagger's gazetteer */
  demonymNouns: Set<string>
}

const lower = (words: string[] | undefined) => new Set((words ?? []).map((w) => w.toLowerCase()))

function prepareTriggers(raw: unknown) {
  const file = raw as TriggerFile
  const verbs = new Map<string, string>()
  const forms: Array<[string, string]> = []
  const nouns: Array<[string, string]> = []
  const nounForms = new Map<string, string>()
  const adjectives = new Map<string, string>()
  const phrases = new Map<string, PhraseTrigger[]>()
  const reciprocal = new Set<string>()
  const joinedActs = new Set<string>()
  for (const [type, entry] of Object.entries(file.types)) {
    if (entry.reciprocal) reciprocal.add(type)
    if (entry.joinedActs) joinedActs.add(type)
    for (const v of entry.verbs ?? []) verbs.set(v, type)
    for (const f of entry.forms ?? []) forms.push([f.toLowerCase(), type])
    for (const n of entry.nouns ?? []) nouns.push([n.toLowerCase(), type])
    for (const n of entry.nounForms ?? []) nounForms.set(n.toLowerCase(), type)
    for (const a of entry.adjectives ?? []) adjectives.set(a, type)
    for (const p of entry.phrases ?? []) {
      const list = phrases.get(p.lemma) ?? []
      list.push({ type, with: lower(p.with), negated: p.negated ?? false })
      phrases.set(p.lemma, list)
    }
  }
  // "nannte die Kundgebung unerträglich": calling by a condemning word accuses
  const condemnations = lower(file.condemnations?.words)
  for (const verb of file.condemnations?.verbs ?? []) {
    const list = phrases.get(verb) ?? []
    list.push({ type: 'ACCUSE', with: condemnations, negated: false })
    phrases.set(verb, list)
  }
  // longest first, so "Cyberangriff" (COERCE) wins over "Angriff" (ASSAULT)
  nouns.sort((a, b) => b[0].length - a[0].length)
  // "warnte vor einer Eskalation": triggers that need a recipient or one of some words in their clause
  const conditions = new Map<string, Set<string>>()
  for (const [key, words] of Object.entries(file.conditions ?? {}))
    if (Array.isArray(words)) conditions.set(key, lower(words))
  const exclusions = new Map<string, Set<string>>()
  for (const [key, words] of Object.entries(file.exclusions ?? {}))
    if (Array.isArray(words)) exclusions.set(key, lower(words))
  const notTriggers = (file.notTriggers?.tails ?? []).map((w) => w.toLowerCase())
  const asCue = new Map(Object.entries(file.asCue?.types ?? {}))
  const withoutCondition = new Map(Object.entries(file.withoutCondition?.types ?? {}))
  const particles = {
    words: lower(file.particles?.words),
    imperativePronouns: new Set(file.particles?.imperativePronouns ?? []),
  }
  return {
    verbs,
    forms,
    nouns,
    nounForms,
    adjectives,
    phrases,
    condemnations,
    reciprocal,
    joinedActs,
    conditions,
    exclusions,
    notTriggers,
    asCue,
    withoutCondition,
    particles,
  }
}

function prepareStatus(raw: unknown): StatusLexicon {
  const r = raw as Record<string, string[]> & { defaultStatus: Record<string, EventStatus> }
  return {
    negation: lower(r.negation),
    consider: new Set(r.consider),
    plan: new Set(r.plan),
    planModals: new Set(r.planModals),
    promise: new Set(r.promise),
    demand: new Set(r.demand),
    hypothetical: lower(r.hypothetical),
    conditional: lower(r.conditional),
    question: lower(r.question),
    conditionalOpeners: lower(r.conditionalOpeners),
    conditionalPrefixes: lower(r.conditionalPrefixes),
    perception: new Set(r.perception),
    seinPerfect: new Set(r.seinPerfect),
    pastForms: lower(r.pastForms),
    hearsayModals: new Set(r.hearsayModals),
    copulas: new Set(r.copulas),
    placedTypes: new Set(r.placedTypes),
    promiseFrames: (r.promiseFrames ?? []) as unknown as Array<[string, string]>,
    defaultStatus: r.defaultStatus,
  }
}

function prepareRoles(raw: unknown): RoleLexicon {
  const r = raw as Record<string, unknown> & {
    prepositions: RoleLexicon['prepositions']
    pronouns: Record<string, string[]>
    descriptions: { articles: string[]; skip: string[]; ageNoun: string }
  }
  const list = (key: string) => lower(r[key] as string[])
  return {
    prepositions: r.prepositions,
    placePrepositions: list('placePrepositions'),
    allPrepositions: list('allPrepositions'),
    determiners: list('determiners'),
    definite: list('definite'),
    possessives: list('possessives'),
    subordinators: list('subordinators'),
    adverbsAtStart: list('adverbsAtStart'),
    relatives: list('relatives'),
    nominativeRelatives: list('nominativeRelatives'),
    objectArticles: list('objectArticles'),
    objectRelatives: list('objectRelatives'),
    indefinites: list('indefinites'),
    genitiveArticles: list('genitiveArticles'),
    happeningVerbs: new Set(r.happeningVerbs as string[]),
    happeningPrepositions: list('happeningPrepositions'),
    circumstancePrepositions: list('circumstancePrepositions'),
    patientGenitiveTypes: new Set(r.patientGenitiveTypes as string[]),
    patientGenitiveEndings: r.patientGenitiveEndings as string[],
    coordinators: list('coordinators'),
    pronouns: {
      firstSingular: lower(r.pronouns.firstSingular),
      firstPlural: lower(r.pronouns.firstPlural),
      thirdSubject: lower(r.pronouns.thirdSubject),
      thirdObject: lower(r.pronouns.thirdObject),
      objectCase: lower(r.pronouns.objectCase),
    },
    descriptions: {
      articles: lower(r.descriptions.articles),
      skip: lower(r.descriptions.skip),
      ageNoun: new RegExp(r.descriptions.ageNoun, 'u'),
    },
    agentPrepositions: list('agentPrepositions'),
    passiveThingTypes: new Set(r.passiveThingTypes as string[]),
    passiveAuxiliaries: new Set(r.passiveAuxiliaries as string[]),
    pastPassiveForms: list('pastPassiveForms'),
    lightVerbs: new Set(r.lightVerbs as string[]),
    epithets: new Set(r.epithets as string[]),
    nounPhrase: r.nounPhrase as RoleLexicon['nounPhrase'],
  }
}

function prepareDemonyms(raw: unknown): Array<[string, string]> {
  const r = raw as { adjectives?: Record<string, string[]> }
  const out: Array<[string, string]> = []
  for (const [iso3, stems] of Object.entries(r.adjectives ?? {}))
    for (const stem of stems) out.push([stem.toLowerCase(), iso3])
  return out.sort((a, b) => b[0].length - a[0].length)
}

/** The event coder's lexicons, loaded once per Env. */
export function loadEventLexicon(env: Env): EventLexicon {
  return env.load('events:lexicon', () => ({
    ...lexicon(env, 'de-event-triggers', prepareTriggers),
    status: lexicon(env, 'de-event-status', prepareStatus),
    roles: lexicon(env, 'de-event-roles', prepareRoles),
    // read apart from the entities room's own memo of the same file, which it prepares differently
    demonyms: env.load('events:demonyms', () => prepareDemonyms(readLexicon('de-countries-extra'))),
    // "Der Österreicher rekrutierte …": a person named by their nationality
    demonymNouns: env.load(
      'events:demonym-nouns',
      () => new Set((readLexicon('ner-gazetteer') as { demonyms?: string[] }).demonyms ?? []),
    ),
  }))
}

const ADJECTIVE_ENDINGS = ['e', 'en', 'er', 'es', 'em']

/**
 * Whether a word condemns (lexicon `condemnations`): the word itself, an adjective's inflected form ("autoritäre"),
 * or a compound ending in one of five letters or more ("Wertediktatur", "Narco-Terrorist").
 */
export function isCondemning(lex: Pick<EventLexicon, 'condemnations'>, word: string): boolean {
  const w = word.toLowerCase()
  if (lex.condemnations.has(w)) return true
  for (const ending of ADJECTIVE_ENDINGS)
    if (w.endsWith(ending) && lex.condemnations.has(w.slice(0, -ending.length))) return true
  for (const c of lex.condemnations) if (c.length >= 5 && w.endsWith(c) && /^\p{Lu}/u.test(word)) return true
  return false
}
