import type { Analysis } from '../document/index.ts'

export type ActorRoleRow = {
  actor_key: string
  role: string
  country: string | null
  as_of: string
}

/**
 * An article's roles as dated facts: each role of each keyed actor, with the actor's country in that article and the
 * article's date ("Außenminister Lawrow" in an article of 2022-01-21 → Außenminister, RUS, 2022-01-21). A role is what
 * the article says of its time, never a name of the person (issue 18). An actor without a key is skipped.
 */
export function actorRoleRows(
  actors: readonly Analysis['actors'][number][],
  keyOf: (actorId: string) => string | undefined,
  published: string | null | undefined,
): ActorRoleRow[] {
  const asOf = published && /^\d{4}-\d{2}-\d{2}/u.test(published) ? published.slice(0, 10) : ''
  return actors.flatMap((actor) => {
    const key = keyOf(actor.id)
    if (!key) return []
    return [...new Set(actor.roles ?? [])].map((role) => ({
      actor_key: key,
      role,
      country: actor.country ?? null,
      as_of: asOf,
    }))
  })
}
