import {
  type Budget,
  type Document,
  type Event,
  firstIndex,
  type Quote,
  type Time,
  type Token,
} from '../../document/index.ts'
import { findPlaces, type Gazetteer } from '../places/index.ts'
import { type Clause, isFiniteVerb, splitClauses } from './clauses.ts'
import { type EventLexicon, type EventStatus, isCondemning } from './event-lexicon.ts'
import { findMentions, inside, type Mention, quoteAround, quoteOf, tokensWithin } from './mentions.ts'

/** An event with the rule that made it, for `--explain` and tests. */
export interface FoundEvent extends Event {
  rule: string
  /** the token that named the event */
  trigger: [number, number]
}

interface Trigger {
  type: string
  token: number
  pos: 'verb' | 'noun' | 'adjective' | 'phrase' | 'attributive' | 'predicate'
  /** the negation of a phrase trigger belongs to it (nicht infrage stellen) */
  negationUsed?: boolean
}

interface Context {
  doc: Document
  text: string
  tokens: Token[]
  lex: EventLexicon
  mentions: Mention[]
  quotes: Quote[]
  times: Time[]
  gazetteer: Gazetteer | undefined
  /** tokens inside a named entity */
  named: Set<number>
  /** the mentions by the token they end at */
  mentionsEndingAt?: Map<number, Mention[]>
  /** every quote's cue spans by start, and the longest cue */
  cues?: { list: Array<{ c: [number, number]; q: Quote }>; longest: number }
  /** per token: the first mention (in `mentions` order) that covers it */
  mentionCovering: (Mention | undefined)[]
  /** the tokens where a mention of a named entity starts */
  entityMentionStarts: Set<number>
}

/** The per-token index of `mentionAt`: built once, so that asking about a token costs nothing however long the text. */
function indexMentions(tokenCount: number, mentions: readonly Mention[]): Context['mentionCovering'] {
  const covering: (Mention | undefined)[] = new Array(tokenCount).fill(undefined)
  for (const m of mentions) for (let i = Math.max(0, m.start); i < m.end; i++) covering[i] ??= m
  return covering
}

/**
 * The last mention (in `mentions` order) that ends at or before token i and passes `test`: a walk back from the
 * mentions that start before i (mentions are sorted by start), not a scan of the whole document.
 */
function lastMentionBefore(ctx: Context, i: number, test: (m: Mention) => boolean): Mention | undefined {
  for (let k = firstIndex(ctx.mentions, (m) => m.start, i, true) - 1; k >= 0; k--) {
    const m = ctx.mentions[k] as Mention
    if (m.end <= i && test(m)) return m
  }
  return undefined
}

/** The mentions inside the tokens [start, end), in order (mentions are sorted by start). */
function mentionsWithin(ctx: Context, start: number, end: number): Mention[] {
  const out: Mention[] = []
  for (let i = firstIndex(ctx.mentions, (m) => m.start, start, true); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i] as Mention
    if (m.start > end) break
    if (m.end <= end) out.push(m)
  }
  return out
}

/** The mentions that start at tokens [first, last], in order. */
function mentionsStartingIn(ctx: Context, first: number, last: number): Mention[] {
  const out: Mention[] = []
  for (let i = firstIndex(ctx.mentions, (m) => m.start, first, true); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i] as Mention
    if (m.start > last) break
    out.push(m)
  }
  return out
}

const NOUN_ENDINGS = /^(|e|en|n|s|es|ern)$/u

function wordAt(ctx: Context, i: number): string {
  const t = ctx.tokens[i]
  return t ? ctx.text.slice(t.span[0], t.span[1]) : ''
}

const isNounToken = (ctx: Context, i: number) => {
  const t = ctx.tokens[i] as Token
  return t.kind === 'word' && /^\p{Lu}/u.test(wordAt(ctx, i)) && !(t.moods || t.verbForm)
}

function nounType(ctx: Context, i: number): string | undefined {
  const t = ctx.tokens[i] as Token
  const surface = wordAt(ctx, i).toLowerCase()
  const irregular = ctx.lex.nounForms.get(surface)
  if (irregular) return irregular
  // "Herausforderung", "Liquiditätsanforderungen": a tail that looks like a trigger and names something else
  if (
    ctx.lex.notTriggers.some(
      (tail) =>
        NOUN_ENDINGS.test(surface.slice(surface.lastIndexOf(tail) + tail.length)) && surface.includes(tail),
    )
  )
    return undefined
  // compounds: "Krisengespräch", "Militärhilfe", "NATO-Truppen" — the last part names the thing
  for (const form of new Set([surface, (t.lemma ?? surface).toLowerCase()])) {
    const type = compoundNounType(form, ctx.lex.nouns)
    if (type) return type
  }
  return undefined
}

// the endings NOUN_ENDINGS allows, to find the nouns a word can end in without trying every noun
const NOUN_ENDING_LIST = ['', 'e', 'en', 'n', 's', 'es', 'ern']
const TAIL = 3
const nounsByTail = new WeakMap<EventLexicon['nouns'], Map<string, number[]>>()

/**
 * The type of the first noun of the list (longest first) whose last occurrence in `form` is followed by a noun ending
 * only, as a scan of every noun would find it; asked only of the nouns that end like the word without that ending.
 */
function compoundNounType(form: string, nouns: EventLexicon['nouns']): string | undefined {
  let byTail = nounsByTail.get(nouns)
  if (!byTail) {
    byTail = new Map()
    for (const [k, [noun]] of nouns.entries()) {
      const tail = noun.slice(-TAIL)
      byTail.set(tail, [...(byTail.get(tail) ?? []), k])
    }
    nounsByTail.set(nouns, byTail)
  }
  let first: number | undefined
  const consider = (k: number) => {
    if (first !== undefined && k >= first) return
    const noun = (nouns[k] as [string, string])[0]
    const at = form.lastIndexOf(noun)
    if (at >= 0 && NOUN_ENDINGS.test(form.slice(at + noun.length))) first = k
  }
  for (const ending of NOUN_ENDING_LIST) {
    if (!form.endsWith(ending)) continue
    const stem = form.slice(0, form.length - ending.length)
    // a noun shorter than TAIL is filed under all of itself, which ends the stem too
    for (let cut = Math.max(0, stem.length - TAIL); cut <= stem.length; cut++)
      for (const k of byTail.get(stem.slice(cut)) ?? []) consider(k)
  }
  return first === undefined ? undefined : (nouns[first] as [string, string])[1]
}

/** The triggers of one clause, verbs before nouns. */
function findTriggers(ctx: Context, clause: Clause): Trigger[] {
  const found: Trigger[] = []
  const words = new Set<string>()
  for (let i = clause.start; i < clause.end; i++) words.add(wordAt(ctx, i).toLowerCase())
  const hasInfinitive = ctx.tokens
    .slice(clause.start, clause.end)
    .some((t) => t.verbForm === 'infinitive' || t.verbForm === 'zuInfinitive')
  for (let i = clause.start; i < clause.end; i++) {
    const t = ctx.tokens[i] as Token
    // "Organisation für Sicherheit und Zusammenarbeit in Europa" names a body, not a cooperation
    if (t.kind !== 'word' || ctx.named.has(i)) continue
    const w = wordAt(ctx, i)
    const lower = w.toLowerCase()
    const sentenceStart = i === 0 || ctx.tokens[i - 1]?.sentence !== t.sentence
    const verbLike =
      (t.moods !== undefined || t.verbForm !== undefined) && (!/^\p{Lu}/u.test(w) || sentenceStart)
    if (verbLike || /^\p{Ll}/u.test(w)) {
      // "von einigen republikanischen Positionen": after a preposition or an article no word is a verb
      const before = i > clause.start ? wordAt(ctx, i - 1).toLowerCase() : ''
      if (
        before !== 'zu' &&
        (ctx.lex.roles.allPrepositions.has(before) || ctx.lex.roles.determiners.has(before))
      )
        continue
      const lemma = t.lemma ?? lower
      // "in Kontakt … zu treten", "nicht infrage gestellt werde": a verb with its fixed companion
      for (const phrase of ctx.lex.phrases.get(lemma) ?? []) {
        if (![...phrase.with].some((x) => words.has(x))) continue
        if (phrase.negated && !hasNegation(ctx, clause)) continue
        found.push({ type: phrase.type, token: i, pos: 'phrase', negationUsed: phrase.negated })
      }
      // "zu drei Jahren Haft verurteilt" is the court's COERCE, not the ACCUSE of "verurteilte den Angriff"
      const phrased = found.some((f) => f.token === i && f.pos === 'phrase')
      let type = verbLike && !phrased ? ctx.lex.verbs.get(lemma) : undefined
      // "Russland will Sicherheitsgarantien" demands; "will verhandeln" is only a modal
      if (lemma === 'wollen' && hasInfinitive) type = undefined
      if (
        ctx.lex.particles.words.has(lower) &&
        (i === firstWordOf(ctx, clause) || politeImperative(ctx, clause))
      )
        type = undefined
      // "„…“, protestiert Höcke": one person's spoken disapproval, no demonstration
      if (type && t.persons?.includes('3S') && isCue(ctx, i)) type = ctx.lex.asCue.get(type) ?? type
      const form = ctx.lex.forms.find(([stem]) => lower.startsWith(stem))
      // "der … zusammengezogenen 100.000 russischen Soldaten": a participle inside a noun phrase
      if (!type && form && lower !== form[0]) {
        found.push({ type: form[1], token: i, pos: 'attributive' })
        continue
      }
      type ??= form?.[1]
      type ??= ctx.lex.adjectives.get(lower)
      if (type) found.push({ type, token: i, pos: ctx.lex.adjectives.has(lower) ? 'adjective' : 'verb' })
      continue
    }
    if (isNounToken(ctx, i)) {
      const type = nounType(ctx, i)
      if (type) found.push({ type, token: i, pos: 'noun' })
    }
  }
  const condemned = condemningPredicate(ctx, clause)
  if (condemned !== undefined && !found.some((f) => f.type === 'ACCUSE'))
    found.push({ type: 'ACCUSE', token: condemned, pos: 'predicate' })
  const rank = (t: Trigger) => (t.pos === 'noun' ? 2 : t.pos === 'attributive' ? 1 : 0)
  return found.sort((a, b) => rank(a) - rank(b))
}

