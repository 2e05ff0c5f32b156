import { describe, expect, it } from 'vitest'
import { createEnv } from '../../document/index.ts'
import { analyzeText } from '../../pipeline.ts'
import { entitiesStage } from '../entities-stage.ts'

const env = createEnv()

/** actor id → the mentions of it, for a text read in the given language */
function actorsOf(text: string, lang: 'de' | 'en'): Map<string, string[]> {
  const doc = analyzeText(text, { lang }, env)
  const { entities } = entitiesStage.run(doc, env)
  const out = new Map<string, string[]>()
  for (const e of entities)
    if (e.actor) out.set(e.actor, [...(out.get(e.actor) ?? []), doc.text.slice(e.span[0], e.span[1])])
  return out
}

describe('one actor across German and English (and Cyrillic) spellings', () => {
  const german = actorsOf(
    'Der russische Außenminister Sergej Lawrow traf US-Außenminister Antony Blinken in Genf. Der Kreml erklärte, ' +
      'Moskau werde antworten. Washington drohte mit Sanktionen. Der ukrainische Präsident Wolodymyr Selenskyj ' +
      'sagte, die USA hätten Unterstützung zugesagt.',
    'de',
  )
  const english = actorsOf(
    'Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Antony Blinken in Geneva. The Kremlin said ' +
      'Moscow would respond. Washington warned of sanctions. Ukrainian President Volodymyr Zelensky said the United ' +
      'States had promised support. Лавров did not comment. Zelenskyy thanked the U.S.',
    'en',
  )

  it('reads Lavrov, Lawrow and Лавров as one person, Zelensky and Selenskyj as another', () => {
    expect(german.get('per:sergej-lawrow')).toEqual(['Sergej Lawrow'])
    expect(english.get('per:sergej-lawrow')).toEqual(['Sergei Lavrov', 'Лавров'])
    expect(german.get('per:wolodymyr-selenskyj')).toEqual(['Wolodymyr Selenskyj'])
    expect(english.get('per:wolodymyr-selenskyj')).toEqual(['Volodymyr Zelensky', 'Zelenskyy'])
  })

  it('reads "the Kremlin" as the Kreml, and "the United States", "U.S." and Washington as the USA', () => {
    expect(german.get('org:rus-praesidialamt')).toEqual(['Kreml'])
    expect(english.get('org:rus-praesidialamt')).toEqual(['Kremlin'])
    expect(german.get('country:USA')).toEqual(expect.arrayContaining(['Washington', 'USA']))
    expect(english.get('country:USA')).toEqual(
      expect.arrayContaining(['U.S.', 'Washington', 'United States']),
    )
  })

  it('gives both texts the same actors', () => {
    const shared = [
      'per:sergej-lawrow',
      'per:antony-blinken',
      'per:wolodymyr-selenskyj',
      'org:rus-praesidialamt',
    ]
    for (const id of [...shared, 'country:RUS', 'country:USA']) {
      expect(german.has(id), `German ${id}`).toBe(true)
      expect(english.has(id), `English ${id}`).toBe(true)
    }
  })
})
