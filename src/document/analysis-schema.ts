import { z } from 'zod'

/** The `lagebild/analysis@1` contract (shared/design/CONTRACT.md). It grows only by adding optional fields. */
export const ANALYSIS_SCHEMA_TAG = 'lagebild/analysis@1'

export const spanSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])

export const blockSchema = z.object({
  kind: z.enum(['heading', 'paragraph', 'figure', 'graphic']),
  span: spanSchema,
  caption: spanSchema.optional(),
  alt: spanSchema.optional(),
  credit: spanSchema.optional(),
})

export const structureSchema = z.object({
  title: spanSchema.optional(),
  kicker: spanSchema.optional(),
  lead: spanSchema.optional(),
  blocks: z.array(blockSchema),
})

export const entitySchema = z.object({
  span: spanSchema,
  type: z.enum(['PER', 'ORG', 'LOC', 'OTH']),
  actor: z.string().optional(),
})

export const actorSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.enum(['person', 'organization', 'country', 'group', 'media', 'other']),
  country: z.string().optional(),
  roles: z.array(z.string()).optional(),
})

export const quoteSchema = z.object({
  id: z.string(),
  span: spanSchema,
  kind: z.enum(['direct', 'indirect', 'mixed', 'freeIndirect', 'reported']),
  medium: z.enum(['speech', 'thought', 'writing']).optional(),
  speaker: z.string().optional(),
  /**
   * every actor of a joint speaker mention, in the order of the text ("Blinken und Lawrow hatten … angekündigt");
   * `speaker` is the first of them; absent when one actor speaks (extends analysis@1)
   */
  speakers: z.array(z.string()).optional(),
  addressee: z.string().optional(),
  speakerMention: spanSchema.optional(),
  cue: z.array(spanSchema).optional(),
  via: z.array(z.string()).optional(),
  /** the id of the quote whose words hold this one: speech reported inside somebody's own words (extends analysis@1) */
  within: z.string().optional(),
  /**
   * the said words piece by piece when the narrator's words split them ("“We will win,” he said, “and soon.”") or a
   * quotation goes on in the sentences after its frame; `span` is the first piece (extends analysis@1)
   */
  parts: z.array(spanSchema).optional(),
  /**
   * the id of the rule that made the quote ("de/cue-after"): why it is a quote (extends analysis@1, CONTRACT.md).
   * The speech stage always sets it; optional here only so that analyses stored before it existed (SQLite and
   * PostgreSQL stores, JSONL exports) still validate.
   */
  rule: z.string().optional(),
})

// threatened and hypothetical: the contract's statuses for an act only threatened or only supposed in a condition
export const eventStatusSchema = z.enum([
  'occurred',
  'planned',
  'promised',
  'demanded',
  'threatened',
  'considered',
  'hypothetical',
  'denied',
  'claimed',
])

export const eventSchema = z.object({
  id: z.string(),
  type: z.string(),
  status: eventStatusSchema,
  actor: z.array(z.string()),
  recipient: z.array(z.string()),
  mode: z.string().optional(),
  context: z.array(z.string()).optional(),
  span: spanSchema,
  when: z.string().optional(),
  where: z.array(z.string()).optional(),
  quote: z.string().optional(),
  /**
   * the id of the rule that made the event: how it was found, then why it has its status
   * ("events/verb-trigger events/status-planned"; extends analysis@1, CONTRACT.md). The events stage always sets
   * it; optional here only so that analyses stored before it existed (stores, JSONL exports) still validate.
   */
  rule: z.string().optional(),
})

export const quantitySchema = z.object({
  span: spanSchema,
  value: z.number(),
  approx: z.boolean().optional(),
  unit: z.string().optional(),
  of: z.string().optional(),
})

export const timeSchema = z.object({
  span: spanSchema,
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  value: z.string(),
})

export const sourceSchema = z.object({
  uri: z.string().optional(),
  outlet: z.string().optional(),
  published: z.string().optional(),
})

export const analysisSchema = z
  .object({
    schema: z.literal(ANALYSIS_SCHEMA_TAG),
    id: z.string(),
    text: z.string(),
    lang: z.string(),
    source: sourceSchema.optional(),
    structure: structureSchema,
    sentences: z.array(spanSchema),
    entities: z.array(entitySchema),
    actors: z.array(actorSchema),
    quotes: z.array(quoteSchema),
    events: z.array(eventSchema),
    quantities: z.array(quantitySchema),
    times: z.array(timeSchema),
    // Additions to the contract: which stage version made each layer, and what the stages warned about.
    producedBy: z.record(z.string(), z.string()).optional(),
    diagnostics: z
      .array(
        z.object({ stage: z.string(), rule: z.string(), message: z.string(), span: spanSchema.optional() }),
      )
      .optional(),
  })
  .superRefine((analysis, ctx) => {
    // Every span must index into `text`: that is the whole point of standoff layers.
    const length = analysis.text.length
    const check = (span: readonly [number, number] | undefined, path: (string | number)[]) => {
      if (span && !(span[0] <= span[1] && span[1] <= length)) {
        ctx.addIssue({
          code: 'custom',
          message: `span [${span[0]}, ${span[1]}) is outside the text (length ${length})`,
          path,
        })
      }
    }
    const s = analysis.structure
    check(s.title, ['structure', 'title'])
    check(s.kicker, ['structure', 'kicker'])
    check(s.lead, ['structure', 'lead'])
    s.blocks.forEach((b, i) => {
      for (const key of ['span', 'caption', 'alt', 'credit'] as const)
        check(b[key], ['structure', 'blocks', i, key])
    })
    analysis.sentences.forEach((span, i) => {
      check(span, ['sentences', i])
    })
    for (const layer of ['entities', 'quantities', 'times', 'events'] as const) {
      analysis[layer].forEach((item, i) => {
        check(item.span, [layer, i, 'span'])
      })
    }
    analysis.quotes.forEach((q, i) => {
      check(q.span, ['quotes', i, 'span'])
      check(q.speakerMention, ['quotes', i, 'speakerMention'])
      q.cue?.forEach((c, j) => {
        check(c, ['quotes', i, 'cue', j])
      })
    })
  })

export type Analysis = z.infer<typeof analysisSchema>
export type Block = z.infer<typeof blockSchema>
export type Structure = z.infer<typeof structureSchema>
export type Entity = z.infer<typeof entitySchema>
export type Actor = z.infer<typeof actorSchema>
export type Quote = z.infer<typeof quoteSchema>
export type Event = z.infer<typeof eventSchema>
export type EventStatus = z.infer<typeof eventStatusSchema>
export type Quantity = z.infer<typeof quantitySchema>
export type Time = z.infer<typeof timeSchema>
export type Source = z.infer<typeof sourceSchema>
