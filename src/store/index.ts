export { actorKey } from './actor-key.ts'
// the shapes of the store's answers (DocumentSummary, TimelinePage …; types only)
export type * from './answer-types.ts'
export { defaultDatabasePath, type OpenStoreOptions, openStore } from './open-store.ts'
export type { Dialect, Paging, SaveMeta, SearchFilter, Store, StoredDocument } from './store-types.ts'
