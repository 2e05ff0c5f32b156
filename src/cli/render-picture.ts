import type { Analysis, Span } from '../document/index.ts'

/** Reads a span, with line breaks folded so a multi-line item stays on one terminal line. */
export function said(text: string, span: Span): string {
  return text.slice(span[0], span[1]).replace(/\s+/gu, ' ').trim()
}

const QUOTE_KIND_DE: Record<string, string> = {
  direct: 'direkt',
  indirect: 'indirekt',
  mixed: 'gemischt',
  freeIndirect: 'frei indirekt',
  reported: 'berichtet',
}

/** An actor's name, or its id when the analysis lists no such actor. */
export function actorName(analysis: Analysis, id: string): string {
  return analysis.actors.find((a) => a.id === id)?.name ?? id
}

/** Who said it: every speaker of a joint statement, the actor, the words that name the speaker, or nobody. */
export function speakerName(analysis: Analysis, quote: Analysis['quotes'][number]): string {
  // "Blinken und Lawrow hatten … angekündigt": a joint statement names every speaker
  if (quote.speakers?.length) return quote.speakers.map((id) => actorName(analysis, id)).join(' und ')
  const actor = quote.speaker ? analysis.actors.find((a) => a.id === quote.speaker) : undefined
  if (actor) return actor.name
  if (quote.speakerMention) return said(analysis.text, quote.speakerMention)
  return '(ungenannt)'
}

/** The situation picture as plain text for a terminal: headline, who said what, events, figures, dates. */
export function renderPicture(analysis: Analysis): string {
  const { text, structure } = analysis
  const lines: string[] = []
  if (structure.kicker) lines.push(said(text, structure.kicker).toUpperCase())
  lines.push(structure.title ? said(text, structure.title) : '(ohne Titel)')
  const meta = [analysis.source?.outlet, analysis.source?.published].filter(Boolean).join(', ')
  if (meta) lines.push(meta)
  lines.push('')

  lines.push(`Wer sagte was (${analysis.quotes.length})`)
  for (const quote of analysis.quotes) {
    const cue = quote.cue?.map((c) => said(text, c)).join(' … ')
    const addressee = quote.addressee
      ? analysis.actors.find((a) => a.id === quote.addressee)?.name
      : undefined
    const via = quote.via?.length ? ` via ${quote.via.join(' → ')}` : ''
    const head = `${speakerName(analysis, quote)}${cue ? ` (${cue})` : ''}${addressee ? ` an ${addressee}` : ''}${via}`
    // speech inside somebody's quotation stands indented under it
    const bullet = quote.within ? '    ↳' : '  •'
    lines.push(`${bullet} ${head} [${QUOTE_KIND_DE[quote.kind] ?? quote.kind}]: ${said(text, quote.span)}`)
  }
  if (analysis.quotes.length === 0) lines.push('  —')
  lines.push('')

  lines.push(`Ereignisse (${analysis.events.length})`)
  const name = (id: string) => actorName(analysis, id)
  for (const event of analysis.events) {
    const who = event.actor.map(name).join(', ') || '?'
    const whom = event.recipient.length ? ` → ${event.recipient.map(name).join(', ')}` : ''
    const when = event.when ? ` @ ${event.when}` : ''
    const where = event.where?.length ? ` in ${event.where.join(', ')}` : ''
    lines.push(`  • ${event.type} [${event.status}] ${who}${whom}${when}${where}: ${said(text, event.span)}`)
  }
  if (analysis.events.length === 0) lines.push('  —')
  lines.push('')

  lines.push(`Zahlen (${analysis.quantities.length})`)
  for (const q of analysis.quantities) {
    lines.push(`  • ${q.approx ? '≈' : ''}${q.value}${q.of ? ` ${q.of}` : ''}: ${said(text, q.span)}`)
  }
  if (analysis.quantities.length === 0) lines.push('  —')
  lines.push('')

  lines.push(`Zeitangaben (${analysis.times.length})`)
  for (const t of analysis.times) lines.push(`  • ${t.value} (${t.type}): ${said(text, t.span)}`)
  if (analysis.times.length === 0) lines.push('  —')
  return `${lines.join('\n')}\n`
}
