import type { Transaction } from 'kysely'
import type { Analysis, Span } from '../document/index.ts'
import { normalisePublished, readLexicon } from '../document/index.ts'
import { type GivenNameGenders, prepareGivenNameGenders } from '../entities/index.ts'
import { outletName } from '../ingest/index.ts'
import {
  actorKey,
  agreesWith,
  decodeSignature,
  encodeSignature,
  isBareSurname,
  isNamedEvent,
  type PreparedRows,
  prepareRows,
  resolveBareSurname,
  resolveSpelling,
  SAME_STORY,
  similarity,
  surnameKey,
  type TextSignature,
} from '../link/index.ts'
import { actorRoleRows } from './actor-roles.ts'
import type { Database } from './schema.ts'
import type { SaveMeta } from './store-types.ts'

const slice = (text: string, span: Span) => text.slice(span[0], span[1])
/** An event's `when` that begins with a calendar date ("2022-01-21", "2022-01-21T10:00"): the day it stands at. */
const ISO_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}/

function titleOf(analysis: Analysis, meta: SaveMeta): string | null {
  if (meta.title) return meta.title
  return analysis.structure.title ? slice(analysis.text, analysis.structure.title) : null
}

/** Bound values per statement: well below SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_VALUES = 8000
async function insertChunked(trx: Transaction<Database>, table: RowTable, rows: readonly Row[]) {
  const columns = Math.max(1, Object.keys(rows[0] ?? {}).length)
  const chunk = Math.max(1, Math.floor(MAX_VALUES / columns))
  for (let i = 0; i < rows.length; i += chunk) {
    // the rows below are built to the table's shape; a generic table name defeats Kysely's inference
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + chunk) as never)
      .execute()
  }
}

type Row = Record<string, unknown>
/** The tables an article writes rows to, in the order they are written. */
const ROW_TABLES = [
  'documents',
  'document_signatures',
  'story_bands',
  'actors',
  'actor_roles',
  'quotes',
  'quote_speakers',
  'events',
  'event_participants',
  'quantities',
  'search_rows',
] as const
type RowTable = (typeof ROW_TABLES)[number]
/** Rows of a batch, written at its end: one multi-row insert per table, not one per article. */
type PendingRows = Record<RowTable, Row[]>

/** A stored article (or one earlier in the batch) that shares a band with an article of the batch. */
interface StoryCandidate {
  documentId: string
  signature: TextSignature
  story: string
}
/** band → articles with that band: read once for a batch, and grown as the batch goes on */
type StoryBands = Map<string, StoryCandidate[]>

async function loadStoryBands(trx: Transaction<Database>, bands: readonly string[]): Promise<StoryBands> {
  const unique = [...new Set(bands)]
  const found: StoryBands = new Map(unique.map((band) => [band, []]))
  // Most bands of a new article match nothing: the bands are looked up alone (the index answers), and only
  // the few articles they hit are read with their signature and story.
  const hits: { band: string; document_id: string }[] = []
  for (let i = 0; i < unique.length; i += 1000) {
    hits.push(
      ...(await trx
        .selectFrom('story_bands')
        .select(['band', 'document_id'])
        .where('band', 'in', unique.slice(i, i + 1000))
        .execute()),
    )
  }
  const documents = [...new Set(hits.map((h) => h.document_id))]
  const stored = new Map<string, { signature: TextSignature; story: string }>()
  for (let i = 0; i < documents.length; i += 1000) {
    const rows = await trx
      .selectFrom('document_signatures as s')
      .innerJoin('documents as d', 'd.id', 's.document_id')
      .select(['s.document_id', 's.signature', 'd.story_id'])
      .where('s.document_id', 'in', documents.slice(i, i + 1000))
      .execute()
    for (const r of rows) {
      stored.set(r.document_id, {
        signature: decodeSignature(r.signature),
        story: r.story_id ?? r.document_id,
      })
    }
  }
  for (const { band, document_id } of hits) {
    const known = stored.get(document_id)
    if (known) found.get(band)?.push({ documentId: document_id, ...known })
  }
  return found
}

/** Candidates a band look-up compares at the most, as a cap on the work for very common bands. */
const MAX_CANDIDATES = 200

/**
 * The story an article belongs to: the story of the most similar stored article when it is a near-duplicate
 * (the same agency text in another outlet), else its own id.
 */
