import { describe, expect, it } from 'vitest'
import { actorKey, isBareSurname, resolveBareSurname, surnameKey } from './actor-key.ts'

describe('actor keys across articles', () => {
  it('gives Lawrow and Lavrov one key, and keeps ids of countries and organisations', () => {
    const de = actorKey({ id: 'per:sergej-lawrow', kind: 'person', name: 'Sergej Lawrow' })
    expect(actorKey({ id: 'per:sergey-lavrov', kind: 'person', name: 'Sergey Lavrov' })).toBe(de)
    expect(actorKey({ id: 'country:RUS', kind: 'country', name: 'Russland' })).toBe('country:RUS')
  })

  it('lets a bare "Lawrow" join the one full name with his surname, but not guess between two', () => {
    const bare = { kind: 'person' as const, name: 'Lawrow' }
    expect(isBareSurname(bare)).toBe(true)
    expect(surnameKey({ kind: 'person', name: 'Sergej Lawrow' })).toBe(surnameKey(bare))
    expect(resolveBareSurname('per:lavrov', ['per:sergei-lavrov'])).toBe('per:sergei-lavrov')
    expect(resolveBareSurname('per:klicko', ['per:vitali-klicko', 'per:vladimir-klicko'])).toBe('per:klicko')
  })
})
