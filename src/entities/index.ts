export {
  type BodyPhrase,
  bodyId,
  countryName,
  findGazetteerMentions,
  findRolePhrases,
  type Gazetteer,
  type GazetteerEntry,
  type GazetteerKind,
  type GazetteerMention,
  type GroupPhrase,
  isLocalActorId,
  type KnownPerson,
  loadGazetteer,
  loadGroups,
  loadPeople,
  loadRoles,
  localId,
  type PersonPhrase,
  type ResolvedActors,
  type RoleLexicon,
  type RolePhrases,
  resolveActors,
  slug,
} from './actors/index.ts'
export { entitiesStage } from './entities-stage.ts'
export {
  type Gender,
  type GivenNameGenders,
  genderOfGivenKey,
  givenNamesAgree,
  loadGivenNameGenders,
  prepareGivenNameGenders,
} from './given-names.ts'
export { nameKey } from './name-key.ts'
// the tagger's string hash, also used by link's near-duplicate signatures
// English title words ("Secretary", "Minister"), also read by the English event rules
export { fnvUpdate, loadEnglishTitles, murmurFinish } from './tagger/index.ts'
