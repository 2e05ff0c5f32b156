import { type Kysely, sql, type Transaction } from 'kysely'
import type { Analysis, Span } from '../document/index.ts'
import { analysisSchema } from '../document/index.ts'
import { actorKey } from './actor-key.ts'
import type { Database } from './schema.ts'
import type {
  ActorSummary,
  Dialect,
  SaveMeta,
  SearchFilter,
  SearchHit,
  Store,
  TimelineItem,
} from './store-types.ts'

const MAX_PAGE = 500
const page = (limit: number | undefined) => Math.min(Math.max(1, limit ?? 100), MAX_PAGE)

function slice(text: string, span: Span): string {
  return text.slice(span[0], span[1])
}

function titleOf(analysis: Analysis, meta: SaveMeta): string | null {
  if (meta.title) return meta.title
  return analysis.structure.title ? slice(analysis.text, analysis.structure.title) : null
}

/** "Lawrow Genf" → FTS5 phrase terms that cannot break the query syntax. */
function ftsQuery(q: string): string {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? []
  return words.map((w) => `"${w}"`).join(' ')
}

async function insertAnalysis(
  trx: Transaction<Database>,
  dialect: Dialect,
  analysis: Analysis,
  meta: SaveMeta,
) {
  const { text } = analysis
  const source = analysis.source ?? {}
  await trx
    .insertInto('documents')
    .values({
      id: analysis.id,
      title: titleOf(analysis, meta),
      outlet: meta.outlet ?? source.outlet ?? null,
      published: meta.published ?? source.published ?? null,
      uri: meta.uri ?? source.uri ?? null,
      text,
      analysis: JSON.stringify(analysis),
      created_at: new Date().toISOString(),
    })
    .execute()
  const keys = new Map(analysis.actors.map((a) => [a.id, actorKey(a)]))
  const key = (id: string | undefined) => (id ? (keys.get(id) ?? id) : null)
  if (analysis.actors.length > 0) {
    await trx
      .insertInto('actors')
      .values(
        analysis.actors.map((a) => ({
          document_id: analysis.id,
          actor_id: a.id,
          actor_key: key(a.id) as string,
          name: a.name,
          kind: a.kind,
          country: a.country ?? null,
          aliases: JSON.stringify(a.aliases),
        })),
      )
      .execute()
  }
  if (analysis.quotes.length > 0) {
    await trx
      .insertInto('quotes')
      .values(
        analysis.quotes.map((q) => ({
          document_id: analysis.id,
          quote_id: q.id,
          kind: q.kind,
          speaker_key: key(q.speaker),
          start: q.span[0],
          end: q.span[1],
          text: slice(text, q.span),
        })),
      )
      .execute()
  }
  if (analysis.events.length > 0) {
    await trx
      .insertInto('events')
      .values(
        analysis.events.map((e) => ({
          document_id: analysis.id,
          event_id: e.id,
          type: e.type,
          status: e.status,
          when: e.when ?? null,
          start: e.span[0],
          end: e.span[1],
          text: slice(text, e.span),
        })),
      )
      .execute()
    const participants = analysis.events.flatMap((e) => [
      ...e.actor.map((a) => ({
        document_id: analysis.id,
        event_id: e.id,
        actor_key: key(a) as string,
        role: 'actor',
      })),
      ...e.recipient.map((a) => ({
        document_id: analysis.id,
        event_id: e.id,
        actor_key: key(a) as string,
        role: 'recipient',
      })),
    ])
    if (participants.length > 0) await trx.insertInto('event_participants').values(participants).execute()
  }
  const rows = [
    { document_id: analysis.id, kind: 'document', ref: analysis.id, body: text },
    ...analysis.quotes.map((q) => ({
      document_id: analysis.id,
      kind: 'quote',
      ref: q.id,
      body: slice(text, q.span),
    })),
  ]
  if (dialect === 'sqlite') {
    for (const row of rows) {
      await sql`insert into search_rows (document_id, kind, ref, body) values (${row.document_id}, ${row.kind}, ${row.ref}, ${row.body})`.execute(
        trx,
      )
    }
  } else {
    await trx.insertInto('search_rows').values(rows).execute()
  }
}

