import { normalizeDate } from '../feeds/normalize-date.ts'
import { cleanInline, comparable } from './clean-text.ts'

/** What an article says of itself: the `meta` of `readHtmlArticle`. */
export interface HtmlArticleMeta {
  title?: string
  /** ISO 8601, with the offset the page wrote */
  published?: string
  outlet?: string
  authors?: string[]
  uri?: string
  lang?: string
  summary?: string
}

/** What a news page says about itself, read before readability rewrites the DOM. */
export interface PageMetadata extends HtmlArticleMeta {
  /** JSON-LD `articleBody`: a fallback body when readability finds nothing */
  articleBody?: string
  /** the visible `<h1>`, for the title when no metadata has one */
  h1?: string
}

type Json = Record<string, unknown>

/** schema.org types that are an article (NewsArticle, ReportageNewsArticle, LiveBlogPosting, …). */
const ARTICLE_TYPE = /(?:Article|BlogPosting|LiveBlogPosting|Report)$/u

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function types(node: Json): string[] {
  const t = node['@type']
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string')
}

/** Every node of every JSON-LD block, `@graph` and arrays flattened. Broken JSON is skipped, not fatal. */
export function jsonLdNodes(scripts: string[]): Json[] {
  const nodes: Json[] = []
  // articles also hide inside other nodes: {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", …}}
  const visit = (value: unknown, depth: number) => {
    if (depth > 6) return
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1)
    } else if (isObject(value)) {
      if (value['@type'] || value['@graph']) nodes.push(value)
      for (const [k, v] of Object.entries(value))
        if (k !== 'articleBody' && typeof v === 'object') visit(v, depth + 1)
    }
  }
  for (const script of scripts) {
    try {
      // some CMSs leave raw newlines or a trailing semicolon in the block
      visit(parseLenient(script), 0)
    } catch {
      // not JSON: ignore this block, the page has other metadata
    }
  }
  return nodes
}

/** JSON as CMSs write it: raw newlines inside strings or a trailing semicolon are forgiven. */
function parseLenient(script: string): unknown {
  // "//<![CDATA[ … //]]>" and "<!-- … -->" wrappers from pages that still serve XHTML habits
  const trimmed = script
    .trim()
    .replace(/^(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>$/gu, '')
    .replace(/^<!--|-->$/gu, '')
    .trim()
    .replace(/;\s*$/u, '')
  try {
    return JSON.parse(trimmed)
  } catch {
    return JSON.parse(trimmed.replace(/\p{Cc}+/gu, ' '))
  }
}

/** The article node: the NewsArticle with the most content (a page may also list related articles). */
export function findArticleNode(nodes: Json[]): Json | undefined {
  const articles = nodes.filter((n) => types(n).some((t) => ARTICLE_TYPE.test(t)))
  const score = (n: Json) => (n.headline ? 2 : 0) + (n.datePublished ? 2 : 0) + (n.articleBody ? 1 : 0)
  return articles.sort((a, b) => score(b) - score(a))[0]
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return cleanInline(decodeEntities(value)) || undefined
  if (Array.isArray(value)) return text(value[0])
  if (isObject(value)) return text(value['@value'] ?? value.name)
  return undefined
}

/** JSON-LD strings sometimes carry HTML entities ("&quot;", "&#8222;"). */
function decodeEntities(value: string): string {
  const named: Record<string, string> = NAMED_ENTITIES
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (all, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1))
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : all
    }
    return named[code] ?? named[code.toLowerCase()] ?? all
  })
}