function findStory(bands: readonly string[], signature: TextSignature, storyBands: StoryBands) {
  const candidates = new Map<string, StoryCandidate>()
  for (const band of bands) {
    for (const c of storyBands.get(band) ?? []) {
      if (candidates.size >= MAX_CANDIDATES) break
      candidates.set(c.documentId, c)
    }
  }
  let best: { story: string; score: number } | undefined
  for (const c of candidates.values()) {
    const score = similarity(signature, c.signature)
    if (score >= SAME_STORY && (!best || score > best.score)) best = { story: c.story, score }
  }
  return best?.story
}

let genders: GivenNameGenders | undefined
/** The given names' genders, read once: the store runs without a stage environment. */
function givenNameGenders(): GivenNameGenders {
  genders ??= prepareGivenNameGenders(readLexicon('given-name-genders'))
  return genders
}

/** `corpus_actors` rows by surname, read once for a batch and kept as the batch changes them. */
type CorpusActors = Map<string, { actor_key: string; bare: number }[]>
type CorpusActorRow = { actor_key: string; surname: string; bare: number }

/**
 * Adds the batch's new corpus keys, in key order. Two writers that meet on the same new people each wait for the
 * other's key: in the order the articles name them ("Lawrow, Blinken" here, "Blinken, Lawrow" there) they waited
 * crosswise and PostgreSQL killed one with "deadlock detected"; in one order the second simply waits its turn.
 */
async function insertCorpusActors(trx: Transaction<Database>, rows: CorpusActorRow[]) {
  const sorted = [...rows].sort((a, b) =>
    a.actor_key < b.actor_key ? -1 : a.actor_key > b.actor_key ? 1 : 0,
  )
  for (let i = 0; i < sorted.length; i += 1000) {
    await trx
      .insertInto('corpus_actors')
      .values(sorted.slice(i, i + 1000))
      .onConflict((oc) => oc.column('actor_key').doNothing())
      .execute()
  }
}

async function loadCorpusActors(
  trx: Transaction<Database>,
  items: readonly BatchItem[],
): Promise<CorpusActors> {
  const surnames = [
    ...new Set(
      items.flatMap(({ analysis }) => analysis.actors.map(surnameKey).filter((k) => k !== undefined)),
    ),
  ]
  const corpus: CorpusActors = new Map(surnames.map((surname) => [surname, []]))
  for (let i = 0; i < surnames.length; i += 1000) {
    const rows = await trx
      .selectFrom('corpus_actors')
      .select(['actor_key', 'surname', 'bare'])
      .where('surname', 'in', surnames.slice(i, i + 1000))
      .execute()
    for (const r of rows) corpus.get(r.surname)?.push({ actor_key: r.actor_key, bare: Number(r.bare) })
  }
  return corpus
}

/**
 * Per stored full name: the corpus keys of the articles that name it, which a bare surname in another article must
 * share to join it (`agreesWith`). Read once for a batch for the full names the batch's bare surnames could join.
 */
type Companions = Map<string, Set<string>>

async function loadCompanions(
  trx: Transaction<Database>,
  items: readonly BatchItem[],
  corpus: CorpusActors,
): Promise<Companions> {
  const surnames = new Set(
    items.flatMap(({ analysis }) =>
      analysis.actors.filter(isBareSurname).map((a) => surnameKey(a) as string),
    ),
  )
  const candidates = [...surnames].flatMap((s) =>
    (corpus.get(s) ?? []).filter((r) => !r.bare).map((r) => r.actor_key),
  )
  const companions: Companions = new Map(candidates.map((k) => [k, new Set<string>()]))
  for (let i = 0; i < candidates.length; i += 500) {
    const rows = await trx
      .selectFrom('actors as named')
      .innerJoin('actors as other', 'other.document_id', 'named.document_id')
      .select(['named.actor_key as named', 'other.actor_key as other'])
      .where('named.actor_key', 'in', candidates.slice(i, i + 500))
      .execute()
    for (const r of rows) companions.get(r.named)?.add(r.other)
  }
  return companions
}

/**
 * Corpus keys for a document's actors. A body or group without name or country is keyed by the story (see
 * `actorKey`). Persons are keyed by their folded name. A bare surname or first name ("Lawrow", "Shani") is one
 * actor with the full name of its own article that ends in it ("Sergej Lawrow"), when exactly one does; else it is
 * keyed by its story, so that it never links on its own to a namesake in another article (issue 18: "Dreier" in a
 * basketball report is not Malu Dreyer, Wussow's son "Alexander" not Shai Gilgeous-Alexander).
 */
