import type {
  ActorSummary,
  DemandRow,
  DocumentSummary,
  EventRow,
  FigureGroup,
  PromiseFollowUp,
  SearchHit,
  TimelineItem,
} from '../../src/serve/api-types.ts'
import { t } from './i18n.ts'

// the answers of the API, defined once for the server and this app
export type * from '../../src/serve/api-types.ts'

/** The analysis@1 contract as the UI reads it (see CONTRACT.md); spans slice `text`. */
export type Span = [number, number]

export interface Actor {
  id: string
  name: string
  aliases: string[]
  kind: string
  country?: string
  roles?: string[]
}

export interface Quote {
  id: string
  span: Span
  kind: string
  medium?: string
  speaker?: string
  /** every actor of a joint statement ("Blinken und Lawrow"); `speaker` is the first */
  speakers?: string[]
  addressee?: string
  speakerMention?: Span
  cue?: Span[]
  via?: string[]
  /** the quote whose words hold this one (speech reported inside a quotation) */
  within?: string
  /** the id of the rule that made the quote; absent in analyses stored before rules were kept */
  rule?: string
}

export interface Event {
  id: string
  type: string
  status: string
  actor: string[]
  recipient: string[]
  span: Span
  when?: string
  where?: string[]
  quote?: string
  /** the id of the rule that made the event; absent in analyses stored before rules were kept */
  rule?: string
}

export interface Analysis {
  id: string
  text: string
  /** the article's language (ISO 639-1) */
  lang: string
  source?: { uri?: string; outlet?: string; published?: string }
  structure: {
    title?: Span
    kicker?: Span
    lead?: Span
    blocks: { kind: string; span: Span; caption?: Span; alt?: Span; credit?: Span }[]
  }
  sentences: Span[]
  entities: { span: Span; type: string; actor?: string }[]
  actors: Actor[]
  quotes: Quote[]
  events: Event[]
  quantities: { span: Span; value: number; approx?: boolean; unit?: string; of?: string }[]
  times: { span: Span; type: string; value: string }[]
}

const TOKEN_KEY = 'lagebild.token'

/**
 * fetch with the server's bearer token, when it has one: kept in localStorage, asked for once on a 401 (a server
 * started with --token) and the request sent again. A wrong token is forgotten, so the next 401 asks anew.
 */
async function authorizedFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const send = (token: string | null) => {
    const headers = new Headers(init.headers)
    if (token) headers.set('authorization', `Bearer ${token}`)
    return fetch(path, { ...init, headers })
  }
  const stored = localStorage.getItem(TOKEN_KEY)
  const response = await send(stored)
  if (response.status !== 401) return response
  if (stored) localStorage.removeItem(TOKEN_KEY)
  const token = window.prompt(t('auth.prompt'))?.trim()
  if (!token) return response
  const again = await send(token)
  if (again.status !== 401) localStorage.setItem(TOKEN_KEY, token)
  return again
}

/** A route the server may not have yet (an older server): undefined instead of an error on 404. */
async function optional<T>(path: string): Promise<T | undefined> {
  const response = await authorizedFetch(path)
  if (response.status === 404) return undefined
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`)
  return (await response.json()) as T
}

async function get<T>(path: string): Promise<T> {
  const response = await authorizedFetch(path)
  if (!response.ok)
    throw new Error(
      `${response.status} ${(await response.json().catch(() => ({})))?.message ?? response.statusText}`,
    )
  return (await response.json()) as T
}

/** One page of a list, as every list route answers it: its rows, how many there are in all, the next page's cursor. */
export interface Page<T> {
  rows: T[]
  total: number
  /** `total` is a lower bound: a search counts its hits only up to a cap */
  totalCapped: boolean
  nextCursor: string | null
}

/** A page of the list `name` at `path`; `params` are the filters, `cursor` the last page's `nextCursor`. */
async function listPage<T>(
  path: string,
  name: string,
  params: URLSearchParams,
  cursor?: string | null,
  /** an older server without this route: an empty list instead of an error */
  missingIsEmpty = false,
): Promise<Page<T>> {
  const query = new URLSearchParams(params)
  if (cursor) query.set('cursor', cursor)
  type Answer = Record<string, unknown> & { total: number; totalCapped?: boolean; nextCursor: string | null }
  const url = `${path}?${query}`
  const answer = missingIsEmpty ? await optional<Answer>(url) : await get<Answer>(url)
  if (!answer) return { rows: [], total: 0, totalCapped: false, nextCursor: null }
  return {
    rows: answer[name] as T[],
    total: answer.total,
    totalCapped: answer.totalCapped ?? false,
    nextCursor: answer.nextCursor,
  }
}

const limit = (n: number) => new URLSearchParams({ limit: String(n) })

export const api = {
  /** the newest articles, a page at a time */
  documentPage: (pageSize: number, cursor?: string | null) =>
    listPage<DocumentSummary>('/api/documents', 'documents', limit(pageSize), cursor),
  /** the newest 500 articles (what the search form offers its outlets from) */
  documents: () => get<{ documents: DocumentSummary[] }>('/api/documents?limit=500').then((r) => r.documents),
  analysis: (id: string) => get<Analysis>(`/api/documents/${encodeURIComponent(id)}/analysis`),
  actorKeys: (id: string) =>
    get<{ keys: Record<string, string> }>(`/api/documents/${encodeURIComponent(id)}/actor-keys`).then(
      (r) => r.keys,
    ),
  /** actors in key order, up to the API's largest page (5,000) */
  actors: () => get<{ actors: ActorSummary[] }>('/api/actors?limit=5000').then((r) => r.actors),
  actor: (key: string) => get<ActorSummary>(`/api/actors/${encodeURIComponent(key)}`),
  /** the newest `limit` items before `before` (a cursor from `older`), oldest first */
  timeline: (key: string, page: { limit: number; before?: string | null }) => {
    const query = new URLSearchParams({ limit: String(page.limit) })
    if (page.before) query.set('before', page.before)
    return get<{ timeline: TimelineItem[]; older: string | null; total: number }>(
      `/api/actors/${encodeURIComponent(key)}/timeline?${query}`,
    )
  },
  events: (query = '') => get<{ events: EventRow[] }>(`/api/events${query}`).then((r) => r.events),
  /** the board's demands: REQUEST demanded, naming who demands, each party with its display name */
  /** every counted thing with its reports across the corpus, those in dispute first */
  figurePage: (pageSize: number, cursor?: string | null) =>
    listPage<FigureGroup>('/api/figures', 'figures', limit(pageSize), cursor, true),
  demandPage: (pageSize: number, cursor?: string | null) =>
    listPage<DemandRow>('/api/demands', 'demands', limit(pageSize), cursor),
  /** promises and their follow-up */
  promisePage: (pageSize: number, cursor?: string | null) =>
    listPage<PromiseFollowUp>('/api/promises', 'promises', limit(pageSize), cursor, true),
  /** `params`: q and the filters (kind, actor, outlet, eventType, from, to), `limit` among them */
  searchPage: (params: URLSearchParams, cursor?: string | null) =>
    listPage<SearchHit>('/api/search', 'results', params, cursor),
  async ingest(body: {
    text: string
    published?: string
    outlet?: string
  }): Promise<{ id: string; created: boolean }> {
    const response = await authorizedFetch('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    const json = await response.json().catch(() => ({}))
    if (!response.ok) throw new Error(`${response.status} ${json.message ?? response.statusText}`)
    return json
  },
}
