/**
 * The shapes the store answers with and the HTTP API serves: one definition for the server (store, link) and the
 * web app (ui/src/api.ts imports this file by path). Types only, and no imports, so Vite and the web app's
 * type check read it without pulling in server code. It lives in `link` because the corpus rules there build
 * some of these shapes (disagreements, promises), and the store and the API come after `link`.
 */

/** One stored article as a list shows it. */
export interface DocumentSummary {
  id: string
  title: string | null
  outlet: string | null
  published: string | null
  uri: string | null
  /** the story this article belongs to: the id of the first stored near-duplicate (its own id if none) */
  storyId: string | null
  quotes: number
  events: number
}

export interface StorySource {
  id: string
  title: string | null
  outlet: string | null
  published: string | null
  uri: string | null
}

/** One story carried by several outlets (near-duplicate texts), oldest source first. */
export interface Story {
  id: string
  sources: StorySource[]
}

export interface QuoteRow {
  documentId: string
  id: string
  kind: string
  speaker: string | null
  speakerName: string | null
  span: [number, number]
  text: string
  published: string | null
  outlet: string | null
}

export interface EventRow {
  documentId: string
  id: string
  type: string
  status: string
  when: string | null
  /** corpus-wide actor keys */
  actors: string[]
  recipients: string[]
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

export interface ActorSummary {
  /** corpus-wide key: the same person across articles and spellings */
  key: string
  name: string
  kind: string
  country: string | null
  aliases: string[]
  documents: number
  quotes: number
}

export interface TimelineItem {
  date: string | null
  documentId: string
  outlet: string | null
  kind: 'quote' | 'event'
  id: string
  /** quote kind or event type */
  label: string
  text: string
}

/** A page of an actor's timeline, oldest first. */
export interface TimelinePage {
  items: TimelineItem[]
  /** the cursor of the next older page (`before`), null when there is none */
  older: string | null
}

export interface SearchHit {
  documentId: string
  kind: 'document' | 'quote'
  ref: string
  title: string | null
  outlet: string | null
  published: string | null
  text: string
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
