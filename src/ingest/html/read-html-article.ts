import { Readability } from '@mozilla/readability'
import { LagebildError, type Structure } from '../../document/index.ts'
import { normalizeDate } from '../feeds/normalize-date.ts'
import { outletName } from '../outlet-name.ts'
import { articleBlocks, type RawBlock } from './article-blocks.ts'
import { cleanBlocks } from './clean-blocks.ts'
import { cleanInline, comparable } from './clean-text.ts'
import { keepDeclaredBody } from './declared-body.ts'
import { type DomDocument, type DomElement, parsePage, selectAll } from './dom.ts'
import { layoutArticle } from './layout-article.ts'
import { capNesting } from './nesting.ts'
import { findDateline } from './page-dateline.ts'
import { joinDropCaps } from './page-leftovers.ts'
import {
  type HtmlArticleMeta,
  type MetaSource,
  type PageMetadata,
  readPageMetadata,
  splitAuthorList,
} from './page-metadata.ts'

export interface HtmlArticle {
  /** the article as flat page text: kicker? / title / lead / headings and paragraphs / figure lines */
  text: string
  meta: HtmlArticleMeta
  /** the spans of title, lead, headings, paragraphs and figures in `text` (analysis@1 `structure`) */
  structure: Structure
}

export interface ReadHtmlOptions {
  /** where the page came from; wins over the page's canonical link */
  url?: string
}

/** how many text blocks into the body the teaser may stand */
const MAX_LEAD_POSITION = 4

/** Below this much body text, readability has missed the article and JSON-LD `articleBody` is the better source. */
const MIN_BODY_CHARS = 200

/**
 * Reads a news page: body through @mozilla/readability over linkedom; title, date, authors, outlet and teaser from
 * the page's own metadata (JSON-LD NewsArticle, OpenGraph, meta tags), which news pages fill more reliably than
 * readability's guesses; figures with caption and credit from `<figure>`. Never throws anything but a coded error:
 * an empty page gives LB_INPUT_EMPTY, one without an article LB_HTML_NO_ARTICLE.
 */
export function readHtmlArticle(html: string, options: ReadHtmlOptions = {}): HtmlArticle {
  if (typeof html !== 'string')
    throw new LagebildError('LB_ARG_INVALID', 'readHtmlArticle expects the page as a string')
  if (!html.trim()) throw new LagebildError('LB_INPUT_EMPTY', 'the HTML page is empty')
  try {
    return readPage(html, options)
  } catch (error) {
    if (error instanceof LagebildError) throw error
    // the parser or readability broke on the page: for the caller that is a page without a readable article
    throw new LagebildError(
      'LB_HTML_NO_ARTICLE',
      `the page could not be parsed: ${(error as Error)?.message}`,
      {
        cause: error,
      },
    )
  }
}

function readPage(html: string, options: ReadHtmlOptions): HtmlArticle {
  const page = capNesting(parsePage(html))
  const meta = readPageMetadata(metaSource(page), options.url)
  const pageText = comparable(page.body?.textContent ?? '')

  // readability rewrites the tree it reads, so it gets its own copy of the page
  const article = runReadability(joinDropCaps(removeFurniture(capNesting(parsePage(html)))))
  let blocks: RawBlock[] = article?.content ? cleanBlocks(articleBlocks(article.content)) : []

  const title = meta.title ?? (cleanInline(article?.title ?? '') || undefined)
  blocks = dropTitleRepeats(blocks, title)

  if (
    bodyLength(blocks) < MIN_BODY_CHARS &&
    meta.articleBody &&
    meta.articleBody.length > bodyLength(blocks)
  ) {
    blocks = meta.articleBody
      .split(/\n+/u)
      .map(cleanInline)
      .filter((p) => /[\p{L}\p{N}]/u.test(p))
      .map((text) => ({ kind: 'paragraph' as const, text }))
  }

  const { lead, rest } = takeLead(blocks, meta.summary, pageText)
  // the teaser is found first: articleBody rarely repeats it
  blocks = keepDeclaredBody(rest, meta.articleBody)

  if (!title && bodyLength(blocks) === 0) {
    throw new LagebildError('LB_HTML_NO_ARTICLE', 'neither a title nor body text found')
  }
  const kicker = findKicker(page, title)
  const { text, structure } = layoutArticle({ kicker, title, lead, blocks })
  if (!text.trim()) throw new LagebildError('LB_HTML_NO_ARTICLE', 'the article has no text')

  const authors = meta.authors ?? (article?.byline ? splitAuthorList(article.byline) : undefined)
  const result: HtmlArticleMeta = {
    title,
    published:
      meta.published ?? normalizeDate(article?.publishedTime ?? undefined) ?? findDateline(page, title),
    outlet: outletName({ name: meta.outlet ?? cleanInline(article?.siteName ?? ''), url: meta.uri }),
    authors: authors?.length ? authors : undefined,
    uri: meta.uri,
    lang: meta.lang ?? (article?.lang ? article.lang.split('-')[0]?.toLowerCase() : undefined),
    summary: lead ?? meta.summary,
  }
  for (const key of Object.keys(result) as (keyof HtmlArticleMeta)[]) {
    if (result[key] === undefined || result[key] === '') delete result[key]
  }
  return { text, meta: result, structure }
}

