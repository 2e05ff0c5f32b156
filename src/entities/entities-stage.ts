import { defineStage } from '../document/index.ts'
import { resolveActors } from './actors/index.ts'

/**
 * Mentions of persons, organisations, places and others, and one actor per real-world person or body.
 * Until the statistical tagger lands, names come from the gazetteers, role phrases ("Außenminister Sergej Lawrow")
 * and known public figures; the tagger's spans will be passed to `resolveActors` in place of `[]`.
 */
export const entitiesStage = defineStage({
  name: 'entities',
  version: 1,
  needs: ['sentences', 'tokens'],
  makes: ['entities', 'actors'],
  run: (doc, env) => resolveActors(doc, [], env),
})
