import { type Document, type Entity, type Env, readLexicon, type Token } from '../../document/index.ts'
import { loadRoles } from '../actors/index.ts'
import { nameKey } from '../name-key.ts'
import { isDoubtfulSpan, loadNerStopWords, type SpanContext } from './doubtful-spans.ts'
import { chunksOf } from './germeval.ts'
import { readModel } from './model-file.ts'
import type { NerModel } from './perceptron.ts'
import { nameStartAfterTitles, prepareEnglishWords, prepareWords, tagWords } from './prepare.ts'
import { loadTaggerLexicon, type TaggerLexicon } from './tagger-lexicon.ts'

const MODEL_URL = new URL('../../../models/ner-de.bin', import.meta.url)
const ENGLISH_MODEL_URL = new URL('../../../models/ner-en.bin', import.meta.url)
const TAGGED_KINDS = new Set<Token['kind']>(['word', 'number', 'punct', 'quote'])

export function loadNerModel(env: Env): NerModel {
  return env.load('ner-de', () => readModel(MODEL_URL).model)
}

/** models/ner-en.bin, trained by `npm run train -- ner-en` on UNER English-EWT, GUM and MEANTIME */
export function loadEnglishNerModel(env: Env): NerModel {
  return env.load('ner-en', () => readModel(ENGLISH_MODEL_URL).model)
}

/** lexicons/en-person-titles.json: "President", "Secretary", "Sen." before a name */
export function loadEnglishTitles(env: Env): ReadonlySet<string> {
  return env.load(
    'entities:en-person-titles',
    () => new Set(readLexicon<{ titles: string[] }>('en-person-titles').titles),
  )
}

/** GermEval's twelve outer types as the four of analysis@1, -deriv and -part as OTH (for scoring the four types). */
export function entityType(type: string): Entity['type'] {
  if (type === 'PER' || type === 'ORG' || type === 'LOC') return type
  return 'OTH'
}

// "said", "the": the model learned German; an English text gets no tagger spans rather than wrong ones
const ENGLISH = new Set([
  'the',
  'of',
  'and',
  'said',
  'was',
  'were',
  'is',
  'has',
  'have',
  'with',
  'that',
  'to',
])
const GERMAN = new Set([
  'der',
  'die',
  'das',
  'und',
  'sagte',
  'ist',
  'hat',
  'mit',
  'dass',
  'nicht',
  'zu',
  'den',
])

function looksEnglish(doc: Document, tokens: readonly Token[]): boolean {
  let english = 0
  let german = 0
  for (const token of tokens) {
    if (token.kind !== 'word') continue
    const word = doc.text.slice(token.span[0], token.span[1]).toLowerCase()
    if (ENGLISH.has(word)) english++
    else if (GERMAN.has(word)) german++
  }
  return english > german
}

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u

/**
 * "Tennisspieler Daniil Medvedev" tagged only "Medvedev": a capitalised word right before a person's name that is
 * no noun, no title, no sentence opener and no common word of the stop list is the given name the model did not know,
 * and keeps the name from joining another known "Medwedew".
 */
function givenNameStart(c: SpanContext, start: number): number {
  const k = start - 1
  const token = c.group[k]
  const word = c.words[k]
  if (k < 1 || !token || !word || token.kind !== 'word' || !NAME_WORD.test(word)) return start
  if (token.noun || token.moods || token.verbForm || c.lexicon.titles.has(word) || c.stop.openers.has(word))
    return start
  // "Moskaus Wladimir Putin", "Kreml-Chef": a place or body before the name is no part of it
  if (
    c.determiners.has(word.toLowerCase()) ||
    c.lexicon.names.has(word) ||
    c.lexicon.names.has(word.slice(0, -1))
  )
    return start
  // "Nationaltrainer Ralph Krüger", "Atomkraftwerk Krümmel": a compound ending in a noun is a role or a thing
  if (!c.lexicon.givenNames.has(word) && endsInNoun(word, c)) return start
  const previous = c.group[k - 1] as Token
  return previous.span[1] <= token.span[0] ? k : start
}

function endsInNoun(word: string, c: SpanContext): boolean {
  // "Meisterin": the dictionary knows the masculine
  for (const lower of [word.toLowerCase(), word.toLowerCase().replace(/(?<=.{4})in$/u, '')])
    for (let cut = 0; cut <= lower.length - 4; cut++)
      if (c.lexicon.nounForms.has(lower.slice(cut))) return true
  return false
}

