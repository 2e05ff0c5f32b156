export {
  actorKey,
  agreesWith,
  isBareSurname,
  resolveBareSurname,
  resolveSpelling,
  surnameKey,
} from './actor-key.ts'
export { DEMAND, displayName, isNamedEvent, keyLabel, namedActors, PROMISE } from './board-events.ts'
export { countedKey, findDisagreements, groupFigures } from './disagreements.ts'
export { followUpPromises } from './follow-up-promises.ts'
export {
  bandKeys,
  decodeSignature,
  encodeSignature,
  SAME_STORY,
  shingles,
  similarity,
  type TextSignature,
  textSignature,
} from './near-duplicates.ts'
// the shapes the corpus rules read and build, which the store answers with (types only)
export { type PreparedRows, prepareRows } from './prepare-rows.ts'
export type * from './report-types.ts'
export { groupDemands } from './same-demand.ts'
export { timexEnd } from './timex-end.ts'
