import { describe, expect, it } from 'vitest'
import { createEnv } from '../../document/index.ts'
import { analyzeText } from '../../pipeline.ts'
import { loadRoles } from '../actors/index.ts'
import { isDoubtfulSpan, loadNerStopWords } from './doubtful-spans.ts'
import { tagEntities } from './tag-entities.ts'
import { loadTaggerLexicon } from './tagger-lexicon.ts'

const env = createEnv()
const tagged = (text: string) => {
  const doc = analyzeText(text, {}, env)
  return tagEntities(doc, env).map((e) => `${e.type} ${doc.text.slice(e.span[0], e.span[1])}`)
}

describe('tagger spans that name nobody, and names the model half found', () => {
  it('drops a body’s generic noun after an article, but keeps the name it stands for', () => {
    const found = tagged(
      'Die NATO werde nicht nachgeben. Es gehe um alle Mitglieder der Allianz, sagte Blinken.',
    )
    expect(found).toContain('ORG NATO')
    expect(found.some((e) => e.endsWith('Allianz'))).toBe(false)
  })

  it('keeps a sentence’s first name that the text writes again inside a sentence', () => {
    const found = tagged(
      'Am Montag traf Dina Mufti den Minister. Mufti sagte, die Lage sei ernst. Am Abend sprach Mufti in Genf.',
    )
    expect(found.filter((e) => e === 'PER Mufti')).toHaveLength(2)
  })

  it('doubts a first word that is an adverb, or that no lexicon knows and the text never repeats', () => {
    const doubtful = (text: string, inside: string[] = []) => {
      const doc = analyzeText(text, {}, env)
      const group = (doc.layers.tokens ?? []).filter((t) => t.sentence === 0 && t.kind !== 'symbol')
      const words = group.map((t) => doc.text.slice(t.span[0], t.span[1]))
      const context = {
        group,
        words,
        inside: new Set(inside),
        determiners: loadRoles(env).determiners,
        lexicon: loadTaggerLexicon(env),
        stop: loadNerStopWords(env),
      }
      return isDoubtfulSpan(context, 0, 1)
    }
    expect(doubtful('Klar sei allerdings, dass die Tür offen bleibe.')).toBe(true)
    expect(doubtful('Papusza erzählt von ihrer Kindheit.')).toBe(true)
    expect(doubtful('Papusza erzählt von ihrer Kindheit.', ['Papusza'])).toBe(false)
    expect(doubtful('Lawrow sagte das am Montag.')).toBe(false)
    expect(doubtful('Airbus erwartet viele Gäste.')).toBe(false)
  })

  it('reads a surname the text tags as a person as a person wherever it stands', () => {
    const found = tagged(
      'Regierungschef Vojislav Koštunica von der Demokratischen Partei widersprach. Danach sprach Koštunica.',
    )
    expect(found).toEqual(expect.arrayContaining(['PER Vojislav Koštunica', 'PER Koštunica']))
  })

  it('gives the name the given name the model missed, so the tennis player is not the politician', () => {
    const found = tagged(
      'Nadal trifft im Finale auf den russischen Tennisspieler Daniil Medvedev. Medvedev führte zunächst.',
    )
    expect(found).toContain('PER Daniil Medvedev')
    expect(found).not.toContain('PER Tennisspieler Daniil Medvedev')
  })
})
