import { documentId, normalizeText } from '../document/index.ts'
import type { SaveMeta } from '../store/index.ts'

/** The one queue every `ingest --queue` fills and every `worker` takes from. */
export const QUEUE_NAME = 'lagebild-analysis'

/** What a job carries: the article as `ingest` would store it, and the label its messages name (path, path:line, URL). */
export interface AnalysisJob {
  label: string
  text: string
  meta: SaveMeta
}

/** What a worker reports for a job: whether it stored a new article, and which worker did. */
export interface AnalysisOutcome {
  created: boolean
  nearDuplicate: boolean
  worker: string
}

/**
 * A job's id is its article's id (the hash of the normalised text, as the store keys documents): the same text
 * queued twice is one job while the first waits or runs, and a worker skips a text the store has already.
 */
export function jobIdOf(text: string): string {
  return documentId(normalizeText(text))
}
