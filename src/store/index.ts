export { actorKey } from './actor-key.ts'
export { defaultDatabasePath, type OpenStoreOptions, openStore } from './open-store.ts'
export type {
  ActorSummary,
  Dialect,
  Disagreement,
  DocumentSummary,
  EventRow,
  Paging,
  PromiseFollowUp,
  PromiseState,
  QuoteRow,
  SaveMeta,
  SearchFilter,
  SearchHit,
  Store,
  StoredDocument,
  Story,
  StorySource,
  TimelineItem,
  TimelinePage,
} from './store-types.ts'