/**
 * "Maduro sei ein brutaler Diktator", "Dieser Wanderkessel ist ein Skandal": in somebody's words (whether or not
 * we know who said them), a form of sein with a condemning word (lexicon `condemnations`) accuses the clause's
 * subject. The word's token, if so.
 */
function condemningPredicate(ctx: Context, clause: Clause): number | undefined {
  const verbs = ctx.tokens.slice(clause.start, clause.end)
  // "seien von Milizen begangen worden": sein as an auxiliary says nothing of anybody
  const copula =
    verbs.some((t) => t.lemma === 'sein' && isFiniteVerb(t)) &&
    !verbs.some((t) => t.verbForm !== undefined && t.lemma !== 'sein')
  if (!copula) return undefined
  for (let i = clause.start; i < clause.end; i++) {
    const t = ctx.tokens[i] as Token
    if (t.kind !== 'word' || ctx.named.has(i) || !isCondemning(ctx.lex, wordAt(ctx, i))) continue
    if (quoteAround(ctx.quotes, t.span) && !isCue(ctx, i)) return i
  }
  return undefined
}

/** "Lesen Sie sich bitte … durch": the clause opens with a verb and the polite pronoun. */
function politeImperative(ctx: Context, clause: Clause): boolean {
  const start = firstWordOf(ctx, clause)
  const first = ctx.tokens[start] as Token
  return first.moods !== undefined && ctx.lex.particles.imperativePronouns.has(wordAt(ctx, start + 1))
}

/** The clause's first word, after any quotation mark that opens it. */
function firstWordOf(ctx: Context, clause: Clause): number {
  let i = clause.start
  while (i < clause.end - 1 && ctx.tokens[i]?.kind !== 'word') i++
  return i
}

function hasNegation(ctx: Context, clause: Clause): boolean {
  for (let i = clause.start; i < clause.end; i++)
    if (ctx.lex.status.negation.has(wordAt(ctx, i).toLowerCase())) return true
  return false
}

/** The preposition that governs the noun phrase ending at token i, walking back over articles and adjectives. */
function governingPreposition(ctx: Context, start: number, clause: Clause): string | undefined {
  const r = ctx.lex.roles
  for (let i = start - 1; i >= clause.start; i--) {
    const t = ctx.tokens[i] as Token
    const w = wordAt(ctx, i)
    const lower = w.toLowerCase()
    if (r.allPrepositions.has(lower)) return lower
    // "zu denen die Regierung aufgerufen hatte": the preposition governs the relative pronoun, not the phrase after
    if (r.relatives.has(lower) && (lower === 'denen' || r.determiners.has(wordAt(ctx, i + 1).toLowerCase())))
      return undefined
    // "von Präsident Assad": a title right before the name is part of its phrase
    if (i === start - 1 && t.noun && /^\p{Lu}/u.test(w) && ctx.entityMentionStarts.has(start)) continue
    if (r.determiners.has(lower) || r.possessives.has(lower) || t.kind === 'number') continue
    // "vor einer angeblichen „Dekolonisierung“"
    if (t.kind === 'quote') continue
    // "der an der ukrainischen Grenze zusammengezogenen 100.000 russischen Soldaten": lower-case attributes
    // … but "Bis heute sollen äthiopische Milizen …": a verb, finite or maybe so, ends the phrase
    if (
      t.kind === 'word' &&
      /^\p{Ll}/u.test(w) &&
      t.moods === undefined &&
      i !== clause.finite &&
      !r.coordinators.has(lower)
    )
      continue
    return undefined
  }
  return undefined
}

/** Mentions joined by "und" / "," to the one at index k: "Die USA und ihre westlichen Verbündeten". */
function coordinatedRun(ctx: Context, list: Mention[], k: number): Mention[] {
  const run = [list[k] as Mention]
  for (let j = k + 1; j < list.length; j++) {
    const prev = run.at(-1) as Mention
    const next = list[j] as Mention
    const between = ctx.tokens
      .slice(prev.end, next.start)
      .map((_, n) => wordAt(ctx, prev.end + n).toLowerCase())
    // "…, Nicolás Maduro, wirft den USA vor": a verb between two names parts them
    const verbBetween = ctx.tokens
      .slice(prev.end, next.start)
      .some((t) => t.moods !== undefined || t.verbForm)
    if (
      between.length > 0 &&
      between.length <= 4 &&
      ['und', ','].includes(between[0] as string) &&
      between.every((w) => !ctx.lex.roles.allPrepositions.has(w)) &&
      !verbBetween
    )
      run.push(next)
    else break
  }
  return run
}

interface Arguments {
  subject: Mention[]
  actor: Mention[]
  recipient: Mention[]
  places: string[]
  passive: boolean
}

/** "geliefert werde", "infrage gestellt werde", "geschafft worden": the subject is what was acted upon */
function passiveClause(ctx: Context, clause: Clause, trigger: number): boolean {
  const form = ctx.tokens[trigger]?.verbForm
  // "wurde aus der Haft entlassen": a participle that looks like an infinitive, which no past of werden takes
  const pastPassive = () => {
    for (let i = clause.start; i < clause.end; i++)
      if (ctx.lex.roles.pastPassiveForms.has(wordAt(ctx, i).toLowerCase())) return true
    return false
  }
  if (form !== 'participle' && !(form === 'infinitive' && pastPassive())) return false
  for (let i = clause.start; i < clause.end; i++) {
    const lemma = ctx.tokens[i]?.lemma
    if (lemma !== undefined && ctx.lex.roles.passiveAuxiliaries.has(lemma)) return true
  }
  return false
}