function resolveActorKeys(
  analysis: Analysis,
  story: string,
  corpus: CorpusActors,
  newCorpusActors: CorpusActorRow[],
  companions: Companions,
): Map<string, string> {
  const keys = new Map<string, string>()
  const fullNames = new Map<string, string[]>()
  // the article's other actors, for a bare surname's context (a local body's key needs the story)
  const articleKeys = new Set<string>()
  for (const actor of analysis.actors) {
    const surname = surnameKey(actor)
    if (surname && !isBareSurname(actor))
      fullNames.set(surname, [...(fullNames.get(surname) ?? []), actorKey(actor)])
    if (!isBareSurname(actor)) articleKeys.add(actorKey(actor, story))
  }
  for (const actor of analysis.actors) {
    // "die Polizei" without a country: the police of this story only
    const own = actorKey(actor, story)
    const surname = surnameKey(actor)
    if (!surname) {
      keys.set(actor.id, own)
      continue
    }
    const bare = isBareSurname(actor)
    const rows = corpus.get(surname) ?? []
    corpus.set(surname, rows)
    const stored = rows.filter((r) => !r.bare).map((r) => r.actor_key)
    let resolved = bare
      ? resolveBareSurname(`${own}@${story}`, fullNames.get(surname) ?? [])
      : resolveSpelling(own, stored, givenNameGenders())
    // "Gabriel" with no full name in its article: the one stored full name of that surname whose articles agree
    if (bare && resolved === `${own}@${story}` && stored.length === 1) {
      const only = stored[0] as string
      if (agreesWith(companions.get(only), articleKeys)) resolved = only
    }
    keys.set(actor.id, resolved)
    if (bare) continue
    if (!rows.some((r) => r.actor_key === resolved)) {
      const row = { actor_key: resolved, surname, bare: 0 }
      newCorpusActors.push(row)
      rows.push(row)
    }
  }
  return keys
}

export interface BatchItem {
  analysis: Analysis
  meta: SaveMeta
  /** `prepareRows(analysis)` when it was computed already (in a pool's thread); else it is computed here */
  prepared?: PreparedRows
}

/**
 * Writes analyses as if one after another (a later one may join an earlier one's story or name) and returns
 * their story ids; the caller wraps it in a transaction. The rows are written at the end, a table at a time.
 */
export async function insertAnalyses(
  trx: Transaction<Database>,
  items: readonly BatchItem[],
  createdAt: string,
): Promise<string[]> {
  const pending = Object.fromEntries(ROW_TABLES.map((table) => [table, []])) as unknown as PendingRows
  const corpus = await loadCorpusActors(trx, items)
  const companions = await loadCompanions(trx, items, corpus)
  const signed = items.map(({ analysis, prepared }) => prepared ?? prepareRows(analysis))
  const storyBands = await loadStoryBands(
    trx,
    signed.flatMap((s) => s.bands),
  )
  const stories: string[] = []
  const newCorpusActors: CorpusActorRow[] = []
  for (const [i, { analysis, meta }] of items.entries()) {
    const { signature, bands, stems } = signed[i] as PreparedRows
    const story = findStory(bands, signature, storyBands) ?? analysis.id
    stories.push(story)
    // later articles of the batch find this one as if it were stored
    for (const band of bands) storyBands.get(band)?.push({ documentId: analysis.id, signature, story })
    const keys = resolveActorKeys(analysis, story, corpus, newCorpusActors, companions)
    // a later article of the batch meets this one's full names as if it were stored
    const articleKeys = new Set(keys.values())
    for (const key of articleKeys) {
      const seen = companions.get(key)
      if (seen) for (const k of articleKeys) seen.add(k)
      else if (key.startsWith('per:') && !key.includes('@')) companions.set(key, new Set(articleKeys))
    }
    const rows = articleRows(analysis, meta, { story, signature, bands, stems, keys, createdAt })
    for (const table of ROW_TABLES) for (const row of rows[table]) pending[table].push(row)
  }
  await insertCorpusActors(trx, newCorpusActors)
  // in id order for the same reason: two batches that share articles wait for each other, never crosswise
  pending.documents.sort((a, b) => ((a.id as string) < (b.id as string) ? -1 : a.id === b.id ? 0 : 1))
  for (const table of ROW_TABLES) await insertChunked(trx, table, pending[table])
  return stories
}

