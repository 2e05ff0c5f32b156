import { type Actor, type Entity, firstIndex, type Span } from '../document/index.ts'
import type { FoundQuote } from './found-quote.ts'
import { anySpanHolding, spansHolding } from './span-holders.ts'

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

export type Gender = 'm' | 'f' | 'n'

/** What a mention that stands for somebody named before agrees with: "er" a man, "sie forderten" several. */
export interface Agreement {
  gender?: Gender
  plural: boolean
}

/**
 * How a language tells whom a referring mention can stand for. Without it a pronoun stands for the last speaker
 * named; with it, for the last person or speaker before it that agrees in gender and number.
 */
export interface SpeakerAgreement {
  /** a lone pronoun or an article with a person noun ("er", "die 42-Jährige", "der Gemeindepräsident"), given its verb's words */
  referent(words: readonly string[], verbWords: readonly string[]): Agreement | undefined
  /** a person's gender as the words before one of their mentions tell it ("Ministerin", "Frau"), nearest first */
  genderBefore(wordsBefore: readonly string[]): Gender | undefined
  /** a speaker mention's own gender and number, given its verb's words ("die Polizei teilte mit": f, "die Demonstranten forderten": plural) */
  mentionAgreement(words: readonly string[], verbWords: readonly string[]): Agreement | undefined
}

/** How many sentences back a pronoun looks for the person it stands for. */
const PRONOUN_REACH = 4

/** A person or speaker a later pronoun may stand for. */
interface Candidate {
  span: Span
  sentence: number
  agreement: Agreement | undefined
  person: boolean
}

function agrees(want: Agreement, have: Agreement | undefined, person: boolean): boolean {
  if (want.plural) return !person && have?.plural === true
  if (have?.plural) return false
  return !want.gender || !have?.gender || want.gender === have.gender
}

/**
 * The person or speaker a referring mention stands for: the last agreeing one before it in its own sentence, else
 * the first agreeing one of the nearest sentence before that has one (a sentence's subject comes early).
 */
function antecedentFor(
  want: Agreement,
  at: number,
  sentence: number,
  bySentence: ReadonlyMap<number, Candidate[]>,
  /** the words the pronoun's cue reports: who is spoken of there is not who speaks ("Die Entscheidung Trumps …, warnte er") */
  reported?: Span,
): Span | undefined {
  const outside = (c: Candidate) => !reported || c.span[1] <= reported[0] || c.span[0] >= reported[1]
  const fits = (c: Candidate) => c.span[1] <= at && outside(c) && agrees(want, c.agreement, c.person)
  const own = (bySentence.get(sentence) ?? []).filter(fits)
  if (own.length > 0) return (own.at(-1) as Candidate).span
  for (let s = sentence - 1; s >= Math.max(0, sentence - PRONOUN_REACH); s--) {
    const first = bySentence.get(s)?.find(fits)
    if (first) return first.span
  }
  return undefined
}

/** The sentence a position falls in (sentences in text order). */
function sentenceAt(sentences: readonly Span[], at: number): number {
  let lo = 0
  let hi = sentences.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((sentences[mid] as Span)[0] <= at) lo = mid
    else hi = mid - 1
  }
  return lo
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}-]*/gu

/**
 * Every person a pronoun may stand for, with the gender the words before their mentions tell (the majority over the
 * actor's mentions), and every speaker mention that names no person ("die Polizei", "ein Sprecher"), by sentence in
 * text order. Persons inside quotation marks are somebody's words, not the text's people.
 */
