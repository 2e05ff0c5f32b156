import { parseFeed } from 'feedsmith'
import { LagebildError } from '../../document/index.ts'
import { cleanInline } from '../html/clean-text.ts'
import { parsePage } from '../html/dom.ts'
import { normalizeDate } from './normalize-date.ts'

export interface FeedItem {
  title?: string
  link?: string
  /** ISO 8601; German-written dates ("Mi, 12 Mär 2025 10:00:00 +0100") are read too */
  published?: string
  /** the teaser as plain text */
  summary?: string
  /** the full article as the feed gives it (HTML), when it does */
  content?: string
  /** photo credit of the item's image (`media:credit`) */
  credit?: string
  authors?: string[]
  id?: string
}

export interface Feed {
  format: 'rss' | 'atom' | 'rdf'
  title?: string
  link?: string
  items: FeedItem[]
}

type Loose = Record<string, unknown>

const obj = (value: unknown): Loose | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : undefined
const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value]
const str = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() || undefined
  const o = obj(value)
  return o ? str(o.value ?? o.name ?? o.href) : undefined
}

/** Feed descriptions are HTML more often than not ("<p>Teaser</p><img …>"): the summary is their text. */
function plainText(html: string | undefined): string | undefined {
  if (!html) return undefined
  if (!/[<&]/u.test(html)) return cleanInline(html) || undefined
  return cleanInline(parsePage(html).body?.textContent ?? '') || undefined
}

function mediaCredit(item: Loose): string | undefined {
  const media = obj(item.media)
  if (!media) return undefined
  const candidates = [media, ...list(media.contents), ...list(media.thumbnails), ...list(media.groups)]
  for (const group of list(media.groups)) candidates.push(...list(obj(group)?.contents))
  for (const c of candidates) {
    const credit = list(obj(c)?.credits).map(str).find(Boolean)
    if (credit) return cleanInline(credit)
  }
  return undefined
}

function authorsOf(item: Loose): string[] | undefined {
  const names = [
    ...list(item.authors).map(str),
    str(item.author),
    ...list(obj(item.dc)?.creators).map(str),
    str(obj(item.dc)?.creator),
  ]
    .filter((n): n is string => !!n)
    // RSS <author> is an e-mail address, often with the name in brackets: "redaktion@x.de (Anna Schmidt)"
    .map((n) => /\(([^)]+)\)\s*$/u.exec(n)?.[1] ?? n)
    .filter((n) => !/^\S+@\S+$/u.test(n))
  return names.length ? [...new Set(names.map(cleanInline))] : undefined
}

function itemOf(format: Feed['format'], raw: unknown): FeedItem {
  const item = obj(raw) ?? {}
  const dc = obj(item.dc)
  const links = list(item.links)
    .map(obj)
    .filter((l): l is Loose => !!l)
  const link =
    format === 'atom'
      ? str((links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0])?.href)
      : (str(item.link) ?? str(item.guid))
  const published = normalizeDate(
    str(item.pubDate) ?? str(item.published) ?? str(dc?.date) ?? str(item.updated) ?? str(list(dc?.dates)[0]),
  )
  const content = str(obj(item.content)?.encoded) ?? (format === 'atom' ? str(item.content) : undefined)
  const result: FeedItem = {
    title: plainText(str(item.title)),
    link,
    published,
    summary: plainText(str(item.description) ?? str(item.summary)),
    content,
    credit: mediaCredit(item),
    authors: authorsOf(item),
    id: str(item.guid) ?? str(item.id),
  }
  for (const key of Object.keys(result) as (keyof FeedItem)[])
    if (result[key] === undefined) delete result[key]
  return result
}

/**
 * Reads an RSS 2.0, Atom or RDF (RSS 1.0) feed with feedsmith and gives its items with ISO dates (German-written
 * dates included), plain-text summaries and photo credits. Anything that is not a feed is a coded error.
 */
export function readFeed(xml: string): Feed {
  if (typeof xml !== 'string')
    throw new LagebildError('LB_ARG_INVALID', 'readFeed expects the feed as a string')
  if (!xml.trim()) throw new LagebildError('LB_INPUT_EMPTY', 'the feed is empty')
  let parsed: ReturnType<typeof parseFeed>
  try {
    parsed = parseFeed(xml)
  } catch (error) {
    throw new LagebildError('LB_FEED_INVALID', `${(error as Error)?.message ?? error}`, { cause: error })
  }
  if (parsed.format === 'json') {
    throw new LagebildError('LB_FEED_INVALID', 'JSON Feed is not supported')
  }
  const feed = parsed.feed as unknown as Loose
  const rawItems = parsed.format === 'atom' ? list(feed.entries) : list(feed.items)
  const feedLinks = list(feed.links).map(obj)
  const result: Feed = {
    format: parsed.format,
    title: plainText(str(feed.title)),
    link: str(feed.link) ?? str(feedLinks.find((l) => l && (!l.rel || l.rel === 'alternate'))?.href),
    items: rawItems.map((raw) => itemOf(parsed.format as Feed['format'], raw)),
  }
  if (result.title === undefined) delete result.title
  if (result.link === undefined) delete result.link
  return result
}
