/** The public API of the `lagebild` package. */
export {
  type Analysis,
  analysisSchema,
  createEnv,
  type Document,
  type Env,
  isLagebildError,
  LagebildError,
  toAnalysis,
  validateAnalysis,
} from './document/index.ts'
export { readArticleText } from './ingest/index.ts'
export { type ArticleMeta, analyze, analyzeText, stages } from './pipeline.ts'
