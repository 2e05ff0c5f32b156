import {
  type Actor,
  type Document,
  type Entity,
  firstIndex,
  type Quote,
  type Token,
} from '../../document/index.ts'
import { isLocalActorId } from '../../entities/index.ts'
import { isFiniteVerb } from './clauses.ts'
import type { EventLexicon } from './event-lexicon.ts'

/** A stretch of tokens that stands for one or more actors. */
export interface Mention {
  /** token indices, end exclusive */
  start: number
  end: number
  ids: string[]
  via: 'entity' | 'demonym' | 'pronoun' | 'name' | 'description'
  /** a pronoun that is never the subject: "die ihn verurteilen" */
  objectCase?: boolean
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1]
/** Whether `inner` lies within `outer` (character spans). */
export const inside = (outer: readonly [number, number], inner: readonly [number, number]) =>
  outer[0] <= inner[0] && inner[1] <= outer[1]

/** The innermost quote whose said words contain the span. */
export function quoteAround(quotes: Quote[], span: [number, number]): Quote | undefined {
  return innermost(quotesHolding(quotes, span))
}

/**
 * The quote an event is known from: the innermost quote whose said words contain the trigger. A `reported`
 * quote ("Die USA … verlangen einen Rückzug …") spans its whole sentence; there only the speech act itself, the
 * cue, is known from the speaker — the rest is the reporter's.
 */
export function quoteOf(quotes: Quote[], span: [number, number]): Quote | undefined {
  return innermost(
    quotesHolding(quotes, span).filter((q) => q.kind !== 'reported' || q.cue?.some((c) => inside(c, span))),
  )
}

/** The shortest of the quotes (the first in the layer's order among equals). */
const innermost = (holding: Quote[]) =>
  holding.sort((a, b) => a.span[1] - a.span[0] - (b.span[1] - b.span[0]))[0]

interface QuoteIndex {
  /** the layer's quotes by start, with their place in the layer */
  byStart: Array<{ q: Quote; order: number }>
  longest: number
}
const quoteIndexes = new WeakMap<readonly Quote[], QuoteIndex>()

/**
 * The quotes whose said words contain the span, in the layer's order: a binary search among the quotes by start and
 * a walk back no longer than the longest quote, instead of every quote for every event (quadratic on long texts).
 */
function quotesHolding(quotes: readonly Quote[], span: [number, number]): Quote[] {
  let index = quoteIndexes.get(quotes)
  if (!index) {
    const byStart = quotes.map((q, order) => ({ q, order })).sort((a, b) => a.q.span[0] - b.q.span[0])
    const longest = byStart.reduce((m, { q }) => Math.max(m, q.span[1] - q.span[0]), 0)
    index = { byStart, longest }
    quoteIndexes.set(quotes, index)
  }
  const { byStart, longest } = index
  const found: Array<{ q: Quote; order: number }> = []
  // back from the last quote that starts where the span does or before
  for (let k = firstIndex(byStart, (e) => e.q.span[0], span[0]) - 1; k >= 0; k--) {
    const entry = byStart[k] as QuoteIndex['byStart'][number]
    if (entry.q.span[0] < span[0] - longest) break
    if (inside(entry.q.span, span)) found.push(entry)
  }
  return found.sort((a, b) => a.order - b.order).map((e) => e.q)
}

/** The tokens that lie inside `span`, in order (tokens in text order). */
export function tokensWithin(tokens: readonly Token[], span: readonly [number, number]): Token[] {
  const out: Token[] = []
  for (let i = firstIndex(tokens, (t) => t.span[0], span[0], true); i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.span[0] > span[1]) break
    if (t.span[1] <= span[1]) out.push(t)
  }
  return out
}

function tokenRange(tokens: Token[], span: [number, number]): [number, number] | undefined {
  let start = -1
  let end = -1
  // tokens that end before the span cannot overlap it
  for (let i = firstIndex(tokens, (t) => t.span[1], span[0]); i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.span[0] >= span[1]) break
    if (overlaps(t.span, span)) {
      if (start < 0) start = i
      end = i + 1
    }
  }
  return start < 0 ? undefined : [start, end]
}

