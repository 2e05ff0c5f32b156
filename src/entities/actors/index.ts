export { findGazetteerMentions, type GazetteerMention } from './find-gazetteer-mentions.ts'
export {
  type BodyPhrase,
  findRolePhrases,
  type GroupPhrase,
  type PersonPhrase,
  type RolePhrases,
} from './find-role-phrases.ts'
export {
  countryName,
  type Gazetteer,
  type GazetteerEntry,
  type GazetteerKind,
  type KnownPerson,
  loadGazetteer,
  loadGroups,
  loadPeople,
  loadRoles,
  type RoleLexicon,
} from './lexicons.ts'
export { bodyId, isLocalActorId, localId, type ResolvedActors, resolveActors } from './resolve-actors.ts'
export { slug } from './slug.ts'
