import { createRequire } from 'node:module'
// the library without its 78 locales (its main entry registers them all, 0.1–0.2 s); German and English are
// registered where the gazetteer is built
import countries from 'i18n-iso-countries/index.js'
import { type Env, lexicon, readLexicon } from '../../document/index.ts'
import { nameKey } from '../name-key.ts'

export type GazetteerKind = 'country' | 'capital' | 'organization' | 'group' | 'media'

/** What a name in the gazetteer stands for. */
export interface GazetteerEntry {
  kind: GazetteerKind
  /** actor id: "country:RUS", "org:nato", "media:interfax" */
  id: string
  name: string
  /** ISO 3166-1 alpha-3 */
  country?: string
  /** the government body this name stands for: "Kreml" → "Präsidialamt" */
  body?: string
  /** counts only between quotation marks: die „Presse“ */
  quotedOnly?: boolean
  /** a capital or a direction that is only a place after "in", "nach": "im Westen der Ukraine" */
  placeLike?: boolean
  /**
   * other countries (ISO3) whose body has the same name ("Bundesregierung", "Kanzleramt" in Austria): which one a
   * text means is the country it speaks of most
   */
  sharedWith?: string[]
}

export interface Gazetteer {
  /** a name as written (white space collapsed) → what it names */
  names: Map<string, GazetteerEntry>
  /** actor id → its entry, so a body phrase takes the name the lexicon gives its body ("Kreml") */
  byId: Map<string, GazetteerEntry>
  /** the most words a name has */
  maxWords: number
  /** every beginning of a name that ends where a word or sign ends ("Organisation für"): a longer match needs one */
  prefixes: Set<string>
  /** an inflected country adjective ("russischen", "British") → ISO3 */
  adjectives: Map<string, string>
  /** ISO3 → the adjective stem that names the country ("russisch") */
  adjectiveStems: Map<string, string>
  /** ISO3 → alpha-2, for Intl.DisplayNames */
  alpha2: Map<string, string>
  /** prepositions after which a capital is a place, not a government: "in Moskau" */
  locatives: Set<string>
  /** names that are also adjectives ("Linke", "Grünen"): before a common noun they are the adjective ("Linke Gewalt") */
  adjectiveNames: Set<string>
}

interface RawCountriesExtra {
  names: Record<string, string>
  notNames: string[]
  adjectiveEndings: string[]
  adjectives: Record<string, string[]>
  englishAdjectives: Record<string, string>
  capitals: Record<string, string>
  locativePrepositions: string[]
}

interface RawNamed {
  id: string
  name: string
  aliases: string[]
  kind?: 'organization' | 'group'
  country?: string
  body?: string
  quotedOnly?: boolean
  placeLike?: boolean
  /** the aliases that are also adjectives */
  adjectiveAliases?: string[]
  /** other countries whose body has the same name: Austria has a "Bundesregierung" too */
  sharedWith?: string[]
}