/**
 * For spans in text order (starts and ends never decreasing), a function that gives, span by span, the indices of
 * the items whose span (`spanOf`) contains it, in the items' order: one sweep instead of a scan per span.
 */
function containing<T>(
  items: readonly T[],
  spanOf: (item: T) => [number, number] | undefined,
): (span: [number, number]) => number[] {
  const order = items
    .map((item, i) => ({ span: spanOf(item), i }))
    .filter((x): x is { span: [number, number]; i: number } => x.span !== undefined)
    .sort((a, b) => a.span[0] - b.span[0] || a.i - b.i)
  let next = 0
  let active: Array<{ span: [number, number]; i: number }> = []
  return (span) => {
    while (next < order.length && (order[next]?.span[0] as number) <= span[0])
      active.push(order[next++] as never)
    // the ends of later spans do not decrease: an item that ends before this one's end contains none of them
    active = active.filter((x) => x.span[1] >= span[1])
    return active.map((x) => x.i).sort((a, b) => a - b)
  }
}

/** `quoteAround` for every span of a run in text order. */
function quotesAroundInOrder(quotes: Quote[]): (span: [number, number]) => Quote | undefined {
  const around = containing(quotes, (q) => q.span)
  return (span) => {
    let best: Quote | undefined
    for (const i of around(span)) {
      const q = quotes[i] as Quote
      // the innermost; of equally long ones the first (as the stable sort of `quoteAround`)
      if (!best || q.span[1] - q.span[0] < best.span[1] - best.span[0]) best = q
    }
    return best
  }
}

/** The last entity with an actor of a kind (in the layer's order) that ends at or before a position. */
function lastEntity(
  entities: readonly Entity[],
  kind: (e: Entity) => boolean,
): (at: number) => Entity | undefined {
  const persons = entities
    .map((e, i) => ({ e, i }))
    .filter((x) => kind(x.e) && x.e.actor)
    .sort((a, b) => a.e.span[1] - b.e.span[1])
  // best[k]: of persons[0..k], the one latest in the layer
  const best: Array<{ e: Entity; i: number }> = []
  for (const x of persons) {
    const previous = best.at(-1)
    best.push(previous && previous.i > x.i ? previous : x)
  }
  return (at) => best[firstIndex(persons, (x) => x.e.span[1], at) - 1]?.e
}

/**
 * "Eine Sprecherin des Bundesverfassungsgerichts teilte mit, dass das Gericht …": a body that no name qualifies
 * (`org:local:gericht`) is the named one told shortly before whose name ends in its word. By the entities in text
 * order, looking back no further than 600 characters.
 */
function namedBodyBefore(text: string, entities: readonly Entity[]): (e: Entity) => string | undefined {
  const named = entities
    .filter((x) => x.actor && !isLocalActorId(x.actor))
    .sort((a, b) => a.span[0] - b.span[0])
  const stem = (w: string) => w.toLowerCase().replace(/s$/u, '')
  return (e) => {
    const word = stem(text.slice(e.span[0], e.span[1]))
    if (word.length < 4) return undefined
    for (let k = firstIndex(named, (x) => x.span[0], e.span[0]) - 1; k >= 0; k--) {
      const x = named[k] as Entity
      if (e.span[0] - x.span[1] > 600) break
      const name = stem(text.slice(x.span[0], x.span[1]))
      if (name.length > word.length && name.endsWith(word)) return x.actor
    }
    return undefined
  }
}

/**
 * Every mention of an actor, in token order: the entities layer's mentions with their actor ids; country
 * adjectives ("das ukrainische Volk" → country:UKR) where no entity covers them; pronouns resolved against the
 * quotes layer. Without an entities layer, capitalised words the lexicon does not know as nouns stand in as
 * `name:` actors — the minimal fallback until the actors layer runs.
 */
