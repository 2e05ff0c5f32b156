import type { Document, Entity, Env, Token } from '../../document/index.ts'
import { chunksOf } from './germeval.ts'
import { readModel } from './model-file.ts'
import type { NerModel } from './perceptron.ts'
import { prepareWords, tagWords } from './prepare.ts'
import { loadTaggerLexicon } from './tagger-lexicon.ts'

const MODEL_URL = new URL('../../../models/ner-de.bin', import.meta.url)
const TAGGED_KINDS = new Set<Token['kind']>(['word', 'number', 'punct', 'quote'])

export function loadNerModel(env: Env): NerModel {
  return env.load('ner-de', () => readModel(MODEL_URL).model)
}

/** GermEval's twelve outer types as the four of analysis@1, -deriv and -part as OTH (for scoring the four types). */
export function entityType(type: string): Entity['type'] {
  if (type === 'PER' || type === 'ORG' || type === 'LOC') return type
  return 'OTH'
}

/**
 * A one-word chunk that opens a sentence or a quotation and that the dictionary reads as a noun or verb is more
 * likely that word than a name: „Wollen Sie das?“ (the tagger learned from too few sentences to know).
 */
function isDoubtfulOpener(group: readonly Token[], start: number, end: number): boolean {
  if (end - start !== 1) return false
  const token = group[start] as Token
  const opens = start === 0 || (group[start - 1] as Token).kind === 'quote'
  return opens && (token.noun === true || token.verbForm !== undefined || token.moods !== undefined)
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
  if (doc.lang !== 'de' || looksEnglish(doc, tokens)) return []
  const model = loadNerModel(env)
  const lexicon = loadTaggerLexicon(env)
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
    for (const chunk of chunksOf(tagWords(model, prepared))) {
      if (/deriv|part/u.test(chunk.type) || isDoubtfulOpener(group, chunk.start, chunk.end)) continue
      const first = group[chunk.start] as Token
      const last = group[chunk.end - 1] as Token
      const known = lexicon.names.get(words.slice(chunk.start, chunk.end).join(' '))
      const type = (known && GAZETTEER_TYPE[known]) || entityType(chunk.type)
      entities.push({ span: [first.span[0], last.span[1]], type })
    }
  }
  return entities
}
