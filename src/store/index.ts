export { actorKey } from './actor-key.ts'
export { defaultDatabasePath, type OpenStoreOptions, openStore } from './open-store.ts'
// the shapes of the store's answers (DocumentSummary, TimelinePage …) are exported by link/index.ts
export type { Dialect, Paging, SaveMeta, SearchFilter, Store, StoredDocument } from './store-types.ts'
