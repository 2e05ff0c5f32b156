/**
 * The shapes link's corpus rules read and build: events with their story, quantity reports, disagreements,
 * promises and their follow-up. The store answers with them and the HTTP API serves them (the web app reads
 * every answer type from `src/serve/api-types.ts`). Types only, and no imports.
 */

/** One stored event as the store lists it; the corpus rules read events in this shape. */
export interface EventRow {
  documentId: string
  id: string
  type: string
  status: string
  when: string | null
  /** corpus-wide actor keys */
  actors: string[]
  recipients: string[]
  /**
   * the display names of `actors` and `recipients`, in their order: the name most articles give the actor (a key
   * no stored actor names gets a label made from it, never the key itself)
   */
  actorNames: string[]
  recipientNames: string[]
  span: [number, number]
  text: string
  published: string | null
  outlet: string | null
}

/** An event with the story of its article, as the corpus rules compare events. */
export interface EventReport extends EventRow {
  /** the story (near-duplicate group) of the article: copies of the promise's own article are no follow-up */
  storyId?: string | null
}

/** One article's report of a demand the board lists once. */
export interface DemandReport {
  documentId: string
  /** the event's id in that article */
  id: string
  outlet: string | null
  published: string | null
  span: [number, number]
  text: string
}

/**
 * A demand as the board lists it: the newest report's event, with every report of the same demand (copies of one
 * story, the same sentence elsewhere) and the outlets that carry it.
 */
export interface DemandRow extends EventRow {
  reports: DemandReport[]
  /** the outlets of `reports`, each once, newest report first */
  outlets: string[]
}

export interface QuantityReport {
  documentId: string
  outlet: string | null
  published: string | null
  value: number
  approx: boolean
  unit: string | null
  of: string | null
  span: [number, number]
  text: string
}

/** The same quantity reported differently by different outlets, reports side by side. */
export interface Disagreement {
  /** what is counted, as the first report wrote it ("Soldaten") */
  of: string
  unit: string | null
  from: string | null
  to: string | null
  reports: QuantityReport[]
}

/** A report of a figure, `disputed` when it is part of a disagreement between outlets. */
export interface FigureReport extends QuantityReport {
  disputed: boolean
}

/** One counted thing with every report of it across the corpus (newest first); `disputed` when outlets differ. */
export interface FigureGroup {
  /** what is counted, as the first report wrote it ("Soldaten") */
  of: string
  disputed: boolean
  reports: FigureReport[]
}

export type PromiseState = 'kept' | 'open' | 'overdue' | 'denied'

/** A promise and what later articles report of it. */
export interface PromiseFollowUp {
  promise: EventReport
  /** the last day the promise covers ("kommende Woche" → that Sunday), when the text gives a calendar date */
  due: string | null
  state: PromiseState
  /** the later report that kept (or denied) it */
  evidence: EventReport | null
  /** kept, but reported after the due date */
  late: boolean
}
