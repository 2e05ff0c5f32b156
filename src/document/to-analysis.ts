import { ANALYSIS_SCHEMA_TAG, type Analysis, analysisSchema } from './analysis-schema.ts'
import type { Document } from './document.ts'
import { LagebildError } from './errors.ts'

/** The contract view of a document: layers not built yet are present and empty, never invented. */
export function toAnalysis(doc: Document): Analysis {
  const l = doc.layers
  return {
    schema: ANALYSIS_SCHEMA_TAG,
    id: doc.id,
    text: doc.text,
    lang: doc.lang,
    ...(doc.source ? { source: doc.source } : {}),
    structure: l.structure ?? { blocks: [] },
    sentences: l.sentences ?? [],
    entities: l.entities ?? [],
    actors: l.actors ?? [],
    quotes: l.quotes ?? [],
    events: l.events ?? [],
    quantities: l.quantities ?? [],
    times: l.times ?? [],
    producedBy: { ...doc.producedBy } as Record<string, string>,
    diagnostics: doc.diagnostics,
  }
}

/** Validates against the zod schema; a failure is our bug, reported with the first offending path. */
export function validateAnalysis(analysis: unknown): Analysis {
  const result = analysisSchema.safeParse(analysis)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new LagebildError(
      'LB_SCHEMA_VIOLATION',
      issue ? `${issue.path.join('.')}: ${issue.message}` : undefined,
    )
  }
  return result.data
}
