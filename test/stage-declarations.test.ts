import { describe, expect, it } from 'vitest'
import {
  type AnyStage,
  createDocument,
  createEnv,
  type Env,
  type LayerName,
  runStages,
  withPublished,
} from '../src/document/index.ts'
import { stages } from '../src/pipeline.ts'
import { goldenSlugs, loadGolden } from './golden-helpers.ts'

interface Article {
  input: string
  meta: { published?: string }
}

/**
 * Runs `pipeline` over the articles with every stage shown every layer an earlier stage made, and records the
 * layers each stage reads (its name → layer names). The Proxy lives in this test only: the production runner
 * hands a stage a plain object of its declared layers.
 */
function recordReads(
  pipeline: readonly AnyStage[],
  articles: readonly Article[],
  env: Env,
): Map<string, Set<string>> {
  const reads = new Map(pipeline.map((stage) => [stage.name, new Set<string>()]))
  const made: LayerName[] = []
  const watched = pipeline.map((stage): AnyStage => {
    const seen = reads.get(stage.name) as Set<string>
    const earlier = [...made]
    made.push(...stage.makes)
    return {
      ...stage,
      uses: earlier,
      run(doc, stageEnv) {
        const layers = new Proxy(doc.layers, {
          get(target, key, receiver) {
            if (typeof key === 'string') seen.add(key)
            return Reflect.get(target, key, receiver)
          },
          has(target, key) {
            if (typeof key === 'string') seen.add(key)
            return Reflect.has(target, key)
          },
          ownKeys(target) {
            seen.add('(every layer: the stage enumerates them)')
            return Reflect.ownKeys(target)
          },
        })
        return stage.run({ ...doc, layers }, stageEnv)
      },
    }
  })
  for (const { input, meta } of articles) {
    runStages(createDocument({ text: input }), watched, withPublished(env, meta.published))
  }
  return reads
}

/** Layers a stage reads without declaring them, and layers it declares but never read. */
function declarationGaps(pipeline: readonly AnyStage[], reads: Map<string, Set<string>>): string[] {
  return pipeline.flatMap((stage) => {
    const read = reads.get(stage.name) ?? new Set<string>()
    const declared = new Set<string>([...stage.needs, ...(stage.uses ?? [])])
    return [
      ...[...read]
        .filter((l) => !declared.has(l))
        .map((l) => `${stage.name} reads ${l} but does not declare it`),
      ...[...declared]
        .filter((l) => !read.has(l))
        .map((l) => `${stage.name} declares ${l} but never reads it`),
    ]
  })
}

const ARTICLES: Article[] = [
  ...goldenSlugs().map(loadGolden),
  {
    input: 'Blinken warnte Moskau am Freitag vor einem Einmarsch. „Wir sind bereit“, sagte Lawrow.',
    meta: { published: '2022-01-21' },
  },
  { input: 'Rund 100.000 Soldaten stehen an der Grenze.', meta: {} },
]

describe('stage declarations', () => {
  it('every stage declares (needs or uses) exactly the layers it reads', () => {
    const reads = recordReads(stages, ARTICLES, createEnv())
    expect(declarationGaps(stages, reads)).toEqual([])
  })

  it('the check reports an undeclared read and a declared layer never read', () => {
    const maker: AnyStage = {
      name: 'maker',
      version: 1,
      needs: [],
      makes: ['sentences'],
      run: (doc) => ({ sentences: [[0, doc.text.length]] }),
    }
    const liar: AnyStage = {
      name: 'liar',
      version: 1,
      needs: [],
      uses: ['times'],
      makes: ['tokens'],
      run: (doc) => ({ tokens: doc.layers.sentences ? [] : [] }),
    }
    const pipeline = [maker, liar]
    const reads = recordReads(pipeline, [{ input: 'Ein Satz.', meta: {} }], createEnv())
    expect(declarationGaps(pipeline, reads)).toEqual([
      'liar reads sentences but does not declare it',
      'liar declares times but never reads it',
    ])
  })
})