/** The entities CMSs leave in JSON-LD and meta strings of German pages. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
  shy: '\u00ad',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  ccedil: 'ç',
  oacute: 'ó',
  iacute: 'í',
  ntilde: 'ñ',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  sbquo: '‚',
  lsquo: '‘',
  rsquo: '’',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  euro: '€',
  copy: '©',
  middot: '·',
  bull: '•',
}

/** Authors as names: JSON-LD gives strings, Person objects or arrays of both. */
function personNames(value: unknown, nodes: Json[]): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  const names: string[] = []
  for (const item of list) {
    if (typeof item === 'string') names.push(...splitAuthorList(item))
    else if (isObject(item)) {
      let name = text(item.name)
      // {"@id": "#author-1"} refers to a node elsewhere in the graph
      if (!name && typeof item['@id'] === 'string') {
        const ref = nodes.find((n) => n['@id'] === item['@id'] && n !== item)
        name = ref ? text(ref.name) : undefined
      }
      if (name) names.push(...splitAuthorList(name))
    }
  }
  return dedupe(names)
}

/** "Anna Schmidt und Jan Meier", "Anna Schmidt, Jan Meier" are two authors; "Von Anna Schmidt" is one. */
export function splitAuthorList(value: string): string[] {
  return (
    cleanInline(value)
      .replace(/^(?:von|by|autor(?:in)?|text)\s*:?\s+/iu, '')
      .split(/\s*(?:,|;|\s\|\s|\s(?:und|and|&)\s)\s*/u)
      .map((s) => s.trim())
      // an e-mail address or a profile link is no name ("d.kuckelkorn@boersen-zeitung.de")
      .filter((s) => s.length > 1 && !/^https?:|@|^www\./u.test(s))
  )
}

function dedupe(values: string[]): string[] {
  return [...new Set(values)]
}

export interface MetaSource {
  /** `<meta name|property=key content>` values, lower-cased keys, first wins */
  meta: Map<string, string[]>
  jsonLd: string[]
  htmlLang?: string
  canonical?: string
  documentTitle?: string
  h1?: string
  /** `datetime` of the article's `<time>` element */
  time?: string
}

const siteKey = (value: string) => comparable(value).replace(/\s+/gu, '')

/** "Steigende US-Zinsen setzen Dax zu | Börsen-Zeitung", "… - WELT", "… | MDR.DE": the outlet is no part of the title. */
export function stripSiteName(title: string, outlet: string | undefined, uri: string | undefined): string {
  const m = /^(.{8,}?)\s+[|–—-]\s+([^|–—]{2,40})$/u.exec(title)
  if (!m?.[1] || !m[2]) return title
  const suffix = siteKey(m[2])
  let host = ''
  try {
    host = uri ? new URL(uri).hostname.replace(/^www\./u, '') : ''
  } catch {
    host = ''
  }
  const names = [outlet, host, host.replace(/\.[a-z]+$/u, '')].filter((n): n is string => !!n).map(siteKey)
  // "… - DER SPIEGEL" on spiegel.de: the suffix is the bare host name, at most after an article ("der", "die")
  const bareHost = siteKey(
    host
      .replace(/\.[a-z]+$/u, '')
      .split('.')
      .pop() ?? '',
  )
  return suffix &&
    (names.some((n) => n === suffix || (suffix.length >= 3 && n.startsWith(suffix))) ||
      (bareHost.length >= 4 && suffix.endsWith(bareHost) && suffix.length <= bareHost.length + 3))
    ? m[1]
    : title
}

/** A separator that starts a title's tail: "… | Sport", "… | DW | 28.04.2023", "…  – DW – 13.06.2023". */
const TAIL = /^\s*[|–—·•-]\s*\S/u

/**
 * A headline that another headline of the same page merely extends by a separator and a tail is the title
 * without that tail: JSON-LD "Bubi-Bomber wieder da: Thioune fordert Geduld mit Niemiec | Sport" beside og:title
 * and `<h1>` "Bubi-Bomber wieder da: Thioune fordert Geduld mit Niemiec". Section names and dates in such tails
 * differ per outlet, so the page's own shorter headline is the evidence, not a list of outlet names.
 */
export function dropTitleTail(title: string, others: (string | undefined)[]): string {
  const norm = (s: string) => s.replace(/\s+/gu, ' ').trim()
  const full = norm(title)
  let best = full
  for (const other of others) {
    const short = other ? norm(other) : ''
    if (
      short.length >= 8 &&
      short.length < best.length &&
      full.startsWith(short) &&
      TAIL.test(full.slice(short.length))
    )
      best = short
  }
  return best
}

