/**
 * The actor-identity gold (`eval/gold/actors/actors.json`, coded by hand from the texts; see GUIDELINE.md there).
 * Articles are named by the events gold's sources (eval/events-gold.ts), so the scorer reads the very text the
 * coders read. A mention is its exact surface, its whole-word occurrence `nth` and its character `offset` in that
 * text; the loader checks that both agree, so a changed text or normaliser is an error, not a silent shift.
 */
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { dataDir, occurrences, type SourceText, sourceSchema, sourceText } from './events-gold.ts'

const halfSchema = z.enum(['tune', 'report'])

const mentionSchema = z.object({
  id: z.string().min(1),
  /** the family of look-alikes the mention was chosen for ("clinton", "party"); pairs are drawn inside one */
  group: z.string().min(1),
  article: z.string().min(1),
  surface: z.string().min(1),
  nth: z.number().int().positive(),
  offset: z.number().int().nonnegative(),
  /** who the words name, as a coder would write it; null when they name no actor (the colour "Schwarz") */
  identity: z.string().min(1).nullable(),
})

export const PAIR_KINDS = [
  'surname-vs-full',
  'spelling',
  'same-surface',
  'role-vs-name',
  'party-forms',
  'organisation-forms',
  'same-surname',
  'not-an-actor',
  'different-actors',
  'different-organisations',
] as const

const pairSchema = z.object({
  a: z.string(),
  b: z.string(),
  same: z.boolean(),
  kind: z.enum(PAIR_KINDS),
  scope: z.enum(['within', 'across']),
})

export const actorGoldSchema = z.object({
  coders: z.array(z.string()).optional(),
  articles: z.record(z.string(), z.object({ source: sourceSchema, half: halfSchema })),
  mentions: z.array(mentionSchema),
  pairs: z.array(pairSchema),
})

export type Half = z.infer<typeof halfSchema>
export type GoldMention = z.infer<typeof mentionSchema>
export type GoldPair = z.infer<typeof pairSchema>

export interface ActorGold {
  articles: Map<string, { half: Half; text: SourceText }>
  mentions: Map<string, GoldMention>
  pairs: GoldPair[]
}

export const ACTOR_GOLD = new URL('./gold/actors/actors.json', import.meta.url)

/** Reads and checks the gold; throws naming every mention or pair that does not fit its text or its halves. */
export function loadActorGold(raw: unknown, data = dataDir()): ActorGold {
  const gold = actorGoldSchema.parse(raw)
  const articles = new Map(
    Object.entries(gold.articles).map(([key, a]) => [
      key,
      { half: a.half, text: sourceText(a.source, data) },
    ]),
  )
  const problems: string[] = []
  const mentions = new Map<string, GoldMention>()
  for (const m of gold.mentions) {
    if (mentions.has(m.id)) problems.push(`${m.id}: id used twice`)
    mentions.set(m.id, m)
    const article = articles.get(m.article)
    if (!article) {
      problems.push(`${m.id}: no article ${m.article}`)
      continue
    }
    const at = occurrences(article.text.text, m.surface)[m.nth - 1]
    if (at?.[0] !== m.offset)
      problems.push(
        `${m.id}: "${m.surface}" occurrence ${m.nth} is at ${at?.[0] ?? 'no offset'}, not ${m.offset}`,
      )
  }
  for (const p of gold.pairs) {
    const [a, b] = [mentions.get(p.a), mentions.get(p.b)]
    if (!a || !b) {
      problems.push(`pair ${p.a}/${p.b}: unknown mention`)
      continue
    }
    if (articles.get(a.article)?.half !== articles.get(b.article)?.half)
      problems.push(`pair ${p.a}/${p.b}: its articles lie in different halves`)
    if (p.same !== (a.identity !== null && a.identity === b.identity))
      problems.push(
        `pair ${p.a}/${p.b}: marked ${p.same ? 'same' : 'different'}, its mentions' identities disagree`,
      )
  }
  if (problems.length) throw new Error(`actor gold: ${problems.join('; ')}`)
  return { articles, mentions, pairs: gold.pairs }
}

export function readActorGold(path: URL | string = ACTOR_GOLD, data = dataDir()): ActorGold {
  return loadActorGold(JSON.parse(readFileSync(path, 'utf8')), data)
}
