export * from './read-article-text.ts'
export * from './read-jsonl.ts'
export * from './walk-inputs.ts'
