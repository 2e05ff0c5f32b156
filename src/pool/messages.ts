import type { Analysis, ErrorCode } from '../document/index.ts'
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
}

/** An error crosses the thread boundary as data; the pool makes a LagebildError of it again. */
export interface WorkerError {
  code?: ErrorCode
  message: string
  stack?: string
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; analysis: Analysis }
  | { type: 'failed'; id: number; error: WorkerError }
