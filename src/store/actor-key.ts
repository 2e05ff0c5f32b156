// The corpus-wide actor key belongs to the link room; the store re-exports it for its callers (serve, cli).
export { actorKey } from '../link/index.ts'