/** "Ukrainische Gegenoffensive: Ziele, Chancen, Risiken | DW | 28.04.2023": some outlets date the title itself. */
function dateInTitleTail(title: string | undefined): string | undefined {
  const m = title ? /\s[|–—-]\s*(\d{1,2}\.\d{1,2}\.\d{4})\s*$/u.exec(title) : null
  return m ? normalizeDate(m[1]) : undefined
}

/** Reads the page's own metadata: JSON-LD (NewsArticle, also inside @graph) first, then OpenGraph and meta tags. */
export function readPageMetadata(source: MetaSource, url?: string): PageMetadata {
  const nodes = jsonLdNodes(source.jsonLd)
  const article = findArticleNode(nodes)
  const first = (...keys: string[]) => {
    for (const key of keys) {
      const value = source.meta.get(key)?.find((v) => v.trim())
      if (value) return cleanInline(value)
    }
    return undefined
  }
  const all = (...keys: string[]) => keys.flatMap((k) => source.meta.get(k) ?? [])

  const published =
    normalizeDate(text(article?.datePublished)) ??
    normalizeDate(
      first(
        'article:published_time',
        'article:published:time',
        'og:article:published_time',
        'datepublished',
        'date',
        'pubdate',
        'publishdate',
        'publish-date',
        'dc.date',
        'dc.date.issued',
        'dcterms.created',
        'parsely-pub-date',
        'sailthru.date',
        'article.published',
        'published_time',
      ),
    ) ??
    normalizeDate(text(article?.dateCreated)) ??
    normalizeDate(source.time) ??
    dateInTitleTail(first('og:title') ?? source.documentTitle)

  let authors = article ? personNames(article.author ?? article.creator, nodes) : []
  if (authors.length === 0) {
    const metaAuthors = all('author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author')
      .filter((a) => !/^https?:/u.test(a))
      .flatMap(splitAuthorList)
    authors = dedupe(metaAuthors)
  }

  const publisher = article?.publisher
  const outlet =
    first('og:site_name', 'application-name', 'publisher') ??
    (isObject(publisher) ? text(publisher.name) : text(publisher))

  const pageUri = url ?? source.canonical ?? first('og:url')
  const ogTitle = first('og:title')
  const twitterTitle = first('twitter:title')
  const headline =
    text(article?.headline) ?? ogTitle ?? twitterTitle ?? first('title') ?? source.h1 ?? source.documentTitle
  const publisherName = isObject(publisher) ? text(publisher.name) : undefined
  const title = headline
    ? dropTitleTail(stripSiteName(stripSiteName(headline, outlet, pageUri), publisherName, undefined), [
        ogTitle,
        twitterTitle,
        source.h1,
      ])
    : undefined

  const mainEntity = article?.mainEntityOfPage
  // a page names its own address; one that is not http(s) (javascript:, data:) is no address to link to
  const uri = [
    pageUri,
    text(article?.url),
    isObject(mainEntity) ? text(mainEntity['@id']) : text(mainEntity),
  ].find((candidate) => candidate !== undefined && /^https?:\/\//iu.test(candidate))

  const lang =
    text(article?.inLanguage) ?? source.htmlLang ?? first('og:locale', 'language', 'content-language')

  const result: PageMetadata = {
    title,
    published,
    outlet,
    authors: authors.length ? authors : undefined,
    uri,
    lang: lang ? lang.replace('_', '-').split(/[-,]/u)[0]?.toLowerCase() : undefined,
    summary: text(article?.description) ?? first('description', 'og:description', 'twitter:description'),
    articleBody: typeof article?.articleBody === 'string' ? decodeEntities(article.articleBody) : undefined,
    h1: source.h1,
  }
  for (const key of Object.keys(result) as (keyof PageMetadata)[])
    if (result[key] === undefined) delete result[key]
  return result
}
