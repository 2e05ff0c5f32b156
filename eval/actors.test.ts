import { describe, expect, it } from 'vitest'
import { actorAt, prf } from './actors.ts'
import { loadActorGold } from './actors-gold.ts'

const text = 'Hillary Clinton traf Bill Clinton. Clinton sagte, die Grünen seien bereit.'
const gold = (mentions: unknown[], pairs: unknown[]) => ({
  articles: { a: { source: { corpus: 'inline', text }, half: 'tune' } },
  mentions,
  pairs,
})
const m = (id: string, surface: string, nth: number, offset: number, identity: string | null) => ({
  id,
  group: 'clinton',
  article: 'a',
  surface,
  nth,
  offset,
  identity,
})

describe('actor gold', () => {
  it('finds each mention where its offset and occurrence say', () => {
    const loaded = loadActorGold(
      gold(
        [m('m1', 'Hillary Clinton', 1, 0, 'Hillary Clinton'), m('m2', 'Clinton', 3, 35, 'Hillary Clinton')],
        [{ a: 'm1', b: 'm2', same: true, kind: 'surname-vs-full', scope: 'within' }],
      ),
    )
    expect(loaded.pairs).toHaveLength(1)
    expect(loaded.articles.get('a')?.half).toBe('tune')
  })

  it('refuses a mention whose offset is not its occurrence', () => {
    expect(() => loadActorGold(gold([m('m1', 'Clinton', 2, 35, 'Bill Clinton')], []))).toThrow(
      /occurrence 2 is at 26, not 35/u,
    )
  })

  it('refuses a pair whose mark disagrees with its identities', () => {
    expect(() =>
      loadActorGold(
        gold(
          [
            m('m1', 'Hillary Clinton', 1, 0, 'Hillary Clinton'),
            m('m2', 'Bill Clinton', 1, 21, 'Bill Clinton'),
          ],
          [{ a: 'm1', b: 'm2', same: true, kind: 'same-surname', scope: 'within' }],
        ),
      ),
    ).toThrow(/identities disagree/u)
  })
})

describe('actors scorer', () => {
  it('takes the actor whose entity overlaps the mention most', () => {
    const analysis = {
      entities: [
        { span: [0, 7], type: 'PER', actor: 'p1' },
        { span: [8, 15], type: 'PER', actor: 'p2' },
        { span: [21, 33], type: 'PER' },
      ],
    } as unknown as Parameters<typeof actorAt>[0]
    expect(actorAt(analysis, 5, 15)).toBe('p2')
    expect(actorAt(analysis, 21, 33)).toBeUndefined()
  })

  it('scores pairs as precision and recall', () => {
    expect(prf({ tp: 3, fp: 1, fn: 3 })).toEqual({ p: 0.75, r: 0.5, f: 0.6 })
  })
})