function candidatesOf(
  text: string,
  quotes: FoundQuote[],
  entities: Entity[],
  sentences: readonly Span[],
  agreement: SpeakerAgreement,
  speakerMentions: Array<{ span: Span; verbWords: string[] }>,
): Map<number, Candidate[]> {
  const quoted = anySpanHolding(quotes.filter((q) => q.kind === 'direct').map((q) => q.span))
  const people = entities.filter((e) => e.type === 'PER' && e.actor && !quoted(e.span))
  const votes = new Map<string, { m: number; f: number }>()
  people.forEach((e, i) => {
    const sentenceStart = (sentences[sentenceAt(sentences, e.span[0])] as Span)[0]
    const previous = i > 0 ? (people[i - 1] as Entity).span[1] : 0
    const reach = text.slice(Math.max(sentenceStart, previous, e.span[0] - 80), e.span[0])
    // only the words joined to the name tell its gender: "…, ist eine Frau aus Orjol“, erzählt Nadeschdin" does not
    const before = reach.slice(Math.max(...[...',:;!?"„“”«»()'].map((p) => reach.lastIndexOf(p))) + 1)
    const gender = agreement.genderBefore([...before.matchAll(WORD)].map((m) => m[0]).reverse())
    if (gender !== 'm' && gender !== 'f') return
    const v = votes.get(e.actor as string) ?? { m: 0, f: 0 }
    v[gender]++
    votes.set(e.actor as string, v)
  })
  const genderOf = (actor: string): Gender | undefined => {
    const v = votes.get(actor)
    if (!v || v.m === v.f) return undefined
    return v.m > v.f ? 'm' : 'f'
  }
  const candidates: Candidate[] = people.map((e) => ({
    span: e.span,
    sentence: sentenceAt(sentences, e.span[0]),
    agreement: { gender: genderOf(e.actor as string), plural: false },
    person: true,
  }))
  for (const { span, verbWords } of speakerMentions) {
    if (entitiesFrom(people, span[0], span[1]).some((e) => span[0] <= e.span[0] && e.span[1] <= span[1]))
      continue
    const words = [...text.slice(span[0], span[1]).matchAll(WORD)].map((m) => m[0])
    candidates.push({
      span,
      sentence: sentenceAt(sentences, span[0]),
      agreement: agreement.mentionAgreement(words, verbWords),
      person: false,
    })
  }
  const bySentence = new Map<number, Candidate[]>()
  for (const c of candidates.sort((a, b) => a.span[0] - b.span[0])) {
    const those = bySentence.get(c.sentence)
    if (those) those.push(c)
    else bySentence.set(c.sentence, [c])
  }
  return bySentence
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
  agreeing?: { agreement: SpeakerAgreement; sentences: readonly Span[] },
): void {
  // the speakers named so far, in the order of the quotes: all of them, and those that are media
  const named: Span[] = []
  const namedMedia: Span[] = []
  const persons = (entities ?? []).filter((e) => e.type === 'PER' && e.actor)
  const mentionsHolding = spansHolding(quotes.map((q) => q.speakerMention))
  let fullNames: Map<string, number> | undefined
  const fullNameEnds = () => {
    fullNames ??= firstFullNameEnds(text, entities ?? [])
    return fullNames
  }
  const wordsOf = (span: Span) => [...text.slice(span[0], span[1]).matchAll(WORD)].map((m) => m[0])
  const candidates =
    agreeing && agreeing.sentences.length > 0
      ? candidatesOf(
          text,
          quotes,
          entities ?? [],
          agreeing.sentences,
          agreeing.agreement,
          quotes.flatMap((q) =>
            q.speakerMention &&
            !q.antecedent &&
            !referring(text, q.speakerMention, lex) &&
            !agreeing.agreement.referent(wordsOf(q.speakerMention), []) &&
            canBeAntecedent(text.slice(q.speakerMention[0], q.speakerMention[1]), lex)
              ? [{ span: q.speakerMention, verbWords: (q.cue ?? []).flatMap(wordsOf) }]
              : [],
          ),
        )
      : undefined
  for (const q of quotes) {
    if (!q.speakerMention || q.antecedent) continue
    const mention = text.slice(q.speakerMention[0], q.speakerMention[1])
    // "Ich glaube, …" outside anybody's quotation is the writer, not the speaker named last
    if (!q.nested && lex.firstPersonPronouns.has(mention.toLowerCase())) continue
    // "Beide machten deutlich, …": the two people the text last joined with "und"
    if (lex.jointSpeakers.has(mention.toLowerCase())) {
      const pair = lastJoinedPair(text, q.speakerMention[0], persons, lex)
      if (pair) q.antecedent = pair
      continue
    }
    const at = q.speakerMention[0]
    // "er", "sie forderten", "die 42-Jährige", "der Gemeindepräsident": the last one named who agrees
    const want =
      agreeing && candidates && !lex.firstPersonPronouns.has(mention.toLowerCase())
        ? agreeing.agreement.referent(wordsOf(q.speakerMention), (q.cue ?? []).flatMap(wordsOf))
        : undefined
    if (want && candidates && agreeing && !namedEarlier(q.speakerMention, entities, fullNameEnds)) {
      const antecedent = antecedentFor(want, at, sentenceAt(agreeing.sentences, at), candidates, q.span)
      if (antecedent)
        q.antecedent = speakerMentionHolding(antecedent, quotes, mentionsHolding, entities) ?? antecedent
      // a pronoun no one agrees with stands for nobody named: better no speaker than the wrong one
      else q.unresolved = true
      continue
    }
    const kind = referring(text, q.speakerMention, lex)
    if (kind) {
      const antecedent = lastEndingBy(kind === 'media' ? namedMedia : named, at)
      if (antecedent) q.antecedent = antecedent
    } else if (canBeAntecedent(mention, lex)) {
      named.push(q.speakerMention)
      if (/[„“"»]/u.test(mention) || [...lex.writingNouns].some((n) => mention.includes(n)))
        namedMedia.push(q.speakerMention)
    }
  }
  // continuation quotes copied their speaker before resolution: copy the antecedent along
  const sharingMention = new Map<number, FoundQuote[]>()
  for (const q of quotes) {
    if (!q.speakerMention) continue
    const those = sharingMention.get(q.speakerMention[0])
    if (those) those.push(q)
    else sharingMention.set(q.speakerMention[0], [q])
  }
  for (const q of quotes) {
    if (q.antecedent || !q.speakerMention) continue
    const others = (sharingMention.get(q.speakerMention[0]) ?? []).filter((o) => o !== q)
    const same = others.find((o) => o.antecedent)
    if (same?.antecedent) q.antecedent = same.antecedent
    else if (others.some((o) => o.unresolved)) q.unresolved = true
  }
  void actors
}

/** The last span, in the order given, that ends by `at`: from the end, as the spans came in about text order. */
function lastEndingBy(spans: readonly Span[], at: number): Span | undefined {
  for (let i = spans.length - 1; i >= 0; i--) if ((spans[i] as Span)[1] <= at) return spans[i]
  return undefined
}

/** The earlier speaker mention that names just this person ("Bezirkshauptmann Graf Schaffgotsch" for "Schaffgotsch"). */
function speakerMentionHolding(
  person: Span,
  quotes: FoundQuote[],
  mentionsHolding: (inner: Span) => number[],
  entities: Entity[] | undefined,
): Span | undefined {
  for (const i of mentionsHolding(person)) {
    const mention = (quotes[i] as FoundQuote).speakerMention as Span
    if ((quotes[i] as FoundQuote).antecedent) continue
    const persons = entitiesFrom(entities ?? [], mention[0], mention[1]).filter(
      (e) => e.type === 'PER' && mention[0] <= e.span[0] && e.span[1] <= mention[1],
    )
    if (persons.length === 1) return mention
  }
  return undefined
}

/** Per actor, the end of its first mention by full name ("Romy Biner", not "Biner"): where it was named by name. */
function firstFullNameEnds(text: string, entities: Entity[]): Map<string, number> {
  const ends = new Map<string, number>()
  for (const e of entities) {
    if (!e.actor || !/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text.slice(e.span[0], e.span[1]))) continue
    ends.set(e.actor, Math.min(ends.get(e.actor) ?? Number.POSITIVE_INFINITY, e.span[1]))
  }
  return ends
}

/**
 * Whether a role mention ("der Kremlchef") holds a person the text named by name before it: then the entities
 * stage's link stands; a role that comes before the name it is linked to ("der Gemeindepräsident" … "die
 * Gemeindepräsidentin Romy Biner") refers back instead.
 */
function namedEarlier(
  mention: Span,
  entities: Entity[] | undefined,
  fullNameEnds: () => ReadonlyMap<string, number>,
): boolean {
  if (!entities) return false
  return entitiesFrom(entities, mention[0], mention[1]).some(
    (e) =>
      e.type === 'PER' &&
      e.actor &&
      mention[0] <= e.span[0] &&
      e.span[1] <= mention[1] &&
      (fullNameEnds().get(e.actor) ?? Number.POSITIVE_INFINITY) <= mention[0],
  )
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

/**
 * The last two people before `at` that "und" joins inside one sentence: "Sergej Lawrow und sein US-Kollege Antony
 * Blinken". `persons` are the person entities with an actor, in layer order; walked back from `at`.
 */
function lastJoinedPair(text: string, at: number, persons: Entity[], lex: SpeakerWords): Span | undefined {
  const past = inStartOrder(persons) ? firstIndex(persons, (e) => e.span[0], at) : persons.length
  let b: Entity | undefined
  for (let i = past - 1; i >= 0; i--) {
    const a = persons[i] as Entity
    if (a.span[1] > at) continue
    if (b) {
      if (at - b.span[1] > PAIR_REACH) return undefined
      const between = text.slice(a.span[1], b.span[0])
      if (a.actor !== b.actor && joinedBy(between, lex.pairConjunctions) && !/[.!?]/u.test(between))
        return [a.span[0], b.span[1]]
    }
    b = a
  }
  return undefined
}

/** The entities with an actor inside a mention, of its leading type: persons, else organisations, else any. */
function namedIn(mention: Span | undefined, entities: Entity[] | undefined, text?: string): Entity[] {
  if (!mention || !entities) return []
  const inside = entitiesFrom(entities, mention[0], mention[1]).filter(
    (e) => e.actor && mention[0] <= e.span[0] && e.span[1] <= mention[1],
  )
  for (const type of ['PER', 'ORG'] as const) {
    const typed = inside.filter((e) => e.type === type)
    // "Waltz, ein ehemaliger Sicherheitsberater Trumps": a name in the genitive is whose adviser, not who speaks
    const speaking = text === undefined ? typed : typed.filter((e) => !isGenitiveOfActor(text, e))
    if (speaking.length > 0) return speaking
    if (typed.length > 0) return typed
  }
  return inside
}

/** "Trumps" for per:donald-trump: the written name ends in the actor key's last word with an -s the key lacks. */
function isGenitiveOfActor(text: string, e: Entity): boolean {
  const keyWord = e.actor?.split(/[-:]/u).at(-1)
  const written = text.slice(e.span[0], e.span[1]).split(/\s+/u).at(-1)
  if (!keyWord || !written) return false
  const plain = written.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  return plain === `${keyWord}s`
}

/**
 * The entities that start in [from, to], in layer order: by binary search when the layer is in text order (the
 * entities stage writes it so), so that every quote of a long text does not filter every entity.
 */
function entitiesFrom(entities: Entity[], from: number, to: number): Entity[] {
  if (!inStartOrder(entities)) return entities
  const out: Entity[] = []
  for (let i = firstIndex(entities, (e) => e.span[0], from, true); i < entities.length; i++) {
    const e = entities[i] as Entity
    if (e.span[0] > to) break
    out.push(e)
  }
  return out
}

/** Whether a list of entities is in text order by start, checked once per list. */
function inStartOrder(entities: Entity[]): boolean {
  let sorted = sortedByStart.get(entities)
  if (sorted === undefined) {
    sorted = entities.every((e, i) => i === 0 || (entities[i - 1] as Entity).span[0] <= e.span[0])
    sortedByStart.set(entities, sorted)
  }
  return sorted
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
  const named = namedIn(mention, entities, text)
  const one = named.at(-1)?.actor
  for (let i = 1; i < named.length; i++) {
    const between = text.slice((named[i - 1] as Entity).span[1], (named[i] as Entity).span[0])
    const joined = joinedBy(between, lex.coordinators)
    if (!joined && !(i < named.length - 1 && /^\s*,\s*$/u.test(between))) return one ? [one] : []
  }
  return named.length < 2 ? (one ? [one] : []) : [...new Set(named.map((e) => e.actor as string))]
}
