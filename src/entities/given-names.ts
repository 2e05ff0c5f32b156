import { type Env, lexicon } from '../document/index.ts'
import { nameKey } from './name-key.ts'

export type Gender = 'm' | 'f'

interface GenderFile {
  female: string[]
  male: string[]
  /** names listed for both genders ("Andrea"): their keys say nothing, whatever else folds to them */
  either: string[]
}

export type GivenNameGenders = ReadonlyMap<string, Gender>

/**
 * Given names by their name key with the gender faker gives them in every locale (lexicons/given-name-genders.json):
 * "annalena" → f, "frank" → m. A key two names of different genders share is left out.
 */
export function prepareGivenNameGenders(raw: unknown): GivenNameGenders {
  const file = raw as GenderFile
  const map = new Map<string, Gender>()
  const doubtful = new Set<string>()
  for (const [names, gender] of [
    [file.female, 'f'],
    [file.male, 'm'],
  ] as const) {
    for (const name of names) {
      const key = nameKey(name)
      if (map.has(key) && map.get(key) !== gender) doubtful.add(key)
      else map.set(key, gender)
    }
  }
  for (const name of file.either) doubtful.add(nameKey(name))
  for (const key of doubtful) map.delete(key)
  return map
}

export function loadGivenNameGenders(env: Env): GivenNameGenders {
  return lexicon(env, 'given-name-genders', prepareGivenNameGenders)
}

/** The gender of a folded given name ("frank-valter" → m by its first word), when the lexicon is sure of it. */
export function genderOfGivenKey(givenKey: string, genders: GivenNameGenders): Gender | undefined {
  const first = givenKey.split(/[\s-]+/u).find((w) => w.length > 1)
  return first ? genders.get(first) : undefined
}

/**
 * e and i of a folded given-name word as one letter: "Siegmar" / "Sigmar" (nameKey reads "ie" as the "je" of
 * "Medwedjew", so it keeps them apart).
 */
const eAsI = (word: string) => word.replace(/e/gu, 'i')
/** without a final vowel: "Georg" / "George", but also "Christian" / "Christiane" */
const withoutFinalVowel = (word: string) => word.replace(/(?<=\p{L}{3})[aiou]$/u, '')

/**
 * Whether two folded given names (nameKey output, words split by spaces or hyphens) can be one person's: word by
 * word equal; equal but for e and i when the lexicon does not give the two words different genders; equal but for a
 * final vowel when it gives both one gender. Initials must agree ("George W." is not "George H. W.").
 */
export function givenNamesAgree(a: string, b: string, genders: GivenNameGenders): boolean {
  if (a === b) return true
  const wa = a.split(/[\s-]+/u).filter(Boolean)
  const wb = b.split(/[\s-]+/u).filter(Boolean)
  if (wa.length === 0 || wa.length !== wb.length) return false
  return wa.every((x, i) => {
    const y = wb[i] as string
    if (x === y) return true
    if (x.length < 3 || y.length < 3) return false
    const gx = genders.get(x)
    const gy = genders.get(y)
    if (eAsI(x) === eAsI(y)) return !gx || !gy || gx === gy
    // a final vowel often makes the other gender's name: it folds only when both are known to be of one gender
    return withoutFinalVowel(eAsI(x)) === withoutFinalVowel(eAsI(y)) && !!gx && gx === gy
  })
}