function clauseArguments(ctx: Context, clause: Clause, type: string, trigger: number): Arguments {
  const r = ctx.lex.roles
  const front = clause.front
  const within = [
    ...(front ? mentionsWithin(ctx, front.start, front.end) : []),
    ...mentionsWithin(ctx, clause.start, clause.end),
  ]
    .filter((m) => !(m.start <= trigger && trigger < m.end))
    // "Nancy Faeser (SPD)": what brackets hold beside a name tells who they are, it is no argument
    .filter((m) => !(wordAt(ctx, m.start - 1) === '(' && wordAt(ctx, m.end) === ')'))
  // a mention in the front part of a cut clause is read within that part
  const scope = (m: Mention): Clause =>
    front && m.start < clause.start ? { ...clause, start: front.start, end: front.end } : clause
  const triggerLemma = ctx.tokens[trigger]?.lemma ?? ''
  const phraseWords = new Set(
    (ctx.lex.phrases.get(triggerLemma) ?? []).flatMap((p) => [...p.with].map((w) => w.toLowerCase())),
  )
  const withPrep: Array<{ m: Mention; prep: string | undefined }> = []
  for (const m of within) {
    let prep = governingPreposition(ctx, m.start, scope(m))
    const previous = withPrep.at(-1)
    // "aus Rumänien und Bulgarien": the second conjunct shares the preposition
    if (
      !prep &&
      previous &&
      r.coordinators.has(wordAt(ctx, m.start - 1).toLowerCase()) &&
      previous.m.end === m.start - 1
    )
      prep = previous.prep
    // "warnt vor einer Dekolonisierung Russlands": a genitive attribute takes the role of its noun's phrase
    // … but "an der Seite der Ukraine stehen": the noun of a fixed phrase hands its genitive to the act
    if (!prep && m.via === 'entity') {
      const head = genitiveHead(ctx, m, scope(m))
      if (head !== undefined && !phraseWords.has(wordAt(ctx, head).toLowerCase()))
        prep = governingPreposition(ctx, head, scope(m))
    }
    // "kritisiert den Auftritt von Höcke": a "von" after a common noun stands for its genitive and takes the role
    // of that noun's phrase (in an active clause; a passive's "von" names the agent)
    if (prep && r.nounPhrase[prep] === 'of' && !passiveClause(ctx, clause, trigger)) {
      const head = m.start - 2
      if (
        head >= clause.start &&
        wordAt(ctx, m.start - 1).toLowerCase() === prep &&
        isNounToken(ctx, head) &&
        !mentionAt(ctx, head) &&
        !inTime(ctx, head)
      )
        prep = governingPreposition(ctx, head, scope(m))
    }
    // "an der ukrainischen Grenze": an adjective inside a phrase with a preposition describes its noun
    if (prep && m.via === 'demonym') continue
    withPrep.push({ m, prep })
  }
  const bare = withPrep.filter((x) => x.prep === undefined).map((x) => x.m)
  const passive = passiveClause(ctx, clause, trigger)
  let subject: Mention[] = []
  if (passive) {
    subject = withPrep
      .filter((x) => x.prep && r.agentPrepositions.has(x.prep) && !attachedToNoun(ctx, x.m, scope(x.m)))
      .map((x) => x.m)
  } else if (bare.length > 0 && !relativeIsSubject(ctx, clause)) {
    const f = clause.finite ?? front?.finite
    // "Gegner der Vereinigten Staaten kritisierten …": a genitive attribute is not the subject
    // "… Teile der Bevölkerung, die ihn verurteilen": an object pronoun is never the subject
    const candidates = bare.filter((m) => !genitiveAttribute(ctx, m, scope(m)) && !m.objectCase)
    const vorfeld =
      clause.kind === 'main' && f !== undefined
        ? bare.findIndex((m) => m.end <= f && candidates.includes(m))
        : -1
    // "Blinken warnte Moskau": the name before the verb; "Unterdessen verlegte Russland …": the first after it
    // "Dina Mufti, Sprecher des Außenministeriums, hat türkische Streitkräfte beschuldigt": a noun phrase before
    // the verb is the subject even when it names nobody we know — what follows the verb is then the object
    const unknownSubject =
      vorfeld < 0 && f !== undefined && clause.kind === 'main' && vorfeldIsNounPhrase(ctx, clause, f)
    let firstCandidate = candidates.length > 0 ? bare.indexOf(candidates[0] as Mention) : -1
    // "… nannte die Sanktionen … und rief die libysche Armee auf": after "und" and the verb a name is the object;
    // the subject is the one the clauses share (only a pronoun right after the verb is a subject of its own)
    const first = candidates[0]
    if (clause.coordinated && f === clause.start && !(first?.via === 'pronoun' && first.start === f + 1))
      firstCandidate = -1
    const k = vorfeld >= 0 ? vorfeld : clause.kind === 'inf' || unknownSubject ? -1 : firstCandidate
    if (k >= 0) subject = coordinatedRun(ctx, bare, k)
  }
  const roleOf = (prep: string) =>
    ctx.lex.roles.prepositions[type]?.[prep] ?? ctx.lex.roles.prepositions['*']?.[prep]
  const actor: Mention[] = []
  const recipient: Mention[] = []
  for (const { m, prep } of withPrep) {
    if (subject.includes(m)) continue
    if (prep === undefined) {
      // "Maduro wurde festgenommen": the subject of a passive is who was acted upon, unless it is what was refused
      if (!passive || !r.passiveThingTypes.has(type)) recipient.push(m)
      continue
    }
    const role = roleOf(prep)
    if (role === 'actor') actor.push(m)
    else if (role === 'recipient') recipient.push(m)
  }
  const places: string[] = []
  if (ctx.gazetteer && ctx.lex.status.placedTypes.has(type)) {
    const [from, to] = spanOfClause(ctx, clause)
    for (const place of findPlaces(ctx.text.slice(from, to), ctx.gazetteer)) {
      const start = from + place.span[0]
      const first = firstIndex(ctx.tokens, (t) => t.span[1], start)
      const tokenIndex = (ctx.tokens[first]?.span[0] ?? Number.POSITIVE_INFINITY) <= start ? first : -1
      const prep = tokenIndex >= 0 ? governingPreposition(ctx, tokenIndex, clause) : undefined
      if (prep && r.placePrepositions.has(prep)) places.push(place.name)
    }
    // "verlegte Russland … mit Belarus … zwei Bataillone … in das Nachbarland": the country named last
    const acting = new Set(subject.flatMap((m) => m.ids))
    for (let i = clause.start; i < clause.end; i++) {
      if (!r.epithets.has(wordAt(ctx, i))) continue
      const prep = governingPreposition(ctx, i, clause)
      if (!prep || !r.placePrepositions.has(prep)) continue
      const country = lastMentionBefore(ctx, i, (m) =>
        m.ids.some((id) => id.startsWith('country:') && !acting.has(id)),
      )?.ids.find((id) => id.startsWith('country:'))
      const name = ctx.doc.layers.actors?.find((a) => a.id === country)?.name
      if (name) places.push(name)
    }
  }
  return { subject, actor, recipient, places, passive }
}

const ids = (ms: Mention[]) => [...new Set(ms.flatMap((m) => m.ids))]

/** Statuses from the words around the trigger; `undefined` means the clause makes no event at all. */
function decideStatus(
  ctx: Context,
  trigger: Trigger,
  clause: Clause,
  parent: Clause | undefined,
  quote: Quote | undefined,
  actorIds: string[],
  when: string | undefined,
): { status: EventStatus; rule: string } | undefined {
  const s = ctx.lex.status
  const lemmasOf = (c: Clause | undefined) =>
    c ? ctx.tokens.slice(c.start, c.end).map((t, k) => t.lemma ?? wordAt(ctx, c.start + k).toLowerCase()) : []
  const wordsOf = (c: Clause | undefined) =>
    c ? ctx.tokens.slice(c.start, c.end).map((_, k) => wordAt(ctx, c.start + k).toLowerCase()) : []
  const here = lemmasOf(clause)
  const words = wordsOf(clause)
  const cueHere = cueLemmas(ctx, clause)
  const above = parent ? cueLemmas(ctx, parent) : []
  const t = ctx.tokens[trigger.token] as Token
  const lemma = t.lemma ?? wordAt(ctx, trigger.token).toLowerCase()
  // "Russland … die Ukraine … angreifen könnte": a possibility is no event
  if ([...words, ...(clause.kind === 'main' ? [] : wordsOf(parent))].some((w) => s.hypothetical.has(w)))
    return undefined
  // "ob es weitere Aktionen gibt": a question is no event
  const opener = wordAt(ctx, clause.start).toLowerCase()
  if (clause.kind === 'sub' && s.question.has(opener)) return undefined
  // "Wenn ein Gipfel … hilfreich wäre", "selbst wenn diese einige nicht anerkennen", "Sollte die Wahlkommission
  // sich weigern, …": an act in a condition is hypothetical
  const second = wordAt(ctx, clause.start + 1).toLowerCase()
  const sentenceStart =
    clause.start === 0 || ctx.tokens[clause.start - 1]?.sentence !== ctx.tokens[clause.start]?.sentence
  if (
    (clause.kind === 'sub' && s.conditional.has(opener)) ||
    (s.conditionalPrefixes.has(opener) && s.conditional.has(second)) ||
    (sentenceStart && s.conditionalOpeners.has(opener) && clause.kind === 'main')
  )
    return { status: 'hypothetical', rule: 'events/status-hypothetical' }
  // "Russland sieht sich … bedroht": a feeling, not an act
  if (t.verbForm === 'participle' && here.some((l) => s.perception.has(l)) && words.includes('sich'))
    return undefined
  // "hege auch keine Angriffspläne", "niemals bedroht"
  if (!trigger.negationUsed) {
    if (trigger.pos === 'noun') {
      for (let i = trigger.token - 1; i >= clause.start; i--) {
        const w = wordAt(ctx, i).toLowerCase()
        if (s.negation.has(w)) return { status: 'denied', rule: 'events/status-negated-noun' }
        if (!/^\p{Ll}/u.test(wordAt(ctx, i))) break
      }
    } else if (here.some((l, k) => s.negation.has(l) || s.negation.has(words[k] ?? ''))) {
      return { status: 'denied', rule: 'events/status-negated' }
    }
  }
  // "Auch sollen Polizisten Knüppel eingesetzt haben", "Es soll zu Wasserwerfereinsätzen gekommen sein": hearsay
  // "Ein Rechercheverbund will herausgefunden haben, dass russische Agenten hinter den Angriffen stecken"
  if (hearsay(ctx, clause) || (clause.kind === 'sub' && parent !== undefined && hearsay(ctx, parent)))
    return { status: 'claimed', rule: 'events/status-hearsay' }
  // "Blinken habe ihm zugesichert": the act is a promise
  if (s.promise.has(lemma)) return { status: 'promised', rule: 'events/status-promise-verb' }
  if (s.demand.has(lemma) || ctx.lex.status.defaultStatus[trigger.type] === 'demanded')
    return { status: 'demanded', rule: 'events/status-demand' }
  const cue = (quote?.cue ?? []).flatMap((span) => tokensWithin(ctx.tokens, span).map((x) => x.lemma ?? ''))
  // "Frankreich hat sich bereit erklärt, weitere 2.000 Soldaten … zu entsenden": an offer
  const frame = [...above, ...cueHere, ...lemmasOf(parent)]
  if (s.promiseFrames.some(([a, b]) => frame.includes(a) && frame.includes(b)))
    return { status: 'promised', rule: 'events/status-offer' }
  // "erwägt die britische Regierung …, Hunderte weitere Soldaten … zu entsenden"; "sei immer bereit, … zu treten"
  if ([...above, ...cueHere].some((l) => s.consider.has(l)))
    return { status: 'considered', rule: 'events/status-considered' }
  // "kündigte an, dass … geliefert werde"; "Der Dialog werde fortgesetzt, kündigte er an"; "soll im Februar stattfinden"
  // "bereiten die Vereinigten Staaten einen Bodeneinsatz gegen den Iran vor": the noun's own verb plans it
  // "Am Donnerstag ist ein Treffen … geplant": a plan verb's participle as the predicate of "sein"
  const plannedPredicate =
    clauseHasLemma(ctx, clause, s.copulas) &&
    ctx.tokens
      .slice(clause.start, clause.end)
      .some((x) => x.verbForm === 'participle' && s.plan.has(x.lemma ?? ''))
  const ownPlan = trigger.pos === 'noun' && (cueHere.some((l) => s.plan.has(l)) || plannedPredicate)
  if ([...above, ...cue].some((l) => s.plan.has(l)) || ownPlan || cueHere.some((l) => s.planModals.has(l)))
    return { status: 'planned', rule: 'events/status-planned' }
  // "Beamte durchsuchten am Mittwoch …": a date after publication in a clause told in the past is last week's
  if (
    !toldInPast(ctx, clause) &&
    (when === 'FUTURE_REF' ||
      (when &&
        ctx.doc.source?.published &&
        when > ctx.doc.source.published.slice(0, 10) &&
        /^\d{4}-\d\d-\d\d$/u.test(when)))
  )
    return { status: 'planned', rule: 'events/status-future-time' }
  // "Zudem seien … geschafft worden, hieß es": only somebody's word, about others
  // "Nach Angaben der Veranstalter demonstrierten 7.000 Menschen", "teilte mit, dass das Gericht die Beschwerde
  // abgelehnt hat": reported words in the indicative are the outlet's own account; Konjunktiv, hearsay "soll" and
  // the speaker's own words keep their distance
  const distanced =
    quote !== undefined &&
    (quote.kind !== 'indirect' ||
      inKonjunktiv(ctx, clause) ||
      (parent !== undefined && inKonjunktiv(ctx, parent)))
  if (quote && quote.kind !== 'reported' && distanced) {
    const speaker = quote.speaker
    const sameSide =
      speaker !== undefined &&
      (actorIds.includes(speaker) ||
        actorIds.some(
          (a) => countryOf(ctx, a) !== undefined && countryOf(ctx, a) === countryOf(ctx, speaker),
        ))
    if (!sameSide) return { status: 'claimed', rule: 'events/status-claimed' }
  }
  return { status: 'occurred', rule: 'events/status-occurred' }
}

