export { findGazetteerMentions, type GazetteerMention } from './find-gazetteer-mentions.ts'
export { type BodyPhrase, findRolePhrases, type PersonPhrase, type RolePhrases } from './find-role-phrases.ts'
export {
  countryName,
  type Gazetteer,
  type GazetteerEntry,
  type GazetteerKind,
  type KnownPerson,
  loadGazetteer,
  loadPeople,
  loadRoles,
  type RoleLexicon,
} from './lexicons.ts'
export { bodyId, type ResolvedActors, resolveActors } from './resolve-actors.ts'
export { slug } from './slug.ts'
