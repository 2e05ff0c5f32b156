import type { Span, Token } from '../../document/index.ts'
import type { Gender } from '../given-names.ts'
import type { GazetteerMention } from './find-gazetteer-mentions.ts'
import type {
  Body,
  Gazetteer,
  GazetteerEntry,
  GroupLexicon,
  GroupNoun,
  PersonRole,
  RoleLexicon,
} from './lexicons.ts'
import { tokensAdjacent } from './token-text.ts'

export interface NameWords {
  span: Span
  words: string[]
  tokens: [number, number]
}

/** "der russische Außenminister Sergej Lawrow", "sein US-Kollege", "Duma-Präsident Wjatscheslaw Wolodin" */
export interface PersonPhrase {
  /** the role words without determiner: "russische Außenminister", "US-Kollege" */
  span: Span
  tokens: [number, number]
  /** canonical role, with the institution when a compound names one: "Außenminister", "Duma-Präsident" */
  role: string
  /** the role whatever the gender ("Außenminister" for "Außenministerin"), to compare roles */
  base: string
  /** plainer roles its holder may be called by later ("Kanzler" for "Bundeskanzler"); see PersonRole */
  general?: string[]
  relational: boolean
  country?: string
  /** the name right after the role */
  name?: NameWords
  /** written with a possessive ("sein US-Kollege"): it refers back to somebody */
  possessive: boolean
  /** after a definite article ("die Ex-Außenministerin"): somebody the reader already knows */
  definite?: boolean
  /** the grammatical gender of the role's form: "Außenministerin" is a woman, "der Vorsitzende" a man */
  gender?: Gender
}

export type { Gender }

/** "das russische Außenministerium", "die Regierung in Moskau", "der ukrainische Geheimdienst", "US-Regierung" */
export interface BodyPhrase {
  span: Span
  tokens: [number, number]
  body: Body
  country?: string
  possessive: boolean
  /** a genitive after a person's role ("Sprecher des Außenministeriums"): whom the person works for */
  affiliation?: boolean
}

/** "Demonstranten", "israelische Soldaten", "Bereitschaftspolizisten", "US-Soldaten": people acting together */
export interface GroupPhrase {
  span: Span
  tokens: [number, number]
  /** the display name without country: "Demonstranten", "Bereitschaftspolizisten" */
  name: string
  country?: string
  possessive: boolean
}

export interface RolePhrases {
  persons: PersonPhrase[]
  bodies: BodyPhrase[]
  groups: GroupPhrase[]
}

const CAPITALISED = /^\p{Lu}/u

/**
 * Role and body phrases of a text. `isKnownName` says whether a capitalised word that the dictionary knows as a
 * noun is still a name ("Blinken").
 */
