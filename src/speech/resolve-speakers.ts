import { type Actor, type Entity, firstIndex, type Span } from '../document/index.ts'
import type { FoundQuote } from './found-quote.ts'

/** The words of a language that refer to speakers (lexicons/<lang>-speech-markers.json). */
export interface SpeakerWords {
  /** "er", "sie": a pronoun stands for the last person named */
  pronouns: ReadonlySet<string>
  /** "dieser", "letztere": a demonstrative stands for somebody named before */
  demonstrativeSpeakers: ReadonlySet<string>
  /** "jener": a demonstrative that points further back than the last one named */
  farDemonstratives: ReadonlySet<string>
  /** "der", "die", "das" before a role or media noun: "der Minister", "das Blatt" */
  definiteArticles: ReadonlySet<string>
  determiners: ReadonlySet<string>
  roleNouns: ReadonlySet<string>
  mediaNouns: ReadonlySet<string>
  writingNouns: ReadonlySet<string>
  /** "beide": the two people the text last joined */
  jointSpeakers: ReadonlySet<string>
  /** "demnach": points back itself, names nobody */
  referenceAdverbs: ReadonlySet<string>
  /** "ich", "wir": outside a quotation the writer */
  firstPersonPronouns: ReadonlySet<string>
  /** "und", "sowie": join the speakers of a joint statement */
  coordinators: ReadonlySet<string>
  /** "und": joins the two people "beide" stands for */
  pairConjunctions: ReadonlySet<string>
}

/** " und ", " sowie ": one of the words between spaces (or at the start). */
function joinedBy(between: string, words: ReadonlySet<string>): boolean {
  return between.split(/\s/u).some((w, i, all) => words.has(w) && i < all.length - 1)
}

/** A mention that stands for somebody named earlier: "er", "sie", "der Minister", "das Blatt". */
function referring(text: string, mention: Span, lex: SpeakerWords): 'person' | 'media' | undefined {
  const words = text.slice(mention[0], mention[1]).split(/\s+/u)
  if (words.length === 1 && lex.pronouns.has(words[0] as string)) return 'person'
  // "Dieser bestätigte …", "…, so letztere": a demonstrative for the one named last ("jener" points further back)
  const lone = words[0]?.toLowerCase() ?? ''
  if (words.length === 1 && lex.demonstrativeSpeakers.has(lone) && !lex.farDemonstratives.has(lone))
    return 'person'
  const [first, ...rest] = words
  if (!first || !lex.definiteArticles.has(first.toLowerCase()) || rest.length === 0 || rest.length > 2)
    return undefined
  const head = rest[rest.length - 1] as string
  if (lex.mediaNouns.has(head)) return 'media'
  return lex.roleNouns.has(head) ? 'person' : undefined
}

/**
 * Gives pronoun and role-noun speakers the last compatible named speaker before them ("kündigte er an" → Lawrow,
 * "zitierte das Blatt" → die „Times“), then maps mentions to actor ids when the entities stage made them.
 */
