import type { Generated } from 'kysely'

/** The tables behind the Store. Spans are stored as integers; text is sliced in TypeScript, never in SQL. */
export interface Database {
  documents: {
    id: string
    title: string | null
    outlet: string | null
    published: string | null
    uri: string | null
    text: string
    analysis: string
    /** the article's language (ISO 639-1), as the analysis has it */
    lang: string
    created_at: string
    story_id: string | null
  }
  /** one row per person key in the corpus: how a bare surname finds its full name without scanning `actors` */
  corpus_actors: {
    actor_key: string
    surname: string
    bare: number
  }
  document_signatures: {
    document_id: string
    signature: string
  }
  story_bands: {
    band: string
    document_id: string
  }
  quantities: {
    document_id: string
    idx: number
    value: number
    approx: number
    unit: string | null
    of: string | null
    start: number
    end: number
    text: string
  }
  actors: {
    document_id: string
    actor_id: string
    actor_key: string
    name: string
    kind: string
    country: string | null
    aliases: string
    surname: string | null
    bare: number
  }
  /** an actor's roles in one article, dated by the article: facts of a time and a country, not names (0011) */
  actor_roles: {
    document_id: string
    actor_key: string
    role: string
    country: string | null
    /** the article's published day, '' when it has none */
    as_of: string
  }
  quotes: {
    document_id: string
    quote_id: string
    kind: string
    speaker_key: string | null
    start: number
    end: number
    text: string
    /** the date the actor timeline orders by: the article's published date, '' when it has none */
    timeline_date: string
  }
  /** every speaker of a quote: a joint statement ("Blinken und Lawrow hatten … angekündigt") is on each one's timeline */
  quote_speakers: {
    document_id: string
    quote_id: string
    actor_key: string
    /** the quote's `timeline_date` and start, so the actor timeline's index holds its order */
    timeline_date: string
    start: number
  }
  events: {
    document_id: string
    event_id: string
    type: string
    status: string
    when: string | null
    start: number
    end: number
    text: string
    /** 1 when the event names who acted and has a status (link's `isNamedEvent`): the board and timelines show it */
    named: number
  }
  event_participants: {
    document_id: string
    event_id: string
    actor_key: string
    role: string
    /** the event's own calendar date where the text gives one, else the article's ('' when it has none) */
    timeline_date: string
    /** the event's position in the article (`events.start`): the timeline's order within one article */
    start: number
    /** the event's `named`, beside the row so the timeline's index holds it (migration 0008) */
    named: number
  }
  search_rows: {
    id: Generated<number>
    document_id: string
    kind: string
    ref: string
    body: string
    /** the CISTEM stem of every word of `body`, space-separated (migration 0009) */
    stems: string
  }
}
