import { describe, expect, it } from 'vitest'
import { createEnv } from '../../document/index.ts'
import { analyzeText } from '../../pipeline.ts'
import { readModel } from './model-file.ts'
import { tagEntities } from './tag-entities.ts'

const env = createEnv()
const tagged = (text: string) => {
  const doc = analyzeText(text, {}, env)
  return tagEntities(doc, env).map((e) => `${e.type} ${doc.text.slice(e.span[0], e.span[1])}`)
}

describe('the shipped German tagger', () => {
  it('finds the persons and the place of the founding example', () => {
    const found = tagged(
      'Der russische Außenminister Sergej Lawrow traf US-Außenminister Antony Blinken in Genf.',
    )
    expect(found).toEqual(expect.arrayContaining(['PER Sergej Lawrow', 'PER Antony Blinken', 'LOC Genf']))
    expect(found.filter((e) => e.startsWith('PER'))).toHaveLength(2)
  })

  it('loads in well under two seconds', () => {
    const started = performance.now()
    readModel(new URL('../../../models/ner-de.bin', import.meta.url))
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
