import type { Actor } from '../document/index.ts'
import { nameKey } from '../entities/index.ts'

/**
 * The corpus-wide key of a document's actor. Persons meet themselves across spellings and languages through the
 * name key (Lawrow = Lavrov); countries, organisations and media already have language-independent ids.
 */
export function actorKey(actor: Actor): string {
  if (actor.kind === 'person') return `per:${nameKey(actor.name).replace(/\s+/gu, '-')}`
  return actor.id
}
