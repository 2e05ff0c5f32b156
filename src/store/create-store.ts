import { type ExpressionBuilder, type Kysely, type SelectQueryBuilder, sql } from 'kysely'
import type { Analysis } from '../document/index.ts'
import { analysisSchema, LagebildError } from '../document/index.ts'
import { outletName } from '../ingest/index.ts'
import {
  actorKey,
  countedKey,
  DEMAND,
  displayName,
  type EventReport,
  findDisagreements,
  followUpPromises,
  groupDemands,
  groupFigures,
  keyLabel,
  PROMISE,
  type QuantityReport,
} from '../link/index.ts'
import { queryWordStems, searchWords } from '../text/index.ts'
import type { ActorSummary, RoleFact, SearchHit } from './answer-types.ts'
import { withRetry } from './retry.ts'
import { type BatchItem, insertAnalyses } from './save-analysis.ts'
import type { Database } from './schema.ts'
import { markWords, queryStems, snippet } from './search-hit-text.ts'
import { storageErrorCode } from './storage-error.ts'
import type { ActorRef, Dialect, SearchFilter, Store } from './store-types.ts'

const MAX_PAGE = 500
/** PostgreSQL ranks at most this many of the newest matches (five times the page, when that is more). */
const PG_SEARCH_CANDIDATES = 500
const page = (limit: number | undefined) => Math.min(Math.max(1, limit ?? 100), MAX_PAGE)
/** A search counts its hits up to this many: beyond it the answer says "more than" rather than ranking them all. */
export const SEARCH_COUNT_CAP = 10_000
/** One key or several (an actor filter resolved from an alias may name several actors). */
const keyList = (actor: ActorRef): string[] => (typeof actor === 'string' ? [actor] : [...actor])

/** Newest article first, then by position in it: the order of the lists of quotes and of events. */
// the item's own id last: two events may start at the same word, and without it their order (and what falls
// inside a page) is whatever the database's physical order is
const newestFirst = (table: 'quotes' | 'events') =>
  sql`documents.published desc, ${sql.ref(`${table}.document_id`)}, ${sql.ref(`${table}.start`)}, ${sql.ref(
    `${table}.${table === 'events' ? 'event_id' : 'quote_id'}`,
  )}`

/**
 * "Lawrow Genf" → FTS5 terms that cannot break the query syntax: each word as written or by its stems (German and
 * English: the query does not know the rows' language), so "Venezuelas" finds "Venezuela" and "talks" "talked"
 * (`stems` holds the stems of the row's words by its article's language, migration 0009).
 */
function ftsQuery(q: string): string {
  return searchWords(q)
    .map(
      (w) =>
        `(body:"${w}"${queryWordStems(w)
          .map((stem) => ` OR stems:"${stem}"`)
          .join('')})`,
    )
    .join(' AND ')
}

/** The same for PostgreSQL: each word by the german configuration or by its stems; undefined without words. */
function tsQuery(q: string) {
  const words = searchWords(q)
  if (words.length === 0) return undefined
  return sql`(${sql.join(
    words.map(
      (w) =>
        sql`(plainto_tsquery('german', ${w}) || ${sql.join(
          queryWordStems(w).map((stem) => sql`plainto_tsquery('simple', ${stem})`),
          sql` || `,
        )})`,
    ),
    sql` && `,
  )})`
}

/** How many rows a filtered list query would give, counted in the database: one helper for every list's total. */
async function countRows<TB extends keyof Database>(
  query: SelectQueryBuilder<Database, TB, object>,
): Promise<number> {
  const row = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst()
  return Number(row?.n ?? 0)
}
/** An outlet asked for as any of its spellings ("dw.com", "DW.COM") is the one name it is stored under. */
const storedOutlet = (outlet: string) => outletName({ name: outlet }) ?? outlet

