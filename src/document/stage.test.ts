import { describe, expect, it } from 'vitest'
import { createDocument } from './document.ts'
import { type AnyStage, createEnv, declaredLayers, runStages } from './stage.ts'

const env = createEnv()

/** Makes `sentences` and `tokens`, reads nothing. */
const maker: AnyStage = {
  name: 'maker',
  version: 1,
  needs: [],
  makes: ['sentences', 'tokens'],
  run: (doc) => ({ sentences: [[0, doc.text.length]], tokens: [] }),
}

/** Reports which layers it saw, as the `times` layer's values. */
function looker(declared: Pick<AnyStage, 'needs' | 'uses'>): AnyStage {
  return {
    name: 'looker',
    version: 1,
    ...declared,
    makes: ['times'],
    run: (doc) => ({
      times: (['sentences', 'tokens', 'entities'] as const)
        .filter((layer) => doc.layers[layer] !== undefined)
        .map((layer) => ({ span: [0, 0], type: 'DATE', value: layer })),
    }),
  }
}

const seen = (stage: AnyStage) =>
  runStages(createDocument({ text: 'Ein Satz.' }), [maker, stage], env).layers.times?.map((t) => t.value)

describe('runStages', () => {
  it('shows a stage the layers it needs and uses, and no other', () => {
    expect(seen(looker({ needs: ['sentences'] }))).toEqual(['sentences'])
    expect(seen(looker({ needs: [], uses: ['tokens'] }))).toEqual(['tokens'])
    expect(seen(looker({ needs: ['sentences'], uses: ['tokens'] }))).toEqual(['sentences', 'tokens'])
    expect(seen(looker({ needs: [] }))).toEqual([])
  })

  it('runs a stage whose `uses` no earlier stage made, and throws for a missing `needs`', () => {
    expect(seen(looker({ needs: ['sentences'], uses: ['entities'] }))).toEqual(['sentences'])
    expect(() => seen(looker({ needs: ['entities'] }))).toThrow(
      'stage looker needs entities, which no earlier stage made',
    )
  })

  it('still records which stage made each layer and keeps every layer in the result', () => {
    const doc = runStages(createDocument({ text: 'Ein Satz.' }), [maker, looker({ needs: [] })], env)
    expect(Object.keys(doc.layers).sort()).toEqual(['sentences', 'times', 'tokens'])
    expect(doc.producedBy).toEqual({ sentences: 'maker@1', tokens: 'maker@1', times: 'looker@1' })
  })
})

describe('declaredLayers', () => {
  it('holds the declared layers that exist, by reference', () => {
    const sentences: [number, number][] = [[0, 3]]
    const view = declaredLayers({ sentences, tokens: [] }, { needs: ['sentences'], uses: ['entities'] })
    expect(Object.keys(view)).toEqual(['sentences'])
    expect(view.sentences).toBe(sentences)
  })
})
