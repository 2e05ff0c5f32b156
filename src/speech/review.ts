import type { Document } from '../document/index.ts'
import type { FoundQuote } from './found-quote.ts'

const fold = (s: string) => s.replace(/\s+/gu, ' ').trim()

/** A human rendering of the speech found: `„…“ — Lawrow (sagte) [indirect]`, one line per speech act. */
export function reviewSpeech(doc: Document, quotes: FoundQuote[]): string {
  const read = (span: [number, number]) => fold(doc.text.slice(span[0], span[1]))
  return quotes
    .map((q) => {
      const who = q.antecedent
        ? `${read(q.antecedent)} (${q.speakerMention ? read(q.speakerMention) : ''})`
        : q.speakerMention
          ? read(q.speakerMention)
          : '(ungenannt)'
      const cue = q.cue?.length ? ` (${q.cue.map(read).join(' … ')})` : ''
      const to = q.addresseeMention ? ` an ${read(q.addresseeMention)}` : ''
      const via = q.viaMentions?.length ? ` via ${q.viaMentions.map(read).join(' → ')}` : ''
      const medium = q.medium ? `, ${q.medium}` : ''
      return `${q.nested ? '  ↳ ' : ''}„${read(q.span)}“ — ${who}${cue}${to}${via} [${q.kind}${medium}]`
    })
    .join('\n')
}
