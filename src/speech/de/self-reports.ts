import { type Document, spanContains } from '../../document/index.ts'
import type { FoundQuote } from '../found-quote.ts'
import { actorOf } from '../resolve-speakers.ts'

/**
 * "Er hoffe, die Krise zu lösen" after Blinken's words is his continued report, not a second one: the cue inside
 * words that continue somebody's report, spoken by the same actor, is no speech act of its own.
 */
export function withoutSelfReports(doc: Document, found: FoundQuote[]): FoundQuote[] {
  const entities = doc.layers.entities
  const who = (q: FoundQuote) => actorOf(q.antecedent ?? q.speakerMention, entities)
  return found.filter((q) => {
    if (!q.nested || q.rule !== 'de/cue-before') return true
    const speaker = who(q)
    return !found.some(
      (h) =>
        !h.nested &&
        h.rule === 'de/continuation' &&
        spanContains(h.span, q.span) &&
        speaker !== undefined &&
        who(h) === speaker,
    )
  })
}
