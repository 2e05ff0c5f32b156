import countries from 'i18n-iso-countries'
import type { Event } from '../document/index.ts'

/**
 * Which events the situation board and the actor timelines show, and what they call an actor. One rule for the
 * store (which keeps its answer beside each event, `events.named`), the HTTP API and the web app.
 */

/** A demand card: a REQUEST the text reports as demanded ("forderte", "verlangte", "rief … auf"). */
export const DEMAND = { type: 'REQUEST', status: 'demanded' } as const
/** A promise: an AGREE the text reports as promised ("sicherte zu", "versprach"), followed up across articles. */
export const PROMISE = { type: 'AGREE', status: 'promised' } as const

/** The rule id's first word says how the actor was found; this suffix says the clause named nobody. */
const SPEAKER_STAND_IN = '+speaker'

/**
 * The actors an event names: the ids in its `actor` that the analysis's `actors` layer holds. Not the stand-ins
 * the events stage uses where the text names nobody who acts:
 * - the speaker of the words around the trigger (rule `events/…+speaker`): „Ohne ihren Einsatz hätte das Feuer
 *   noch mehr Todesopfer gefordert“, sagte Staatsrat Reynard — Reynard demanded nothing;
 * - a `name:<word>` made of a capitalised word when no entities layer ran;
 * - a country id made of an adjective that no actor of the layer holds ("das ukrainische Volk" → `country:UKR`).
 */
export function namedActors(event: Pick<Event, 'actor' | 'rule'>, actorIds: ReadonlySet<string>): string[] {
  const how = event.rule?.split(/\s+/u)[0] ?? ''
  if (how.includes(SPEAKER_STAND_IN)) return []
  return event.actor.filter((id) => actorIds.has(id))
}

/**
 * Does the board (demands, promises) and an actor's timeline show this event? A named actor and a status (the
 * contract gives every event one; an event of another producer without it is shown nowhere either).
 */
export function isNamedEvent(
  event: Pick<Event, 'actor' | 'rule' | 'status'>,
  actorIds: ReadonlySet<string>,
): boolean {
  return Boolean(event.status) && namedActors(event, actorIds).length > 0
}

const REGION_NAMES = new Intl.DisplayNames(['de'], { type: 'region' })

/**
 * A label for a corpus key that no stored actor names: the rare id the events stage makes outside the actors
 * layer (a recipient "die ukrainische Regierung" → `country:UKR`, a `name:` stand-in). A country by its German
 * name, anything else by the words of its key ("per:sergei-lavrov" → "Sergei Lavrov"); never the key itself.
 */
export function keyLabel(key: string): string {
  const colon = key.indexOf(':')
  const [kind, rest] = colon < 0 ? ['', key] : [key.slice(0, colon), key.slice(colon + 1)]
  if (kind === 'country') {
    const alpha2 = countries.alpha3ToAlpha2(rest.toUpperCase())
    const name = alpha2 ? REGION_NAMES.of(alpha2) : undefined
    if (name && name !== alpha2) return name
  }
  const words = rest.split(/[-_\s]+/u).filter(Boolean)
  if (words.length === 0) return key
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ')
}

/**
 * The display name of a corpus actor from the names its articles give it (name → how many articles): the one
 * most articles use; on a tie the fuller one ("Igor Kowalenko" over a bare "Kowalenko"), then code-unit order,
 * so every answer names an actor alike on either database.
 */
export function displayName(names: ReadonlyMap<string, number>): string | undefined {
  return [...names.entries()].sort(
    ([a, m], [b, n]) => n - m || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
  )[0]?.[0]
}
