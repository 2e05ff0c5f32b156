import type { Span, Token } from '../../document/index.ts'
import type { RoleLexicon } from './lexicons.ts'
import { tokensAdjacent, tokenWord } from './token-text.ts'

export interface GuessedName {
  span: Span
  words: string[]
  /** after a place preposition ("in New York"): a place, not a person */
  place: boolean
}

const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u

/** "Bürgerrechtler", "Topscorer", "Meisterin": a long word for a person, the kind that stands before a name */
export function isPersonNoun(word: string): boolean {
  return word.length >= 8 && /^\p{Lu}\p{Ll}+(?:er|in|ist|eur|ent)$/u.test(word)
}

/**
 * Names the tagger would find, guessed from capitals while it is missing: two or three adjacent capitalised words
 * inside a sentence that the dictionary knows neither as nouns nor as compounds of nouns ("Frank Bsirske",
 * "Jesse Jackson"), never right after a determiner ("der Jenaer Stadtteil") and never a sentence's first word.
 */
export function guessNames(
  text: string,
  tokens: readonly Token[],
  nouns: ReadonlyMap<string, string>,
  roles: RoleLexicon,
  locatives: ReadonlySet<string>,
  taken: (span: Span) => boolean,
  /** a word the dictionary calls a noun that is still a name we know: "Blinken" */
  isKnownName: (word: string) => boolean = () => false,
): GuessedName[] {
  const word = tokenWord(text, tokens)
  const adjacent = tokensAdjacent(text, tokens)
  // "Nationaltrainer", "Stadtteil", "Abfallentsorgungs-Gesellschaft": ends in a noun the dictionary knows
  const compoundNoun = (w: string) => {
    for (let cut = 3; cut <= w.length - 4; cut++) {
      const head = w.slice(cut).replace(/^-/u, '')
      const capitalised = head.charAt(0).toUpperCase() + head.slice(1)
      if (nouns.has(capitalised) && head.length >= 4) return true
    }
    return false
  }
  const nameLike = (i: number) => {
    const t = tokens[i]
    if (t?.kind !== 'word' || taken(t.span)) return false
    const w = word(i)
    if (t.noun && !isKnownName(w)) return false
    return (
      NAME_WORD.test(w) &&
      !roles.notNameWords.has(w) &&
      !roles.personRoles.has(w) &&
      !roles.bodies.has(w) &&
      !compoundNoun(w)
    )
  }

  const found: GuessedName[] = []
  for (let i = 1; i < tokens.length; i++) {
    const previous = tokens[i - 1] as Token
    // a sentence's first word is capitalised whatever it is: "Auch", "Allerdings"
    if (previous.sentence !== (tokens[i] as Token).sentence || !nameLike(i)) continue
    const before = word(i - 1)
    if (nameLike(i - 1) && adjacent(i - 1, i)) continue
    if (roles.determiners.has(before.toLowerCase()) && adjacent(i - 1, i)) continue
    let last = i
    while (last + 1 < tokens.length && last - i < 2 && adjacent(last, last + 1) && nameLike(last + 1)) last++
    if (last === i || (last + 1 < tokens.length && adjacent(last, last + 1) && nameLike(last + 1))) {
      i = last
      continue
    }
    // "Russian Foreign Minister Sergei Lavrov": capitals right before a role word are the role's, not a name; right
    // before a name already found they are that name's ("Korean Central News Agency")
    const next = tokens[last + 1]
    if (next && adjacent(last, last + 1) && (roles.personRoles.has(word(last + 1)) || taken(next.span))) {
      i = last
      continue
    }
    // "Bürgerrechtler Ossie Davis", "Meisterin Magdalena Schnurr": a long word for a person before a name
    if (last - i === 2 && isPersonNoun(word(i))) i++
    const words = []
    for (let k = i; k <= last; k++) words.push(word(k))
    const span: Span = [(tokens[i] as Token).span[0], (tokens[last] as Token).span[1]]
    found.push({ span, words, place: locatives.has(before.toLowerCase()) })
    i = last
  }
  return found
}