export function findRolePhrases(
  text: string,
  tokens: readonly Token[],
  mentions: readonly GazetteerMention[],
  roles: RoleLexicon,
  gazetteer: Gazetteer,
  isKnownName: (word: string) => boolean,
  groupNouns?: GroupLexicon,
): RolePhrases {
  const word = (i: number) => {
    const t = tokens[i]
    return t && t.kind === 'word' ? text.slice(t.span[0], t.span[1]) : ''
  }
  const whole = new Map<number, GazetteerMention>()
  const covered = new Set<number>()
  for (const m of mentions) {
    if (m.part) continue
    whole.set(m.tokens[0], m)
    for (let i = m.tokens[0]; i < m.tokens[1]; i++) covered.add(i)
  }
  const adjacent = tokensAdjacent(text, tokens)

  const persons: PersonPhrase[] = []
  const bodies: BodyPhrase[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue
    const surface = word(i)
    if (!CAPITALISED.test(surface)) continue
    const head = readHead(surface, roles, gazetteer)
    if (!head) continue

    // walk back over country adjectives and modifiers to the determiner: "der ehemalige russische Außenminister"
    const start = phraseStart(i, head.prefix?.country, () => false)
    let country = start.country
    const first = start.first
    const determiner = word(first - 1).toLowerCase()
    const hasDeterminer = adjacent(first - 1, first) && roles.determiners.has(determiner)
    const possessive = hasDeterminer && roles.possessives.has(determiner)
    const before = hasDeterminer ? word(first - 2).toLowerCase() : determiner
    // "die beiden Chefdiplomaten", "zwei Sprecher", "die Präsidenten": more than one person
    if (roles.pluralMarkers.has(before) || roles.pluralMarkers.has(determiner)) continue

    if (head.kind === 'person') {
      const name = readName(i + 1)
      const weakOrPlural = /en$/u.test(surface) && !head.role.role.endsWith('en')
      if (weakOrPlural && (!hasDeterminer || ['die', 'der'].includes(determiner)) && !name) continue
      if (!name && !hasDeterminer && first === i && !head.prefix) continue
      country ??= head.role.country
      const prefixIsBody = head.prefix && head.prefix.kind !== 'country' && head.prefix.kind !== 'capital'
      const phrase: PersonPhrase = {
        span: [(tokens[first] as Token).span[0], (tokens[i] as Token).span[1]],
        tokens: [first, i + 1],
        role: prefixIsBody ? `${head.prefixText}-${head.role.role}` : head.role.role,
        base: prefixIsBody ? `${head.prefixText}-${head.role.base}` : head.role.base,
        relational: head.role.relational,
        possessive,
      }
      if (country) phrase.country = country
      if (head.role.general && !prefixIsBody) phrase.general = head.role.general
      if (name) phrase.name = name
      const gender = roleGender(surface, head.role, hasDeterminer ? determiner : '')
      if (gender) phrase.gender = gender
      // "der Vorsitzende der Wahlkommission", "der Gouverneur von Missouri", "der Präsident Indonesiens, Susilo …"
      // introduce somebody by the complement; "das Amt des Präsidenten" is the
      // office: neither points back to a person already named
      const next = word(i + 1)
      const complement =
        adjacent(i, i + 1) && (roles.complementWords.has(next) || (CAPITALISED.test(next) && !name))
      const office = roles.officeNouns.has(word(first - 2)) && adjacent(first - 2, first - 1)
      if (hasDeterminer && roles.definiteArticles.has(determiner) && !complement && !office)
        phrase.definite = true
      persons.push(phrase)
      continue
    }

    // "die Regierung in Moskau", "das Verteidigungsministerium in London", "die Regierung Russlands"
    let last = i
    if (!country) {
      const next = word(i + 1)
      const at = next === 'in' && adjacent(i, i + 1) ? i + 2 : next === 'der' ? i + 2 : i + 1
      const place = whole.get(at)
      if (place && (place.kind === 'country' || place.kind === 'capital') && adjacent(at - 1, at)) {
        const genitive = at === i + 1
        if (!genitive || /s$/u.test(text.slice(place.span[0], place.span[1])) || next === 'der') {
          country = place.country
          last = place.tokens[1] - 1
        }
      }
    }
    if (head.prefix && !country) continue
    // "die russische Nachrichtenagentur Interfax", "des Militärbündnisses NATO": the name is the actor
    const named = whole.get(last + 1)
    if (
      named &&
      named.kind !== 'adjective' &&
      named.kind !== 'country' &&
      named.kind !== 'capital' &&
      adjacent(last, last + 1)
    )
      continue
    const phrase: BodyPhrase = {
      span: [(tokens[first] as Token).span[0], (tokens[last] as Token).span[1]],
      tokens: [first, last + 1],
      body: head.body,
      possessive,
    }
    if (country) phrase.country = country
    if (
      (determiner === 'des' || determiner === 'der') &&
      readHead(word(first - 2), roles, gazetteer)?.kind === 'person'
    )
      phrase.affiliation = true
    // "Behörden teilten mit", "Polizei nimmt zwei Männer fest": a body needs no determiner, unless its word is
    // also a common one ("Botschaft", "Führung")
    if (country || hasDeterminer || head.body.alone !== false) bodies.push(phrase)
  }
  const groups = groupNouns ? findGroups() : []
  return { persons, bodies, groups }

  /**
   * Where the phrase of the head noun at i starts, walking back over country adjectives (which give the country,
   * if the head has none) and modifiers, not past a token `stop` marks.
   */
  function phraseStart(
    i: number,
    headCountry: string | undefined,
    stop: (k: number) => boolean,
  ): { first: number; country: string | undefined } {
    let country = headCountry
    let first = i
    for (let k = i - 1; k >= 0 && adjacent(k, k + 1) && !stop(k); k--) {
      const adjective = whole.get(k)
      if (adjective?.kind === 'adjective') {
        country ??= adjective.country
        first = k
      } else if (roles.modifiers.has(word(k).toLowerCase())) first = k
      else break
    }
    return { first, country }
  }

  /** Group nouns where no name, person or body phrase stands: "zwei Demonstranten", "israelische Soldaten". */
  function findGroups(): GroupPhrase[] {
    // names, persons and bodies stand where they stand; a country adjective may qualify a group
    const taken = new Set([...covered].filter((k) => whole.get(k)?.kind !== 'adjective'))
    for (const p of [...persons, ...bodies]) for (let k = p.tokens[0]; k < p.tokens[1]; k++) taken.add(k)
    const found: GroupPhrase[] = []
    for (let i = 0; i < tokens.length; i++) {
      if (taken.has(i)) continue
      const surface = word(i)
      if (!CAPITALISED.test(surface)) continue
      const head = readGroup(surface, groupNouns as GroupLexicon, gazetteer)
      if (!head) continue
      const { first, country } = phraseStart(i, head.country, (k) => taken.has(k))
      const determiner = word(first - 1).toLowerCase()
      const possessive = adjacent(first - 1, first) && roles.possessives.has(determiner)
      const phrase: GroupPhrase = {
        span: [(tokens[first] as Token).span[0], (tokens[i] as Token).span[1]],
        tokens: [first, i + 1],
        name: head.name,
        possessive,
      }
      if (country) phrase.country = country
      found.push(phrase)
    }
    return found
  }

  /** "Sergej Lawrow", "Dmitri Peskow", "Joe Biden" after a role: capitalised words that are names, not nouns */
  function readName(from: number): NameWords | undefined {
    const words: string[] = []
    let i = from
    while (i < tokens.length && words.length < 5 && adjacent(i - 1, i) && !covered.has(i)) {
      const t = tokens[i] as Token
      const w = word(i)
      // "Jaap de Hoop Scheffer", "Dschawad al-Maliki", "Massimo D'Alema"
      // particles follow a given name only: "Vojislav Koštunica von der Demokratischen Partei" ends at Koštunica
      if (words.length > 0 && roles.nameParticles.has(w)) {
        let j = i
        while (roles.nameParticles.has(word(j)) && adjacent(j, j + 1)) j++
        if (
          words.length === 1 &&
          j > i &&
          CAPITALISED.test(word(j)) &&
          adjacent(j - 1, j) &&
          !tokens[j]?.noun
        ) {
          for (let p = i; p < j; p++) words.push(word(p))
          i = j
          continue
        }
        break
      }
      const prefixed =
        words.length > 0 &&
        roles.namePrefixes.some((p) => w.startsWith(p) && CAPITALISED.test(w.slice(p.length)))
      if (prefixed) {
        words.push(w)
        i++
        continue
      }
      if (!CAPITALISED.test(w) || roles.notNameWords.has(w) || readHead(w, roles, gazetteer)) break
      const next = tokens[i + 1]
      const nextIsName = !!next && adjacent(i, i + 1) && CAPITALISED.test(word(i + 1)) && !next.noun
      if (t.noun && words.length === 0 && !isKnownName(w) && !nextIsName) break
      words.push(w)
      i++
    }
    if (words.length === 0) return undefined
    return {
      span: [(tokens[from] as Token).span[0], (tokens[i - 1] as Token).span[1]],
      words,
      tokens: [from, i],
    }
  }
}

