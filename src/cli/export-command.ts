import { closeSync, openSync, writeSync } from 'node:fs'
import type { Analysis, Span } from '../document/index.ts'
import { LagebildError } from '../document/index.ts'
import { openStore, type Store } from '../store/index.ts'

/** One stored article as the store hands it out for export (analysis, metadata, corpus actor keys). */
type StoredDocument = Store['eachDocument'] extends (...args: never[]) => AsyncIterable<infer T> ? T : never

export const EXPORT_FORMATS = ['jsonl', 'csv', 'plover'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export interface ExportOptions {
  db?: string
  format?: string
  out?: string
}

/** A buffered output: a file, or standard output through `write`. */
interface Sink {
  write(s: string): void
  close(): void
}

function fileSink(path: string): Sink {
  let fd: number
  try {
    fd = openSync(path, 'w')
  } catch (error) {
    throw new LagebildError('LB_ARG_INVALID', `cannot write ${path}: ${(error as Error).message}`)
  }
  let buffer = ''
  return {
    write(s) {
      buffer += s
      if (buffer.length > 1 << 16) {
        writeSync(fd, buffer)
        buffer = ''
      }
    },
    close() {
      if (buffer) writeSync(fd, buffer)
      closeSync(fd)
    },
  }
}

const streamSink = (write: (s: string) => void): Sink => ({ write, close() {} })

// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled; records end in CRLF.
function csvField(value: unknown): string {
  if (value === undefined || value === null) return ''
  const s = Array.isArray(value) ? value.join('; ') : String(value)
  return /[",\r\n]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}
const csvRow = (values: readonly unknown[]) => `${values.map(csvField).join(',')}\r\n`

const slice = (text: string, span: Span | undefined) => (span ? text.slice(span[0], span[1]) : undefined)

/** The sentence an item sits in: event-data users read the evidence in context. */
function sentenceOf(analysis: Analysis, span: Span): Span | undefined {
  return analysis.sentences.find((s) => s[0] <= span[0] && span[0] < s[1])
}

/** The stored analysis, its `source` completed from what the store knows (an outlet given at ingest). */
function withSource(doc: StoredDocument): Analysis {
  const stored = {
    ...(doc.uri ? { uri: doc.uri } : {}),
    ...(doc.outlet ? { outlet: doc.outlet } : {}),
    ...(doc.published ? { published: doc.published } : {}),
  }
  const source = { ...stored, ...doc.analysis.source }
  return Object.keys(source).length > 0 ? { ...doc.analysis, source } : doc.analysis
}

function actorsOf(doc: StoredDocument) {
  const byId = new Map(doc.analysis.actors.map((a) => [a.id, a]))
  return {
    key: (id: string | undefined) => (id ? (doc.actorKeys[id] ?? id) : undefined),
    name: (id: string | undefined) => (id ? byId.get(id)?.name : undefined),
    actor: (id: string) => byId.get(id),
  }
}

export const CSV_COLUMNS = {
  documents: [
    'record',
    'document_id',
    'story_id',
    'title',
    'outlet',
    'published',
    'uri',
    'lang',
    'quotes',
    'events',
  ],
  quotes: [
    'record',
    'document_id',
    'quote_id',
    'kind',
    'medium',
    'speaker_key',
    'speaker_name',
    'addressee_key',
    'cue',
    'via',
    'start',
    'end',
    'text',
    'outlet',
    'published',
    // the quote this one stands inside (nested speech); last, so readers of the earlier columns are unaffected
    'within',
    // the id of the rule that made the quote (empty for analyses stored before quotes carried it); added last
    'rule',
  ],
  events: [
    'record',
    'document_id',
    'event_id',
    'type',
    'status',
    'mode',
    'context',
    'when',
    'where',
    'actor_keys',
    'actor_names',
    'recipient_keys',
    'recipient_names',
    'quote_id',
    'start',
    'end',
    'text',
    'sentence',
    'outlet',
    'published',
    // the id of the rule that made the event (empty for analyses stored before events carried it); added last
    'rule',
  ],
} as const

function documentRow(doc: StoredDocument): unknown[] {
  const a = doc.analysis
  return [
    'document',
    a.id,
    doc.storyId,
    doc.title,
    doc.outlet,
    doc.published,
    doc.uri,
    a.lang,
    a.quotes.length,
    a.events.length,
  ]
}

function quoteRows(doc: StoredDocument): unknown[][] {
  const a = doc.analysis
  const actors = actorsOf(doc)
  return a.quotes.map((q) => [
    'quote',
    a.id,
    q.id,
    q.kind,
    q.medium,
    actors.key(q.speaker),
    actors.name(q.speaker),
    actors.key(q.addressee),
    q.cue?.map((c) => slice(a.text, c)),
    q.via,
    q.span[0],
    q.span[1],
    slice(a.text, q.span),
    doc.outlet,
    doc.published,
    q.within,
    q.rule,
  ])
}

function eventRows(doc: StoredDocument): unknown[][] {
  const a = doc.analysis
  const actors = actorsOf(doc)
  return a.events.map((e) => [
    'event',
    a.id,
    e.id,
    e.type,
    e.status,
    e.mode,
    e.context,
    e.when,
    e.where,
    e.actor.map(actors.key),
    e.actor.map(actors.name),
    e.recipient.map(actors.key),
    e.recipient.map(actors.name),
    e.quote,
    e.span[0],
    e.span[1],
    slice(a.text, e.span),
    slice(a.text, sentenceOf(a, e.span)),
    doc.outlet,
    doc.published,
    e.rule,
  ])
}

/** A day PLOVER can file the event under: the resolved event time when it is a date, else the article's date. */
function eventDate(when: string | undefined, published: string | null): string | null {
  if (when && /^\d{4}-\d{2}-\d{2}/u.test(when)) return when.slice(0, 10)
  return published ? published.slice(0, 10) : null
}

/**
 * PLOVER-style records (the field names of the PLOVER/POLECAT event data, actors as lists), one per event,
 * with Lagebild's status (a demand is not an act) and the provenance every record needs to be checked:
 * the article, its outlet and date, the sentence and the evidence with their character spans, and the rule.
 */
export function ploverRecords(doc: StoredDocument) {
  const a = doc.analysis
  const actors = actorsOf(doc)
  const party = (id: string) => {
    const actor = actors.actor(id)
    return {
      name: actor?.name ?? id,
      key: actors.key(id),
      ...(actor?.kind ? { kind: actor.kind } : {}),
      ...(actor?.country ? { country: actor.country } : {}),
    }
  }
  return a.events.map((e) => {
    const sentence = sentenceOf(a, e.span)
    return {
      event_id: `${a.id}:${e.id}`,
      event_date: eventDate(e.when, doc.published),
      event_type: e.type,
      mode: e.mode ?? null,
      context: e.context ?? [],
      status: e.status,
      actor: e.actor.map(party),
      recipient: e.recipient.map(party),
      location: e.where ?? [],
      ...(e.when ? { when: e.when } : {}),
      provenance: {
        document_id: a.id,
        story_id: doc.storyId,
        outlet: doc.outlet,
        published: doc.published,
        uri: doc.uri,
        title: doc.title,
        sentence: sentence ? { text: slice(a.text, sentence), span: sentence } : null,
        evidence: { text: slice(a.text, e.span), span: e.span },
        ...(e.quote ? { quote_id: e.quote } : {}),
        // why this is an event: the id of the rule that made it (absent in analyses stored before rules were kept)
        ...(e.rule ? { rule: e.rule } : {}),
      },
    }
  })
}

/** `corpus.csv` → `corpus.quotes.csv`: one file per record kind beside the name given. */
export function csvPaths(out: string) {
  const stem = out.replace(/\.csv$/iu, '')
  return { documents: `${stem}.documents.csv`, quotes: `${stem}.quotes.csv`, events: `${stem}.events.csv` }
}

/** `lagebild export --format jsonl|csv|plover [--out FILE]`: writes every stored article; returns the exit code. */
export async function exportCorpus(options: ExportOptions, write: (s: string) => void): Promise<number> {
  const format = options.format as ExportFormat
  if (!EXPORT_FORMATS.includes(format)) {
    throw new LagebildError(
      'LB_ARG_INVALID',
      `--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${options.format ?? ''}"`,
    )
  }
  const store = await openStore(options.db ? { path: options.db } : {})
  // `lagebild export … | head` closes the pipe early: that ends the export, it is not a failure
  const onPipeError = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  }
  if (!options.out) process.stdout.on('error', onPipeError)
  const sinks: Sink[] = []
  const sink = (path: string | undefined) => {
    const s = path ? fileSink(path) : streamSink(write)
    sinks.push(s)
    return s
  }
  let documents = 0
  let records = 0
  try {
    if (format === 'csv') {
      // with --out: three files; on standard output: three sections, each with its header, a blank line between
      const paths = options.out ? csvPaths(options.out) : undefined
      const out = {
        documents: sink(paths?.documents),
        quotes: paths ? sink(paths.quotes) : undefined,
        events: paths ? sink(paths.events) : undefined,
      }
      const quotes: string[] = []
      const events: string[] = []
      out.documents.write(csvRow(CSV_COLUMNS.documents))
      out.quotes?.write(csvRow(CSV_COLUMNS.quotes))
      out.events?.write(csvRow(CSV_COLUMNS.events))
      for await (const doc of store.eachDocument()) {
        documents++
        out.documents.write(csvRow(documentRow(doc)))
        for (const row of quoteRows(doc)) {
          records++
          if (out.quotes) out.quotes.write(csvRow(row))
          else quotes.push(csvRow(row))
        }
        for (const row of eventRows(doc)) {
          records++
          if (out.events) out.events.write(csvRow(row))
          else events.push(csvRow(row))
        }
      }
      if (!paths) {
        out.documents.write(`\r\n${csvRow(CSV_COLUMNS.quotes)}${quotes.join('')}`)
        out.documents.write(`\r\n${csvRow(CSV_COLUMNS.events)}${events.join('')}`)
      }
    } else {
      const out = sink(options.out)
      for await (const doc of store.eachDocument()) {
        documents++
        if (format === 'jsonl') {
          records++
          out.write(`${JSON.stringify(withSource(doc))}\n`)
        } else {
          for (const record of ploverRecords(doc)) {
            records++
            out.write(`${JSON.stringify(record)}\n`)
          }
        }
      }
    }
  } finally {
    for (const s of sinks) s.close()
    process.stdout.off('error', onPipeError)
    await store.close()
  }
  if (options.out) {
    const where = format === 'csv' ? Object.values(csvPaths(options.out)).join(', ') : options.out
    process.stderr.write(
      `exported ${documents} articles (${records} ${format === 'jsonl' ? 'analyses' : 'records'}) to ${where}\n`,
    )
  }
  return 0
}
