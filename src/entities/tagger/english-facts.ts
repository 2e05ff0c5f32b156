import { readLexicon } from '../../document/index.ts'
import type { TaggerLexicon } from './tagger-lexicon.ts'

/**
 * Facts only the English tagger reads: web text writes places in lower case ("flights from san francisco to
 * mexico"), and US addresses abbreviate states ("Chillicothe, OH", "Boston, Mass."). The shared gazetteer is looked up
 * case-sensitively for both models; these look-ups are the English model's own, so the German one is untouched.
 */
interface EnglishPlaceIndex {
  /** a name in lower case, one or more words joined by single spaces → what it names */
  lower: Map<string, string>
  firstWords: Set<string>
  maxWords: number
  abbreviations: Set<string>
}

// lower-cased, a town's or city's one-word name is too often a word ("mobile", "nice", "reading"): only the kinds
// that rarely are, and cities of more than one word
const LOWER_CASE_KINDS = new Set(['country', 'capital', 'region', 'organization'])

const indexes = new WeakMap<TaggerLexicon, EnglishPlaceIndex>()

function englishPlaceIndex(lex: TaggerLexicon): EnglishPlaceIndex {
  let index = indexes.get(lex)
  if (index) return index
  const raw = readLexicon<{ names: string[]; abbreviations: string[] }>('en-places')
  const lower = new Map<string, string>()
  const add = (name: string, kind: string) => {
    const key = name.toLowerCase()
    if (key.length >= 3 && !lower.has(key)) lower.set(key, kind)
  }
  for (const name of raw.names) add(name, 'region')
  for (const [name, kind] of lex.names)
    if (LOWER_CASE_KINDS.has(kind) || (kind === 'city' && name.includes(' '))) add(name, kind)
  const firstWords = new Set<string>()
  let maxWords = 1
  for (const key of lower.keys()) {
    const words = key.split(' ')
    if (words.length > 1) firstWords.add(words[0] as string)
    maxWords = Math.max(maxWords, Math.min(words.length, 4))
  }
  index = { lower, firstWords, maxWords, abbreviations: new Set(raw.abbreviations) }
  indexes.set(lex, index)
  return index
}

/** `gzl=kind` / `gzli=kind` (first / later word of a name found in lower case), `usab` (a state's abbreviation). */
export function englishFacts(words: readonly string[], lex: TaggerLexicon): string[][] {
  const index = englishPlaceIndex(lex)
  const lower = words.map((w) => w.toLowerCase())
  const facts: string[][] = words.map((w) => (index.abbreviations.has(w) ? ['usab'] : []))
  for (let i = 0; i < words.length; i++) {
    const longest = index.firstWords.has(lower[i] as string) ? Math.min(index.maxWords, words.length - i) : 1
    for (let n = longest; n >= 1; n--) {
      const kind = index.lower.get(n === 1 ? (lower[i] as string) : lower.slice(i, i + n).join(' '))
      if (!kind) continue
      ;(facts[i] as string[]).push(`gzl=${kind}`)
      for (let k = i + 1; k < i + n; k++) (facts[k] as string[]).push(`gzli=${kind}`)
      i += n - 1
      break
    }
  }
  return facts
}