/** "sollen"/"wollen" with a perfect infinitive: "soll … aufgerufen haben", "will herausgefunden haben". */
function hearsay(ctx: Context, clause: Clause): boolean {
  const tokens = ctx.tokens.slice(clause.start, clause.end)
  const modal = tokens.findIndex(
    (t) => t.lemma !== undefined && ctx.lex.status.hearsayModals.has(t.lemma) && t.moods !== undefined,
  )
  if (modal < 0) return false
  // "herausgefunden": a participle the lexicon does not know, told by its shape before "haben"/"sein"
  const participle = tokens.findIndex(
    (t, k) =>
      t.verbForm === 'participle' ||
      (k > modal &&
        /^\p{Ll}*ge\p{Ll}+(?:t|en)$/u.test(wordAt(ctx, clause.start + k)) &&
        ['haben', 'sein'].includes(tokens[k + 1]?.lemma ?? '')),
  )
  return (
    participle >= 0 &&
    tokens.some(
      (t, k) =>
        k > participle &&
        (t.lemma === 'haben' || t.lemma === 'sein') &&
        (t.verbForm === 'infinitive' || k === modal),
    )
  )
}

/** Whether a token of the clause has one of the lemmas ("es kam zu …", "hat Haftbefehl erlassen"). */
function clauseHasLemma(ctx: Context, clause: Clause, lemmas: ReadonlySet<string>): boolean {
  for (let i = clause.start; i < clause.end; i++) if (lemmas.has(ctx.tokens[i]?.lemma ?? '')) return true
  return false
}

/** Whether a verb of the clause is in Konjunktiv I or II (read by the text stage for a third-person subject). */
function inKonjunktiv(ctx: Context, clause: Clause): boolean {
  return ctx.tokens
    .slice(clause.start, clause.end)
    .some((t) => t.thirdPersonMood === 'k1' || t.thirdPersonMood === 'k2')
}

/**
 * Whether the clause is told in the past: its finite verb is a preterite ("durchsuchten", "nahm … fest": a form that
 * can be Konjunktiv II but not Konjunktiv I), or "haben"/"sein" with a participle ("haben … festgenommen").
 */
function toldInPast(ctx: Context, clause: Clause): boolean {
  const tokens = ctx.tokens.slice(clause.start, clause.end)
  const participle = tokens.some((t) => t.verbForm === 'participle')
  return tokens.some(
    (t, k) =>
      isFiniteVerb(t) &&
      ((t.moods?.includes('subjunctive2') && !t.moods.includes('subjunctive1')) ||
        (participle && (t.lemma === 'haben' || t.lemma === 'sein')) ||
        simplePast(ctx, t, wordAt(ctx, clause.start + k).toLowerCase())),
  )
}

/** "gab", "demonstrierten": a finite verb in the simple past (a weak verb's stem + -te, or a listed strong form). */
function simplePast(ctx: Context, t: Token, word: string): boolean {
  if (ctx.lex.status.pastForms.has(word)) return true
  const stem = (t.lemma ?? '').replace(/e?n$/u, '')
  return stem.length >= 3 && /^e?te(?:n|st|t)?$/u.test(word.slice(stem.length)) && word.startsWith(stem)
}

/** Lemmas of the clause's words but its participles ("bereit", "erwägt", "befassen wird"; not "als geplant"). */
/** The characters a clause covers. */
function spanOfClause(ctx: Context, clause: Clause): [number, number] {
  return [(ctx.tokens[clause.start] as Token).span[0], (ctx.tokens[clause.end - 1] as Token).span[1]]
}

/** Whether the token stands in the words of a quote whose cue demands ("forderte", "verlangte"), not in the cue. */
function demandedInQuote(ctx: Context, token: Token): boolean {
  const quote = quoteOf(ctx.quotes, token.span)
  if (!quote?.cue || isCueSpan(quote, token.span)) return false
  return quote.cue.some((c) =>
    tokensWithin(ctx.tokens, c).some(
      (t) => t.lemma !== undefined && ctx.lex.verbs.get(t.lemma) === 'REQUEST',
    ),
  )
}

const isCueSpan = (q: Quote, span: [number, number]) => q.cue?.some((c) => inside(c, span))

/** Whether the token is (part of) the cue of a quote: "sagte", "kritisierte" after what was said. */
function isCue(ctx: Context, token: number): boolean {
  return cuedQuote(ctx, (ctx.tokens[token] as Token).span) !== undefined
}

/** The quote whose cue holds the span, found in the cues by start (built once per document). */
function cuedQuote(ctx: Context, span: [number, number]): Quote | undefined {
  if (!ctx.cues) {
    const cues = ctx.quotes.flatMap((q) => (q.cue ?? []).map((c) => ({ c, q })))
    cues.sort((a, b) => a.c[0] - b.c[0])
    ctx.cues = { list: cues, longest: cues.reduce((m, { c }) => Math.max(m, c[1] - c[0]), 0) }
  }
  const { list, longest } = ctx.cues
  const k = firstIndex(list, (x) => x.c[0], span[0])
  for (let j = k - 1; j >= 0; j--) {
    const { c, q } = list[j] as (typeof list)[number]
    if (c[0] < span[0] - longest) break
    if (inside(c, span)) return q
  }
  return undefined
}

function cueLemmas(ctx: Context, clause: Clause): string[] {
  return ctx.tokens
    .slice(clause.start, clause.end)
    .map((t, k) =>
      t.verbForm === 'participle' ? '' : (t.lemma ?? wordAt(ctx, clause.start + k).toLowerCase()),
    )
}

function countryOf(ctx: Context, id: string): string | undefined {
  if (id.startsWith('country:')) return id.slice('country:'.length)
  return ctx.doc.layers.actors?.find((a) => a.id === id)?.country
}

function timeIn(ctx: Context, clauses: Array<Clause | undefined>): string | undefined {
  for (const c of clauses) {
    if (!c) continue
    const [from, to] = spanOfClause(ctx, c)
    const t = ctx.times.find((x) => x.type !== 'DURATION' && x.span[0] >= from && x.span[1] <= to)
    if (t) return t.value
  }
  return undefined
}

/** Each sentence's tokens as [first, last + 1), by sentence number. */
export function sentenceTokenRanges(tokens: readonly Token[]): Map<number, [number, number]> {
  const bySentence = new Map<number, [number, number]>()
  tokens.forEach((t, i) => {
    const range = bySentence.get(t.sentence)
    if (range) range[1] = i + 1
    else bySentence.set(t.sentence, [i, i + 1])
  })
  return bySentence
}

/** Paragraph sentences only: headings, captions and photo lines repeat what the body tells. */
export function bodySentences(doc: Document): number[] {
  const sentences = doc.layers.sentences ?? []
  const structure = doc.layers.structure
  const body = structure?.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.span) ?? []
  if (structure?.lead) body.push(structure.lead)
  if (body.length === 0) return sentences.map((_, i) => i)
  // a sentence is body text when a block starting at or before it reaches its end: the blocks by start, with the
  // furthest end reached so far, and one binary search per sentence
  body.sort((a, b) => a[0] - b[0])
  const reach: number[] = []
  for (const [i, b] of body.entries()) reach.push(Math.max(b[1], reach[i - 1] ?? 0))
  return sentences.flatMap((s, i) => {
    const last = firstIndex(body, (b) => b[0], s[0]) - 1
    return last >= 0 && (reach[last] as number) >= s[1] ? [i] : []
  })
}

/**
 * Codes the PLOVER events of a document: triggers from the lexicon, actor and recipient from clause position
 * and prepositions, status from negation, modality and the verb that governs the clause, `quote` when the event
 * is only known from somebody's words, `when` from the times layer and `where` from the places gazetteer.
 */
