export { actorKey } from './actor-key.ts'
export { defaultDatabasePath, type OpenStoreOptions, openStore } from './open-store.ts'
export type {
  ActorSummary,
  Dialect,
  DocumentSummary,
  EventRow,
  Paging,
  QuoteRow,
  SaveMeta,
  SearchFilter,
  SearchHit,
  Store,
  TimelineItem,
} from './store-types.ts'
