/**
 * The sixteen PLOVER event types (shared/design/EVENTS.md), in the manual's order. A plain module without
 * imports, so the web app can offer them without pulling in the schema.
 */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const

export type PloverType = (typeof PLOVER_TYPES)[number]
