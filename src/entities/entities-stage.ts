import { defineStage } from '../document/index.ts'
import { resolveActors } from './actors/index.ts'
import { tagEntities } from './tagger/index.ts'

/**
 * Mentions of persons, organisations, places and others, and one actor per real-world person or body: the
 * statistical tagger's spans, the gazetteers, role phrases ("Außenminister Sergej Lawrow") and known public figures.
 */
export const entitiesStage = defineStage({
  name: 'entities',
  version: 2,
  needs: ['tokens'],
  makes: ['entities', 'actors'],
  run: (doc, env) => {
    const tagged = tagEntities(doc, env)
    env.budget?.check()
    return resolveActors(doc, tagged, env, { guessNames: true })
  },
})
