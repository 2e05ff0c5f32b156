import type { Analysis, ErrorCode } from '../document/index.ts'
import type { PreparedRows } from '../link/index.ts'
import type { ArticleMeta } from '../pipeline.ts'

/** What a pool tells each of its threads when it starts them. */
export interface WorkerSettings {
  /** the CPU time one article may take (ms); absent: the default for its length */
  budgetMs?: number
}

export interface WorkerRequest {
  id: number
  text: string
  meta: ArticleMeta
  /** also the rows the store derives from the analysis alone (`prepareRows`), for a writer that stores it */
  prepare?: boolean
}

/** An error crosses the thread boundary as data; the pool makes a LagebildError of it again. */
export interface WorkerError {
  code?: ErrorCode
  message: string
  stack?: string
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; analysis: Analysis; prepared?: PreparedRows }
  | { type: 'failed'; id: number; error: WorkerError }