export function normalizeName(name: string): string {
  return name.replace(/\s+/gu, ' ').trim()
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
/** Between two characters where a token may end: a letter or digit run meets anything else. */
function wordBoundary(name: string, at: number): boolean {
  return (
    LETTER_OR_DIGIT.test(name[at - 1] as string) !== LETTER_OR_DIGIT.test(name[at] as string) ||
    !LETTER_OR_DIGIT.test(name[at] as string)
  )
}

function buildGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url)
  countries.registerLocale(require('i18n-iso-countries/langs/de.json'))
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'))
  const extra = readLexicon<RawCountriesExtra>('de-countries-extra')
  const orgs = readLexicon<{ organizations: RawNamed[] }>('organizations').organizations
  const media = readLexicon<{ media: RawNamed[] }>('media').media

  const names = new Map<string, GazetteerEntry>()
  const notNames = new Set(extra.notNames)
  const add = (name: string, entry: GazetteerEntry) => {
    const key = normalizeName(name)
    // the first meaning wins: a country before its capital, an organisation before a medium
    if (key && !notNames.has(key) && !names.has(key)) names.set(key, entry)
  }
  const alpha2 = new Map<string, string>()
  const countryEntry = (iso3: string): GazetteerEntry => ({
    kind: 'country',
    id: `country:${iso3}`,
    name: iso3,
    country: iso3,
  })
  const displayDe = new Intl.DisplayNames('de', { type: 'region' })
  const displayEn = new Intl.DisplayNames('en', { type: 'region' })
  for (const a2 of Object.keys(countries.getAlpha2Codes())) {
    const iso3 = countries.alpha2ToAlpha3(a2)
    if (!iso3) continue
    alpha2.set(iso3, a2)
    const entry = countryEntry(iso3)
    for (const lang of ['de', 'en']) {
      // "Syrien, Arabische Republik" and "Korea (Republic of)" are catalogue names, not how texts write them
      for (const name of countries.getNames(lang, { select: 'all' })[a2] ?? []) {
        if (!/[,(]/u.test(name)) add(name, entry)
      }
    }
    for (const display of [displayDe, displayEn]) {
      const name = display.of(a2)
      if (name && name !== a2 && !/[,(]/u.test(name)) add(name, entry)
    }
  }
  for (const [name, iso3] of Object.entries(extra.names)) add(name, countryEntry(iso3))
  const adjectiveNames = new Set<string>()
  for (const org of orgs) {
    for (const alias of org.adjectiveAliases ?? []) adjectiveNames.add(alias)
    const entry: GazetteerEntry = { kind: org.kind ?? 'organization', id: org.id, name: org.name }
    if (org.country) entry.country = org.country
    if (org.body) entry.body = org.body
    if (org.placeLike) entry.placeLike = true
    if (org.sharedWith) entry.sharedWith = org.sharedWith
    for (const alias of [org.name, ...org.aliases]) add(alias, entry)
  }
  for (const m of media) {
    const entry: GazetteerEntry = { kind: 'media', id: m.id, name: m.name }
    if (m.country) entry.country = m.country
    if (m.quotedOnly) entry.quotedOnly = true
    for (const alias of [m.name, ...m.aliases]) add(alias, entry)
  }
  for (const [name, iso3] of Object.entries(extra.capitals)) {
    add(name, { kind: 'capital', id: `country:${iso3}`, name, country: iso3, placeLike: true })
  }

  const adjectives = new Map<string, string>()
  const adjectiveStems = new Map<string, string>()
  for (const [iso3, stems] of Object.entries(extra.adjectives)) {
    adjectiveStems.set(iso3, stems[0] as string)
    for (const stem of stems)
      for (const ending of extra.adjectiveEndings) adjectives.set(`${stem}${ending}`.toLowerCase(), iso3)
  }
  for (const [adjective, iso3] of Object.entries(extra.englishAdjectives))
    adjectives.set(adjective.toLowerCase(), iso3)

  let maxWords = 1
  const prefixes = new Set<string>()
  for (const name of names.keys()) {
    maxWords = Math.max(maxWords, name.split(/[\s]+/u).length)
    for (let end = 1; end <= name.length; end++)
      if (end === name.length || wordBoundary(name, end)) prefixes.add(name.slice(0, end))
  }
  const byId = new Map<string, GazetteerEntry>()
  for (const entry of names.values())
    if (entry.kind !== 'capital' && !byId.has(entry.id)) byId.set(entry.id, entry)
  return {
    names,
    byId,
    maxWords,
    prefixes,
    adjectives,
    adjectiveStems,
    alpha2,
    locatives: new Set(extra.locativePrepositions),
    adjectiveNames,
  }
}

/** Countries (i18n-iso-countries, Intl.DisplayNames, lexicons/de-countries-extra.json), organisations and media. */
export function loadGazetteer(env: Env): Gazetteer {
  return env.load('entities:gazetteer', buildGazetteer)
}

/** The country's name in the document's language: "RUS" → "Russland" / "Russia". */
export function countryName(gazetteer: Gazetteer, iso3: string, lang: string): string {
  const a2 = gazetteer.alpha2.get(iso3)
  if (!a2) return iso3
  try {
    return new Intl.DisplayNames(lang, { type: 'region' }).of(a2) ?? iso3
  } catch {
    return new Intl.DisplayNames('de', { type: 'region' }).of(a2) ?? iso3
  }
}

export interface PersonRole {
  /** canonical role as written for this person: "Außenminister" for "Außenministers" and "Chefdiplomat", "Außenministerin" */
  role: string
  /** the role whatever the gender, to compare roles: "Außenminister" for "Außenministerin" */
  base: string
  /** "Kollege": the person has a counterpart's role, not a role of its own */
  relational: boolean
  /** a role that names its country: "Kremlchef" */
  country?: string
  /**
   * the plainer roles a later definite mention may call its holder by: a "Bundeskanzler" is "der Kanzler", a
   * "Bundesarbeitsminister" "der Minister"; never the other way round, and a "Vizepräsident" is no "Präsident"
   */
  general?: string[]
}

export interface Body {
  /** canonical body noun: "Außenministerium" for "Außenministeriums", "Außenamt" */
  body: string
  gender: 'm' | 'f' | 'n' | 'p'
  /** "russische Nachrichtenagenturen", "Staatsmedien": a medium, not an organisation */
  media?: boolean
  /** false: without a country the word names no actor ("die Botschaft" is also a message, "die Führung" a lead) */
  alone?: boolean
}

export interface RoleLexicon {
  /** any inflected form → role */
  personRoles: Map<string, PersonRole>
  /** any inflected form → body */
  bodies: Map<string, Body>
  determiners: Set<string>
  /** the determiners that point to somebody known: "der", "die", "dem", "den", "des" */
  definiteArticles: Set<string>
  /** nouns of an office, before which a role names the office, not its holder: "das Amt des Präsidenten" */
  officeNouns: Set<string>
  /** words that open a role's complement, which says whose role it is: "der Gouverneur von Missouri" */
  complementWords: Set<string>
  possessives: Set<string>
  pluralMarkers: Set<string>
  modifiers: Set<string>
  /** lower-case words inside a name: "Jaap de Hoop Scheffer", "Ursula von der Leyen" */
  nameParticles: Set<string>
  /** lower-case beginnings of a name's word: "al-Maliki", "d'Alema" */
  namePrefixes: string[]
  /** capitalised words that are never part of a name: "Sie", "Die", "The" */
  notNameWords: Set<string>
  /** lower-case determiners, quantifiers, pronouns and prepositions that open no name: "eines", "kein", "mir", "neben" */
  functionWords: Set<string>
  /** lower-case determiners and quantifiers, after which a lone word is a noun: "den Greenback", "Kein Homeoffice" */
  quantifiers: Set<string>
}

interface RawRoles {
  personRoles: Record<string, { same?: string; relational?: boolean; country?: string; general?: string[] }>
  bodies: Record<string, { gender: Body['gender']; same?: string; kind?: 'media'; alone?: boolean }>
  determiners: string[]
  definiteArticles: string[]
  officeNouns: string[]
  complementWords: string[]
  possessives: string[]
  pluralMarkers: string[]
  adjectiveModifiers: string[]
  nameParticles: string[]
  namePrefixes: string[]
  notNameWords: string[]
  functionWords: { quantifiers: string[]; pronouns: string[]; prepositions: string[] }
}

function prepareRoles(raw: unknown): RoleLexicon {
  const r = raw as RawRoles
  const personRoles = new Map<string, PersonRole>()
  for (const [word, info] of Object.entries(r.personRoles)) {
    const base = info.same ?? word
    const role: PersonRole = { role: base, base, relational: info.relational === true }
    if (info.country) role.country = info.country
    if (info.general) role.general = info.general
    const female: PersonRole = { ...role, role: `${base}in` }
    // Außenminister(s), Präsident(en), Vorsitzende(r/n); Außenministerin, Präsidentin
    for (const form of [word, `${word}s`, `${word}es`, `${word}en`, `${word}n`, `${word}r`]) {
      if (!personRoles.has(form)) personRoles.set(form, role)
    }
    if (!word.endsWith('e') && !personRoles.has(`${word}in`)) personRoles.set(`${word}in`, female)
  }
  const bodies = new Map<string, Body>()
  for (const [word, info] of Object.entries(r.bodies)) {
    const canonical = info.same ?? word
    const gender = r.bodies[canonical]?.gender ?? info.gender
    for (const form of [word, `${word}s`, `${word}es`, `${word}n`]) {
      if (!bodies.has(form))
        bodies.set(form, {
          body: canonical,
          gender,
          ...(info.kind === 'media' ? { media: true } : {}),
          ...(info.alone === false ? { alone: false } : {}),
        })
    }
  }
  return {
    personRoles,
    bodies,
    determiners: new Set(r.determiners),
    definiteArticles: new Set(r.definiteArticles),
    officeNouns: new Set(r.officeNouns),
    complementWords: new Set(r.complementWords),
    possessives: new Set(r.possessives),
    pluralMarkers: new Set(r.pluralMarkers),
    modifiers: new Set(r.adjectiveModifiers),
    nameParticles: new Set(r.nameParticles),
    namePrefixes: r.namePrefixes,
    notNameWords: new Set(r.notNameWords),
    functionWords: new Set([
      ...r.determiners,
      ...r.functionWords.quantifiers,
      ...r.functionWords.pronouns,
      ...r.functionWords.prepositions,
    ]),
    quantifiers: new Set([...r.determiners, ...r.functionWords.quantifiers]),
  }
}

/** Titles, roles and state bodies (lexicons/de-roles.json). */
export function loadRoles(env: Env): RoleLexicon {
  return lexicon(env, 'de-roles', prepareRoles)
}

export interface KnownPerson {
  name: string
  country?: string
  /** nameKey of the surname ("lavrov") */
  surnameKey: string
  /** nameKey of the given names ("sergei"), empty when unknown */
  givenKey: string
}

interface RawPeople {
  people: Array<{ name: string; country?: string; surname?: string }>
}

function preparePeople(raw: unknown): KnownPerson[] {
  return (raw as RawPeople).people.map((p) => {
    const surname = p.surname ?? (p.name.split(/\s+/u).at(-1) as string)
    const given = p.name.replace(surname, '').trim()
    // a text's bare surname is one word: "Leyen" for "von der Leyen" would be rare, "von der Leyen" ends in it
    const surnameKey = nameKey(surname).split(' ').at(-1) as string
    const person: KnownPerson = { name: p.name, surnameKey, givenKey: nameKey(given) }
    if (p.country) person.country = p.country
    return person
  })
}

/** Public figures and their countries (lexicons/people.json), matched through nameKey. */
export function loadPeople(env: Env): KnownPerson[] {
  return lexicon(env, 'people', preparePeople)
}

/** A noun for people acting together without a name: "Demonstranten", "Beamte", "Bewaffnete" (de-groups.json). */
export interface GroupNoun {
  /** the display name, a plural: "Demonstranten" */
  name: string
  /** a compound ending in one of its forms is this group under its own name: "Bereitschaftspolizisten" */
  tails: boolean
}

export interface GroupLexicon {
  /** every written form → its group */
  forms: Map<string, GroupNoun>
  /** lower-cased forms that may end a compound, longest first: "polizisten" → Polizisten */
  tails: Array<[tail: string, group: GroupNoun]>
}

interface RawGroups {
  groups: Record<string, { forms: string[]; tails?: boolean }>
}

function prepareGroups(raw: unknown): GroupLexicon {
  const forms = new Map<string, GroupNoun>()
  const tails: Array<[string, GroupNoun]> = []
  for (const [name, info] of Object.entries((raw as RawGroups).groups)) {
    const group: GroupNoun = { name, tails: info.tails === true }
    for (const form of [name, ...info.forms]) {
      if (!forms.has(form)) forms.set(form, group)
      if (group.tails) tails.push([form.toLowerCase(), group])
    }
  }
  tails.sort((a, b) => b[0].length - a[0].length)
  return { forms, tails }
}

/** Group nouns: people acting together without a proper name (lexicons/de-groups.json). */
export function loadGroups(env: Env): GroupLexicon {
  return lexicon(env, 'de-groups', prepareGroups)
}

/** Words around a one-word name that make it a company, medium or product (lexicons/de-organisation-cues.json). */
export interface OrganisationCues {
  before: ReadonlySet<string>
  /** lower-case forms of five letters or more, to end a compound: "Motorrad-Hersteller", "Zinsplattform" */
  beforeTails: readonly string[]
  after: ReadonlySet<string>
}

function prepareOrganisationCues(raw: unknown): OrganisationCues {
  const r = raw as { before: string[]; after: string[] }
  return {
    before: new Set(r.before),
    beforeTails: r.before.filter((w) => w.length >= 5).map((w) => w.toLowerCase()),
    after: new Set(r.after),
  }
}

export function loadOrganisationCues(env: Env): OrganisationCues {
  return lexicon(env, 'de-organisation-cues', prepareOrganisationCues)
}

/** Given names as written, of many languages (lexicons/ner-given-names.json, which the tagger reads too). */
export function loadGivenNames(env: Env): ReadonlySet<string> {
  return lexicon(env, 'ner-given-names', (raw) => new Set((raw as { names: string[] }).names))
}
