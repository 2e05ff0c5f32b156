import { describe, expect, it } from 'vitest'
import { createEnv } from '../document/index.ts'
import { loadGivenNameGenders } from '../entities/index.ts'
import {
  actorKey,
  agreesWith,
  isBareSurname,
  resolveBareSurname,
  resolveSpelling,
  surnameKey,
} from './actor-key.ts'

describe('actor keys across articles', () => {
  it('gives Lawrow and Lavrov one key, and keeps ids of countries and organisations', () => {
    const de = actorKey({ id: 'per:sergej-lawrow', kind: 'person', name: 'Sergej Lawrow' })
    expect(actorKey({ id: 'per:sergey-lavrov', kind: 'person', name: 'Sergey Lavrov' })).toBe(de)
    expect(actorKey({ id: 'country:RUS', kind: 'country', name: 'Russland' })).toBe('country:RUS')
  })

  it('keys a body or group without name or country by its story, and a qualified one by its id alone', () => {
    const police = { id: 'org:local:polizei', kind: 'organization' as const, name: 'Polizei' }
    expect(actorKey(police, 'story-berlin')).toBe('org:local:polizei@story-berlin')
    expect(actorKey(police, 'story-caracas')).not.toBe(actorKey(police, 'story-berlin'))
    expect(actorKey({ id: 'group:local:demonstranten', kind: 'group', name: 'Demonstranten' }, 's')).toBe(
      'group:local:demonstranten@s',
    )
    const egyptian = { id: 'org:egy-polizei', kind: 'organization' as const, name: 'Ägyptische Polizei' }
    expect(actorKey(egyptian, 'story-a')).toBe(actorKey(egyptian, 'story-b'))
    expect(() => actorKey(police)).toThrow()
  })

  it('lets a bare "Lawrow" join the one full name with his surname, but not guess between two', () => {
    const bare = { id: 'per:lawrow', kind: 'person' as const, name: 'Lawrow' }
    expect(isBareSurname(bare)).toBe(true)
    expect(isBareSurname({ id: 'per:navarro-valls', kind: 'person', name: 'Navarro-Valls' })).toBe(true)
    expect(isBareSurname({ id: 'per:n', kind: 'person', name: 'Joaquín Navarro-Valls' })).toBe(false)
    expect(surnameKey({ id: 'per:sergej-lawrow', kind: 'person', name: 'Sergej Lawrow' })).toBe(
      surnameKey(bare),
    )
    expect(resolveBareSurname('per:lavrov', ['per:sergei-lavrov'])).toBe('per:sergei-lavrov')
    expect(resolveBareSurname('per:klicko', ['per:vitali-klicko', 'per:vladimir-klicko'])).toBe('per:klicko')
  })

  it('lets a full name join a stored spelling of it when the given names agree', () => {
    const genders = loadGivenNameGenders(createEnv())
    const key = (name: string) => actorKey({ id: 'per:x', kind: 'person', name })
    const stored = [
      key('Sigmar Gabriel'),
      key('George W. Bush'),
      key('George H. W. Bush'),
      key('Christian Müller'),
    ]
    expect(resolveSpelling(key('Siegmar Gabriel'), stored, genders)).toBe(key('Sigmar Gabriel'))
    expect(resolveSpelling(key('Georg W. Bush'), stored, genders)).toBe(key('George W. Bush'))
    expect(resolveSpelling(key('Jeb Bush'), stored, genders)).toBe(key('Jeb Bush'))
    expect(resolveSpelling(key('Christiane Müller'), stored, genders)).toBe(key('Christiane Müller'))
  })

  it('keys a person known only by a role by its story: a role is no alias (issue 18)', () => {
    const president = { id: 'per:local:usa-praesident', kind: 'person' as const, name: 'US-Präsident' }
    expect(actorKey(president, 'a')).not.toBe(actorKey(president, 'b'))
    expect(surnameKey(president)).toBeUndefined()
    expect(isBareSurname(president)).toBe(false)
  })
})

describe('agreesWith', () => {
  const companions = new Set([
    'per:sigmar-gabrel',
    'org:spd',
    'org:deu-regierung',
    'country:DEU',
    'org:local:polizei@s1',
  ])
  it('needs two shared actors that are no country and no body of one story', () => {
    expect(agreesWith(companions, new Set(['org:spd', 'org:deu-regierung']))).toBe(true)
    expect(agreesWith(companions, new Set(['org:spd', 'country:DEU', 'org:local:polizei@s1']))).toBe(false)
    expect(agreesWith(undefined, new Set(['org:spd', 'org:deu-regierung']))).toBe(false)
  })
})
