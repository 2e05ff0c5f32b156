export type { HtmlArticleMeta } from './page-metadata.ts'
export { type HtmlArticle, type ReadHtmlOptions, readHtmlArticle } from './read-html-article.ts'