/** The rows one article writes, each with its document id. */
function articleRows(
  analysis: Analysis,
  meta: SaveMeta,
  found: {
    story: string
    signature: TextSignature
    bands: string[]
    stems: string[]
    keys: Map<string, string>
    createdAt: string
  },
): PendingRows {
  const { text } = analysis
  const source = analysis.source ?? {}
  // an item's span as stored: integers, and the text it covers sliced here (never in SQL)
  const evidence = (span: Span) => ({ start: span[0], end: span[1], text: slice(text, span) })
  const key = (id: string | undefined) => (id ? (found.keys.get(id) ?? id) : null)
  // one form for every date, whatever brought it (document/published-date.ts): exports and the API answer what is stored
  const published = normalisePublished(meta.published ?? source.published)
  const stored: Analysis =
    source.published === undefined
      ? analysis
      : { ...analysis, source: { ...source, published: normalisePublished(source.published) as string } }
  // the dates the actor timeline orders by, stored beside its rows so its index holds them (migration 0006)
  const quoteDate = published ?? ''
  const eventDate = (when: string | undefined) =>
    when && ISO_DATE.test(when) ? when.slice(0, 10) : (published ?? '')
  // the board and the actor timelines show only events that name who acted (migration 0008)
  const actorIds = new Set(analysis.actors.map((a) => a.id))
  const named = (e: Analysis['events'][number]) => (isNamedEvent(e, actorIds) ? 1 : 0)
  const rows: Record<RowTable, Row[]> = {
    documents: [
      {
        title: titleOf(analysis, meta),
        outlet: outletName({ name: meta.outlet ?? source.outlet, url: meta.uri ?? source.uri }) ?? null,
        published,
        uri: meta.uri ?? source.uri ?? null,
        text,
        analysis: JSON.stringify(stored),
        lang: analysis.lang,
        created_at: found.createdAt,
        story_id: found.story,
      },
    ],
    document_signatures: [{ signature: encodeSignature(found.signature) }],
    story_bands: found.bands.map((band) => ({ band })),
    actors: analysis.actors.map((a) => ({
      actor_id: a.id,
      actor_key: key(a.id) as string,
      name: a.name,
      kind: a.kind,
      country: a.country ?? null,
      aliases: JSON.stringify(a.aliases),
      surname: surnameKey(a) ?? null,
      bare: isBareSurname(a) ? 1 : 0,
    })),
    actor_roles: actorRoleRows(analysis.actors, (id) => found.keys.get(id) ?? id, published),
    quotes: analysis.quotes.map((q) => ({
      quote_id: q.id,
      kind: q.kind,
      speaker_key: key(q.speaker),
      ...evidence(q.span),
      timeline_date: quoteDate,
    })),
    quote_speakers: analysis.quotes.flatMap((q) =>
      (q.speakers ?? (q.speaker ? [q.speaker] : [])).map((a) => ({
        quote_id: q.id,
        actor_key: key(a),
        timeline_date: quoteDate,
        start: q.span[0],
      })),
    ),
    events: analysis.events.map((e) => ({
      event_id: e.id,
      type: e.type,
      status: e.status,
      when: e.when ?? null,
      ...evidence(e.span),
      named: named(e),
    })),
    event_participants: analysis.events.flatMap((e) => {
      const at = { timeline_date: eventDate(e.when), start: e.span[0], named: named(e) }
      return [
        ...e.actor.map((a) => ({ event_id: e.id, actor_key: key(a), role: 'actor', ...at })),
        ...e.recipient.map((a) => ({ event_id: e.id, actor_key: key(a), role: 'recipient', ...at })),
      ]
    }),
    quantities: analysis.quantities.map((q, idx) => ({
      idx,
      value: q.value,
      approx: q.approx ? 1 : 0,
      unit: q.unit ?? null,
      of: q.of ?? null,
      ...evidence(q.span),
    })),
    // SQLite: an FTS5 table (unicode61); PostgreSQL: a generated tsvector column with the german configuration.
    // Both index each word's stem beside it (CISTEM, or Porter's inflection steps for English), so "Venezuelas"
    // finds "Venezuela" and "talks" finds "talked" (migration 0009)
    search_rows: [
      { kind: 'document', ref: analysis.id, body: text },
      ...analysis.quotes.map((q) => ({ kind: 'quote', ref: q.id, body: slice(text, q.span) })),
      // prepareRows' stems: the text's, then each quote's in this order
    ].map((row, i) => ({ ...row, stems: found.stems[i] })),
  }
  // documents are keyed by `id`, every other table by `document_id`
  const column = (table: RowTable) => (table === 'documents' ? 'id' : 'document_id')
  return Object.fromEntries(
    ROW_TABLES.map((table) => [table, rows[table].map((row) => ({ [column(table)]: analysis.id, ...row }))]),
  ) as PendingRows
}
