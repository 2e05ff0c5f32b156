export { type AnalysisJob, type AnalysisOutcome, jobIdOf, QUEUE_NAME } from './analysis-job.ts'
export { type ArticleQueue, openArticleQueue } from './article-queue.ts'
export { connectQueue, parseQueueUrl, type QueueAddress } from './queue-connection.ts'
export { type RunningWorker, type RunWorkerOptions, runWorker } from './run-worker.ts'