/** Capitalised words the text writes inside a sentence: "Bsirske" there makes a sentence's first "Bsirske" a name. */
function capitalsInside(doc: Document, tokens: readonly Token[]): Set<string> {
  const inside = new Set<string>()
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token
    const previous = tokens[i - 1] as Token
    if (token.kind !== 'word' || previous.sentence !== token.sentence || previous.kind === 'quote') continue
    const word = doc.text.slice(token.span[0], token.span[1])
    if (/^\p{Lu}/u.test(word)) inside.add(word)
  }
  return inside
}

/** The gazetteer's kind overrides the tagger's type for a name it knows whole: "Interfax" is a medium, not a person. */
const GAZETTEER_TYPE: Record<string, Entity['type']> = {
  country: 'LOC',
  capital: 'LOC',
  city: 'LOC',
  region: 'LOC',
  organization: 'ORG',
  media: 'ORG',
}

/**
 * Persons, organisations, places and others the statistical tagger finds, sentence by sentence of the tokens layer.
 * The model is German: other languages get no tagger spans. Derivations ("russische") and names inside compounds
 * ("NATO-Truppen") are left to the gazetteer, which knows which country or body they name.
 */
export function tagEntities(doc: Document, env: Env): Entity[] {
  const tokens = doc.layers.tokens ?? []
  if (doc.lang === 'en') return tagEnglishEntities(doc, tokens, env)
  if (doc.lang !== 'de' || looksEnglish(doc, tokens)) return []
  const model = loadNerModel(env)
  const lexicon = loadTaggerLexicon(env)
  const stop = loadNerStopWords(env)
  const determiners = loadRoles(env).determiners
  const inside = capitalsInside(doc, tokens)
  const entities: Entity[] = []
  let i = 0
  while (i < tokens.length) {
    const sentence = (tokens[i] as Token).sentence
    const group: Token[] = []
    for (; i < tokens.length && (tokens[i] as Token).sentence === sentence; i++) {
      const token = tokens[i] as Token
      if (TAGGED_KINDS.has(token.kind)) group.push(token)
    }
    if (group.length === 0) continue
    const words = group.map((t) => doc.text.slice(t.span[0], t.span[1]))
    const prepared = prepareWords(
      words,
      group.map((t) => t.noun === true),
      lexicon,
    )
    const context = { group, words, inside, determiners, lexicon, stop }
    const chunks = chunksOf(tagWords(model, prepared))
    for (const [k, chunk] of chunks.entries()) {
      if (/deriv|part/u.test(chunk.type) || isDoubtfulSpan(context, chunk.start, chunk.end)) continue
      if (chunk.type === 'PER' && !(chunks[k - 1]?.end === chunk.start))
        chunk.start = givenNameStart(context, chunk.start)
      const first = group[chunk.start] as Token
      const last = group[chunk.end - 1] as Token
      const known = lexicon.names.get(words.slice(chunk.start, chunk.end).join(' '))
      const type = (known && GAZETTEER_TYPE[known]) || entityType(chunk.type)
      entities.push({ span: [first.span[0], last.span[1]], type })
    }
  }
  return asPersons(doc, entities, lexicon)
}

/** The tokens of each sentence that the tagger reads, in order. */
function sentenceGroups(tokens: readonly Token[]): Token[][] {
  const groups: Token[][] = []
  let last: number | undefined
  for (const token of tokens) {
    if (token.sentence !== last) groups.push([])
    last = token.sentence
    if (TAGGED_KINDS.has(token.kind)) (groups.at(-1) as Token[]).push(token)
  }
  return groups.filter((g) => g.length > 0)
}

const givenNameKeys = new WeakMap<TaggerLexicon, Set<string>>()

/** A given name in any romanisation the lexicon has one of ("Volodymyr" for "Wolodymyr"). */
function isGivenName(word: string, lexicon: TaggerLexicon): boolean {
  if (lexicon.givenNames.has(word)) return true
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false
  let keys = givenNameKeys.get(lexicon)
  if (!keys) {
    keys = new Set([...lexicon.givenNames].map(nameKey))
    givenNameKeys.set(lexicon, keys)
  }
  return keys.has(nameKey(word))
}

