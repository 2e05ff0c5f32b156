import type { Document } from '../../document/index.ts'
import type { FoundQuote } from '../found-quote.ts'
import { actorOf } from '../resolve-speakers.ts'
import { spansHolding } from '../span-holders.ts'

/**
 * "Er hoffe, die Krise zu lösen" after Blinken's words is his continued report, not a second one: the cue inside
 * words that continue somebody's report, spoken by the same actor, is no speech act of its own.
 */
export function withoutSelfReports(doc: Document, found: FoundQuote[]): FoundQuote[] {
  const entities = doc.layers.entities
  const who = (q: FoundQuote) => actorOf(q.antecedent ?? q.speakerMention, entities)
  // the continued reports that hold a span, looked up by start: a long text's nested cues do not each try every quote
  const continuationsHolding = spansHolding(
    found.map((h) => (!h.nested && h.rule === 'de/continuation' ? h.span : undefined)),
  )
  return found.filter((q) => {
    if (!q.nested || q.rule !== 'de/cue-before') return true
    const speaker = who(q)
    return (
      speaker === undefined ||
      !continuationsHolding(q.span).some((i) => who(found[i] as FoundQuote) === speaker)
    )
  })
}