export function createStore(db: Kysely<Database>, dialect: Dialect, onClose: () => Promise<void>): Store {
  const eventsWithSource = () =>
    db
      .selectFrom('events')
      .innerJoin('documents', 'documents.id', 'events.document_id')
      .selectAll('events')
      .select(['documents.published', 'documents.outlet', 'documents.story_id'])

  const documentConditions =
    (filter: { outlet?: string; from?: string; to?: string }) =>
    (eb: ExpressionBuilder<Database, 'documents'>) => {
      const conditions = []
      if (filter.outlet) conditions.push(eb('documents.outlet', '=', storedOutlet(filter.outlet)))
      if (filter.from) conditions.push(eb('documents.published', '>=', filter.from))
      if (filter.to) conditions.push(eb('documents.published', '<=', `${filter.to}\uffff`))
      return eb.and(conditions)
    }

  const quoteConditions =
    (filter: { actor?: ActorRef; documentId?: string }) => (eb: ExpressionBuilder<Database, 'quotes'>) => {
      const conditions = []
      if (filter.actor !== undefined) {
        conditions.push(
          eb.exists(
            eb
              .selectFrom('quote_speakers as s')
              .select('s.actor_key')
              .whereRef('s.document_id', '=', 'quotes.document_id')
              .whereRef('s.quote_id', '=', 'quotes.quote_id')
              .where('s.actor_key', 'in', keyList(filter.actor)),
          ),
        )
      }
      if (filter.documentId) conditions.push(eb('quotes.document_id', '=', filter.documentId))
      return eb.and(conditions)
    }

  const hasParticipant =
    (keys: string[], role?: 'actor' | 'recipient') =>
    (eb: ExpressionBuilder<Database & { events: Database['events'] }, 'events'>) => {
      let sub = eb
        .selectFrom('event_participants as p')
        .select('p.actor_key')
        .whereRef('p.document_id', '=', 'events.document_id')
        .whereRef('p.event_id', '=', 'events.event_id')
        .where('p.actor_key', 'in', keys)
      if (role) sub = sub.where('p.role', '=', role)
      return eb.exists(sub)
    }

  /**
   * The display name of each key (`displayName`: the name most articles give it), and for a key no stored actor
   * names a label made from its words (`keyLabel`): an answer never shows a key where a name belongs.
   */
  const displayNames = async (keys: readonly string[]): Promise<Map<string, string>> => {
    const unique = [...new Set(keys)]
    const counts = new Map<string, Map<string, number>>()
    for (let i = 0; i < unique.length; i += 1000) {
      const rows = await db
        .selectFrom('actors')
        .select((eb) => ['actor_key', 'name', eb.fn.countAll<number>().as('n')])
        .where('actor_key', 'in', unique.slice(i, i + 1000))
        .groupBy(['actor_key', 'name'])
        .execute()
      for (const r of rows) {
        const names = counts.get(r.actor_key) ?? new Map<string, number>()
        names.set(r.name, (names.get(r.name) ?? 0) + Number(r.n))
        counts.set(r.actor_key, names)
      }
    }
    return new Map(
      unique.map((key) => [key, displayName(counts.get(key) ?? new Map()) ?? keyLabel(key)] as const),
    )
  }

  const eventConditions =
    (filter: { actor?: ActorRef; type?: string; documentId?: string; demands?: boolean }) =>
    (eb: ExpressionBuilder<Database, 'events'>) => {
      const conditions = []
      if (filter.demands) {
        conditions.push(eb('events.type', '=', DEMAND.type))
        conditions.push(eb('events.status', '=', DEMAND.status))
        conditions.push(eb('events.named', '=', 1))
      }
      if (filter.type) conditions.push(eb('events.type', '=', filter.type))
      if (filter.documentId) conditions.push(eb('events.document_id', '=', filter.documentId))
      if (filter.actor !== undefined) conditions.push(hasParticipant(keyList(filter.actor))(eb))
      return eb.and(conditions)
    }

  /** Event rows with their actors and recipients (corpus keys) and the names they go by. */
  const withParticipants = async (
    rows: (Database['events'] & {
      published: string | null
      outlet: string | null
      story_id: string | null
    })[],
  ): Promise<EventReport[]> => {
    const participants = rows.length
      ? await db
          .selectFrom('event_participants')
          .selectAll()
          .where('document_id', 'in', [...new Set(rows.map((r) => r.document_id))])
          .execute()
      : []
    const byEvent = new Map<string, typeof participants>()
    for (const p of participants) {
      const k = `${p.document_id}\u0000${p.event_id}`
      byEvent.set(k, [...(byEvent.get(k) ?? []), p])
    }
    const listed = rows.map((r) => byEvent.get(`${r.document_id}\u0000${r.event_id}`) ?? [])
    const names = await displayNames(listed.flat().map((p) => p.actor_key))
    const keysOf = (mine: typeof participants, role: string) =>
      mine.filter((p) => p.role === role).map((p) => p.actor_key)
    return rows.map((r, i) => {
      const mine = listed[i] ?? []
      const [actors, recipients] = [keysOf(mine, 'actor'), keysOf(mine, 'recipient')]
      return {
        documentId: r.document_id,
        id: r.event_id,
        type: r.type,
        status: r.status,
        when: r.when,
        actors,
        recipients,
        actorNames: actors.map((k) => names.get(k) ?? keyLabel(k)),
        recipientNames: recipients.map((k) => names.get(k) ?? keyLabel(k)),
        span: [Number(r.start), Number(r.end)] as [number, number],
        text: r.text,
        published: r.published,
        outlet: r.outlet,
        storyId: r.story_id,
      }
    })
  }

  /**
   * The board's demands, one row per demand with every outlet that reports it (link's `groupDemands`). Grouped
   * over all of them before a page is cut, so that a page and the count agree; demands are a small share of the
   * events.
   */
  const demands = async (filter: { actor?: ActorRef }) =>
    groupDemands(
      await withParticipants(
        await eventsWithSource()
          .where(eventConditions({ ...filter, demands: true }))
          .orderBy(newestFirst('events'))
          .execute(),
      ),
    )

  /** Summaries of the given actors (all when `keys` is absent), in key order. */
  const actorSummaries = async (keys?: string[]): Promise<ActorSummary[]> => {
    if (keys?.length === 0) return []
    // grouped in SQL: one row per key and spelling, not one per article (100,000 articles hold ~1.5M actor rows)
    let query = db
      .selectFrom('actors')
      .select((eb) => ['actor_key', 'name', 'kind', 'country', 'aliases', eb.fn.countAll<number>().as('n')])
      .groupBy(['actor_key', 'name', 'kind', 'country', 'aliases'])
      .orderBy('actor_key')
    if (keys) query = query.where('actor_key', 'in', keys)
    const rows = await query.execute()
    // a joint statement counts for each of its speakers
    let quoteQuery = db
      .selectFrom('quote_speakers')
      .select(['actor_key', db.fn.countAll<number>().as('n')])
      .groupBy('actor_key')
    if (keys) quoteQuery = quoteQuery.where('actor_key', 'in', keys)
    const quotes = new Map((await quoteQuery.execute()).map((r) => [r.actor_key, Number(r.n)]))
    const byKey = new Map<string, ActorSummary & { names: Map<string, number> }>()
    for (const row of rows) {
      const n = Number(row.n)
      let actor = byKey.get(row.actor_key)
      if (!actor) {
        actor = {
          key: row.actor_key,
          name: row.name,
          kind: row.kind,
          country: row.country,
          aliases: [],
          documents: 0,
          quotes: quotes.get(row.actor_key) ?? 0,
          names: new Map(),
        }
        byKey.set(row.actor_key, actor)
      }
      // an actor is one row per article it appears in
      actor.documents += n
      actor.names.set(row.name, (actor.names.get(row.name) ?? 0) + n)
      for (const alias of JSON.parse(row.aliases) as string[])
        if (!actor.aliases.includes(alias)) actor.aliases.push(alias)
      for (const name of actor.names.keys()) if (!actor.aliases.includes(name)) actor.aliases.push(name)
      actor.country ??= row.country
    }
    return [...byKey.values()].map(({ names, ...actor }) => {
      // the name most articles use is the display name, as in every answer that names actors
      const name = displayName(names) ?? actor.name
      return { ...actor, name, aliases: actor.aliases.filter((a) => a !== name) }
    })
  }

  /** An actor's roles by role and country, with the first and last article date that gives each, latest first. */
  const roleFacts = async (key: string): Promise<RoleFact[]> => {
    const rows = await db
      .selectFrom('actor_roles')
      .select((eb) => [
        'role',
        'country',
        // '' is an undated article: it counts, but gives no date
        eb.fn.min(eb.fn('nullif', ['as_of', sql.lit('')])).as('first'),
        eb.fn.max(eb.fn('nullif', ['as_of', sql.lit('')])).as('last'),
        eb.fn.count<number>('document_id').distinct().as('n'),
      ])
      .where('actor_key', '=', key)
      .groupBy(['role', 'country'])
      .execute()
    return rows
      .map((r) => ({
        role: r.role,
        country: r.country,
        from: (r.first as string | null) ?? null,
        to: (r.last as string | null) ?? null,
        documents: Number(r.n),
      }))
      .sort(
        (a, b) =>
          (b.to ?? '').localeCompare(a.to ?? '') || b.documents - a.documents || a.role.localeCompare(b.role),
      )
  }

  /** One analysis in one transaction; a concurrent writer of the same text is the idempotent outcome. */
  const saveOne = async (item: BatchItem): Promise<{ id: string; created: boolean; storyId: string }> => {
    const { id } = item.analysis
    const stored = () =>
      db.selectFrom('documents').select(['id', 'story_id']).where('id', '=', id).executeTakeFirst()
    const existing = await stored()
    if (existing) return { id, created: false, storyId: existing.story_id ?? existing.id }
    try {
      // another writer holding the lock, or a deadlock it lost: the whole transaction again, after a pause
      const [storyId] = await withRetry(() =>
        db.transaction().execute((trx) => insertAnalyses(trx, [item], new Date().toISOString())),
      )
      return { id, created: true, storyId: storyId as string }
    } catch (error) {
      const again = await stored()
      if (again) return { id, created: false, storyId: again.story_id ?? again.id }
      throw error
    }
  }

  /** Every stored quantity that says what it counts, with its article's outlet and date. */
  const quantityReports = async (filter: { from?: string; to?: string }): Promise<QuantityReport[]> => {
    let query = db
      .selectFrom('quantities as q')
      .innerJoin('documents as d', 'd.id', 'q.document_id')
      .select([
        'q.document_id',
        'q.value',
        'q.approx',
        'q.unit',
        'q.of',
        'q.start',
        'q.end',
        'q.text',
        'd.outlet',
        'd.published',
      ])
      .where('q.of', 'is not', null)
    if (filter.from) query = query.where('d.published', '>=', filter.from)
    if (filter.to) query = query.where('d.published', '<=', `${filter.to}\uffff`)
    const rows = await query.execute()
    return rows.map((r) => ({
      documentId: r.document_id,
      outlet: r.outlet,
      published: r.published,
      value: Number(r.value),
      approx: Number(r.approx) === 1,
      unit: r.unit,
      of: r.of,
      span: [Number(r.start), Number(r.end)] as [number, number],
      text: r.text,
    }))
  }

  return {
    dialect,

    saveAnalysis: async (analysis, meta = {}) => saveOne({ analysis: analysisSchema.parse(analysis), meta }),

    async saveAnalyses(items) {
      const checked = items.map(({ analysis, meta, prepared }) => ({
        analysis: analysisSchema.parse(analysis),
        meta: meta ?? {},
        ...(prepared ? { prepared } : {}),
      }))
      const stories = new Map<string, string>()
      for (let i = 0; i < checked.length; i += 1000) {
        const ids = checked.slice(i, i + 1000).map((c) => c.analysis.id)
        for (const row of await db
          .selectFrom('documents')
          .select(['id', 'story_id'])
          .where('id', 'in', ids)
          .execute())
          stories.set(row.id, row.story_id ?? row.id)
      }
      // the same text twice in one batch is stored once, with what it came with first
      const seen = new Set(stories.keys())
      const fresh = checked.filter((c) => !seen.has(c.analysis.id) && seen.add(c.analysis.id))
      try {
        const found = fresh.length
          ? await withRetry(() =>
              db.transaction().execute((trx) => insertAnalyses(trx, fresh, new Date().toISOString())),
            )
          : []
        const created = new Set<string>()
        for (const [i, c] of fresh.entries()) {
          stories.set(c.analysis.id, found[i] as string)
          created.add(c.analysis.id)
        }
        return checked.map(({ analysis }) => ({
          id: analysis.id,
          // only the first of copies in the batch is the one created
          created: created.delete(analysis.id),
          storyId: stories.get(analysis.id) as string,
        }))
      } catch (error) {
        // a full disk or a lost server fails every article alike: say so once instead of trying each
        if (storageErrorCode(error)) throw error
        // a concurrent writer, or one article the database refuses: one transaction each, as saveAnalysis does
        const results = []
        for (const item of checked) results.push(await saveOne(item))
        return results
      }
    },

    async ping() {
      await sql`select 1`.execute(db)
    },

    async getAnalysis(id) {
      const row = await db.selectFrom('documents').select('analysis').where('id', '=', id).executeTakeFirst()
      return row ? (JSON.parse(row.analysis) as Analysis) : undefined
    },

    async listDocuments(filter = {}) {
      const query = db
        .selectFrom('documents')
        .select((eb) => [
          'id',
          'title',
          'outlet',
          'published',
          'uri',
          'lang',
          'story_id as storyId',
          eb
            .selectFrom('quotes')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('quotes.document_id', '=', 'documents.id')
            .as('quotes'),
          eb
            .selectFrom('events')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('events.document_id', '=', 'documents.id')
            .as('events'),
        ])
        .orderBy('published', 'desc')
        .orderBy('id')
        .where(documentConditions(filter))
        .limit(page(filter.limit))
        .offset(filter.offset ?? 0)
      const rows = await query.execute()
      return rows.map((r) => ({ ...r, quotes: Number(r.quotes ?? 0), events: Number(r.events ?? 0) }))
    },

    async listQuotes(filter = {}) {
      const query = db
        .selectFrom('quotes')
        .innerJoin('documents', 'documents.id', 'quotes.document_id')
        .leftJoin('actors', (join) =>
          join
            .onRef('actors.document_id', '=', 'quotes.document_id')
            .onRef('actors.actor_key', '=', 'quotes.speaker_key'),
        )
        .select([
          'quotes.document_id',
          'quotes.quote_id',
          'quotes.kind',
          'quotes.speaker_key',
          'actors.name as speaker_name',
          'quotes.start',
          'quotes.end',
          'quotes.text',
          'documents.published',
          'documents.outlet',
        ])
        .where(quoteConditions(filter))
        .orderBy(newestFirst('quotes'))
        .limit(page(filter.limit))
        .offset(filter.offset ?? 0)
      const rows = await query.execute()
      return rows.map((r) => ({
        documentId: r.document_id,
        id: r.quote_id,
        kind: r.kind,
        speaker: r.speaker_key,
        speakerName: r.speaker_name,
        span: [Number(r.start), Number(r.end)] as [number, number],
        text: r.text,
        published: r.published,
        outlet: r.outlet,
      }))
    },

    async listEvents(filter = {}) {
      const query = eventsWithSource()
        .where(eventConditions(filter))
        .orderBy(newestFirst('events'))
        .limit(page(filter.limit))
        .offset(filter.offset ?? 0)
      return withParticipants(await query.execute())
    },

    async listDemands(filter = {}) {
      const offset = filter.offset ?? 0
      return (await demands(filter)).slice(offset, offset + page(filter.limit))
    },

    async countDocuments(filter = {}) {
      return countRows(db.selectFrom('documents').where(documentConditions(filter)))
    },

    async countQuotes(filter = {}) {
      return countRows(db.selectFrom('quotes').where(quoteConditions(filter)))
    },

    async countEvents(filter = {}) {
      return countRows(db.selectFrom('events').where(eventConditions(filter)))
    },

    async countDemands(filter = {}) {
      return (await demands(filter)).length
    },

    async countActors() {
      const row = await db
        .selectFrom('actors')
        .select((eb) => eb.fn.count<number>('actor_key').distinct().as('n'))
        .executeTakeFirst()
      return Number(row?.n ?? 0)
    },

    async findActorKeys(ref) {
      const keysWhere = async (
        where: (
          eb: ExpressionBuilder<Database, 'actors'>,
        ) => ReturnType<ExpressionBuilder<Database, 'actors'>['and']>,
      ) =>
        (
          await db
            .selectFrom('actors')
            .select((eb) => ['actor_key', eb.fn.countAll<number>().as('n')])
            .where(where)
            .groupBy('actor_key')
            .execute()
        )
          // the actor most articles name first
          .sort((a, b) => Number(b.n) - Number(a.n) || (a.actor_key < b.actor_key ? -1 : 1))
          .map((r) => r.actor_key)
      // the cheap ways first, each an index lookup: the key itself; a person's id as an analysis spells it
      // ("per:dmitri-peskow") keyed by its name the way the store keys it ("per:dmitri-peskov"); a body or
      // group of no name ("org:local:polizei") in every story it was saved in ("org:local:polizei@<story>")
      const candidates = [ref]
      if (/^per:/u.test(ref))
        candidates.push(actorKey({ id: ref, kind: 'person', name: ref.slice(4).replace(/[-_]+/gu, ' ') }))
      else if (!ref.includes(':')) {
        const asName = actorKey({ id: ref, kind: 'person', name: ref })
        if (asName !== ref) candidates.push(asName)
      }
      const byKey = await keysWhere((eb) => eb.and([eb('actor_key', 'in', candidates)]))
      if (byKey.length) return byKey
      const local = await keysWhere((eb) =>
        eb.and([eb('actor_key', '>=', `${ref}@`), eb('actor_key', '<', `${ref}A`)]),
      )
      if (local.length) return local
      // then the slower ways (no index): a document's own actor id, a name or an alias
      return keysWhere((eb) =>
        eb.or([
          eb('actor_id', '=', ref),
          eb('name', '=', ref),
          // the aliases are a JSON array: the alias in quotes, its LIKE wildcards escaped
          sql<boolean>`aliases like ${`%${JSON.stringify(ref).replace(/[!%_]/gu, '!$&')}%`} escape '!'`,
        ]),
      )
    },

    async listActors(paging = {}) {
      if (paging.limit === undefined && !paging.offset) return actorSummaries()
      // a page of keys first: grouping the whole actors table for one page would cost as much as listing all
      let keys = db.selectFrom('actors').select('actor_key').distinct().orderBy('actor_key')
      if (paging.limit !== undefined) keys = keys.limit(Math.max(1, paging.limit))
      if (paging.offset) keys = keys.offset(paging.offset)
      return actorSummaries((await keys.execute()).map((r) => r.actor_key))
    },

    async getActor(key) {
      const actor = (await actorSummaries([key]))[0]
      if (!actor) return undefined
      return { ...actor, roles: await roleFacts(key) }
    },

    async getActorTimeline(key, options = {}) {
      const limit = options.limit
      const before = options.before ? parseTimelineCursor(options.before) : undefined
      /**
       * Rows of one kind older than the cursor, newest first, in the order (date, document, position, kind, id).
       * The date is stored beside the row (an event's own calendar date where the text gives one, else the
       * article's), and the index over (actor, date, document, position, id) gives this order: the newest page
       * is a range scan, not a sort of every item of the actor.
       */
      const olderFirst = (kind: 'quote' | 'event', table: 's' | 'p') => {
        const [date, documentId, start, id] = [
          sql.ref(`${table}.timeline_date`),
          sql.ref(`${table}.document_id`),
          sql.ref(`${table}.start`),
          sql.ref(`${table}.${kind}_id`),
        ]
        const order = sql`${date} desc, ${documentId} desc, ${start} desc, ${id} desc`
        if (!before) return { older: sql<boolean>`1 = 1`, order }
        const [d, doc, position, cursorKind, cursorId] = before
        const at = sql`(${date}, ${documentId}, ${start})`
        // at the same position an event comes before a quote
        const older =
          kind === cursorKind
            ? sql<boolean>`(${date}, ${documentId}, ${start}, ${id}) < (${d}, ${doc}, ${position}, ${cursorId})`
            : kind < cursorKind
              ? sql<boolean>`${at} <= (${d}, ${doc}, ${position})`
              : sql<boolean>`${at} < (${d}, ${doc}, ${position})`
        return { older, order }
      }
      const quotePage = olderFirst('quote', 's')
      const eventPage = olderFirst('event', 'p')
      // with a limit, one more than asked tells whether older items remain
      const take = limit ? limit + 1 : undefined
      // every quote the actor speaks, alone or jointly
      let quoteQuery = db
        .selectFrom('quote_speakers as s')
        .innerJoin('quotes as q', (join) =>
          join.onRef('q.document_id', '=', 's.document_id').onRef('q.quote_id', '=', 's.quote_id'),
        )
        .innerJoin('documents', 'documents.id', 's.document_id')
        .select([
          's.document_id as documentId',
          's.quote_id as id',
          'q.kind as label',
          'q.text',
          's.start',
          'documents.outlet',
          's.timeline_date as date',
        ])
        .where('s.actor_key', '=', key)
        .where(quotePage.older)
        .orderBy(quotePage.order)
      if (take) quoteQuery = quoteQuery.limit(take)
      // an actor may take part in one event twice (as actor and recipient): each event once, then its row
      let mine = db
        .selectFrom('event_participants as p')
        .select(['p.timeline_date', 'p.document_id', 'p.start', 'p.event_id'])
        .distinct()
        .where('p.actor_key', '=', key)
        // only events that name who acted (link's isNamedEvent); the index leads with (actor, named)
        .where('p.named', '=', 1)
        .where(eventPage.older)
        .orderBy(eventPage.order)
      if (take) mine = mine.limit(take)
      const eventQuery = db
        .selectFrom(mine.as('p'))
        .innerJoin('events', (join) =>
          join.onRef('events.document_id', '=', 'p.document_id').onRef('events.event_id', '=', 'p.event_id'),
        )
        .innerJoin('documents', 'documents.id', 'p.document_id')
        .select([
          'p.document_id as documentId',
          'p.event_id as id',
          'events.type as label',
          'events.text',
          'p.start',
          'documents.outlet',
          'p.timeline_date as date',
        ])
      // how many items the whole timeline holds, whatever page this is: the reader's "200 of 1,340"
      const counted = (query: ReturnType<typeof sql>) =>
        sql<{ n: number }>`select count(*) as n from (${query}) c`
          .execute(db)
          .then((r) => Number(r.rows[0]?.n ?? 0))
      const quoteCount = counted(sql`select 1 from quote_speakers where actor_key = ${key}`)
      // an event the actor takes part in twice (actor and recipient) counts once, as it is listed once
      const eventCount = counted(
        sql`select distinct document_id, event_id from event_participants where actor_key = ${key} and named = 1`,
      )
      const [quotes, events, quoteTotal, eventTotal] = await Promise.all([
        quoteQuery.execute(),
        eventQuery.execute(),
        quoteCount,
        eventCount,
      ])
      const items: TimelineRow[] = [
        ...quotes.map((q) => ({ ...q, kind: 'quote' as const, order: Number(q.start) })),
        ...events.map((e) => ({ ...e, kind: 'event' as const, order: Number(e.start) })),
      ].sort((a, b) => compareTimeline(b, a))
      const kept = limit ? items.slice(0, limit) : items
      const oldest = kept.at(-1)
      return {
        items: kept.reverse().map((r) => ({
          date: r.date || null,
          documentId: r.documentId,
          outlet: r.outlet,
          kind: r.kind,
          id: r.id,
          label: r.label,
          text: r.text,
        })),
        older: oldest && items.length > kept.length ? timelineCursor(oldest) : null,
        total: quoteTotal + eventTotal,
      }
    },

    async search(q, filter: SearchFilter = {}) {
      const limit = page(filter.limit ?? 50)
      const offset = Math.max(0, filter.offset ?? 0)
      const where = searchConditions(filter)
      const filtered = where !== undefined
      let rows: {
        document_id: string
        kind: string
        ref: string
        body: string
        title: string | null
        outlet: string | null
        published: string | null
        quote_kind: string | null
        speaker_key: string | null
        speaker_name: string | null
      }[]
      // a quote's kind and first speaker, with the name its article gives the speaker
      const hitColumns = sql`s.document_id, s.kind, s.ref, s.body, d.title, d.outlet, d.published,
        q.kind as quote_kind, q.speaker_key,
        (select a.name from actors a where a.document_id = q.document_id and a.actor_key = q.speaker_key
          order by a.actor_id limit 1) as speaker_name`
      const quoteOfHit = sql`left join quotes q on s.kind = 'quote' and q.document_id = s.document_id and q.quote_id = s.ref`
      if (dialect === 'sqlite') {
        const match = ftsQuery(q)
        if (!match) return []
        // the page is ranked first; only its rows look up their quote and speaker
        const result = await sql<(typeof rows)[number]>`with top as (select s.rowid as id, s.rank as score
            from search_rows s join documents d on d.id = s.document_id
            where search_rows match ${match} and ${where ?? sql`1 = 1`} order by s.rank limit ${limit} offset ${offset})
          select ${hitColumns}
          from top join search_rows s on s.rowid = top.id join documents d on d.id = s.document_id ${quoteOfHit}
          order by top.score`.execute(db)
        rows = result.rows
      } else {
        // GIN has no positions or scores: ranking every match reads every matching row, so the cost grew with
        // the corpus. Only the newest matches are ranked (the planner walks the primary key backwards for a
        // common word, or takes the GIN index for a rare one): the cost is bounded by `candidates`, not the corpus.
        const query = tsQuery(q)
        if (!query) return []
        const candidates = Math.max(PG_SEARCH_CANDIDATES, (offset + limit) * 5)
        const result = await sql<(typeof rows)[number]>`with candidates as materialized (
            select s.id, s.tsv from search_rows s
            where s.tsv @@ ${query}${filtered ? sql` and exists (select 1 from documents d where d.id = s.document_id and ${where})` : sql``}
            order by s.id desc limit ${candidates}),
          top as (select id, ts_rank(tsv, ${query}) as score from candidates order by score desc, id desc limit ${limit} offset ${offset})
          select ${hitColumns}
          from top join search_rows s on s.id = top.id join documents d on d.id = s.document_id ${quoteOfHit}
          order by top.score desc, top.id desc`.execute(db)
        rows = result.rows
      }
      const stems = queryStems(q)
      return rows.map((r): SearchHit => {
        const text = r.kind === 'quote' ? r.body : snippet(r.body, stems)
        return {
          documentId: r.document_id,
          kind: r.kind === 'quote' ? 'quote' : 'document',
          ref: r.ref,
          title: r.title,
          outlet: r.outlet,
          published: r.published,
          text,
          marks: markWords(text, stems),
          quoteKind: r.quote_kind,
          speaker: r.speaker_key,
          speakerName: r.speaker_name,
        }
      })
    },

    async countSearch(q, filter: SearchFilter = {}) {
      const where = searchConditions(filter)
      if (dialect === 'sqlite') {
        const match = ftsQuery(q)
        if (!match) return 0
        const result = await sql<{ n: number }>`select count(*) as n from (select 1
          from search_rows s join documents d on d.id = s.document_id
          where search_rows match ${match} and ${where ?? sql`1 = 1`} limit ${SEARCH_COUNT_CAP + 1}) hits`.execute(
          db,
        )
        return Number(result.rows[0]?.n ?? 0)
      }
      const query = tsQuery(q)
      if (!query) return 0
      const result = await sql<{ n: number }>`select count(*) as n from (select 1 from search_rows s
          where s.tsv @@ ${query}${where ? sql` and exists (select 1 from documents d where d.id = s.document_id and ${where})` : sql``}
          limit ${SEARCH_COUNT_CAP + 1}) hits`.execute(db)
      return Number(result.rows[0]?.n ?? 0)
    },

    async hasDocument(id) {
      return !!(await db.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst())
    },

    async getActorKeys(documentId) {
      const known = await db
        .selectFrom('documents')
        .select('id')
        .where('id', '=', documentId)
        .executeTakeFirst()
      if (!known) return undefined
      const rows = await db
        .selectFrom('actors')
        .select(['actor_id', 'actor_key'])
        .where('document_id', '=', documentId)
        .execute()
      return Object.fromEntries(rows.map((r) => [r.actor_id, r.actor_key]))
    },

    async listStories(filter = {}) {
      let groups = db
        .selectFrom('documents')
        .select((eb) => ['story_id', eb.fn.max('published').as('last')])
        .where('story_id', 'is not', null)
        .groupBy('story_id')
        .having((eb) => eb.fn.countAll(), '>', 1)
        .orderBy('last', 'desc')
        .orderBy('story_id')
        .limit(page(filter.limit))
        .offset(filter.offset ?? 0)
      if (filter.from) groups = groups.where('published', '>=', filter.from)
      if (filter.to) groups = groups.where('published', '<=', `${filter.to}\uffff`)
      const ids = (await groups.execute()).map((g) => g.story_id as string)
      if (ids.length === 0) return []
      const docs = await db
        .selectFrom('documents')
        .select(['id', 'title', 'outlet', 'published', 'uri', 'story_id'])
        .where('story_id', 'in', ids)
        .orderBy('published')
        .orderBy('id')
        .execute()
      return ids.map((id) => ({
        id,
        sources: docs
          .filter((d) => d.story_id === id)
          .map((d) => ({ id: d.id, title: d.title, outlet: d.outlet, published: d.published, uri: d.uri })),
      }))
    },

    async listDisagreements(filter = {}) {
      const found = findDisagreements(await quantityReports(filter))
      const of = filter.of
      return of ? found.filter((d) => countedKey(d.of) === countedKey(of)) : found
    },

    async listFigures(filter = {}) {
      const groups = groupFigures(await quantityReports(filter))
      const of = filter.of
      return of ? groups.filter((g) => countedKey(g.of) === countedKey(of)) : groups
    },

    async listPromises(filter = {}) {
      // the board's promises and the reports that follow them up name who acted (link's isNamedEvent)
      let query = eventsWithSource()
        .where('events.type', '=', PROMISE.type)
        .where('events.status', '=', PROMISE.status)
        .where('events.named', '=', 1)
      if (filter.actor !== undefined) query = query.where(hasParticipant(keyList(filter.actor), 'actor'))
      const promises = await withParticipants(await query.execute())
      const actors = [...new Set(promises.flatMap((p) => p.actors))]
      const later = actors.length
        ? await withParticipants(
            await eventsWithSource()
              .where('events.status', 'in', ['occurred', 'denied'])
              .where('events.named', '=', 1)
              .where(hasParticipant(actors, 'actor'))
              .execute(),
          )
        : []
      const latest = await db
        .selectFrom('documents')
        .select((eb) => eb.fn.max('published').as('p'))
        .executeTakeFirst()
      const followed = followUpPromises(promises, later, latest?.p ?? null)
      return filter.state ? followed.filter((f) => f.state === filter.state) : followed
    },

    async *eachDocument(batchSize = 200) {
      let after = ''
      for (;;) {
        const rows = await db
          .selectFrom('documents')
          .select(['id', 'analysis', 'title', 'outlet', 'published', 'uri', 'story_id'])
          .where('id', '>', after)
          .orderBy('id')
          .limit(batchSize)
          .execute()
        const last = rows.at(-1)
        if (!last) return
        const keys = await db
          .selectFrom('actors')
          .select(['document_id', 'actor_id', 'actor_key'])
          .where(
            'document_id',
            'in',
            rows.map((r) => r.id),
          )
          .execute()
        for (const r of rows) {
          yield {
            analysis: JSON.parse(r.analysis) as Analysis,
            title: r.title,
            outlet: r.outlet,
            published: r.published,
            uri: r.uri,
            storyId: r.story_id,
            actorKeys: Object.fromEntries(
              keys.filter((k) => k.document_id === r.id).map((k) => [k.actor_id, k.actor_key]),
            ),
          }
        }
        after = last.id
      }
    },

    close: onClose,
  }
}

