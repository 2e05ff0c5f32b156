import { type Document, type Entity, firstIndex, type Token } from '../../document/index.ts'
import { quoteAround } from '../plover/mentions.ts'
import type { EnglishEventLexicon } from './english-event-lexicon.ts'

/** A stretch of tokens (end exclusive) that stands for one actor. */
export interface EnglishMention {
  start: number
  end: number
  id: string
  via: 'entity' | 'pronoun'
}

/** How far back (characters) a pronoun still points to the person or group named last. */
const PRONOUN_REACH = 600

/** The token range [start, end) a character span covers, or undefined where no token overlaps it. */
export function tokenRange(
  tokens: readonly Token[],
  span: readonly [number, number],
): [number, number] | undefined {
  let start = -1
  let end = -1
  for (let i = firstIndex(tokens, (t) => t.span[1], span[0]); i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.span[0] >= span[1]) break
    if (t.span[0] < span[1] && span[0] < t.span[1]) {
      if (start < 0) start = i
      end = i + 1
    }
  }
  return start < 0 ? undefined : [start, end]
}

/**
 * Every mention of an actor in token order: the entities with an actor, and the pronouns that stand for one —
 * "he", "she" the person named last, "they" the group or organisation named last; inside a quote "I" the speaker
 * and "we" the speaker's country where the actors layer knows it, else the speaker.
 */
export function findEnglishMentions(doc: Document, lex: EnglishEventLexicon): EnglishMention[] {
  const tokens = doc.layers.tokens ?? []
  const entities = doc.layers.entities ?? []
  const quotes = doc.layers.quotes ?? []
  const actors = new Map((doc.layers.actors ?? []).map((a) => [a.id, a]))
  const mentions: EnglishMention[] = []
  const covered = new Set<number>()
  for (const e of entities) {
    if (!e.actor) continue
    const range = tokenRange(tokens, e.span)
    if (!range) continue
    mentions.push({ start: range[0], end: range[1], id: e.actor, via: 'entity' })
    for (let i = range[0]; i < range[1]; i++) covered.add(i)
  }
  const named = (kind: (e: Entity) => boolean) =>
    entities.filter((e) => e.actor && kind(e)).sort((a, b) => a.span[1] - b.span[1])
  const persons = named((e) => e.type === 'PER')
  const groups = named((e) => e.type === 'ORG' || actors.get(e.actor as string)?.kind === 'group')
  const lastBefore = (list: Entity[], at: number) => {
    const e = list[firstIndex(list, (x) => x.span[1], at + 1) - 1]
    return e && at - e.span[1] < PRONOUN_REACH ? e.actor : undefined
  }
  const r = lex.roles
  tokens.forEach((t, i) => {
    if (covered.has(i) || t.kind !== 'word') return
    const w = doc.text.slice(t.span[0], t.span[1]).toLowerCase()
    const quote = quoteAround(quotes, t.span)
    let id: string | undefined
    if (quote?.speaker && r.firstSingular.has(w)) id = quote.speaker
    else if (quote?.speaker && r.firstPlural.has(w)) {
      const country = actors.get(quote.speaker)?.country
      id = country && actors.has(`country:${country}`) ? `country:${country}` : quote.speaker
    } else if (r.person.has(w)) id = lastBefore(persons, t.span[0])
    else if (r.group.has(w)) id = lastBefore(groups, t.span[0])
    if (id) mentions.push({ start: i, end: i + 1, id, via: 'pronoun' })
  })
  return mentions.sort((a, b) => a.start - b.start)
}