/**
 * The English model's spans, sentence by sentence. The German repairs (noun flags, German stop words, compounds) do not
 * apply; a name the gazetteer knows whole keeps the gazetteer's type ("Reuters" is a medium).
 */
function tagEnglishEntities(doc: Document, tokens: readonly Token[], env: Env): Entity[] {
  const model = loadEnglishNerModel(env)
  const lexicon = loadTaggerLexicon(env)
  const titles = loadEnglishTitles(env)
  const features = loadFeatureWords(env)
  const entities: Entity[] = []
  for (const group of sentenceGroups(tokens)) {
    const words = group.map((t) => doc.text.slice(t.span[0], t.span[1]))
    const chunks = chunksOf(tagWords(model, prepareEnglishWords(words, lexicon)))
    for (const [k, chunk] of chunks.entries()) {
      // "Russian Foreign | Minister Sergei Lavrov": a span that ends in a title word is the title, not a person
      if (chunk.type === 'PER' && titles.has(words[chunk.end - 1] as string)) continue
      if (isFeatureName(words.slice(chunk.start, chunk.end), features)) chunk.type = 'LOC'
      // "Korean Central | News Agency": capitalised words the model left before a body's name belong to it
      if (chunk.type === 'ORG') {
        const floor = Math.max(chunks[k - 1]?.end ?? 0, 1, chunk.start - 3)
        while (chunk.start > floor && NAME_WORD.test(words[chunk.start - 1] as string)) chunk.start--
      }
      if (chunk.type === 'PER') {
        chunk.start += nameStartAfterTitles(words.slice(chunk.start, chunk.end), titles)
        // "President Volodymyr Zelensky" tagged only "Zelensky": a known given name right before it belongs to it
        const floor = chunks[k - 1]?.end ?? 0
        while (
          chunk.start > floor &&
          isGivenName(words[chunk.start - 1] as string, lexicon) &&
          !titles.has(words[chunk.start - 1] as string)
        )
          chunk.start--
      }
      const first = group[chunk.start] as Token
      const last = group[chunk.end - 1] as Token
      const known = lexicon.names.get(words.slice(chunk.start, chunk.end).join(' '))
      const type = (known && GAZETTEER_TYPE[known]) || entityType(chunk.type)
      // "Ukraine's border": the possessive ending is no part of the name
      const end = POSSESSIVE.test(words[chunk.end - 1] as string) ? last.span[1] - 2 : last.span[1]
      entities.push({ span: [first.span[0], end], type })
    }
  }
  return asPersons(doc, entities, lexicon)
}

const POSSESSIVE = /\p{L}['’]s$/u

interface FeatureWords {
  before: ReadonlySet<string>
  after: ReadonlySet<string>
}

/** lexicons/en-places.json `featureWords`: "Lake", "Mount" before a name, "River", "Sea" after it */
function loadFeatureWords(env: Env): FeatureWords {
  return env.load('entities:en-feature-words', () => {
    const raw = readLexicon<{ featureWords: { before: string[]; after: string[] } }>('en-places').featureWords
    return { before: new Set(raw.before), after: new Set(raw.after) }
  })
}

/** "Lake Geneva", "Yangtze River": a lake, a mountain or a river is a place, however the model read the name. */
function isFeatureName(words: readonly string[], features: FeatureWords): boolean {
  if (words.length < 2) return false
  return features.before.has(words[0] as string) || features.after.has(words.at(-1) as string)
}

/**
 * "den russischen Tennisspieler Daniil Medvedev" tagged as a place: a name of up to three words that no gazetteer
 * knows, which ends with a surname the text tags as a person elsewhere ("Danach sprach Koštunica") or opens with a
 * known given name, is a person.
 */
function asPersons(doc: Document, entities: Entity[], lexicon: TaggerLexicon): Entity[] {
  const surnames = new Set<string>()
  for (const e of entities)
    if (e.type === 'PER') surnames.add(doc.text.slice(e.span[0], e.span[1]).split(/\s+/u).at(-1) as string)
  for (const e of entities) {
    if (e.type !== 'LOC') continue
    const surface = doc.text.slice(e.span[0], e.span[1])
    const words = surface.split(/\s+/u)
    if (words.length > 3 || lexicon.names.has(surface)) continue
    if (!words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) continue
    if (
      surnames.has(words.at(-1) as string) ||
      (words.length > 1 && lexicon.givenNames.has(words[0] as string))
    )
      e.type = 'PER'
  }
  return entities
}