export function findEvents(
  doc: Document,
  lex: EventLexicon,
  gazetteer?: Gazetteer,
  budget?: Budget,
): FoundEvent[] {
  const tokens = doc.layers.tokens ?? []
  const mentions = findMentions(doc, lex)
  const ctx: Context = {
    doc,
    text: doc.text,
    tokens,
    lex,
    mentions,
    quotes: doc.layers.quotes ?? [],
    times: doc.layers.times ?? [],
    gazetteer,
    named: new Set<number>(),
    mentionCovering: indexMentions(tokens.length, mentions),
    entityMentionStarts: new Set(mentions.filter((m) => m.via === 'entity').map((m) => m.start)),
  }
  for (const e of doc.layers.entities ?? [])
    for (let i = firstIndex(tokens, (t) => t.span[0], e.span[0], true); i < tokens.length; i++) {
      const t = tokens[i] as Token
      if (t.span[0] > e.span[1]) break
      if (t.span[1] <= e.span[1] && e.span[1] - e.span[0] > t.span[1] - t.span[0]) ctx.named.add(i)
    }
  const bySentence = sentenceTokenRanges(tokens)
  const events: FoundEvent[] = []
  for (const s of bodySentences(doc)) {
    budget?.check()
    const range = bySentence.get(s)
    if (!range) continue
    // "Gibt es antiimperialistische Proteste?": a question tells no act
    if (wordAt(ctx, range[1] - 1) === '?') continue
    const clauses = splitClauses(doc.text, tokens, range[0], range[1], lex.roles)
    // "Russland sei aggressiv, kritisierte Lawrow die USA": a verb after the comma that cues what was said has
    // its own subject behind it
    for (const clause of clauses)
      if (clause.asyndetic && clause.finite !== undefined && isCue(ctx, clause.finite))
        clause.coordinated = false
    // who acts in each clause: its own subject, else the subject it shares ("… und hege"), else its controller
    // ("erwägt die britische Regierung, … zu entsenden")
    const subjects: Mention[][] = []
    clauses.forEach((clause, k) => {
      const own = clauseArguments(ctx, clause, '*', -1).subject
      if (own.length > 0) subjects[k] = own
      else if (clause.coordinated && k > 0) subjects[k] = subjects[k - 1] ?? []
      else subjects[k] = []
    })
    clauses.forEach((clause, k) => {
      if (subjects[k]?.length === 0 && clause.kind === 'inf' && clause.parent !== undefined)
        subjects[k] = subjects[clause.parent] ?? []
      // "die muslimischen Stimmen, die die Idee eines Kalifats ablehnen": the phrase the relative pronoun stands for
      if (subjects[k]?.length === 0) subjects[k] = relativeAntecedent(ctx, clause)
    })
    // clauses whose words are what another event demands, alleges, threatens or promises
    const contentOf = new Set<number>()
    // the triggers each clause made events of, by type
    const actsOf: Array<Map<string, Trigger[]>> = []
    clauses.forEach((clause, k) => {
      const triggers = findTriggers(ctx, clause)
      const parent = clause.parent !== undefined ? clauses[clause.parent] : undefined
      const parentSubject = clause.parent !== undefined ? (subjects[clause.parent] ?? []) : []
      const verbTriggers = triggers.filter((t) => t.pos !== 'noun' && t.pos !== 'attributive')
      const done = new Map<string, Trigger[]>()
      actsOf[k] = done
      for (const trigger of triggers) {
        // "inhaftiert und … verurteilt", "nahm zwei Männer fest und durchsuchte ihre Wohnungen": a second verb of
        // another kind joined to the first is a second act
        const before =
          done.get(trigger.type) ?? (clause.coordinated ? actsOf[k - 1]?.get(trigger.type) : undefined)
        const joinedAct = before !== undefined && secondActOf(ctx, trigger, before)
        if (done.has(trigger.type) && !joinedAct) continue
        // "kritisierte die Handlungsweise Kozulins, der zum Sturm aufgerufen haben soll": a relative clause is
        // no content of the accusation
        if (clause.parent !== undefined && contentOf.has(clause.parent) && !clause.relative) continue
        const triggerToken = tokens[trigger.token] as Token
        // "Identifizierte Spione müssten ausgewiesen werden, forderte die Partei": what a demand's words ask for
        // has not happened; the demand is the event
        if (demandedInQuote(ctx, triggerToken)) continue
        const args = clauseArguments(ctx, clause, trigger.type, trigger.token)
        let rule = `events/${trigger.pos}-trigger`
        let actor = args.subject
        let recipient = args.recipient
        let speakerMayAct = trigger.pos !== 'noun'
        let carriedNoun = false
        if (trigger.pos === 'predicate') {
          // the speaker condemns whom the clause is about
          const speaker = quoteAround(ctx.quotes, triggerToken.span)?.speaker
          actor = speaker ? [{ start: -1, end: -1, ids: [speaker], via: 'entity' }] : []
          // … not what it is called ("ein Narco-Terrorist")
          recipient = args.subject
          speakerMayAct = false
        } else if (trigger.pos === 'attributive') {
          // "die … zusammengezogenen 100.000 russischen Soldaten": the forces' own side moved them
          const head = mentionsStartingIn(ctx, trigger.token + 1, nextNoun(ctx, trigger.token, clause))
          if (head.length === 0) continue
          actor = head
          recipient = []
          speakerMayAct = false
        } else if (trigger.pos === 'noun') {
          const nounWord = wordAt(ctx, trigger.token).toLowerCase()
          const patientGenitive =
            lex.roles.patientGenitiveTypes.has(trigger.type) &&
            lex.roles.patientGenitiveEndings.some((e) => nounWord.endsWith(e))
          const own = nounPhraseArguments(ctx, trigger.token, clause, patientGenitive)
          // "US-Angriffe", "EU-Sanktionen": an abbreviation before the hyphen names who acts ("Russland-Sanktionen"
          // names whom they hit)
          const prefix = mentionAt(ctx, trigger.token)
          if (prefix && own.actor.length === 0) {
            if (/^\p{Lu}{2,}(?:-|$)/u.test(wordAt(ctx, trigger.token))) own.actor = [prefix]
            else own.recipient = [prefix, ...own.recipient]
          }
          // "russische Raketenangriffe auf Kiew", "die israelische Besetzung": a country adjective before the noun
          // names who acts
          if (own.actor.length === 0) {
            const adjective = countryAdjectiveBefore(ctx, trigger.token, clause)
            if (adjective) own.actor = [adjective]
          }
          // "nach dem Gespräch", "vor einem Einmarsch": a circumstance — unless the phrase names who acts
          // ("Gegenüber Sanktionen der Europäischen Union zeigte sich das Regime unbeeindruckt")
          // "nach einer Besetzung und Geiselnahme": the second of two joined nouns shares the first one's
          // preposition and article
          const head = firstConjunct(ctx, trigger.token, clause)
          const prep = governingPreposition(ctx, head, clause)
          // "nach einer Besetzung der US-Botschaft": an act told as the time or cause of another, with a side
          // … or without sides, when it is no act told before ("trotz mehrerer Hausdurchsuchungen", not "nach dem
          // Gespräch")
          const circumstance =
            prep !== undefined &&
            lex.roles.circumstancePrepositions.has(prep) &&
            (own.actor.length + own.recipient.length > 0 || isIndefinite(ctx, head, clause))
          // "verlangen einen Rückzug": the noun is what is demanded
          if (verbTriggers.length > 0 && !circumstance) continue
          // "es kam zu Zusammenstößen zwischen …": what the phrase names happened
          const happened =
            prep !== undefined &&
            lex.roles.happeningPrepositions.has(prep) &&
            clauseHasLemma(ctx, clause, lex.roles.happeningVerbs)
          if (happened) carriedNoun = true
          // … but "Vorbedingungen zu einer Zustimmung Israels" belongs to another noun: only a phrase opening the clause
          if (
            prep &&
            !happened &&
            !circumstance &&
            (own.actor.length === 0 || !opensClause(ctx, trigger.token, clause))
          )
            continue
          if (circumstance) {
            actor = own.actor
            recipient = own.recipient
            rule = 'events/noun-circumstance'
            carriedNoun = true
            speakerMayAct = false
          } else if (own.actor.length > 0) {
            actor = own.actor
            recipient = own.recipient
            rule = 'events/noun-phrase'
          }
          const definite = isDefinite(ctx, head, clause)
          const antecedent = [...events].reverse().find((e) => e.type === trigger.type)
          // "Das Treffen sei offen gewesen": the meeting told before
          if (definite && antecedent && !hasOwnStatusCue(ctx, clause, parent)) continue
          const isSubject =
            clause.finite !== undefined && trigger.token < clause.finite && clause.kind === 'main'
          if (!circumstance && rule !== 'events/noun-phrase' && (isSubject || actor.length === 0)) {
            // "Der Dialog werde fortgesetzt": the dialogue of those who met
            if (definite && antecedent) {
              actor = antecedent.actor.map((id) => ({
                start: -1,
                end: -1,
                ids: [id],
                via: 'entity' as const,
              }))
              recipient = antecedent.recipient.map((id) => ({
                start: -1,
                end: -1,
                ids: [id],
                via: 'entity' as const,
              }))
              rule = 'events/noun-anaphor'
            } else actor = []
          }
        } else if (
          triggerToken.verbForm === 'participle' &&
          !lex.status.seinPerfect.has(triggerToken.lemma ?? '') &&
          tokens.slice(clause.start, clause.end).some((t) => t.lemma === 'sein' && isFiniteVerb(t)) &&
          // "war kritisiert worden", "verweigert worden war": a passive told in the past is an act
          !tokens.slice(clause.start, clause.end).some((_, n) => wordAt(ctx, clause.start + n) === 'worden')
        ) {
          continue // "Derzeit sind in Estland 830 britische Soldaten stationiert": a state, not an act
        }
        if (actor.length === 0 && trigger.pos !== 'attributive' && trigger.pos !== 'predicate') {
          // "Blinken kündigte auch an, erneut mit Lawrow zusammenzukommen"; "… und hege auch keine Angriffspläne";
          // "Er kündigte an, dass … Militärhilfe … geliefert werde": the announcer's side acts
          // … but not who was acted upon by a named other ("nachdem sie selbst von der Wahlkommission abgelehnt
          // worden war")
          if (clause.kind === 'inf' || (args.passive && !hasAgentPhrase(ctx, clause))) actor = parentSubject
          else if (args.passive) actor = []
          // "Die USA brachen die Beziehungen nach einer Besetzung ab": who acts in the clause did not occupy
          else if (
            rule !== 'events/noun-circumstance' &&
            (trigger.pos !== 'noun' || !isSubjectPosition(ctx, trigger.token, clause))
          )
            actor = subjects[k] ?? []
        }
        const quote = quoteOf(ctx.quotes, triggerToken.span)
        let actorIds = [...ids(actor), ...ids(args.actor)]
        // "…, dass der Tanker Öl an die Revolutionsgarden liefere": an active clause with a subject of its own (one
        // we know no actor for) is not the speaker's act; a passive one may be ("werde nicht infrage gestellt")
        const ownSubject = !args.passive && namesOwnSubject(ctx, clause)
        if (actorIds.length === 0 && quote?.speaker && speakerMayAct && !ownSubject) {
          actorIds = [quote.speaker]
          rule += '+speaker'
        }
        let recipientIds = ids(recipient).filter((id) => !actorIds.includes(id))
        // "… Flüchtlinge, denen zuvor der Flüchtlingsstatus verweigert worden war": the pronoun's phrase is the object
        if (recipientIds.length === 0 && clause.relative)
          recipientIds = ids(relativeAntecedent(ctx, clause, lex.roles.objectRelatives)).filter(
            (id) => !actorIds.includes(id),
          )
        if (recipientIds.length === 0) recipientIds = epithetRecipient(ctx, clause, trigger, actorIds)
        // "dass die NATO-Politik der offenen Tür nicht infrage gestellt werde": refused to whoever demanded it
        if (recipientIds.length === 0 && trigger.type === 'REJECT')
          recipientIds = demandersOf(ctx, clause, events, actorIds)
        // "Der Iran hatte behauptet, … Großbritannien bestreitet das": a denial answers who accused or claimed
        if (recipientIds.length === 0 && trigger.type === 'REJECT' && trigger.pos === 'verb')
          recipientIds = accusersOf(ctx, clause, events, actorIds)
        // "Die Ukraine müsse ihre Truppen abziehen, verlangte Lawrow": whom the demanded words make act
        if (recipientIds.length === 0 && trigger.type === 'REQUEST' && trigger.pos === 'verb') {
          const cued = cuedQuote(ctx, triggerToken.span)
          const inWords = cued
            ? clauses.findIndex((c, j) => j !== k && inside(cued.span, spanOfClause(ctx, c)))
            : -1
          if (inWords >= 0) recipientIds = ids(subjects[inWords] ?? []).filter((id) => !actorIds.includes(id))
        }
        // "Der Mann wurde festgenommen", "Beamte durchsuchten Räume": a verb tells the act even where its agent is
        // nobody we know (a passive, a body or group no actor stands for); a noun alone needs a named side
        // … unless a light verb carries the noun's act ("hat Haftbefehl erlassen", "verhängte eine Ausgangssperre")
        // ("Die Übung soll im Februar stattfinden" with a definite article points back to an act told before)
        const carried =
          carriedNoun ||
          (trigger.pos === 'noun' &&
            !isDefinite(ctx, trigger.token, clause) &&
            clauseHasLemma(ctx, clause, lex.roles.lightVerbs))
        if (actorIds.length === 0 && (trigger.pos === 'noun' || trigger.pos === 'attributive') && !carried)
          continue
        // "warnte vor einer Eskalation" warns of a risk; "warnte Moskau vor …", "drohte mit Sanktionen" threaten
        // … and "der Aufmarsch von Islamisten", no forces named, is a rally (lexicon `withoutCondition`)
        if (!meetsCondition(ctx, trigger, clause, recipientIds)) {
          const otherType = ctx.lex.withoutCondition.get(triggerKey(ctx, trigger))
          if (!otherType || done.has(otherType)) continue
          trigger.type = otherType
        }
        if (lex.reciprocal.has(trigger.type)) {
          actorIds = [...new Set([...actorIds, ...recipientIds])]
          recipientIds = []
        }
        const children = clauses.filter((c) => c.parent === k)
        const when = timeIn(ctx, [clause, ...children, clause.kind === 'main' ? undefined : parent])
        let status = decideStatus(ctx, trigger, clause, parent, quote, actorIds, when)
        if (!status) continue
        // saying that somebody is a criminal is the accusation itself: it happened, whatever the words claim
        if (trigger.pos === 'predicate' && status.status === 'claimed')
          status = { status: 'occurred', rule: 'events/status-occurred' }
        done.set(trigger.type, [...(done.get(trigger.type) ?? []), trigger])
        if (joinedAct) rule += '+joined'
        if (
          ['REQUEST', 'ACCUSE', 'THREATEN', 'AGREE', 'REJECT'].includes(trigger.type) &&
          trigger.pos !== 'noun'
        )
          contentOf.add(k)
        const evidence = [clause, parent && clause.kind !== 'main' ? parent : undefined, ...children].filter(
          (c): c is Clause => c !== undefined,
        )
        const span: [number, number] = [
          Math.min(...evidence.map((c) => (tokens[c.start] as Token).span[0])),
          Math.max(...evidence.map((c) => (tokens[c.end - 1] as Token).span[1])),
        ]
        const where = [
          ...new Set([
            ...args.places,
            ...children.flatMap((c) => clauseArguments(ctx, c, trigger.type, -1).places),
          ]),
        ]
        events.push({
          id: '',
          type: trigger.type,
          status: status.status,
          actor: actorIds,
          recipient: recipientIds,
          span,
          ...(when ? { when } : {}),
          ...(where.length ? { where } : {}),
          ...(quote ? { quote: quote.id } : {}),
          rule: `${rule} ${status.rule}`,
          trigger: triggerToken.span,
        })
      }
    })
  }
  const sentenceAt = new Map<number, number>()
  for (const t of tokens) if (!sentenceAt.has(t.span[0])) sentenceAt.set(t.span[0], t.sentence)
  const sentenceOf = (e: FoundEvent) => sentenceAt.get(e.trigger[0]) ?? -1
  return dedupe(events, sentenceOf).map((e, i) => ({ ...e, id: `e${i + 1}` }))
}

