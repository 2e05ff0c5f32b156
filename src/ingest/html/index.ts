export {
  type HtmlArticle,
  type HtmlArticleMeta,
  type ReadHtmlOptions,
  readHtmlArticle,
} from './read-html-article.ts'