/**
 * The gender a role's form says: a feminine "-in" form is a woman ("Ex-Außenministerin"), the plain form of a noun
 * like "Minister" a man; an adjectival role ("Vorsitzende", "Abgeordnete") says it only through its determiner
 * ("die Vorsitzende", "der Abgeordnete") or its strong ending ("Vorsitzender").
 */
function roleGender(surface: string, role: PersonRole, determiner: string): Gender | undefined {
  if (role.relational) return undefined
  if (role.role !== role.base) return 'f'
  if (!role.base.endsWith('e')) return 'm'
  if (surface.endsWith(`${role.base}r`)) return 'm'
  if (!surface.endsWith(role.base)) return undefined
  if (determiner === 'der') return 'm'
  if (determiner === 'die' || determiner === 'eine') return 'f'
  return undefined
}

type Head =
  | {
      kind: 'person'
      role: PersonRole
      prefix?: GazetteerEntry
      prefixText?: string
    }
  | { kind: 'body'; body: Body; prefix?: GazetteerEntry; prefixText?: string }

/** A role or body word, alone or behind a compound's name: "Außenminister", "US-Kollege", "Duma-Präsident". */
function readHead(surface: string, roles: RoleLexicon, gazetteer: Gazetteer): Head | undefined {
  const role = roles.personRoles.get(surface)
  if (role) return { kind: 'person', role }
  const body = roles.bodies.get(surface)
  if (body) return { kind: 'body', body }
  const cut = surface.search(/[-‐][^-‐]*$/u)
  if (cut <= 0) {
    const compound = compoundRole(surface, roles)
    return compound ? { kind: 'person', role: compound } : undefined
  }
  const prefixText = surface.slice(0, cut)
  const headWord = surface.slice(cut + 1)
  const prefix = gazetteer.names.get(prefixText)
  const headRole = roles.personRoles.get(headWord)
  // "Ex-Präsident", "Vize-Präsident": a role without a known prefix is still the role
  if (headRole)
    return prefix
      ? { kind: 'person', role: headRole, prefix, prefixText }
      : { kind: 'person', role: headRole }
  const headBody = roles.bodies.get(headWord)
  if (headBody && prefix && (prefix.kind === 'country' || prefix.kind === 'capital')) {
    return { kind: 'body', body: headBody, prefix, prefixText }
  }
  return undefined
}