interface ReadabilityResult {
  title?: string | null
  content?: DomElement | null
  byline?: string | null
  siteName?: string | null
  lang?: string | null
  publishedTime?: string | null
}

/**
 * Boxes around the article that readability sometimes keeps because they hold sentences: share bars, consent
 * placeholders, newsletter and "related" boxes, comments, author boxes. Matched on whole class/id words
 * ("share-bar", "c-related-articles", "author-box"), never inside another word, and never the `<article>` itself.
 */
const FURNITURE =
  /(?:^|[\s_-])(?:share|sharing|social|consent|newsletter|related|recommendations?|comments?|commenting|author-?box|authorbox|autorenbox|breadcrumbs?|paywall|outbrain|taboola|advert|advertisement|ad-slot|promo|teaser-?list|more-?articles)(?:$|[\s_-])/iu

function removeFurniture(page: DomDocument): DomDocument {
  // a <template> is never shown, but linkedom gives it ordinary children that readability scores: one in <head>
  // holding a long ad script (Funke's pages) became its best candidate, whose ancestors never reach <body>, and
  // readability threw; the page's paragraphs were lost to JSON-LD articleBody, which such pages join without a break
  for (const el of selectAll(page, 'template')) el.remove()
  for (const el of selectAll(page, '[class], [id]')) {
    const tag = el.tagName.toLowerCase()
    if (tag === 'article' || tag === 'main' || tag === 'body' || tag === 'html') continue
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
    if (FURNITURE.test(names) && !el.querySelector('h1')) el.remove()
  }
  return page
}

function runReadability(page: DomDocument): ReadabilityResult | null {
  try {
    const reader = new Readability<DomElement>(page as never, {
      serializer: (node) => node as unknown as DomElement,
    })
    return reader.parse() as ReadabilityResult | null
  } catch {
    // readability gives up on some broken trees; the page's JSON-LD body may still carry the article
    return null
  }
}

function metaSource(page: DomDocument): MetaSource {
  const meta = new Map<string, string[]>()
  for (const el of selectAll(page, 'meta')) {
    const key = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      ''
    ).toLowerCase()
    const content = el.getAttribute('content')
    if (!key || content === null) continue
    meta.set(key, [...(meta.get(key) ?? []), content])
  }
  const h1 = page.querySelector('h1')
  const titleEl = page.querySelector('title')
  return {
    meta,
    jsonLd: selectAll(page, 'script[type="application/ld+json"]').map((s) => s.textContent ?? ''),
    htmlLang: page.documentElement?.getAttribute('lang') ?? undefined,
    canonical: page.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
    documentTitle: titleEl ? cleanInline(titleEl.textContent ?? '') || undefined : undefined,
    h1: h1 ? cleanInline(h1.textContent ?? '') || undefined : undefined,
    time: articleTime(page, h1),
  }
}

/** The `<time datetime>` of the article itself: in the `<article>` that holds the headline, not in a teaser list. */
function articleTime(page: DomDocument, h1: DomElement | null): string | undefined {
  const scope = h1?.closest('article') ?? page.querySelector('article') ?? page.querySelector('main')
  const time =
    page.querySelector('[itemprop="datePublished"][datetime]') ??
    (scope ? scope.querySelector('time[datetime]') : null)
  return time?.getAttribute('datetime') ?? undefined
}

