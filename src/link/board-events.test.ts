import { describe, expect, it } from 'vitest'
import { displayName, isNamedEvent, keyLabel, namedActors } from './board-events.ts'

const actors = new Set(['per:mathias-reynard', 'per:antony-blinken', 'country:RUS'])

describe('the events the board and the actor timelines show', () => {
  it('shows an event whose clause names who acts', () => {
    const demand = {
      actor: ['per:antony-blinken'],
      status: 'demanded' as const,
      rule: 'events/verb-trigger events/status-demand',
    }
    expect(namedActors(demand, actors)).toEqual(['per:antony-blinken'])
    expect(isNamedEvent(demand, actors)).toBe(true)
  })

  it('hides the speaker standing in for a clause that names nobody ("hätte das Feuer … Todesopfer gefordert")', () => {
    const fire = {
      actor: ['per:mathias-reynard'],
      status: 'demanded' as const,
      rule: 'events/verb-trigger+speaker events/status-demand',
    }
    expect(namedActors(fire, actors)).toEqual([])
    expect(isNamedEvent(fire, actors)).toBe(false)
  })

  it('hides an event with no actor, a name: stand-in, or an id the actors layer does not hold', () => {
    expect(isNamedEvent({ actor: [], status: 'occurred' }, actors)).toBe(false)
    expect(isNamedEvent({ actor: ['name:moskau'], status: 'occurred' }, actors)).toBe(false)
    // "das ukrainische Volk verlangt Frieden": an adjective's country that no actor of the article holds
    expect(isNamedEvent({ actor: ['country:UKR'], status: 'demanded' }, actors)).toBe(false)
    // a named actor beside a stand-in is enough, and only the named one counts
    expect(namedActors({ actor: ['country:UKR', 'country:RUS'] }, actors)).toEqual(['country:RUS'])
    // stored before events carried their rule: named by the actors layer alone
    expect(isNamedEvent({ actor: ['country:RUS'], status: 'occurred' }, actors)).toBe(true)
  })

  it('labels a key no actor names by its words, a country by its German name, never as the key', () => {
    expect(keyLabel('country:UKR')).toBe('Ukraine')
    expect(keyLabel('per:sergei-lavrov')).toBe('Sergei Lavrov')
    expect(keyLabel('name:moskau')).toBe('Moskau')
    expect(keyLabel('country:XXX')).toBe('XXX')
  })

  it('names an actor as most articles do, the fuller name on a tie', () => {
    expect(
      displayName(
        new Map([
          ['Sergey Lavrov', 1],
          ['Sergej Lawrow', 2],
        ]),
      ),
    ).toBe('Sergej Lawrow')
    expect(
      displayName(
        new Map([
          ['Kowalenko', 1],
          ['Igor Kowalenko', 1],
        ]),
      ),
    ).toBe('Igor Kowalenko')
    expect(displayName(new Map())).toBeUndefined()
  })
})
