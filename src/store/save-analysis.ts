import type { Transaction } from 'kysely'
import type { Analysis, Span } from '../document/index.ts'
import {
  actorKey,
  bandKeys,
  decodeSignature,
  encodeSignature,
  isBareSurname,
  resolveBareSurname,
  SAME_STORY,
  similarity,
  surnameKey,
  textSignature,
} from '../link/index.ts'
import type { Database } from './schema.ts'
import type { SaveMeta } from './store-types.ts'

const slice = (text: string, span: Span) => text.slice(span[0], span[1])

function titleOf(analysis: Analysis, meta: SaveMeta): string | null {
  if (meta.title) return meta.title
  return analysis.structure.title ? slice(analysis.text, analysis.structure.title) : null
}

/** SQLite and PostgreSQL both take this many bound values per statement comfortably. */
const CHUNK = 200
async function insertChunked<T extends keyof Database & string>(
  trx: Transaction<Database>,
  table: T,
  rows: readonly Record<string, unknown>[],
) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    // the callers below build rows to the table's shape; a generic table name defeats Kysely's inference
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as never)
      .execute()
  }
}

/**
 * The story an article belongs to: the story of the most similar stored article when it is a near-duplicate
 * (the same agency text in another outlet), else its own id.
 */
async function findStory(
  trx: Transaction<Database>,
  bands: string[],
  signature: ReturnType<typeof textSignature>,
) {
  const candidates = await trx
    .selectFrom('story_bands as b')
    .innerJoin('document_signatures as s', 's.document_id', 'b.document_id')
    .innerJoin('documents as d', 'd.id', 'b.document_id')
    .select(['s.document_id', 's.signature', 'd.story_id'])
    .where('b.band', 'in', bands)
    .distinct()
    .limit(200)
    .execute()
  let best: { story: string; score: number } | undefined
  for (const c of candidates) {
    const score = similarity(signature, decodeSignature(c.signature))
    if (score >= SAME_STORY && (!best || score > best.score))
      best = { story: c.story_id ?? c.document_id, score }
  }
  return best?.story
}

/**
 * Corpus keys for a document's actors. Persons are keyed by their folded name; a bare surname ("Lawrow") joins
 * the one full name stored with it, and a full name adopts the bare-surname rows stored before it arrived.
 */
async function resolveActorKeys(
  trx: Transaction<Database>,
  analysis: Analysis,
): Promise<Map<string, string>> {
  const keys = new Map<string, string>()
  for (const actor of analysis.actors) {
    const own = actorKey(actor)
    const surname = surnameKey(actor)
    if (!surname) {
      keys.set(actor.id, own)
      continue
    }
    // one indexed look-up per person in the corpus-level table (one row per key, not per article)
    const bareKey = actorKey({ id: own, kind: 'person', name: surname })
    const rows = await trx
      .selectFrom('corpus_actors')
      .select(['actor_key', 'bare'])
      .where('surname', '=', surname)
      .execute()
    const known = rows.filter((r) => Number(r.bare) === 0).map((r) => r.actor_key)
    const bare = isBareSurname(actor)
    const resolved = bare ? resolveBareSurname(own, known) : own
    keys.set(actor.id, resolved)
    if (!rows.some((r) => r.actor_key === resolved)) {
      await trx
        .insertInto('corpus_actors')
        .values({ actor_key: resolved, surname, bare: bare && resolved === own ? 1 : 0 })
        .onConflict((oc) => oc.column('actor_key').doNothing())
        .execute()
    }
    // "Lawrow" stored alone earlier becomes Sergej Lawrow now, unless another Lawrow makes that a guess
    const bareStored = rows.some((r) => r.actor_key === bareKey && Number(r.bare) === 1)
    if (!bare && bareStored && bareKey !== own && known.every((k) => k === own)) {
      await trx.updateTable('actors').set({ actor_key: own }).where('actor_key', '=', bareKey).execute()
      await trx.updateTable('quotes').set({ speaker_key: own }).where('speaker_key', '=', bareKey).execute()
      await trx
        .updateTable('event_participants')
        .set({ actor_key: own })
        .where('actor_key', '=', bareKey)
        .execute()
      await trx.deleteFrom('corpus_actors').where('actor_key', '=', bareKey).execute()
    }
  }
  return keys
}

/** Writes one analysis and its rows and returns its story id; the caller wraps it in a transaction. */
export async function insertAnalysis(
  trx: Transaction<Database>,
  analysis: Analysis,
  meta: SaveMeta,
  createdAt: string,
): Promise<string> {
  const { text } = analysis
  const source = analysis.source ?? {}
  const signature = textSignature(text)
  const bands = bandKeys(signature)
  const story = (await findStory(trx, bands, signature)) ?? analysis.id
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
      created_at: createdAt,
      story_id: story,
    })
    .execute()
  await trx
    .insertInto('document_signatures')
    .values({ document_id: analysis.id, signature: encodeSignature(signature) })
    .execute()
  await insertChunked(
    trx,
    'story_bands',
    bands.map((band) => ({ band, document_id: analysis.id })),
  )

  const keys = await resolveActorKeys(trx, analysis)
  const key = (id: string | undefined) => (id ? (keys.get(id) ?? id) : null)
  await insertChunked(
    trx,
    'actors',
    analysis.actors.map((a) => ({
      document_id: analysis.id,
      actor_id: a.id,
      actor_key: key(a.id) as string,
      name: a.name,
      kind: a.kind,
      country: a.country ?? null,
      aliases: JSON.stringify(a.aliases),
      surname: surnameKey(a) ?? null,
      bare: isBareSurname(a) ? 1 : 0,
    })),
  )
  await insertChunked(
    trx,
    'quotes',
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
  await insertChunked(
    trx,
    'events',
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
  await insertChunked(
    trx,
    'event_participants',
    analysis.events.flatMap((e) => [
      ...e.actor.map((a) => ({ document_id: analysis.id, event_id: e.id, actor_key: key(a), role: 'actor' })),
      ...e.recipient.map((a) => ({
        document_id: analysis.id,
        event_id: e.id,
        actor_key: key(a),
        role: 'recipient',
      })),
    ]),
  )
  await insertChunked(
    trx,
    'quantities',
    analysis.quantities.map((q, idx) => ({
      document_id: analysis.id,
      idx,
      value: q.value,
      approx: q.approx ? 1 : 0,
      unit: q.unit ?? null,
      of: q.of ?? null,
      start: q.span[0],
      end: q.span[1],
      text: slice(text, q.span),
    })),
  )

  const rows = [
    { document_id: analysis.id, kind: 'document', ref: analysis.id, body: text },
    ...analysis.quotes.map((q) => ({
      document_id: analysis.id,
      kind: 'quote',
      ref: q.id,
      body: slice(text, q.span),
    })),
  ]
  // SQLite: an FTS5 table (unicode61); PostgreSQL: a generated tsvector column with the german configuration
  await insertChunked(trx, 'search_rows', rows)
  return story
}
