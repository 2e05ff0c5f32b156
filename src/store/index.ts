export { actorKey } from './actor-key.ts'
// the shapes of the store's answers (DocumentSummary, TimelinePage …; types only)
export type * from './answer-types.ts'
export { SEARCH_COUNT_CAP } from './create-store.ts'
export { defaultDatabasePath, type OpenStoreOptions, openStore } from './open-store.ts'
export { isFatalStorageError } from './storage-error.ts'
export type {
  ActorRef,
  Dialect,
  Paging,
  SaveMeta,
  SearchFilter,
  Store,
  StoredDocument,
} from './store-types.ts'