export function createStore(db: Kysely<Database>, dialect: Dialect, onClose: () => Promise<void>): Store {
  const actorSummaries = async (key?: string): Promise<ActorSummary[]> => {
    let query = db
      .selectFrom('actors')
      .select(['actor_key', 'name', 'kind', 'country', 'aliases', 'document_id'])
      .orderBy('actor_key')
    if (key) query = query.where('actor_key', '=', key)
    const rows = await query.execute()
    const quoteCounts = await db
      .selectFrom('quotes')
      .select(['speaker_key', db.fn.countAll<number>().as('n')])
      .where('speaker_key', 'is not', null)
      .groupBy('speaker_key')
      .execute()
    const quotes = new Map(quoteCounts.map((r) => [r.speaker_key, Number(r.n)]))
    const byKey = new Map<string, ActorSummary & { names: Map<string, number>; docs: Set<string> }>()
    for (const row of rows) {
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
          docs: new Set(),
        }
        byKey.set(row.actor_key, actor)
      }
      actor.docs.add(row.document_id)
      actor.names.set(row.name, (actor.names.get(row.name) ?? 0) + 1)
      for (const alias of JSON.parse(row.aliases) as string[])
        if (!actor.aliases.includes(alias)) actor.aliases.push(alias)
      actor.country ??= row.country
    }
    return [...byKey.values()].map(({ names, docs, ...actor }) => ({
      ...actor,
      // the name most articles use is the display name
      name: [...names.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? actor.name,
      aliases: actor.aliases.filter((a) => a !== actor.name),
      documents: docs.size,
    }))
  }

  return {
    dialect,

    async saveAnalysis(analysis, meta = {}) {
      const checked = analysisSchema.parse(analysis)
      const existing = await db
        .selectFrom('documents')
        .select('id')
        .where('id', '=', checked.id)
        .executeTakeFirst()
      if (existing) return { id: checked.id, created: false }
      try {
        await db.transaction().execute((trx) => insertAnalysis(trx, dialect, checked, meta))
      } catch (error) {
        // a concurrent writer stored the same text first: that is the idempotent outcome, not an error
        const again = await db
          .selectFrom('documents')
          .select('id')
          .where('id', '=', checked.id)
          .executeTakeFirst()
        if (again) return { id: checked.id, created: false }
        throw error
      }
      return { id: checked.id, created: true }
    },

    async getAnalysis(id) {
      const row = await db.selectFrom('documents').select('analysis').where('id', '=', id).executeTakeFirst()
      return row ? (JSON.parse(row.analysis) as Analysis) : undefined
    },

    async listDocuments(filter = {}) {
      let query = db
        .selectFrom('documents')
        .select((eb) => [
          'id',
          'title',
          'outlet',
          'published',
          'uri',
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
        .limit(page(filter.limit))
        .offset(filter.offset ?? 0)
      if (filter.outlet) query = query.where('outlet', '=', filter.outlet)
      if (filter.from) query = query.where('published', '>=', filter.from)
      if (filter.to) query = query.where('published', '<=', `${filter.to}\uffff`)
      const rows = await query.execute()
      return rows.map((r) => ({ ...r, quotes: Number(r.quotes ?? 0), events: Number(r.events ?? 0) }))
    },

    async listQuotes(filter = {}) {
      let query = db
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
        .orderBy('documents.published', 'desc')
        .orderBy('quotes.document_id')
        .orderBy('quotes.start')
        .limit(page(filter.limit))
        .offset(filter.offset ?? 0)
      if (filter.actor) query = query.where('quotes.speaker_key', '=', filter.actor)
      if (filter.documentId) query = query.where('quotes.document_id', '=', filter.documentId)
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
      let query = db
        .selectFrom('events')
        .innerJoin('documents', 'documents.id', 'events.document_id')
        .selectAll('events')
        .select(['documents.published', 'documents.outlet'])
        .orderBy('documents.published', 'desc')
        .orderBy('events.document_id')
        .orderBy('events.start')
        .limit(page(filter.limit))
        .offset(filter.offset ?? 0)
      if (filter.type) query = query.where('events.type', '=', filter.type)
      if (filter.documentId) query = query.where('events.document_id', '=', filter.documentId)
      if (filter.actor) {
        const actor = filter.actor
        query = query.where((eb) =>
          eb.exists(
            eb
              .selectFrom('event_participants as p')
              .select('p.actor_key')
              .whereRef('p.document_id', '=', 'events.document_id')
              .whereRef('p.event_id', '=', 'events.event_id')
              .where('p.actor_key', '=', actor),
          ),
        )
      }
      const rows = await query.execute()
      const participants = rows.length
        ? await db
            .selectFrom('event_participants')
            .selectAll()
            .where('document_id', 'in', [...new Set(rows.map((r) => r.document_id))])
            .execute()
        : []
      return rows.map((r) => {
        const mine = participants.filter((p) => p.document_id === r.document_id && p.event_id === r.event_id)
        return {
          documentId: r.document_id,
          id: r.event_id,
          type: r.type,
          status: r.status,
          when: r.when,
          actors: mine.filter((p) => p.role === 'actor').map((p) => p.actor_key),
          recipients: mine.filter((p) => p.role === 'recipient').map((p) => p.actor_key),
          span: [Number(r.start), Number(r.end)] as [number, number],
          text: r.text,
          published: r.published,
          outlet: r.outlet,
        }
      })
    },

    listActors: () => actorSummaries(),

    async getActor(key) {
      return (await actorSummaries(key))[0]
    },

    async getActorTimeline(key) {
      const quotes = await db
        .selectFrom('quotes')
        .innerJoin('documents', 'documents.id', 'quotes.document_id')
        .select([
          'quotes.document_id',
          'quotes.quote_id',
          'quotes.kind',
          'quotes.text',
          'quotes.start',
          'documents.published',
          'documents.outlet',
        ])
        .where('quotes.speaker_key', '=', key)
        .execute()
      const events = await db
        .selectFrom('events')
        .innerJoin('documents', 'documents.id', 'events.document_id')
        .innerJoin('event_participants as p', (join) =>
          join.onRef('p.document_id', '=', 'events.document_id').onRef('p.event_id', '=', 'events.event_id'),
        )
        .select([
          'events.document_id',
          'events.event_id',
          'events.type',
          'events.text',
          'events.when',
          'events.start',
          'documents.published',
          'documents.outlet',
        ])
        .where('p.actor_key', '=', key)
        .distinct()
        .execute()
      const items: (TimelineItem & { order: number })[] = [
        ...quotes.map((q) => ({
          date: q.published,
          documentId: q.document_id,
          outlet: q.outlet,
          kind: 'quote' as const,
          id: q.quote_id,
          label: q.kind,
          text: q.text,
          order: Number(q.start),
        })),
        ...events.map((e) => ({
          date: e.when && /^\d{4}-\d{2}-\d{2}/u.test(e.when) ? e.when.slice(0, 10) : e.published,
          documentId: e.document_id,
          outlet: e.outlet,
          kind: 'event' as const,
          id: e.event_id,
          label: e.type,
          text: e.text,
          order: Number(e.start),
        })),
      ]
      items.sort(
        (a, b) =>
          (a.date ?? '').localeCompare(b.date ?? '') ||
          a.documentId.localeCompare(b.documentId) ||
          a.order - b.order,
      )
      return items.map(({ order: _order, ...item }) => item)
    },

    async search(q, filter: SearchFilter = {}) {
      const limit = page(filter.limit ?? 50)
      const conditions = [sql`1 = 1`]
      if (filter.outlet) conditions.push(sql`d.outlet = ${filter.outlet}`)
      if (filter.from) conditions.push(sql`d.published >= ${filter.from}`)
      if (filter.to) conditions.push(sql`d.published <= ${`${filter.to}\uffff`}`)
      if (filter.actor) {
        conditions.push(
          sql`exists (select 1 from actors a where a.document_id = d.id and a.actor_key = ${filter.actor})`,
        )
      }
      if (filter.eventType) {
        conditions.push(
          sql`exists (select 1 from events e where e.document_id = d.id and e.type = ${filter.eventType})`,
        )
      }
      const where = sql.join(conditions, sql` and `)
      let rows: {
        document_id: string
        kind: string
        ref: string
        body: string
        title: string | null
        outlet: string | null
        published: string | null
      }[]
      if (dialect === 'sqlite') {
        const match = ftsQuery(q)
        if (!match) return []
        const result = await sql<
          (typeof rows)[number]
        >`select s.document_id, s.kind, s.ref, s.body, d.title, d.outlet, d.published
          from search_rows s join documents d on d.id = s.document_id
          where search_rows match ${match} and ${where} order by s.rank limit ${limit}`.execute(db)
        rows = result.rows
      } else {
        const result = await sql<
          (typeof rows)[number]
        >`select s.document_id, s.kind, s.ref, s.body, d.title, d.outlet, d.published
          from search_rows s join documents d on d.id = s.document_id
          where s.tsv @@ plainto_tsquery('german', ${q}) and ${where}
          order by ts_rank(s.tsv, plainto_tsquery('german', ${q})) desc limit ${limit}`.execute(db)
        rows = result.rows
      }
      return rows.map(
        (r): SearchHit => ({
          documentId: r.document_id,
          kind: r.kind === 'quote' ? 'quote' : 'document',
          ref: r.ref,
          title: r.title,
          outlet: r.outlet,
          published: r.published,
          text: r.kind === 'quote' ? r.body : snippet(r.body, q),
        }),
      )
    },

    close: onClose,
  }
}

/** A window of the article around the first word of the query, so a hit shows why it matched. */
function snippet(body: string, q: string): string {
  const word = q.match(/[\p{L}\p{N}]+/u)?.[0]
  const at = word ? body.toLowerCase().indexOf(word.toLowerCase()) : -1
  const start = Math.max(0, at - 80)
  return `${start > 0 ? '…' : ''}${body.slice(start, start + 240).replace(/\s+/gu, ' ')}${start + 240 < body.length ? '…' : ''}`
}