const compoundTailLists = new WeakMap<RoleLexicon, Array<[tail: string, role: PersonRole]>>()

/** Role forms of six letters or more as they end a compound ("…ministerin"), in the lexicon's order, built once. */
function compoundTails(roles: RoleLexicon): Array<[tail: string, role: PersonRole]> {
  let tails = compoundTailLists.get(roles)
  if (tails) return tails
  tails = []
  for (const [form, role] of roles.personRoles)
    if (form.length >= 6) tails.push([form.charAt(0).toLowerCase() + form.slice(1), role])
  compoundTailLists.set(roles, tails)
  return tails
}

/** "Bundesarbeitsministerin", "Polizeisprecher": a compound whose last word is a role is that role, in full. */
function compoundRole(surface: string, roles: RoleLexicon): PersonRole | undefined {
  for (const [tail, role] of compoundTails(roles)) {
    if (surface.length - tail.length < 3 || !surface.endsWith(tail)) continue
    const head = surface.slice(0, surface.length - tail.length)
    const base = `${head}${role.base.charAt(0).toLowerCase()}${role.base.slice(1)}`
    const female = role.role !== role.base
    // "Altkanzler", "Bundesarbeitsminister": "der Kanzler", "der Minister" later
    const general = [role.base, ...(role.general ?? [])]
    return { role: female ? `${base}in` : base, base, relational: false, general }
  }
  return undefined
}

/**
 * A group noun, alone or as a compound's tail: "Demonstranten", "Bereitschaftspolizisten" (its own name),
 * "US-Soldaten" (with the country); "Hamas-Kämpfer" is left to the name before the hyphen.
 */
function readGroup(
  surface: string,
  groups: GroupLexicon,
  gazetteer: Gazetteer,
): { name: string; country?: string } | undefined {
  const own = groups.forms.get(surface)
  if (own) return { name: own.name }
  const cut = surface.search(/[-‐][^-‐]*$/u)
  if (cut > 0) {
    const headGroup = groups.forms.get(surface.slice(cut + 1))
    if (!headGroup) return undefined
    const prefix = gazetteer.names.get(surface.slice(0, cut))
    if (!prefix) return { name: headGroup.name }
    return prefix.kind === 'country' || prefix.kind === 'capital'
      ? { name: headGroup.name, country: prefix.country as string }
      : undefined
  }
  const lower = surface.toLowerCase()
  for (const [tail, group] of groups.tails) {
    if (lower.length - tail.length < 3 || !lower.endsWith(tail)) continue
    return { name: `${surface.slice(0, surface.length - tail.length)}${compoundTail(group)}` }
  }
  return undefined
}

/** The group's name as the tail of a compound: "Polizisten" → "polizisten". */
function compoundTail(group: GroupNoun): string {
  return group.name.charAt(0).toLowerCase() + group.name.slice(1)
}
