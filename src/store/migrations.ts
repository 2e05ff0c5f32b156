import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely'
import type { Analysis } from '../document/index.ts'
import { readPublished } from '../document/index.ts'
import { isNamedEvent } from '../link/index.ts'
import { searchStems } from '../text/index.ts'
import { actorRoleRows } from './actor-roles.ts'
import type { Dialect } from './store-types.ts'

/** Versioned migrations in code, so a fresh install needs no migration files at run time. */
function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-documents-quotes-events-actors': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('documents')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('title', 'text')
          .addColumn('outlet', 'text')
          .addColumn('published', 'text')
          .addColumn('uri', 'text')
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('analysis', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute()
        await db.schema.createIndex('documents_published').on('documents').column('published').execute()
        await db.schema
          .createTable('actors')
          .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('actor_id', 'text', (c) => c.notNull())
          .addColumn('actor_key', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('country', 'text')
          .addColumn('aliases', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('actors_pk', ['document_id', 'actor_id'])
          .execute()
        await db.schema.createIndex('actors_key').on('actors').column('actor_key').execute()
        await db.schema
          .createTable('quotes')
          .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('quote_id', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('speaker_key', 'text')
          .addColumn('start', 'integer', (c) => c.notNull())
          .addColumn('end', 'integer', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('quotes_pk', ['document_id', 'quote_id'])
          .execute()
        await db.schema.createIndex('quotes_speaker').on('quotes').column('speaker_key').execute()
        await db.schema
          .createTable('events')
          .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('event_id', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('when', 'text')
          .addColumn('start', 'integer', (c) => c.notNull())
          .addColumn('end', 'integer', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('events_pk', ['document_id', 'event_id'])
          .execute()
        await db.schema.createIndex('events_type').on('events').column('type').execute()
        await db.schema
          .createTable('event_participants')
          .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('event_id', 'text', (c) => c.notNull())
          .addColumn('actor_key', 'text', (c) => c.notNull())
          .addColumn('role', 'text', (c) => c.notNull())
          .execute()
        await db.schema
          .createIndex('event_participants_actor')
          .on('event_participants')
          .column('actor_key')
          .execute()
      },
    },
    '0002-full-text-search': {
      async up(db: Kysely<unknown>) {
        if (dialect === 'sqlite') {
          // FTS5 with its own rowid; unicode61 folds diacritics so "Lawrow" finds "Lawrow's" and "Außenminister" case-insensitively
          await sql`create virtual table search_rows using fts5(document_id unindexed, kind unindexed, ref unindexed, body, tokenize = 'unicode61 remove_diacritics 2')`.execute(
            db,
          )
        } else {
          await sql`create table search_rows (id bigserial primary key, document_id text not null references documents(id) on delete cascade, kind text not null, ref text not null, body text not null, tsv tsvector generated always as (to_tsvector('german', body)) stored)`.execute(
            db,
          )
          await sql`create index search_rows_tsv on search_rows using gin (tsv)`.execute(db)
        }
      },
    },
    '0003-links-stories-quantities': {
      async up(db: Kysely<unknown>) {
        // near-duplicates: each document belongs to a story (its own id when it is the first of its kind)
        await db.schema.alterTable('documents').addColumn('story_id', 'text').execute()
        await sql`update documents set story_id = id`.execute(db)
        await db.schema.createIndex('documents_story').on('documents').column('story_id').execute()
        await db.schema
          .createTable('document_signatures')
          .addColumn('document_id', 'text', (c) =>
            c.primaryKey().references('documents.id').onDelete('cascade'),
          )
          .addColumn('signature', 'text', (c) => c.notNull())
          .execute()
        await db.schema
          .createTable('story_bands')
          .addColumn('band', 'text', (c) => c.notNull())
          .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .execute()
        await db.schema.createIndex('story_bands_band').on('story_bands').column('band').execute()
        // a bare "Lawrow" finds the one full name with that surname
        await db.schema.alterTable('actors').addColumn('surname', 'text').execute()
        await db.schema
          .alterTable('actors')
          .addColumn('bare', 'integer', (c) => c.notNull().defaultTo(0))
          .execute()
        await db.schema.createIndex('actors_surname').on('actors').column('surname').execute()
        await db.schema
          .createTable('quantities')
          .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('idx', 'integer', (c) => c.notNull())
          .addColumn('value', 'double precision', (c) => c.notNull())
          .addColumn('approx', 'integer', (c) => c.notNull())
          .addColumn('unit', 'text')
          .addColumn('of', 'text')
          .addColumn('start', 'integer', (c) => c.notNull())
          .addColumn('end', 'integer', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('quantities_pk', ['document_id', 'idx'])
          .execute()
        await db.schema.createIndex('events_status').on('events').column('status').execute()
        await db.schema
          .createIndex('event_participants_event')
          .on('event_participants')
          .columns(['document_id', 'event_id'])
          .execute()
        await db.schema.createIndex('quotes_document').on('quotes').column('document_id').execute()
        await db.schema.createIndex('events_document').on('events').column('document_id').execute()
      },
    },
    '0004-corpus-actors': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('corpus_actors')
          .addColumn('actor_key', 'text', (c) => c.primaryKey())
          .addColumn('surname', 'text', (c) => c.notNull())
          .addColumn('bare', 'integer', (c) => c.notNull())
          .execute()
        await db.schema.createIndex('corpus_actors_surname').on('corpus_actors').column('surname').execute()
        await sql`insert into corpus_actors (actor_key, surname, bare)
          select actor_key, max(surname), min(bare) from actors where surname is not null group by actor_key`.execute(
          db,
        )
      },
    },
    '0005-search-and-filter-indexes': {
      async up(db: Kysely<unknown>) {
        // a filtered search (outlet, dates) may start from documents and look up their rows: that needs this index
        if (dialect === 'postgres') {
          await db.schema
            .createIndex('search_rows_document')
            .on('search_rows')
            .column('document_id')
            .execute()
        }
        await db.schema
          .createIndex('documents_outlet_published')
          .on('documents')
          .columns(['outlet', 'published'])
          .execute()
      },
    },
    '0006-timeline-dates': {
      async up(db: Kysely<unknown>) {
        // The newest page of a timeline sorted every item of the actor, because the date it orders by was the
        // article's, in another table. Each quote and each event participant now carries that date (and a
        // participant its event's position), so an index over (actor, date, article, position, id) answers
        // "the newest N before this cursor" with a range scan. Dates never change once an article is stored.
        await db.schema
          .alterTable('quotes')
          .addColumn('timeline_date', 'text', (c) => c.notNull().defaultTo(''))
          .execute()
        await db.schema
          .alterTable('event_participants')
          .addColumn('timeline_date', 'text', (c) => c.notNull().defaultTo(''))
          .execute()
        await db.schema
          .alterTable('event_participants')
          .addColumn('start', 'integer', (c) => c.notNull().defaultTo(0))
          .execute()
        // the same dates the timeline computed on every read before: a quote stands at its article's date, an
        // event at its own calendar date where the text gives one ("am 21. Jänner": when = 2022-01-21)
        await sql`update quotes set timeline_date = coalesce(d.published, '')
          from documents d where d.id = quotes.document_id`.execute(db)
        const isoDate =
          dialect === 'sqlite'
            ? sql`e."when" glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'`
            : sql`e."when" ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}'`
        await sql`update event_participants
          set timeline_date = case when ${isoDate} then substr(e."when", 1, 10) else coalesce(d.published, '') end,
            start = e.start
          from events e join documents d on d.id = e.document_id
          where e.document_id = event_participants.document_id and e.event_id = event_participants.event_id`.execute(
          db,
        )
        // the old single-column indexes are prefixes of the new ones: dropped, so a save writes no more index
        await db.schema
          .createIndex('quotes_speaker_timeline')
          .on('quotes')
          .columns(['speaker_key', 'timeline_date', 'document_id', 'start', 'quote_id'])
          .execute()
        await db.schema.dropIndex('quotes_speaker').execute()
        await db.schema
          .createIndex('event_participants_timeline')
          .on('event_participants')
          .columns(['actor_key', 'timeline_date', 'document_id', 'start', 'event_id'])
          .execute()
        await db.schema.dropIndex('event_participants_actor').execute()
        // PostgreSQL plans the first timeline reads on stale statistics after a bulk update until autovacuum runs
        if (dialect === 'postgres') await sql`analyze quotes, event_participants`.execute(db)
      },
    },
    '0007-quote-speakers': {
      async up(db: Kysely<unknown>) {
        // A joint statement has several speakers (analysis@1 `speakers`); `quotes.speaker_key` holds the first.
        // Counts, listings and timelines read this table, indexed like the quotes' timeline index was.
        await db.schema
          .createTable('quote_speakers')
          .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('quote_id', 'text', (c) => c.notNull())
          .addColumn('actor_key', 'text', (c) => c.notNull())
          .addColumn('timeline_date', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('start', 'integer', (c) => c.notNull().defaultTo(0))
          .execute()
        await sql`insert into quote_speakers (document_id, quote_id, actor_key, timeline_date, start)
          select document_id, quote_id, speaker_key, timeline_date, start from quotes where speaker_key is not null`.execute(
          db,
        )
        // the further speakers of joint statements, from the stored analyses that name them (their keys as stored)
        const joint = await sql<{ id: string; analysis: string }>`select id, analysis from documents
          where analysis like '%"speakers"%'`.execute(db)
        for (const { id, analysis } of joint.rows) {
          const quotes =
            (JSON.parse(analysis) as { quotes?: { id: string; speakers?: string[] }[] }).quotes ?? []
          for (const quote of quotes)
            for (const actor of quote.speakers?.slice(1) ?? [])
              await sql`insert into quote_speakers (document_id, quote_id, actor_key, timeline_date, start)
                select q.document_id, q.quote_id, a.actor_key, q.timeline_date, q.start
                from quotes q join actors a on a.document_id = q.document_id and a.actor_id = ${actor}
                where q.document_id = ${id} and q.quote_id = ${quote.id}`.execute(db)
        }
        await db.schema
          .createIndex('quote_speakers_timeline')
          .on('quote_speakers')
          .columns(['actor_key', 'timeline_date', 'document_id', 'start', 'quote_id'])
          .execute()
        // the quotes' own timeline index has no reader left; renaming a bare surname still finds quotes by speaker
        await db.schema.dropIndex('quotes_speaker_timeline').execute()
        await db.schema.createIndex('quotes_speaker').on('quotes').column('speaker_key').execute()
        if (dialect === 'postgres') await sql`analyze quote_speakers`.execute(db)
      },
    },
    '0008-named-events': {
      async up(db: Kysely<unknown>) {
        // The board and the actor timelines show only events that name who acted and have a status (link's
        // isNamedEvent): not the speaker standing in for a clause that names nobody ("hätte das Feuer noch mehr
        // Todesopfer gefordert", sagte Reynard), nor an id the article's actors do not hold. Each event keeps the
        // answer, and each participant a copy, so the timeline's index holds it.
        for (const table of ['events', 'event_participants'])
          await db.schema
            .alterTable(table)
            .addColumn('named', 'integer', (c) => c.notNull().defaultTo(1))
            .execute()
        // Only an article whose rules name a stand-in, or with an event none of whose actors the article's actors
        // hold, can have an event that is not named: its stored analysis is read, and the rule decides.
        let after = ''
        for (;;) {
          const page = await sql<{ id: string; analysis: string }>`select d.id, d.analysis from documents d
            where d.id > ${after} and (d.analysis like ${'%+speaker%'} or exists (
              select 1 from events e where e.document_id = d.id and not exists (
                select 1 from event_participants p
                join actors a on a.document_id = p.document_id and a.actor_key = p.actor_key
                where p.document_id = e.document_id and p.event_id = e.event_id and p.role = 'actor')))
            order by d.id limit 200`.execute(db)
          for (const { id, analysis } of page.rows) {
            const { actors, events } = JSON.parse(analysis) as Pick<Analysis, 'actors' | 'events'>
            const actorIds = new Set(actors.map((a) => a.id))
            const unnamed = events.filter((e) => !isNamedEvent(e, actorIds)).map((e) => e.id)
            if (unnamed.length === 0) continue
            for (const table of ['events', 'event_participants'])
              await sql`update ${sql.table(table)} set named = 0
                where document_id = ${id} and event_id in (${sql.join(unnamed)})`.execute(db)
          }
          const last = page.rows.at(-1)
          if (!last) break
          after = last.id
        }
        // the timeline reads the named events of one actor: (actor, named) first keeps its page a range scan
        await db.schema.dropIndex('event_participants_timeline').execute()
        await db.schema
          .createIndex('event_participants_timeline')
          .on('event_participants')
          .columns(['actor_key', 'named', 'timeline_date', 'document_id', 'start', 'event_id'])
          .execute()
        if (dialect === 'postgres') await sql`analyze events, event_participants`.execute(db)
      },
    },
    '0009-search-stems': {
      async up(db: Kysely<unknown>) {
        // Each searchable row carries the CISTEM stems of its words, indexed beside them, so an inflected form
        // finds the others ("Venezuelas" → "Venezuela", "Sanktionen" → "Sanktion"). PostgreSQL's german
        // configuration stems too, but keeps "Venezuelas" apart (Snowball strips an s only after some consonants).
        // The stems of the rows stored before are computed here, in pages.
        if (dialect === 'sqlite') {
          // FTS5 tables take no new column: a new table with the same rowids takes the old one's place
          await sql`create virtual table search_rows_next using fts5(document_id unindexed, kind unindexed, ref unindexed, body, stems, tokenize = 'unicode61 remove_diacritics 2')`.execute(
            db,
          )
          await eachSearchRow(db, sql`rowid`, async (rows) => {
            await sql`insert into search_rows_next (rowid, document_id, kind, ref, body, stems) values ${sql.join(
              rows.map(
                (r) =>
                  sql`(${r.id}, ${r.document_id}, ${r.kind}, ${r.ref}, ${r.body}, ${searchStems(r.body)})`,
              ),
            )}`.execute(db)
          })
          await sql`drop table search_rows`.execute(db)
          await sql`alter table search_rows_next rename to search_rows`.execute(db)
        } else {
          // the generated column is dropped first, so filling the stems does not compute every tsvector twice
          await sql`alter table search_rows drop column tsv`.execute(db)
          await sql`alter table search_rows add column stems text not null default ''`.execute(db)
          await eachSearchRow(db, sql`id`, async (rows) => {
            await sql`update search_rows s set stems = v.stems from (values ${sql.join(
              rows.map((r) => sql`(${r.id}::bigint, ${searchStems(r.body)})`),
            )}) as v(id, stems) where s.id = v.id`.execute(db)
          })
          await sql`alter table search_rows add column tsv tsvector generated always as (to_tsvector('german', body) || to_tsvector('simple', stems)) stored`.execute(
            db,
          )
          await sql`create index search_rows_tsv on search_rows using gin (tsv)`.execute(db)
          await sql`analyze search_rows`.execute(db)
        }
      },
    },
    '0010-published-format': {
      async up(db: Kysely<unknown>) {
        // `published` in one form (document/published-date.ts): a date, or a date-time with zone to the second. Rows stored
        // before may hold "2022-01-21T09:30:13.000Z" or a time without zone; the copies of the date beside the
        // timeline's rows (migration 0006) and the analysis's own `source.published` follow the document.
        let after = ''
        for (;;) {
          const page = await sql<{ id: string; published: string }>`select id, published from documents
            where id > ${after} and published is not null order by id limit 500`.execute(db)
          for (const { id, published } of page.rows) {
            const next = readPublished(published) ?? readPublished(published.slice(0, 10)) ?? null
            if (next === published) continue
            const stored = await sql<{
              analysis: string
            }>`select analysis from documents where id = ${id}`.execute(db)
            const analysis = JSON.parse(stored.rows[0]?.analysis ?? '{}') as Analysis
            if (analysis.source?.published !== undefined) {
              if (next === null) delete analysis.source.published
              else analysis.source.published = next
            }
            await sql`update documents set published = ${next}, analysis = ${JSON.stringify(analysis)} where id = ${id}`.execute(
              db,
            )
            for (const table of ['quotes', 'quote_speakers', 'event_participants'])
              await sql`update ${sql.table(table)} set timeline_date = ${next ?? ''}
                where document_id = ${id} and timeline_date = ${published}`.execute(db)
          }
          const last = page.rows.at(-1)
          if (!last) break
          after = last.id
        }
      },
    },
    '0011-document-lang': {
      async up(db: Kysely<unknown>) {
        // the article's language beside its other facts, so a list can show and filter it without parsing the
        // analysis; rows stored before take the language their analysis recorded
        await sql`alter table documents add column lang text not null default 'de'`.execute(db)
        if (dialect === 'sqlite')
          await sql`update documents set lang = coalesce(json_extract(analysis, '$.lang'), 'de')`.execute(db)
        else await sql`update documents set lang = coalesce(analysis::json->>'lang', 'de')`.execute(db)
      },
    },
    '0012-actor-roles': {
      async up(db: Kysely<unknown>) {
        // Roles are facts of a time and a country ("Außenminister" of Russia as of 2022-01-21), never names: each
        // article's roles of an actor are a row of their own, dated by the article, so an actor page lists who held
        // what when. Rows stored before are read from the stored analyses, keyed as their actors were.
        await db.schema
          .createTable('actor_roles')
          .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('actor_key', 'text', (c) => c.notNull())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('country', 'text')
          .addColumn('as_of', 'text', (c) => c.notNull().defaultTo(''))
          .execute()
        await db.schema
          .createIndex('actor_roles_actor')
          .on('actor_roles')
          .columns(['actor_key', 'as_of'])
          .execute()
        let after = ''
        for (;;) {
          const page = await sql<{ id: string; published: string | null; analysis: string }>`select id,
            published, analysis from documents where id > ${after} order by id limit 500`.execute(db)
          for (const { id, published, analysis } of page.rows) {
            const actors = (JSON.parse(analysis) as Analysis).actors ?? []
            const keys = await sql<{
              actor_id: string
              actor_key: string
            }>`select actor_id, actor_key from actors
              where document_id = ${id}`.execute(db)
            const keyOf = new Map(keys.rows.map((r) => [r.actor_id, r.actor_key]))
            for (const row of actorRoleRows(actors, (a) => keyOf.get(a), published))
              await sql`insert into actor_roles (document_id, actor_key, role, country, as_of)
                values (${id}, ${row.actor_key}, ${row.role}, ${row.country}, ${row.as_of})`.execute(db)
          }
          const last = page.rows.at(-1)
          if (!last) break
          after = last.id
        }
      },
    },
  }
}

/** The newest migration's name: a store at an older one is upgraded in place when it is opened. */
export const LATEST_MIGRATION = '0012-actor-roles'

type SearchRow = { id: number; document_id: string; kind: string; ref: string; body: string }

/** Every row of the search table stored so far, 500 at a time, in the order of `key` (its rowid or id). */
async function eachSearchRow(
  db: Kysely<unknown>,
  key: ReturnType<typeof sql>,
  each: (rows: SearchRow[]) => Promise<void>,
): Promise<void> {
  let after = -1
  for (;;) {
    const page = await sql<SearchRow>`select ${key} as id, document_id, kind, ref, body from search_rows
      where ${key} > ${after} order by ${key} limit 500`.execute(db)
    if (page.rows.length === 0) return
    await each(page.rows)
    after = Number(page.rows.at(-1)?.id)
  }
}

export async function migrateToLatest(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await migrateTo(db, dialect, LATEST_MIGRATION)
}

/** Migrates up to (and including) `target`: the latest on open, an older one to build a store of an earlier version. */
export async function migrateTo(db: Kysely<unknown>, dialect: Dialect, target: string): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) }
  // PostgreSQL: keep Kysely's bookkeeping in the schema the tables go to. Unqualified, it would take another
  // schema's kysely_migration table for its own when search_path points elsewhere (a bench or test schema).
  const schema =
    dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined
  const { error, results } = await new Migrator({
    db,
    provider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  }).migrateTo(target)
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
    throw new Error(
      `database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`,
      // the cause keeps the database's code: a lost race is tried again, a full disk named as such
      { cause: error },
    )
  }
}
