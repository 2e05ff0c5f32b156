import { describe, expect, it } from 'vitest'
import { createEnv, readLexicon } from '../../document/index.ts'
import { nameKey } from '../name-key.ts'
import { countryName, loadGazetteer, loadPeople, loadRoles } from './lexicons.ts'
import { bodyId } from './resolve-actors.ts'

const env = createEnv()
const gazetteer = loadGazetteer(env)

describe('the gazetteer', () => {
  it.each([
    ['Russland', 'country:RUS'],
    ['Russia', 'country:RUS'],
    ['Russische Föderation', 'country:RUS'],
    ['Vereinigte Staaten', 'country:USA'],
    ['United States', 'country:USA'],
    ['Weißrussland', 'country:BLR'],
    ['Großbritannien', 'country:GBR'],
    ['Elfenbeinküste', 'country:CIV'],
    ['Kyjiw', 'country:UKR'],
    ['Kreml', 'org:rus-praesidialamt'],
    ['OSCE', 'org:osze'],
    ['Vereinte Nationen', 'org:uno'],
    ['RIA Nowosti', 'media:ria-nowosti'],
  ])('knows %s as %s', (name, id) => {
    expect(gazetteer.names.get(name)?.id).toBe(id)
  })

  it('leaves out names that are common words or given names', () => {
    expect(gazetteer.names.get('Chad')).toBeUndefined()
    expect(gazetteer.names.get('Jordan')).toBeUndefined()
    expect(gazetteer.names.get('Syrien, Arabische Republik')).toBeUndefined()
  })

  it('reads inflected country adjectives', () => {
    for (const form of [
      'russische',
      'russischen',
      'Russischer',
      'britische',
      'ukrainischen',
      'US-amerikanischen',
    ]) {
      expect(gazetteer.adjectives.get(form.toLowerCase()), form).toBeDefined()
    }
    expect(gazetteer.adjectives.get('prorussischen')).toBeUndefined()
  })

  it('names countries in the document language', () => {
    expect(countryName(gazetteer, 'RUS', 'de')).toBe('Russland')
    expect(countryName(gazetteer, 'RUS', 'en')).toBe('Russia')
  })
})

describe('the lexicons agree with each other', () => {
  it('gives a body-backed organisation the id its body phrase gets', () => {
    const { organizations } = readLexicon<{
      organizations: Array<{ id: string; country?: string; body?: string }>
    }>('organizations')
    for (const org of organizations.filter((o) => o.body)) {
      expect(org.country, org.id).toBeDefined()
      expect(org.id).toBe(bodyId(org.country as string, { body: org.body as string, gender: 'n' }))
      expect(loadRoles(env).bodies.has(org.body as string), org.body).toBe(true)
    }
  })

  it('uses only real ISO 3166 alpha-3 codes', () => {
    const raw = readLexicon<{
      names: Record<string, string>
      capitals: Record<string, string>
      adjectives: Record<string, string[]>
    }>('de-countries-extra')
    const codes = [
      ...Object.values(raw.names),
      ...Object.values(raw.capitals),
      ...Object.keys(raw.adjectives),
    ]
    for (const code of codes) expect(gazetteer.alpha2.has(code), code).toBe(true)
  })

  it('keeps known people apart by their name keys', () => {
    const keys = loadPeople(env).map((p) => `${p.givenKey} ${p.surnameKey}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(loadPeople(env).find((p) => p.surnameKey === nameKey('Lavrov'))?.name).toBe('Sergej Lawrow')
  })
})
