export { type Analyzer, type AppOptions, buildApp } from './app.ts'