/** CMS class names of the line above a headline ("Dachzeile", "Spitzmarke", "kicker", "overline", "topline"). */
const KICKER_CLASS =
  /kicker|dachzeile|spitzmarke|overline|topline|roofline|eyebrow|headline-intro|title-intro|supertitle/iu
const MAX_KICKER_WORDS = 6

/**
 * The kicker ("Ukraine-Krise" above "Keine Annäherung bei Treffen in Genf"): a short element marked as such inside
 * or just before the `<h1>`. A kicker the title already starts with ("Nach Gaetz-Rückzug: …") is not repeated.
 */
function findKicker(page: DomDocument, title: string | undefined): string | undefined {
  const h1 = page.querySelector('h1')
  if (!h1) return undefined
  const marked = (el: DomElement | null | undefined) =>
    !!el && KICKER_CLASS.test(el.getAttribute('class') ?? '') && tagOfSafe(el) !== 'h1'
  const candidates: (DomElement | null | undefined)[] = [
    ...selectAll(h1, '[class]'),
    previousElement(h1),
    h1.parentElement ? previousElement(h1.parentElement) : null,
    ...(h1.parentElement ? selectAll(h1.parentElement, '[class]') : []),
  ]
  const el = candidates.find(marked)
  const kicker = el ? cleanInline(el.textContent ?? '').replace(/:$/u, '') : ''
  if (!kicker || kicker.split(' ').length > MAX_KICKER_WORDS) return undefined
  if (title && comparable(title).startsWith(comparable(kicker))) return undefined
  return kicker
}

function tagOfSafe(el: DomElement): string {
  return (el.tagName ?? '').toLowerCase()
}

function previousElement(el: DomElement): DomElement | null {
  return (el as unknown as { previousElementSibling: DomElement | null }).previousElementSibling ?? null
}

function bodyLength(blocks: RawBlock[]): number {
  return blocks.reduce((n, b) => n + (b.kind === 'figure' ? 0 : b.text.length), 0)
}

/** Readability often keeps the `<h1>`: the title is already the title line. */
function dropTitleRepeats(blocks: RawBlock[], title: string | undefined): RawBlock[] {
  if (!title) return blocks
  const key = comparable(title)
  return blocks.filter((b) => b.kind === 'figure' || comparable(b.text) !== key)
}

/**
 * A paragraph that opens with a place and agency ("London/Teheran - Iranische Sicherheitskräfte …", "Kiel (dpo) -
 * Finnland ist in Gefahr!") is the report's first paragraph, even when the page's description repeats it: teasers
 * carry no dateline.
 */
const DATELINE = /^\p{Lu}[\p{L}.'/-]*(?:[ /][\p{Lu}][\p{L}.'/-]*){0,2}(?: \([^)]{1,30}\))? [-–—] /u

/**
 * The teaser: the page's description (JSON-LD or meta) when the page shows it. When the body starts with it,
 * that paragraph moves to the lead, so it is not read twice.
 */
function takeLead(
  blocks: RawBlock[],
  summary: PageMetadata['summary'],
  pageText: string,
): { lead?: string; rest: RawBlock[] } {
  if (!summary) return { rest: blocks }
  const key = comparable(summary)
  if (!key) return { rest: blocks }
  // the teaser is among the first few text blocks (a date line or a second headline may come before it)
  const early = blocks
    .map((b, i) => ({ b, i }))
    .filter(({ b }) => b.kind !== 'figure')
    .slice(0, MAX_LEAD_POSITION)
  for (const { b, i } of early) {
    if (b.kind !== 'paragraph') continue
    const blockKey = comparable(b.text)
    if (
      blockKey === key ||
      (key.length > 40 && blockKey.length > 40 && (blockKey.startsWith(key) || key.startsWith(blockKey)))
    ) {
      // the description merely repeats the report's first paragraph: the page shows no teaser
      if (DATELINE.test(b.text)) return { rest: blocks }
      return { lead: b.text, rest: blocks.filter((_, j) => j !== i) }
    }
  }
  if (pageText.includes(key)) return { lead: summary, rest: blocks }
  return { rest: blocks }
}
