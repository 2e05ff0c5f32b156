import type { Actor } from '../document/index.ts'
import { type GivenNameGenders, givenNamesAgree, isLocalActorId, nameKey } from '../entities/index.ts'

/**
 * The corpus-wide key of a document's actor. Persons meet themselves across spellings and languages through the
 * name key (Lawrow = Lavrov → `per:sergei-lavrov`); countries, organisations and media already have
 * language-independent ids (`country:RUS`, `org:nato`, `org:egy-polizei`).
 *
 * A body or group no name or country qualifies (`org:local:polizei`, `group:local:demonstranten`) is one actor
 * within its story only: a bare "Polizei" in a Berlin story and one in a Caracas story are different police, so its
 * key holds the story (`org:local:polizei@<story>`; near-duplicates of one agency text share it). A role word never
 * links on its own (issue 18).
 */
export function actorKey(actor: Pick<Actor, 'id' | 'kind' | 'name'>, story?: string): string {
  if (isLocalActorId(actor.id)) {
    if (story === undefined) throw new Error(`${actor.id} is keyed by its story, and none was given`)
    return `${actor.id}@${story}`
  }
  if (actor.kind === 'person') {
    const key = nameKey(actor.name)
    return key ? `per:${key.replace(/\s+/gu, '-')}` : actor.id
  }
  return actor.id
}

/** The folded surname of a person ("Sergej Lawrow" → "lavrov"), by which a bare "Lawrow" elsewhere finds him. */
export function surnameKey(actor: Pick<Actor, 'id' | 'kind' | 'name'>): string | undefined {
  // a person known only by a role ("per:local:ukr-praesident") has no name to meet anybody by
  if (actor.kind !== 'person' || isLocalActorId(actor.id)) return undefined
  return nameKey(actor.name).split(' ').at(-1) || undefined
}

/** True when the person is named by one word only ("Lawrow"): the key other articles may complete. */
export function isBareSurname(actor: Pick<Actor, 'id' | 'kind' | 'name'>): boolean {
  // one written word, hyphens and all: "Navarro-Valls", "Gilgeous-Alexander" and "Eva-Maria" are no full names
  return actor.kind === 'person' && !isLocalActorId(actor.id) && actor.name.trim().split(/\s+/u).length === 1
}

/**
 * Where a bare surname goes. It joins the one full name with that surname among `fullNameKeys` (the store passes the
 * full names of the bare surname's own article: across articles a bare name never links on its own, issue 18);
 * with none or several candidates ("Klitschko": Vitali or Wladimir) it keeps its own key, since guessing would merge
 * two people.
 */
export function resolveBareSurname(ownKey: string, fullNameKeys: readonly string[]): string {
  const candidates = [...new Set(fullNameKeys.filter((k) => k !== ownKey))]
  return candidates.length === 1 ? (candidates[0] as string) : ownKey
}

/**
 * The stored key a full name joins when it is another spelling of a stored person's: the same folded surname and
 * given names that agree but for spelling ("per:segmar-gabrel" joins "per:sigmar-gabrel", "per:georg-v-bux" joins
 * "per:george-v-bux"; never "Christiane" with "Christian", nor "George H. W." with "George W."). With none or
 * several candidates it keeps its own key.
 */
export function resolveSpelling(
  ownKey: string,
  storedKeys: readonly string[],
  genders: GivenNameGenders,
): string {
  if (storedKeys.includes(ownKey)) return ownKey
  const parts = (key: string) => {
    const words = key.replace(/^per:/u, '').split('-')
    return { surname: words.at(-1) ?? '', given: words.slice(0, -1).join(' ') }
  }
  const own = parts(ownKey)
  if (!own.given) return ownKey
  const candidates = storedKeys.filter((k) => {
    const other = parts(k)
    return other.surname === own.surname && other.given && givenNamesAgree(own.given, other.given, genders)
  })
  return candidates.length === 1 ? (candidates[0] as string) : ownKey
}

/**
 * Whether an article agrees with the articles of a stored full name: it names at least two of the same other actors
 * that are no country and no body of one story ("Gabriel" beside SPD and the German government, where
 * "Sigmar Gabriel" stood beside them too). A bare surname alone never links (issue 18); this is the co-occurring
 * context the issue allows.
 */
export function agreesWith(
  companions: ReadonlySet<string> | undefined,
  articleKeys: ReadonlySet<string>,
): boolean {
  if (!companions) return false
  let shared = 0
  for (const k of articleKeys) if (companions.has(k) && isEvidenceKey(k)) shared++
  return shared >= AGREEING_ACTORS
}

/** how many actors two articles must share besides the person for a bare surname to join a full name elsewhere */
const AGREEING_ACTORS = 2

// a country is named by half the corpus, a story's own body by one story, a bare surname is what is being decided
const isEvidenceKey = (k: string) => !k.startsWith('country:') && !k.includes('@')
