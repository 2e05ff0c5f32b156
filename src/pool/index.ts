export * from './analysis-pool.ts'
