/**
 * The shapes the store answers with, besides those link's corpus rules build (`link/report-types.ts`). The HTTP
 * API serves them as they are (the web app reads every answer type from `src/serve/api-types.ts`). Types only,
 * and no imports.
 */

/** One stored article as a list shows it. */
export interface DocumentSummary {
  id: string
  title: string | null
  outlet: string | null
  published: string | null
  uri: string | null
  /** the article's language (ISO 639-1): "de", "en", or one Lagebild stores without reading it */
  lang: string
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

export interface ActorSummary {
  /** corpus-wide key: the same person across articles and spellings */
  key: string
  name: string
  kind: string
  country: string | null
  aliases: string[]
  documents: number
  quotes: number
  /** what the articles say the actor was and when (`getActor` only): one entry per role and country */
  roles?: RoleFact[]
}

/** "Außenminister of RUS, said in articles of 2022-01-21 … 2022-02-03": a role as a dated fact. */
export interface RoleFact {
  role: string
  country: string | null
  /** the first and last article date that gives the role (null when no such article is dated) */
  from: string | null
  to: string | null
  documents: number
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
  /** how many items the whole timeline holds, over all pages */
  total: number
}

export interface SearchHit {
  documentId: string
  kind: 'document' | 'quote'
  ref: string
  title: string | null
  outlet: string | null
  published: string | null
  /** the article's words around the first match, or the quote's words */
  text: string
  /** where the query's words, in any inflected form, stand in `text` (`[start, end)`, UTF-16) */
  marks: [number, number][]
  /** a quote's kind (direct, indirect, …); null for an article */
  quoteKind: string | null
  /** a quote's first speaker: the corpus key and the name the article gives; null when none is named */
  speaker: string | null
  speakerName: string | null
}