/**
 * Whether a trigger that needs a sign (lexicon `conditions`) has a recipient or one of its words in the clause, and
 * no word of its `exclusions` stands there.
 */
/** The lexicon key of a trigger's conditions: its lemma, lower case. */
function triggerKey(ctx: Context, trigger: Trigger): string {
  return ((ctx.tokens[trigger.token] as Token).lemma ?? wordAt(ctx, trigger.token)).toLowerCase()
}

function meetsCondition(ctx: Context, trigger: Trigger, clause: Clause, recipientIds: string[]): boolean {
  // a fixed phrase is its own sign: "bat um Entschuldigung" apologises, whatever "bitten" alone needs
  if (trigger.pos === 'phrase') return true
  const key = triggerKey(ctx, trigger)
  // a word of five letters or more also stands as the tail of a compound: "NATO-Truppen", "Bodentruppen"
  const inClause = (words: Set<string>) => {
    for (let i = clause.start; i < clause.end; i++) {
      const w = wordAt(ctx, i).toLowerCase()
      if (words.has(w)) return true
      // "Schwarzmarkt-Öl": after a hyphen a short word is a compound's tail too
      for (const c of words) if ((c.length >= 5 && w.endsWith(c)) || w.endsWith(`-${c}`)) return true
    }
    return false
  }
  const excluded = ctx.lex.exclusions.get(key)
  if (excluded && inClause(excluded)) return false
  // "eine Aussage, die er gar nicht getroffen hat": a relative clause's noun stands before its comma
  const relative =
    ctx.lex.roles.relatives.has(wordAt(ctx, clause.start).toLowerCase()) &&
    wordAt(ctx, clause.start - 1) === ','
  if (excluded && relative && excluded.has(wordAt(ctx, clause.start - 2).toLowerCase())) return false
  const words = ctx.lex.conditions.get(key)
  return !words || recipientIds.length > 0 || inClause(words)
}

/** Whether a mention is the genitive attribute of the common noun before it: "Gegner der Vereinigten Staaten". */
function genitiveAttribute(ctx: Context, m: Mention, clause: Clause): boolean {
  const i = genitiveArticleBefore(ctx, m.start - 1, clause)
  if (i === undefined || i <= clause.start) return false
  const head = ctx.tokens[i - 1] as Token
  const word = wordAt(ctx, i - 1)
  const named = mentionAt(ctx, i - 1) !== undefined
  // "von Seiten der Autonomiebehörde": a phrase whose noun only stands for the one it names
  const inPhrase =
    i - 2 >= clause.start && ctx.lex.roles.allPrepositions.has(wordAt(ctx, i - 2).toLowerCase())
  return head.kind === 'word' && /^\p{Lu}/u.test(word) && !named && !inPhrase && !isFiniteVerb(head)
}

