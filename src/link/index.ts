// the shapes of the store's answers and of the HTTP API (types only)
export type * from './api-types.ts'
export { actorKey, isBareSurname, resolveBareSurname, surnameKey } from './actor-key.ts'
export { countedKey, findDisagreements } from './disagreements.ts'
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
export { timexEnd } from './timex-end.ts'
