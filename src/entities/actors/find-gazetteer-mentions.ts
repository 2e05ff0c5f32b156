import type { Span, Token } from '../../document/index.ts'
import { type Gazetteer, type GazetteerKind, normalizeName } from './lexicons.ts'

/** A name or adjective of the gazetteer found in the text. */
export interface GazetteerMention {
  span: Span
  /** the tokens it covers, [first, last + 1); a compound's part keeps its token's pair */
  tokens: [number, number]
  kind: GazetteerKind | 'adjective'
  /** actor id; absent for adjectives */
  id?: string
  name: string
  country?: string
  body?: string
  /** only the first part of a compound token: "NATO" in "NATO-Truppen", "US" in "US-Kollege" */
  part?: boolean
  /** a place after "in", "nach": capitals, "Westen" */
  placeLike?: boolean
}

const GENITIVE = /(?<=[^sxzß])(?:s|es|'s|’s|')$/u
const APOSTROPHE_ENDING = /['’]s?$/u

/**
 * Countries (names, capitals, adjectives), organisations and media in running text, longest name first:
 * "Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE)", "Russlands", die „Times“, "NATO-Truppen".
 */
export function findGazetteerMentions(
  text: string,
  tokens: readonly Token[],
  gazetteer: Gazetteer,
): GazetteerMention[] {
  const mentions: GazetteerMention[] = []
  const surface = (i: number) => {
    const t = tokens[i] as Token
    return text.slice(t.span[0], t.span[1])
  }
  const quoted = (first: number, last: number) =>
    tokens[first - 1]?.kind === 'quote' && tokens[last + 1]?.kind === 'quote'

  let i = 0
  while (i < tokens.length) {
    const token = tokens[i] as Token
    if (token.kind !== 'word' && token.kind !== 'number') {
      i++
      continue
    }
    const found = longestName(text, tokens, i, gazetteer)
    if (found) {
      const [last, entry, span] = found
      // "Linke Gewalt", "Grüne Kanton Solothurn": a party's name that is also an adjective, before a common noun
      const attributive = gazetteer.adjectiveNames.has(text.slice(span[0], span[1])) && tokens[last + 1]?.noun
      if ((!entry.quotedOnly || quoted(i, last)) && !attributive) {
        const mention: GazetteerMention = {
          span,
          tokens: [i, last + 1],
          kind: entry.kind,
          id: entry.id,
          name: entry.name,
        }
        if (entry.country) mention.country = entry.country
        if (entry.body) mention.body = entry.body
        if (entry.placeLike) mention.placeLike = true
        mentions.push(mention)
        i = last + 1
        continue
      }
    }
    const word = surface(i)
    // "der russische Außenminister", "Russischer Außenminister", "the British government"
    const adjective = gazetteer.adjectives.get(word.toLowerCase())
    if (adjective && /^\p{L}/u.test(word)) {
      mentions.push({
        span: token.span,
        tokens: [i, i + 1],
        kind: 'adjective',
        name: word,
        country: adjective,
      })
      i++
      continue
    }
    mentions.push(...compoundParts(word, token.span[0], i, gazetteer))
    i++
  }
  return mentions
}

/** white space that normalizeName would change: runs, tabs, no-break spaces */
const SPACING = /\s\s|[^\S ]/u

/** The longest gazetteer name that starts at token `first`, as [last token, entry, span]. */
function longestName(
  text: string,
  tokens: readonly Token[],
  first: number,
  gazetteer: Gazetteer,
): [number, ReturnType<Gazetteer['names']['get']> & object, Span] | undefined {
  const start = (tokens[first] as Token).span[0]
  const sentence = (tokens[first] as Token).sentence
  let best: [number, ReturnType<Gazetteer['names']['get']> & object, Span] | undefined
  for (let last = first; last < tokens.length && last < first + gazetteer.maxWords * 2; last++) {
    const token = tokens[last] as Token
    if (token.sentence !== sentence) break
    const slice = text.slice(start, token.span[1])
    if (slice.includes('\n')) break
    const name = SPACING.test(slice) ? normalizeName(slice) : slice
    const entry = gazetteer.names.get(name)
    if (entry) best = [last, entry, [start, token.span[1]]]
    else {
      // "Russlands", "des Kremls", "der NATO's": the name without its genitive ending
      const bare = name.replace(GENITIVE, '')
      const genitive = bare !== name ? gazetteer.names.get(bare) : undefined
      // an apostrophe's ending ("Ukraine's border") stays out of the span; "Russlands" is one word and stays whole
      const apostrophe = APOSTROPHE_ENDING.exec(name)?.[0].length ?? 0
      if (genitive && genitive.kind !== 'media') best = [last, genitive, [start, token.span[1] - apostrophe]]
    }
    // no name goes on from here
    if (!gazetteer.prefixes.has(name)) break
  }
  return best
}

/** "NATO-Truppen" → NATO, "USA-Russland-Treffen" → USA, Russland; the last part is the head, not a name. */
function compoundParts(
  word: string,
  offset: number,
  index: number,
  gazetteer: Gazetteer,
): GazetteerMention[] {
  const parts = word.split(/(?<=\S)[-‐](?=\S)/u)
  if (parts.length < 2) return []
  const mentions: GazetteerMention[] = []
  let at = 0
  for (const part of parts.slice(0, -1)) {
    const entry = gazetteer.names.get(part)
    if (entry && !entry.quotedOnly) {
      const mention: GazetteerMention = {
        span: [offset + at, offset + at + part.length],
        tokens: [index, index + 1],
        kind: entry.kind,
        id: entry.id,
        name: entry.name,
        part: true,
      }
      if (entry.country) mention.country = entry.country
      if (entry.body) mention.body = entry.body
      mentions.push(mention)
    }
    at += part.length + 1
  }
  return mentions
}