/**
 * The genitive article that opens the phrase ending at token `from`, past lower-case adjectives between it and the
 * name ("der westlichen Verbündeten"); undefined when the phrase has none.
 */
function genitiveArticleBefore(ctx: Context, from: number, clause: Clause): number | undefined {
  let i = from
  while (
    i > clause.start &&
    /^\p{Ll}/u.test(wordAt(ctx, i)) &&
    !ctx.lex.roles.genitiveArticles.has(wordAt(ctx, i))
  )
    i--
  return ctx.lex.roles.genitiveArticles.has(wordAt(ctx, i)) ? i : undefined
}

/** The mention that covers token i, if any. */
function mentionAt(ctx: Context, i: number): Mention | undefined {
  return ctx.mentionCovering[i]
}

/**
 * The common noun a name is the genitive attribute of: "der Dekolonisierung Russlands" (a name in -s right after
 * the noun), "die Haltung der Regierung" (after a genitive article).
 */
function genitiveHead(ctx: Context, m: Mention, clause: Clause): number | undefined {
  let before = m.start - 1
  // "einer angeblichen „Dekolonisierung“ Russlands"
  while (before > clause.start && ctx.tokens[before]?.kind === 'quote') before--
  const isCommonNoun = (i: number) => i >= clause.start && isNounToken(ctx, i) && !mentionAt(ctx, i)
  if (isCommonNoun(before) && /s$/u.test(wordAt(ctx, m.end - 1))) return before
  const article = genitiveArticleBefore(ctx, before, clause)
  return article !== undefined && isCommonNoun(article - 1) ? article - 1 : undefined
}

/**
 * "Teile der extremen Rechten, die den Angriff unterstützen": a relative pronoun right before an article that opens
 * no subject is the subject itself, and the phrase after it the object; so is "die" before "die" with a verb in
 * the plural ("Stimmen, die die Idee ablehnen"), not with one in the singular ("Sicherheitsgarantien, die die
 * Regierung verlange").
 */
function relativeIsSubject(ctx: Context, clause: Clause): boolean {
  const r = ctx.lex.roles
  const pronoun = wordAt(ctx, clause.start).toLowerCase()
  const article = wordAt(ctx, clause.start + 1).toLowerCase()
  if (clause.kind !== 'sub' || wordAt(ctx, clause.start - 1) !== ',' || !r.nominativeRelatives.has(pronoun))
    return false
  if (r.objectArticles.has(article)) return true
  if (pronoun !== 'die' || !r.determiners.has(article)) return false
  const verbs = ctx.tokens.slice(clause.start, clause.end).filter(isFiniteVerb)
  return verbs.some((v) => v.persons?.includes('3P') && !v.persons.includes('3S'))
}

/**
 * The mention right before the comma that opens a relative clause whose pronoun can be its subject (or, with
 * `pronouns` objectRelatives, its object: "Flüchtlingen, denen der Status verweigert worden war").
 */
function relativeAntecedent(
  ctx: Context,
  clause: Clause,
  pronouns: ReadonlySet<string> = ctx.lex.roles.nominativeRelatives,
): Mention[] {
  const pronoun = wordAt(ctx, clause.start).toLowerCase()
  if (!pronouns.has(pronoun) || wordAt(ctx, clause.start - 1) !== ',') return []
  // ", die Polizei nahm ihn fest": an article before its noun; a relative clause ends in its verb
  if (/^\p{Lu}/u.test(wordAt(ctx, clause.start + 1))) return []
  let last = clause.end - 1
  while (last > clause.start && (ctx.tokens[last] as Token).kind === 'punct') last--
  const verbLast = (ctx.tokens[last] as Token).moods !== undefined
  if (!verbLast) return []
  if (!ctx.mentionsEndingAt) {
    ctx.mentionsEndingAt = new Map()
    for (const m of ctx.mentions) {
      const list = ctx.mentionsEndingAt.get(m.end)
      if (list) list.push(m)
      else ctx.mentionsEndingAt.set(m.end, [m])
    }
  }
  const before = ctx.mentionsEndingAt.get(clause.start - 1) ?? []
  return before.length > 0 ? [before.at(-1) as Mention] : []
}

/**
 * "hege keine Angriffspläne gegen die frühere Sowjetrepublik": an epithet in an argument position stands for the
 * country named last before it that is not on the acting side.
 */
function epithetRecipient(ctx: Context, clause: Clause, trigger: Trigger, actorIds: string[]): string[] {
  for (let i = clause.start; i < clause.end; i++) {
    if (i === trigger.token || !ctx.lex.roles.epithets.has(wordAt(ctx, i))) continue
    const prep = governingPreposition(ctx, i, clause)
    const role = prep
      ? (ctx.lex.roles.prepositions[trigger.type]?.[prep] ?? ctx.lex.roles.prepositions['*']?.[prep])
      : 'recipient'
    if (role !== 'recipient') continue
    const last = lastMentionBefore(ctx, i, (m) =>
      m.ids.some((id) => id.startsWith('country:') && !actorIds.includes(id)),
    )
    if (last) return last.ids.filter((id) => !actorIds.includes(id))
  }
  return []
}

/** The side whose earlier demand a rejection answers: a REQUEST aimed at someone this clause names. */
/**
 * Whom a denial answers: the accuser of the latest accusation against the denying side, else the speaker of the
 * words told last before it (within two sentences) when that is somebody else.
 */
function accusersOf(ctx: Context, clause: Clause, events: FoundEvent[], actorIds: string[]): string[] {
  if (actorIds.length === 0) return []
  const side = new Set(actorIds.flatMap((id) => [id, countryOf(ctx, id) ?? id]))
  const onSide = (id: string) => side.has(id) || side.has(countryOf(ctx, id) ?? id)
  const accusation = [...events]
    .reverse()
    .find((e) => e.type === 'ACCUSE' && e.recipient.some(onSide) && !e.actor.some(onSide))
  if (accusation) return accusation.actor
  const start = (ctx.tokens[clause.start] as Token).span[0]
  const sentence = (ctx.tokens[clause.start] as Token).sentence
  let last: Quote | undefined
  for (const q of ctx.quotes) {
    if (q.span[1] > start || !q.speaker || onSide(q.speaker)) continue
    const at = ctx.tokens[firstIndex(ctx.tokens, (t) => t.span[0], q.span[0])]
    if (!at || sentence - at.sentence > 2) continue
    if (!last || q.span[1] > last.span[1]) last = q
  }
  return last?.speaker ? [last.speaker] : []
}

function demandersOf(ctx: Context, clause: Clause, events: FoundEvent[], actorIds: string[]): string[] {
  const named = new Set(mentionsWithin(ctx, clause.start, clause.end).flatMap((m) => m.ids))
  const demand = [...events]
    .reverse()
    .find(
      (e) =>
        e.type === 'REQUEST' &&
        e.recipient.some((id) => named.has(id)) &&
        !e.actor.some((id) => actorIds.includes(id)),
    )
  return demand ? demand.actor : []
}

/**
 * Who acts and who is acted upon inside a noun trigger's own phrase: "die Festnahme von 15 britischen Soldaten
 * durch die iranische Marine", "Sanktionen der Europäischen Union", "ein Einreiseverbot gegen 13 Syrer".
 */
function nounPhraseArguments(
  ctx: Context,
  noun: number,
  clause: Clause,
  patientGenitive = false,
): { actor: Mention[]; recipient: Mention[] } {
  const roles = ctx.lex.roles
  // the phrase runs to the clause's next punctuation or verb; "in Kairo" inside it is a circumstance, but the
  // "durch" phrase after it still names who acted: "die Erstürmung eines Camps in Kairo durch die Polizei"
  const roleAt: Array<'actor' | 'recipient' | 'of' | 'other'> = []
  let role: 'actor' | 'recipient' | 'of' | 'other' = 'of'
  let end = noun + 1
  for (; end < clause.end; end++) {
    const t = ctx.tokens[end] as Token
    const lower = wordAt(ctx, end).toLowerCase()
    if (t.kind === 'punct' || (isFiniteVerb(t) && !t.noun) || t.verbForm) break
    const npRole = roles.nounPhrase[lower]
    if (npRole) role = npRole
    else if (roles.allPrepositions.has(lower)) role = 'other'
    roleAt[end] = role
  }
  const found: Array<{ m: Mention; role: 'actor' | 'recipient' | 'of' }> = []
  for (let i = firstIndex(ctx.mentions, (m) => m.start, noun + 1, true); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i] as Mention
    if (m.start >= end) break
    const r = roleAt[m.start] ?? 'of'
    if (r !== 'other') found.push({ m, role: r })
  }
  const agents = found.filter((f) => f.role === 'actor').map((f) => f.m)
  const of = found.filter((f) => f.role === 'of').map((f) => f.m)
  const targets = found.filter((f) => f.role === 'recipient').map((f) => f.m)
  // "die Festnahme Maduros": the genitive of a deverbal noun of force is whom it was done to
  if (agents.length === 0 && patientGenitive) return { actor: [], recipient: [...of, ...targets] }
  return agents.length > 0
    ? { actor: agents, recipient: [...of, ...targets] }
    : // "ein Treffen der Außenminister Russlands und der USA": every side joined to the first
      { actor: of.length > 0 ? coordinatedRun(ctx, of, 0) : [], recipient: targets }
}

