export { actorKey, isBareSurname, resolveBareSurname, surnameKey } from './actor-key.ts'
export { countedKey, type Disagreement, findDisagreements, type QuantityReport } from './disagreements.ts'
export {
  type EventReport,
  followUpPromises,
  type PromiseFollowUp,
  type PromiseState,
} from './follow-up-promises.ts'
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