export function resolveSpeakers(
  text: string,
  quotes: FoundQuote[],
  lex: SpeakerWords,
  entities?: Entity[],
  actors?: Actor[],
): void {
  const named: Array<{ span: Span; media: boolean }> = []
  for (const q of quotes) {
    if (!q.speakerMention || q.antecedent) continue
    const mention = text.slice(q.speakerMention[0], q.speakerMention[1])
    // "Ich glaube, …" outside anybody's quotation is the writer, not the speaker named last
    if (!q.nested && lex.firstPersonPronouns.has(mention.toLowerCase())) continue
    // "Beide machten deutlich, …": the two people the text last joined with "und"
    if (lex.jointSpeakers.has(mention.toLowerCase())) {
      const pair = lastJoinedPair(text, q.speakerMention[0], entities, lex)
      if (pair) q.antecedent = pair
      continue
    }
    const kind = referring(text, q.speakerMention, lex)
    const at = q.speakerMention[0]
    if (kind) {
      const candidates = named.filter((n) => n.span[1] <= at && (kind !== 'media' || n.media))
      const antecedent = candidates[candidates.length - 1]
      if (antecedent) q.antecedent = antecedent.span
    } else if (canBeAntecedent(mention, lex)) {
      named.push({
        span: q.speakerMention,
        media: /[„“"»]/u.test(mention) || [...lex.writingNouns].some((n) => mention.includes(n)),
      })
    }
  }
  // continuation quotes copied their speaker before resolution: copy the antecedent along
  for (const q of quotes) {
    if (q.antecedent || !q.speakerMention) continue
    const same = quotes.find(
      (o) => o !== q && o.antecedent && o.speakerMention?.[0] === q.speakerMention?.[0],
    )
    if (same?.antecedent) q.antecedent = same.antecedent
  }
  void actors
}

/**
 * Whether a speaker mention names somebody a later "er" can stand for: a word in capitals that is no article
 * ("Der als …" is a phrase cut short), and no reference adverb ("Demnach" points back itself).
 */
function canBeAntecedent(mention: string, lex: SpeakerWords): boolean {
  if (lex.referenceAdverbs.has(mention.toLowerCase())) return false
  return mention.split(/\s+/u).some((w) => /^[\p{Lu}„“"»]/u.test(w) && !lex.determiners.has(w.toLowerCase()))
}

/** How far back "beide" looks for the pair it stands for: about two sentences of news. */
const PAIR_REACH = 400

/** The last two people before `at` that "und" joins inside one sentence: "Sergej Lawrow und sein US-Kollege Antony Blinken". */
function lastJoinedPair(
  text: string,
  at: number,
  entities: Entity[] | undefined,
  lex: SpeakerWords,
): Span | undefined {
  const people = (entities ?? []).filter((e) => e.type === 'PER' && e.actor && e.span[1] <= at)
  for (let i = people.length - 1; i > 0; i--) {
    const [a, b] = [people[i - 1] as Entity, people[i] as Entity]
    if (at - b.span[1] > PAIR_REACH) return undefined
    const between = text.slice(a.span[1], b.span[0])
    if (a.actor !== b.actor && joinedBy(between, lex.pairConjunctions) && !/[.!?]/u.test(between))
      return [a.span[0], b.span[1]]
  }
  return undefined
}

/** The entities with an actor inside a mention, of its leading type: persons, else organisations, else any. */
function namedIn(mention: Span | undefined, entities: Entity[] | undefined): Entity[] {
  if (!mention || !entities) return []
  const inside = entitiesFrom(entities, mention[0], mention[1]).filter(
    (e) => e.actor && mention[0] <= e.span[0] && e.span[1] <= mention[1],
  )
  for (const type of ['PER', 'ORG'] as const) {
    const typed = inside.filter((e) => e.type === type)
    if (typed.length > 0) return typed
  }
  return inside
}

/**
 * The entities that start in [from, to], in layer order: by binary search when the layer is in text order (the
 * entities stage writes it so), so that every quote of a long text does not filter every entity.
 */
function entitiesFrom(entities: Entity[], from: number, to: number): Entity[] {
  let sorted = sortedByStart.get(entities)
  if (sorted === undefined) {
    sorted = entities.every((e, i) => i === 0 || (entities[i - 1] as Entity).span[0] <= e.span[0])
    sortedByStart.set(entities, sorted)
  }
  if (!sorted) return entities
  const out: Entity[] = []
  for (let i = firstIndex(entities, (e) => e.span[0], from, true); i < entities.length; i++) {
    const e = entities[i] as Entity
    if (e.span[0] > to) break
    out.push(e)
  }
  return out
}
const sortedByStart = new WeakMap<Entity[], boolean>()

/** The actor a mention names: the last person (else organisation, else any) entity inside it. */
export function actorOf(mention: Span | undefined, entities: Entity[] | undefined): string | undefined {
  return namedIn(mention, entities).at(-1)?.actor
}

/**
 * The actors a mention names as speakers, in the order of the text: every actor of a joint mention ("Blinken und
 * Lawrow", "Lawrow und sein US-Kollege Antony Blinken", "Scholz, Macron und Draghi", where "und" or "sowie" joins
 * the last two and commas at most the ones before), else the one `actorOf` gives: "Der Sprecher Putins, Dmitri
 * Peskow" names one person with an apposition.
 */
export function speakersOf(
  text: string,
  mention: Span | undefined,
  entities: Entity[] | undefined,
  lex: SpeakerWords,
): string[] {
  const named = namedIn(mention, entities)
  const one = named.at(-1)?.actor
  for (let i = 1; i < named.length; i++) {
    const between = text.slice((named[i - 1] as Entity).span[1], (named[i] as Entity).span[0])
    const joined = joinedBy(between, lex.coordinators)
    if (!joined && !(i < named.length - 1 && /^\s*,\s*$/u.test(between))) return one ? [one] : []
  }
  return named.length < 2 ? (one ? [one] : []) : [...new Set(named.map((e) => e.actor as string))]
}
