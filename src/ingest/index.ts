export * from './read-article-text.ts'