export function findMentions(doc: Document, lex: EventLexicon): Mention[] {
  const text = doc.text
  const tokens = doc.layers.tokens ?? []
  const quotes = doc.layers.quotes ?? []
  const actors: Actor[] = doc.layers.actors ?? []
  const actorIds = new Set(actors.map((a) => a.id))
  const byId = new Map(actors.map((a) => [a.id, a]))
  const mentions: Mention[] = []
  const covered = new Set<number>()
  const entities = doc.layers.entities
  // "Die CDU-Politikerin wies die Vorwürfe zurück": one member of a group, with the definite article, is the person
  // named last ("der Politiker"; "die Politiker", "der Demonstranten" stay the group)
  const describedPerson = (start: number, e: Entity): string | undefined => {
    const article = tokens[start - 1]
    const surface = text.slice(e.span[0], e.span[1])
    const before = article ? text.slice(article.span[0], article.span[1]).toLowerCase() : ''
    const singular = (before === 'der' && !/n$/u.test(surface)) || (before === 'die' && /in$/u.test(surface))
    // only as the subject that opens its sentence, right before the verb: "Der Vertreter Libyens nannte …"
    // introduces somebody new
    const opens = start === 1 || tokens[start - 2]?.sentence !== article?.sentence
    const verb = tokens[tokenRange(tokens, e.span)?.[1] ?? start]
    if (!singular || !opens || !verb || !isFiniteVerb(verb)) return undefined
    return personNamedLast(e.span[0])
  }
  const lastPersonBefore = lastEntity(entities ?? [], (e) => e.type === 'PER')
  /** The actor of an entity named before a position, when that is near enough to be meant. */
  const near = (last: Entity | undefined, at: number): string | undefined =>
    last?.actor && at - last.span[1] < 600 ? last.actor : undefined
  const personNamedLast = (at: number) => near(lastPersonBefore(at), at)
  if (entities) {
    const bodyNamedBefore = namedBodyBefore(text, entities)
    for (const e of entities) {
      if (!e.actor) continue
      const range = tokenRange(tokens, e.span)
      if (!range) continue
      const person = e.actor.startsWith('group:') ? describedPerson(range[0], e) : undefined
      const named = isLocalActorId(e.actor) ? bodyNamedBefore(e) : undefined
      mentions.push({ start: range[0], end: range[1], ids: [person ?? named ?? e.actor], via: 'entity' })
      for (let i = range[0]; i < range[1]; i++) covered.add(i)
    }
  } else {
    // fallback until the actors layer runs: "… warnte Moskau" — capitalised and no known noun mid-sentence;
    // "Blinken warnte …" — first in the sentence right before the finite verb (das Blinken is also a noun)
    tokens.forEach((t, i) => {
      const w = text.slice(t.span[0], t.span[1])
      const sentenceStart = i === 0 || tokens[i - 1]?.sentence !== t.sentence
      const next = tokens[i + 1]
      const beforeVerb =
        next !== undefined && next.sentence === t.sentence && next.moods !== undefined && !next.verbForm
      const nameLike = sentenceStart ? beforeVerb : !t.noun
      if (t.kind === 'word' && nameLike && /^\p{Lu}\p{Ll}+$/u.test(w) && !t.moods) {
        mentions.push({ start: i, end: i + 1, ids: [`name:${w.toLowerCase()}`], via: 'name' })
        covered.add(i)
      }
    })
  }
  const countryId = (iso3: string) => `country:${iso3}`
  const speakerSide = (speaker: string) => {
    const country = byId.get(speaker)?.country
    return country && actorIds.has(countryId(country)) ? countryId(country) : speaker
  }
  const quoteAt = quotesAroundInOrder(quotes)
  const speakerMentionAt = containing(quotes, (q) => (q.speaker ? q.speakerMention : undefined))
  const lastGroupBefore = lastEntity(entities ?? [], (e) => e.actor?.startsWith('group:') === true)
  // the number of the finite verb beside a pronoun: "Sie betonte" is one person, "forderten sie" a group
  // (the verb right before it, else the first finite verb after it in its clause: "nachdem sie … abgelehnt worden war")
  const numberOf = (v: Token | undefined): 'S' | 'P' | undefined => {
    const third = (v?.persons ?? []).filter((x) => x.startsWith('3'))
    return third.length === 1 ? (third[0] === '3S' ? 'S' : 'P') : undefined
  }
  const verbNumber = (i: number): 'S' | 'P' | undefined => {
    const before = tokens[i - 1]
    if (before && isFiniteVerb(before) && before.sentence === tokens[i]?.sentence) return numberOf(before)
    for (let k = i + 1; k < tokens.length && k < i + 15; k++) {
      const v = tokens[k] as Token
      if (v.sentence !== tokens[i]?.sentence || v.kind === 'punct') break
      if (isFiniteVerb(v)) return numberOf(v)
    }
    return undefined
  }
  const d = lex.roles.descriptions
  const wordOf = (k: number) => {
    const x = tokens[k]
    return x ? text.slice(x.span[0], x.span[1]) : ''
  }
  // "die Regierung der Österreicher": an article right after a noun opens a genitive, not a person
  const genitiveAfterNoun = (i: number) => {
    const before = tokens[i - 1]
    return before !== undefined && before.sentence === tokens[i]?.sentence && before.noun === true
  }
  // "Beides weist der 42-Jährige zurück": a description by age is the person named last
  const description = (i: number): Mention | undefined => {
    if (!entities || !d.articles.has(wordOf(i).toLowerCase())) return undefined
    let j = i + 1
    while (d.skip.has(wordOf(j).toLowerCase())) j++
    const head = tokens[j]
    if (!head || head.sentence !== tokens[i]?.sentence) return undefined
    // "Der Österreicher rekrutierte …", "die Russin": one person of a nation (not "der Österreicher Mirsad
    // Omerovic", where the name that follows is the mention)
    const article = wordOf(i).toLowerCase()
    const national =
      lex.demonymNouns.has(wordOf(j)) &&
      ((article === 'der' && !/n$/u.test(wordOf(j))) || (article === 'die' && /in$/u.test(wordOf(j)))) &&
      !covered.has(j + 1) &&
      !genitiveAfterNoun(i)
    if (!d.ageNoun.test(wordOf(j)) && !national) return undefined
    const person = personNamedLast((tokens[i] as Token).span[0])
    return person ? { start: i, end: j + 1, ids: [person], via: 'description' } : undefined
  }
  tokens.forEach((t, i) => {
    // the sweeps see every token in order, whether it is used or not
    const quote = quoteAt(t.span)
    const mentionedBy = speakerMentionAt(t.span)
    if (covered.has(i) || t.kind !== 'word') return
    const w = text.slice(t.span[0], t.span[1])
    const lower = w.toLowerCase()
    // "das ukrainische Volk", "britische Soldaten": a country adjective stands for its country (capitalised only
    // where it opens the sentence: "Russische Raketenangriffe …")
    if (/^\p{Ll}/u.test(w) || i === 0 || tokens[i - 1]?.sentence !== t.sentence) {
      const iso3 = demonymCountry(lower, lex.demonyms)
      if (iso3) {
        // an event names only actors of the actors layer: a country the text names by its adjective alone has
        // no actor to point to ("von Seiten der palästinensischen Autonomiebehörde")
        if (!actorIds.has(countryId(iso3))) return
        mentions.push({ start: i, end: i + 1, ids: [countryId(iso3)], via: 'demonym' })
        return
      }
    }
    const described = description(i)
    if (described) {
      mentions.push(described)
      return
    }
    const p = lex.roles.pronouns
    const objectCase = p.objectCase.has(lower)
    const byMention = mentionedBy.length > 0 ? quotes[mentionedBy[0] as number] : undefined
    if (byMention?.speaker) {
      // "Die CDU-Politikerin wies … zurück": where the speaker's words hold a named actor, that mention stands for
      // them; the article beside it is nobody of its own
      const named = tokens[i + 1] !== undefined && covered.has(i + 1) && lex.roles.determiners.has(lower)
      if (!named) mentions.push({ start: i, end: i + 1, ids: [byMention.speaker], via: 'pronoun' })
      return
    }
    // "… kritisierte er den Politikstil Trumps", "ermittelte gegen ihn": outside quotes "er", "ihn", "ihm" are the
    // person named last
    if (!quote?.speaker) {
      // "Sie betonte stets …": "sie" with a verb in the singular is a person too; "Sie forderten …" the group
      // named last
      const number = lower === 'sie' && entities ? verbNumber(i) : undefined
      if (((lower === 'er' || p.thirdObject.has(lower)) && entities) || number) {
        const id = near(number === 'P' ? lastGroupBefore(t.span[0]) : lastPersonBefore(t.span[0]), t.span[0])
        if (id) mentions.push({ start: i, end: i + 1, ids: [id], via: 'pronoun', objectCase })
      }
      return
    }
    // "„Wir haben deutlich gemacht …“, so Blinken": we are the speaker's side
    if (p.firstPlural.has(lower))
      mentions.push({ start: i, end: i + 1, ids: [speakerSide(quote.speaker)], via: 'pronoun', objectCase })
    else if (p.firstSingular.has(lower))
      mentions.push({ start: i, end: i + 1, ids: [quote.speaker], via: 'pronoun', objectCase })
    // "Er sei sich einig mit Lawrow", "Blinken habe ihm zugesichert", "sie wolle ihr Veto einlegen": in reported
    // speech "er"/"ihm" (and "sie" with a verb in the singular) is the speaker
    else if (
      quote.kind !== 'direct' &&
      (p.thirdObject.has(lower) ||
        (lower === 'er' && w === w.toLowerCase()) ||
        w === 'Er' ||
        (lower === 'sie' && verbNumber(i) === 'S'))
    )
      mentions.push({ start: i, end: i + 1, ids: [quote.speaker], via: 'pronoun', objectCase })
  })
  // "der russische Außenminister Sergej Lawrow": the adjective belongs to a named actor already
  // by start token, so that each adjective looks at the two tokens after it, not at every named actor
  const namedStarts = new Set(mentions.filter((m) => m.via === 'entity').map((m) => m.start))
  // … but not one behind a preposition: "russische Raketenangriffe auf Kiew"
  const namedRightAfter = (m: Mention) => {
    for (let k = m.start + 1; k <= m.end + 2; k++) {
      if (namedStarts.has(k)) return true
      const t = tokens[k]
      if (t?.kind !== 'word' || lex.roles.allPrepositions.has(text.slice(t.span[0], t.span[1]).toLowerCase()))
        return false
    }
    return false
  }
  const standalone = mentions.filter((m) => m.via !== 'demonym' || !namedRightAfter(m))
  return standalone.sort((a, b) => a.start - b.start)
}

const DEMONYM_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em']
const demonymIndexes = new WeakMap<EventLexicon['demonyms'], Map<string, number>>()

/**
 * The country of an adjective made of a demonym stem and an ending ("ukrainische" → UKR): the first stem of the
 * list that fits, as a scan of the list would find it, from the at most six stems the word's endings leave.
 */
function demonymCountry(lower: string, demonyms: EventLexicon['demonyms']): string | undefined {
  let index = demonymIndexes.get(demonyms)
  if (!index) {
    index = new Map()
    for (const [k, [stem]] of demonyms.entries()) if (!index.has(stem)) index.set(stem, k)
    demonymIndexes.set(demonyms, index)
  }
  let first: number | undefined
  for (const ending of DEMONYM_ENDINGS) {
    if (!lower.endsWith(ending)) continue
    const k = index.get(lower.slice(0, lower.length - ending.length))
    if (k !== undefined && (first === undefined || k < first)) first = k
  }
  return first === undefined ? undefined : demonyms[first]?.[1]
}