/** A Vorfeld of more than one word that opens with an article, a number or a name, not with a preposition. */
function vorfeldIsNounPhrase(ctx: Context, clause: Clause, finite: number): boolean {
  const words = ctx.tokens.slice(clause.start, finite).filter((t) => t.kind === 'word' || t.kind === 'number')
  if (words.length < 2) return false
  const first = wordAt(ctx, clause.start).toLowerCase()
  if (ctx.lex.roles.allPrepositions.has(first)) return false
  // "Mehrere Jahre lang ermittelte das Ministerium …": a time is no subject
  if (inTime(ctx, clause.start)) return false
  return (
    ctx.lex.roles.determiners.has(first) ||
    (ctx.tokens[clause.start] as Token).kind === 'number' ||
    /^\p{Lu}/u.test(wordAt(ctx, clause.start))
  )
}

/**
 * Whether the preposition phrase of a mention follows a common noun and belongs to it: "nach Verhör durch die
 * Sicherheitsbehörden wieder freigelassen" names who questioned, not who freed ("am Montag von der Polizei" does
 * not: a time is no noun to attach to).
 */
function attachedToNoun(ctx: Context, m: Mention, clause: Clause): boolean {
  const r = ctx.lex.roles
  let i = m.start - 1
  while (i > clause.start && !r.allPrepositions.has(wordAt(ctx, i).toLowerCase())) i--
  const before = i - 1
  if (before < clause.start || !r.allPrepositions.has(wordAt(ctx, i).toLowerCase())) return false
  const named = mentionAt(ctx, before) !== undefined
  // the noun stands in a phrase of its own ("nach Verhör"); "die Annäherung der beiden Staaten von islamischen
  // Gruppen verurteilt" has the agent after a genitive, which belongs to the clause
  return (
    isNounToken(ctx, before) &&
    !named &&
    !inTime(ctx, before) &&
    governingPreposition(ctx, before, clause) !== undefined
  )
}

/** Whether a clause opens with a noun phrase of its own as subject: "Das Schiff stehe …", "…, dass der Tanker …". */
function namesOwnSubject(ctx: Context, clause: Clause): boolean {
  if (clause.kind === 'main')
    return clause.finite !== undefined && vorfeldIsNounPhrase(ctx, clause, clause.finite)
  if (clause.kind !== 'sub') return false
  const next = wordAt(ctx, clause.start + 1).toLowerCase()
  return ctx.lex.roles.determiners.has(next) && !ctx.lex.roles.possessives.has(next)
}

/** Whether a passive clause names its agent in a "von"/"durch" phrase, whether or not we know an actor for it. */
function hasAgentPhrase(ctx: Context, clause: Clause): boolean {
  for (let i = clause.start; i < clause.end - 1; i++) {
    if (!ctx.lex.roles.agentPrepositions.has(wordAt(ctx, i).toLowerCase())) continue
    const next = wordAt(ctx, i + 1).toLowerCase()
    if (ctx.lex.roles.determiners.has(next) || /^\p{Lu}/u.test(wordAt(ctx, i + 1))) return true
  }
  return false
}

/** Whether token i lies inside an expression of the times layer ("Mehrere Jahre lang", "am Montag"). */
function inTime(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i]
  return t !== undefined && ctx.times.some((x) => x.span[0] <= t.span[0] && t.span[1] <= x.span[1])
}

/** Whether the phrase of the noun at i starts the clause ("Gegenüber Sanktionen der EU zeigte sich …"). */
function opensClause(ctx: Context, i: number, clause: Clause): boolean {
  for (let j = i - 1; j >= clause.start; j--) {
    const lower = wordAt(ctx, j).toLowerCase()
    if (ctx.lex.roles.allPrepositions.has(lower)) return j === clause.start
  }
  return false
}

/** The index of the first capitalised noun after token i in the clause ("… russischen Soldaten"). */
function nextNoun(ctx: Context, i: number, clause: Clause): number {
  for (let j = i + 1; j < clause.end; j++) if (isNounToken(ctx, j)) return j
  return clause.end - 1
}

function isSubjectPosition(ctx: Context, i: number, clause: Clause): boolean {
  return (
    clause.kind === 'main' && clause.finite !== undefined && i < clause.finite && ctx.tokens[i] !== undefined
  )
}

/** "nach einer Besetzung", "trotz mehrerer Hausdurchsuchungen": an indefinite article or quantifier opens the phrase */
/** The country adjective among the lower-case attributes right before a noun ("die russischen Raketenangriffe"). */
function countryAdjectiveBefore(ctx: Context, noun: number, clause: Clause): Mention | undefined {
  for (let i = noun - 1; i >= clause.start; i--) {
    const m = ctx.mentionCovering[i]
    if (m?.via === 'demonym' && m.start === i) return m
    const w = wordAt(ctx, i)
    const lower = w.toLowerCase()
    if (m || (ctx.tokens[i] as Token).kind !== 'word' || !/^\p{Ll}/u.test(w)) return undefined
    if (ctx.lex.roles.determiners.has(lower) || ctx.lex.roles.allPrepositions.has(lower)) return undefined
  }
  return undefined
}

/**
 * The first of nouns joined by a coordinator ("Besetzung und Geiselnahme"): its article and preposition are the
 * whole phrase's. The noun itself when nothing joins it.
 */
function firstConjunct(ctx: Context, noun: number, clause: Clause): number {
  let head = noun
  while (head - 2 >= clause.start) {
    const joiner = wordAt(ctx, head - 1).toLowerCase()
    const before = ctx.tokens[head - 2] as Token
    if (!ctx.lex.roles.coordinators.has(joiner) || !before.noun || !/^\p{Lu}/u.test(wordAt(ctx, head - 2)))
      break
    head -= 2
  }
  return head
}

function isIndefinite(ctx: Context, noun: number, clause: Clause): boolean {
  for (let i = noun - 1; i >= clause.start; i--) {
    const w = wordAt(ctx, i).toLowerCase()
    if (ctx.lex.roles.indefinites.has(w)) return true
    if (ctx.lex.roles.determiners.has(w) || !/^\p{Ll}/u.test(wordAt(ctx, i))) return false
  }
  return false
}

function isDefinite(ctx: Context, noun: number, clause: Clause): boolean {
  for (let i = noun - 1; i >= clause.start; i--) {
    const w = wordAt(ctx, i).toLowerCase()
    if (ctx.lex.roles.definite.has(w)) return true
    if (ctx.lex.roles.determiners.has(w) || !/^\p{Ll}/u.test(wordAt(ctx, i))) return false
  }
  return false
}

function hasOwnStatusCue(ctx: Context, clause: Clause, parent: Clause | undefined): boolean {
  const s = ctx.lex.status
  // "früher als geplant" is no plan: only finite verbs and predicates of the clause count
  const lemmas = cueLemmas(ctx, clause)
  const quote = quoteAround(ctx.quotes, (ctx.tokens[clause.start] as Token).span)
  const cue = (quote?.cue ?? []).flatMap((span) => tokensWithin(ctx.tokens, span).map((x) => x.lemma ?? ''))
  const above = parent ? ctx.tokens.slice(parent.start, parent.end).map((t) => t.lemma ?? '') : []
  return [...lemmas, ...cue, ...above].some((l) => s.plan.has(l) || s.planModals.has(l) || s.consider.has(l))
}

/**
 * A sentence tells one act once (same type, sides, status and time). Across sentences the same sides may act
 * again ("warnte … erneut"), so nothing is merged there.
 */
/**
 * Whether a verb trigger is a second act beside the verbs of its type already read in the clause: a verb of
 * another lemma joined to them by a coordinator ("wurde inhaftiert und später zu 20 Jahren Haft verurteilt"), for
 * the types whose acts are deeds (lexicon `joinedActs`; "an der Seite stehen und unterstützen" is one support).
 * The same verb again, or one beside a noun, is the same act told twice.
 */
function secondActOf(ctx: Context, trigger: Trigger, earlier: Trigger[]): boolean {
  const verbal = (t: Trigger) => t.pos === 'verb' || t.pos === 'phrase'
  if (!verbal(trigger) || earlier.length === 0 || !ctx.lex.joinedActs.has(trigger.type)) return false
  const lemmaOf = (i: number) => (ctx.tokens[i] as Token).lemma ?? wordAt(ctx, i).toLowerCase()
  const lemma = lemmaOf(trigger.token)
  return earlier.every((e) => {
    if (!verbal(e) || lemmaOf(e.token) === lemma) return false
    const [from, to] = e.token < trigger.token ? [e.token, trigger.token] : [trigger.token, e.token]
    for (let i = from + 1; i < to; i++)
      if (ctx.lex.roles.coordinators.has(wordAt(ctx, i).toLowerCase())) return true
    return false
  })
}

export function dedupe(events: FoundEvent[], sentenceOf: (e: FoundEvent) => number): FoundEvent[] {
  const seen = new Set<string>()
  return events.filter((e) => {
    const key = JSON.stringify([
      // a second act joined to the first in one clause has the same sides and is still another act
      e.rule.split(' ')[0]?.includes('+joined') ? e.trigger[0] : -1,
      sentenceOf(e),
      e.type,
      e.status,
      [...e.actor].sort(),
      [...e.recipient].sort(),
      e.when ?? '',
    ])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
