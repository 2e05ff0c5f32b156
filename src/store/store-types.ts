import type { Analysis } from '../document/index.ts'
import type {
  DemandRow,
  Disagreement,
  EventRow,
  FigureGroup,
  PreparedRows,
  PromiseFollowUp,
  PromiseState,
} from '../link/index.ts'
import type {
  ActorSummary,
  DocumentSummary,
  QuoteRow,
  SearchHit,
  Story,
  TimelinePage,
} from './answer-types.ts'

// the shapes of the answers are defined once, in answer-types.ts and (those link builds) link/report-types.ts

export type Dialect = 'sqlite' | 'postgres'

export interface SaveMeta {
  published?: string
  outlet?: string
  uri?: string
  title?: string
}

export interface Paging {
  limit?: number
  offset?: number
}

/** One stored article with what an export needs beside the analysis itself. */
export interface StoredDocument {
  analysis: Analysis
  title: string | null
  outlet: string | null
  published: string | null
  uri: string | null
  storyId: string | null
  /** document actor id → corpus-wide actor key */
  actorKeys: Record<string, string>
}

/** An actor filter: one corpus key, or several (what `findActorKeys` found for an id or alias) */
export type ActorRef = string | readonly string[]

export interface SearchFilter {
  /** articles only, or quotes only */
  kind?: 'document' | 'quote'
  actor?: ActorRef
  eventType?: string
  outlet?: string
  from?: string
  to?: string
  limit?: number
  offset?: number
}

export interface Store {
  readonly dialect: Dialect
  /**
   * Stores one analysis in one transaction; the same text twice is stored once. `storyId` is the story it belongs
   * to: its own id, or the id of the first stored near-duplicate (the same agency text in another outlet).
   */
  saveAnalysis(
    analysis: Analysis,
    meta?: SaveMeta,
  ): Promise<{ id: string; created: boolean; storyId: string }>
  /**
   * Stores many analyses in one transaction, as if saved one after another (a bulk import, a benchmark corpus):
   * far fewer statements than one `saveAnalysis` each, but a failure stores none of the batch, and then each
   * article is tried in its own transaction (throwing at the first that fails, as `saveAnalysis` would).
   */
  saveAnalyses(
    items: readonly { analysis: Analysis; meta?: SaveMeta; prepared?: PreparedRows }[],
  ): Promise<{ id: string; created: boolean; storyId: string }[]>
  getAnalysis(id: string): Promise<Analysis | undefined>
  listDocuments(filter?: { outlet?: string; from?: string; to?: string } & Paging): Promise<DocumentSummary[]>
  listQuotes(filter?: { actor?: ActorRef; documentId?: string } & Paging): Promise<QuoteRow[]>
  /** every event, newest article first, with its actors' keys and display names */
  listEvents(filter?: { actor?: ActorRef; type?: string; documentId?: string } & Paging): Promise<EventRow[]>
  /**
   * The board's demands, newest article first: REQUEST events with status `demanded` (`DEMAND`) that name who
   * demands (link's `isNamedEvent`), filtered by one party (actor or recipient); a demand several articles
   * report is one row with all their outlets (link's `groupDemands`)
   */
  listDemands(filter?: { actor?: ActorRef } & Paging): Promise<DemandRow[]>
  /** how many rows the list with the same filter holds (its paging left aside) */
  countDocuments(filter?: { outlet?: string; from?: string; to?: string }): Promise<number>
  countQuotes(filter?: { actor?: ActorRef; documentId?: string }): Promise<number>
  countEvents(filter?: { actor?: ActorRef; type?: string; documentId?: string }): Promise<number>
  countDemands(filter?: { actor?: ActorRef }): Promise<number>
  countActors(): Promise<number>
  /** the hits of a search, counted up to `SEARCH_COUNT_CAP` + 1 (more than the cap: "more than") */
  countSearch(q: string, filter?: SearchFilter): Promise<number>
  /**
   * The corpus keys of the actor known by `ref`: its key, the id an analysis gives it (`per:dmitri-peskow` finds
   * `per:dmitri-peskov`; `org:local:polizei` finds it in every story), a name or an alias. The actor most articles
   * name first; empty when none.
   */
  findActorKeys(ref: string): Promise<string[]>
  /** in key order; without `limit`, every actor */
  listActors(paging?: Paging): Promise<ActorSummary[]>
  getActor(key: string): Promise<ActorSummary | undefined>
  /**
   * The actor's quotes and the events that name who acted (link's `isNamedEvent`) in which the actor takes part.
   * Oldest first. With `limit`, only the newest `limit` items (a much-quoted actor has tens of thousands), and
   * `older` is the `before` that asks for the page before them; `before` also takes a date (YYYY-MM-DD).
   */
  getActorTimeline(key: string, options?: { limit?: number; before?: string }): Promise<TimelinePage>
  search(q: string, filter?: SearchFilter): Promise<SearchHit[]>
  /** Is an article with this id (a hash of its normalised text) stored? Lets a batch skip what it has. */
  hasDocument(id: string): Promise<boolean>
  /** document actor id → corpus-wide actor key, as stored (a bare surname may have joined a full name) */
  getActorKeys(documentId: string): Promise<Record<string, string> | undefined>
  /** stories with more than one source, newest first */
  listStories(filter?: { from?: string; to?: string } & Paging): Promise<Story[]>
  /** the same quantity reported differently by different outlets */
  listDisagreements(filter?: { from?: string; to?: string; of?: string }): Promise<Disagreement[]>
  /** every counted thing with all its reports, things in dispute first (the board's figures by source) */
  listFigures(filter?: { from?: string; to?: string; of?: string }): Promise<FigureGroup[]>
  /**
   * promises (AGREE events with status `promised`, `PROMISE`, that name who promised) and whether later articles
   * report them kept
   */
  listPromises(filter?: { actor?: ActorRef; state?: PromiseState }): Promise<PromiseFollowUp[]>
  /** every stored article, in id order, a batch at a time (for export) */
  eachDocument(batchSize?: number): AsyncIterable<StoredDocument>
  /** Asks the database for an answer (`select 1`): throws when it is unreachable. For health checks. */
  ping(): Promise<void>
  close(): Promise<void>
}