/** The search filters as SQL over the documents `d` (and the row `s`), undefined when there are none. */
function searchConditions(filter: SearchFilter) {
  const conditions = []
  if (filter.kind) conditions.push(sql`s.kind = ${filter.kind}`)
  if (filter.outlet) conditions.push(sql`d.outlet = ${storedOutlet(filter.outlet)}`)
  if (filter.from) conditions.push(sql`d.published >= ${filter.from}`)
  if (filter.to) conditions.push(sql`d.published <= ${`${filter.to}\uffff`}`)
  if (filter.actor !== undefined) {
    conditions.push(
      sql`exists (select 1 from actors a where a.document_id = d.id and a.actor_key in (${sql.join(keyList(filter.actor))}))`,
    )
  }
  if (filter.eventType) {
    conditions.push(
      sql`exists (select 1 from events e where e.document_id = d.id and e.type = ${filter.eventType})`,
    )
  }
  return conditions.length ? sql.join(conditions, sql` and `) : undefined
}

interface TimelineRow {
  date: string
  documentId: string
  order: number
  kind: 'quote' | 'event'
  id: string
  outlet: string | null
  label: string
  text: string
}

/** The order of a timeline: date, article, position in it; at one position an event before a quote. */
function compareTimeline(a: TimelineRow, b: TimelineRow): number {
  const pairs: [string | number, string | number][] = [
    [a.date, b.date],
    [a.documentId, b.documentId],
    [a.order, b.order],
    [a.kind, b.kind],
    [a.id, b.id],
  ]
  for (const [x, y] of pairs) if (x !== y) return x < y ? -1 : 1
  return 0
}

