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

/**
 * GermEval's twelve outer types as the four of analysis@1. A derivation ("russische") or a name inside a compound
 * ("NATO-Truppen") names no entity of its own: it becomes OTH, as GermEval's guidelines class it beside the names.
 */
export function entityType(type: string): Entity['type'] {
  if (type === 'PER' || type === 'ORG' || type === 'LOC') return type
  return 'OTH'
}

/** Persons, organisations, places and others the statistical tagger finds, sentence by sentence of the tokens layer. */
export function tagEntities(doc: Document, env: Env): Entity[] {
  const tokens = doc.layers.tokens ?? []
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
      const first = group[chunk.start] as Token
      const last = group[chunk.end - 1] as Token
      entities.push({ span: [first.span[0], last.span[1]], type: entityType(chunk.type) })
    }
  }
  return entities
}
