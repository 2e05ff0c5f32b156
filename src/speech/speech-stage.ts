import {
  type Document,
  defineStage,
  type Env,
  type Quote,
  type Span,
  spanContains,
  spansOverlap,
} from '../document/index.ts'
import { type FoundQuote, findQuotes } from './find-speech.ts'
import { actorOf, resolveSpeakers, speakersOf } from './resolve-speakers.ts'
import { loadSpeechLexicon } from './speech-lexicon.ts'

/**
 * Every speech act of a document with the rules' details (rule id, addressee and antecedent spans, nesting):
 * what the stage turns into the `quotes` layer, and what evaluation and review read.
 */
export function describeSpeech(doc: Document, env: Env): FoundQuote[] {
  const lex = loadSpeechLexicon(env)
  const structure = doc.layers.structure
  const sentences = doc.layers.sentences ?? []
  // photo descriptions, captions and credits are not the article's text
  const pictures: Span[] = (structure?.blocks ?? [])
    .filter((b) => b.kind === 'figure' || b.kind === 'graphic')
    .map((b) => b.span)
  const headings: Span[] = [
    ...(structure?.blocks ?? []).filter((b) => b.kind === 'heading').map((b) => b.span),
    ...(structure?.title ? [structure.title] : []),
    ...(structure?.kicker ? [structure.kicker] : []),
  ]
  const found = findQuotes(doc, lex, {
    skipSentence: (s) => pictures.some((p) => spansOverlap(p, sentences[s] as Span)),
    isHeading: (s) => headings.some((h) => spanContains(h, sentences[s] as Span)),
  })
  resolveSpeakers(doc.text, found, lex, doc.layers.entities, doc.layers.actors)
  return withoutSelfReports(doc, found)
}

/**
 * "Er hoffe, die Krise zu lösen" after Blinken's words is his continued report, not a second one: the cue inside
 * words that continue somebody's report, spoken by the same actor, is no speech act of its own.
 */
function withoutSelfReports(doc: Document, found: FoundQuote[]): FoundQuote[] {
  const entities = doc.layers.entities
  const who = (q: FoundQuote) => actorOf(q.antecedent ?? q.speakerMention, entities)
  return found.filter((q) => {
    if (!q.nested || q.rule !== 'speech/cue-before') return true
    const speaker = who(q)
    return !found.some(
      (h) =>
        !h.nested &&
        h.rule === 'speech/continuation' &&
        spanContains(h.span, q.span) &&
        speaker !== undefined &&
        who(h) === speaker,
    )
  })
}

function toQuote(doc: Document, q: FoundQuote, index: number): Quote {
  const entities = doc.layers.entities
  const quote: Quote = { id: `q${index + 1}`, span: q.span, kind: q.kind }
  if (q.medium) quote.medium = q.medium
  const speakers = speakersOf(doc.text, q.antecedent ?? q.speakerMention, entities)
  if (speakers[0]) quote.speaker = speakers[0]
  if (speakers.length > 1) quote.speakers = speakers
  const addressee = actorOf(q.addresseeMention, entities)
  if (addressee) quote.addressee = addressee
  if (q.speakerMention) quote.speakerMention = q.speakerMention
  if (q.cue?.length) quote.cue = q.cue
  if (q.viaMentions?.length) {
    const name = (span: Span) => actorOf(span, entities) ?? doc.text.slice(span[0], span[1])
    const outer = q.antecedent ?? q.speakerMention
    quote.via = [...(outer ? [name(outer)] : []), ...q.viaMentions.map(name)]
  }
  return quote
}

export const speechStage = defineStage({
  name: 'speech',
  version: 1,
  needs: ['sentences', 'tokens', 'structure'],
  makes: ['quotes'],
  run: (doc, env) => {
    const found = describeSpeech(doc, env)
    const quotes = found.map((q, i) => toQuote(doc, q, i))
    // nested speech points at the smallest top-level quote that holds it
    found.forEach((q, i) => {
      if (!q.nested) return
      let holder: number | undefined
      let holderSize = Number.POSITIVE_INFINITY
      found.forEach((o, j) => {
        const size = o.span[1] - o.span[0]
        if (o.nested || j === i || size >= holderSize || !spanContains(o.span, q.span)) return
        holder = j
        holderSize = size
      })
      if (holder !== undefined) (quotes[i] as Quote).within = (quotes[holder] as Quote).id
    })
    return { quotes }
  },
})