type TimelineCursor = [date: string, documentId: string, order: number, kind: string, id: string]

/** An opaque token for "older than this item", to ask for the next page. */
function timelineCursor(row: TimelineRow): string {
  const cursor: TimelineCursor = [row.date, row.documentId, row.order, row.kind, row.id]
  return Buffer.from(JSON.stringify(cursor)).toString('base64url')
}

/** A token from `timelineCursor`, or a plain date ("2022-01-21": everything dated before that day). */
function parseTimelineCursor(before: string): TimelineCursor {
  if (/^\d{4}-\d{2}-\d{2}$/u.test(before)) return [before, '', -1, '', '']
  try {
    const cursor = JSON.parse(Buffer.from(before, 'base64url').toString('utf8')) as unknown
    if (
      Array.isArray(cursor) &&
      cursor.length === 5 &&
      typeof cursor[0] === 'string' &&
      typeof cursor[1] === 'string' &&
      typeof cursor[2] === 'number' &&
      typeof cursor[3] === 'string' &&
      typeof cursor[4] === 'string'
    )
      return cursor as TimelineCursor
  } catch {
    // falls through to the coded error
  }
  throw new LagebildError('LB_ARG_INVALID', `"before" is neither a date (YYYY-MM-DD) nor a timeline cursor`)
}
