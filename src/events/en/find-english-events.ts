import type { Budget, Document, Quote, Time, Token } from '../../document/index.ts'
import { bodySentences, dedupe, type FoundEvent, sentenceTokenRanges } from '../plover/find-events.ts'
import { quoteOf } from '../plover/mentions.ts'
import { type EnglishEventLexicon, type EventStatus, nounLemma, verbLemma } from './english-event-lexicon.ts'
import { type EnglishMention, findEnglishMentions, tokenRange } from './english-mentions.ts'

type TriggerKind = 'verb' | 'phrase' | 'predicate' | 'noun' | 'obligation'

interface Trigger {
  type: string
  token: number
  kind: TriggerKind
  lemma: string
}

interface Context {
  text: string
  tokens: Token[]
  lex: EnglishEventLexicon
  /** the mentions of the sentence being read */
  mentions: EnglishMention[]
  /** the tokens where a mention starts, and those right after one */
  mentionStarts: Set<number>
  mentionEnds: Set<number>
  quotes: Quote[]
  times: Time[]
  /** tokens inside a name of more than one word ("Liberation Tigers", "Security Council") */
  named: Set<number>
  /** the sentence being read, as token indices [start, end) */
  start: number
  end: number
}

/** How many words after its verb a phrase's companion may stand ("called on", "opened fire on", "took to the streets"). */
const PHRASE_REACH = 6
/** How far a noun trigger's own phrase reaches for its sides ("the arrest of X by Y"). */
const NOUN_PHRASE_REACH = 8

const word = (ctx: Context, i: number) => {
  const t = ctx.tokens[i]
  return t ? ctx.text.slice(t.span[0], t.span[1]) : ''
}
const lower = (ctx: Context, i: number) => word(ctx, i).toLowerCase()
const pos = (ctx: Context, i: number) => ctx.tokens[i]?.pos ?? ''
const within = (ctx: Context, i: number) => i >= ctx.start && i < ctx.end
const capitalised = (ctx: Context, i: number) => /^\p{Lu}/u.test(word(ctx, i))

/** A word the tagger reads as a verb, or a verb form it took for something else ("Police arrested/VBN"). */
function verbLike(ctx: Context, i: number): boolean {
  const p = pos(ctx, i)
  if (capitalised(ctx, i) && i !== ctx.start) return false
  // "the attack", "a strike": after an article a word is a noun whatever the tagger says
  if (ctx.lex.roles.determiners.has(lower(ctx, i - 1))) return false
  const w = lower(ctx, i)
  // "two days of fierce fighting": a gerund after an adjective is a noun
  if (p === 'VBG' && pos(ctx, i - 1).startsWith('JJ') && nounLemma(w, ctx.lex) !== undefined) return false
  // "Israeli-occupied": the tail of a compound adjective
  if (lower(ctx, i - 1) === '-') return false
  // "the beseiged/JJ town" aside, a form in -ed or -ing the tagger calls an adjective is a verb's
  if (p.startsWith('VB') || (/(?:ed|ing)$/u.test(w) && p.startsWith('JJ'))) return true
  if (!within(ctx, i - 1) || verbLemma(w, ctx.lex) === undefined) return false
  const before = lower(ctx, i - 1)
  // "did not attack/NN", "will attack/NN", "to protest/JJS": after an auxiliary, a modal, a negation or "to" the
  // word is a verb
  if (
    pos(ctx, i - 1) === 'MD' ||
    before === 'to' ||
    ctx.lex.roles.auxiliaries.has(before) ||
    ctx.lex.status.negation.has(before)
  )
    return true
  // "Iran attacks/NNS Israel": between a name and a name or an article the word is a verb
  if (ctx.mentionEnds.has(i) && (ctx.mentionStarts.has(i + 1) || pos(ctx, i + 1) === 'DT')) return true
  // the tagger's noun in a verb's place: "Kurds sought/NN refuge", "The Palestinians reject/NN proposed changes"
  return /^(?:NNP|NNPS|NNS|PRP)$/u.test(pos(ctx, i - 1)) && nounLemma(w, ctx.lex) === undefined
}

/** A common noun; after an article or a possessive whatever the tagger says ("its demand/VB", "their withdrawal/JJ"). */
function isNoun(ctx: Context, i: number): boolean {
  if (capitalised(ctx, i) && i !== ctx.start) return false
  const determined = ctx.lex.roles.determiners.has(lower(ctx, i - 1)) || pos(ctx, i - 1) === 'PRP$'
  return pos(ctx, i).startsWith('NN') || (determined && /^(?:JJ|VB)/u.test(pos(ctx, i)))
}

/** Auxiliaries, modals, adverbs and negation that belong to the verb at i: "has not yet been", "will". */
function groupStart(ctx: Context, i: number): number {
  const r = ctx.lex.roles
  let g = i
  while (g - 1 >= ctx.start) {
    const w = lower(ctx, g - 1)
    const p = pos(ctx, g - 1)
    if (p === 'MD' || p === 'RB' || r.be.has(w) || r.have.has(w) || r.auxiliaries.has(w)) g--
    else if (ctx.lex.status.negation.has(w)) g--
    else break
  }
  return g
}

/** The token that opens the clause of token i ("that", "which", ";" …), or the sentence start - 1. */
function leftBound(ctx: Context, i: number): number {
  for (let j = i - 1; j >= ctx.start; j--) if (ctx.lex.roles.clauseBreaks.has(lower(ctx, j))) return j
  return ctx.start - 1
}

/**
 * Where the words after token i that can be its objects end: at the next clause break, or at a comma that no
 * further name follows ("sanctions on Iran, Syria and Cuba" goes on past the comma).
 */
function rightBound(ctx: Context, i: number): number {
  for (let j = i + 1; j < ctx.end; j++) {
    const w = lower(ctx, j)
    if (ctx.lex.roles.clauseBreaks.has(w)) return j
    if (w === ',' && !listGoesOn(ctx, j)) return j
  }
  return ctx.end
}

/** Whether the comma at j lists one more name: a name follows, and "and"/"or" comes before any verb. */
function listGoesOn(ctx: Context, j: number): boolean {
  if (!ctx.mentionStarts.has(j + 1)) return false
  for (let k = j + 1; k < ctx.end; k++) {
    const w = lower(ctx, k)
    if (w === 'and' || w === 'or') return true
    if (ctx.lex.roles.clauseBreaks.has(w) || pos(ctx, k).startsWith('VB')) return false
  }
  return false
}

const mentionsIn = (ctx: Context, from: number, to: number) =>
  ctx.mentions.filter((m) => m.start >= from && m.end <= to)

/** The preposition that governs the phrase starting at token i, past articles, adjectives and nouns. */
function governingPreposition(ctx: Context, i: number, floor: number): string | undefined {
  for (let j = i - 1, steps = 0; j > floor && steps < 6; j--, steps++) {
    const p = pos(ctx, j)
    const w = lower(ctx, j)
    // "Secretary of State Antony Blinken": the "of" of a title governs no name after it
    if (w === 'of' && ctx.lex.roles.titles.has(lower(ctx, j - 1)) && capitalised(ctx, j - 1)) continue
    if (p === 'IN' || p === 'TO') return w
    if (ctx.lex.roles.determiners.has(w) || /^(?:DT|JJ|JJR|JJS|CD|PRP\$|POS|NN|NNS|NNP|NNPS)$/u.test(p))
      continue
    return undefined
  }
  return undefined
}

/** The words between two mentions, lower case. */
function wordsBetween(ctx: Context, a: EnglishMention, b: EnglishMention): string[] {
  return Array.from({ length: b.start - a.end }, (_, n) => lower(ctx, a.end + n))
}

/** "Secretary of State", "Russian Foreign Minister": title words, "of" and capitalised adjectives before a name. */
function isTitlePhrase(ctx: Context, from: number, to: number): boolean {
  if (to <= from) return false
  for (let i = from; i < to; i++) {
    const w = lower(ctx, i)
    if (!ctx.lex.roles.titles.has(w) && w !== 'of' && !(capitalised(ctx, i) && pos(ctx, i) !== 'VBD'))
      return false
  }
  return true
}

/**
 * The mention at index k of `list` with those joined to it by "and" or a comma: "Mordor, Rohan and Bree". A name
 * that only qualifies the title of the person after it gives way to that person ("U.S. Secretary of State Antony
 * Blinken"), and a title may stand after the "and" ("Blinken and Russian Foreign Minister Sergei Lavrov").
 */
function coordinated(ctx: Context, list: EnglishMention[], k: number): EnglishMention[] {
  const r = ctx.lex.roles
  const titled = (j: number) => {
    while (j + 1 < list.length) {
      const a = list[j] as EnglishMention
      const b = list[j + 1] as EnglishMention
      if (b.id.startsWith('per:') && isTitlePhrase(ctx, a.end, b.start)) j++
      else break
    }
    return j
  }
  let at = titled(k)
  const run = [list[at] as EnglishMention]
  for (let j = at + 1; j < list.length; j++) {
    const prev = run.at(-1) as EnglishMention
    const next = list[j] as EnglishMention
    const between = wordsBetween(ctx, prev, next)
    const joiner = between.findIndex((w) => r.coordinators.has(w))
    const plain =
      between.length > 0 &&
      between.length <= 3 &&
      between.every((w) => r.coordinators.has(w) || r.determiners.has(w))
    // "and Russian Foreign Minister Sergei Lavrov", "and U.S. Secretary of State Antony Blinken"
    const withTitle =
      joiner === 0 &&
      (next.id.startsWith('per:') || list[titled(j)]?.id.startsWith('per:')) &&
      (isTitlePhrase(ctx, prev.end + 1, next.start) || titled(j) > j)
    if (!plain && !withTitle) break
    at = titled(j)
    run.push(list[at] as EnglishMention)
    j = at
  }
  return run
}

/** The verb before token i in the sentence (a participle or infinitive's controller), if any. */
function previousVerb(ctx: Context, i: number): number | undefined {
  for (let j = i - 1; j >= ctx.start; j--) if (pos(ctx, j).startsWith('VB') && !capitalised(ctx, j)) return j
  return undefined
}

/** The finite verb or modal before token i in the sentence ("announced", not "including"), if any. */
function previousFinite(ctx: Context, i: number): number | undefined {
  for (let j = i - 1; j >= ctx.start; j--) if (/^(?:VBD|VBZ|VBP|MD)$/u.test(pos(ctx, j))) return j
  return undefined
}

/**
 * Who does what the verb at i tells: the name before its verb group in its clause (the first one no preposition
 * governs, else one in "officials in Arnor"); a relative clause's antecedent; a participle's or infinitive's
 * controller ("Iran threatened to shell …", "…, killing 20 people"; "urged Iraq to …" makes Iraq act).
 */
function subjectOf(ctx: Context, i: number, depth = 0): EnglishMention[] {
  if (depth > 4) return []
  const r = ctx.lex.roles
  const g = groupStart(ctx, i)
  const before = lower(ctx, g - 1)
  if (before === 'to' && within(ctx, g - 2)) {
    // "urged the European Community to support": the object of a demand is who is to act
    const governor = g - 2
    const object = ctx.mentions.find((m) => m.end === g - 1 && m.start > governor - 4)
    if (object && object.start > ctx.start) return [object]
    return subjectOf(ctx, governor, depth + 1)
  }
  const controlled =
    (before === ',' && pos(ctx, i) === 'VBG') || ((before === 'and' || before === 'or') && verbLike(ctx, i))
  if (controlled) {
    const v = previousVerb(ctx, g - 1)
    return v === undefined ? [] : subjectOf(ctx, v, depth + 1)
  }
  const b = leftBound(ctx, g)
  const candidates = mentionsIn(ctx, b + 1, g)
  const bare = candidates.filter((m) => governingPreposition(ctx, m.start, b) === undefined)
  if (bare.length > 0) return coordinated(ctx, bare, 0)
  // "the rebels, who attacked …": a relative clause without a subject of its own acts by the phrase before it
  if (b >= ctx.start && r.relatives.has(lower(ctx, b)) && !verbLike(ctx, b - 1) && candidates.length === 0) {
    const at = lower(ctx, b - 1) === ',' ? b - 1 : b
    const antecedent = ctx.mentions.find((m) => m.end === at)
    return antecedent ? [antecedent] : []
  }
  // "officials in Arnor welcomed …", "the units of the KPA should enter …"
  const attached = candidates.filter((m) =>
    ['of', 'in', 'from'].includes(governingPreposition(ctx, m.start, b) ?? ''),
  )
  return attached.length > 0 ? coordinated(ctx, attached, 0) : []
}

/** Whether the verb at i is a passive: a form of "be" in its group and a past participle. */
function isPassive(ctx: Context, i: number): boolean {
  if (!/^VB[ND]$/u.test(pos(ctx, i)) && !/ed$/u.test(lower(ctx, i))) return false
  for (let j = groupStart(ctx, i); j < i; j++) if (ctx.lex.roles.be.has(lower(ctx, j))) return true
  return false
}

function roleOf(ctx: Context, type: string, prep: string): 'actor' | 'recipient' | null | undefined {
  const own = ctx.lex.roles.prepositions[type]
  if (own && prep in own) return own[prep]
  return ctx.lex.roles.prepositions['*']?.[prep]
}

interface Sides {
  actor: EnglishMention[]
  recipient: EnglishMention[]
}

/** The sides a verb names after itself: bare objects and role prepositions; "by X" after a passive acts. */
function objectsOf(ctx: Context, i: number, type: string, passive: boolean): Sides {
  const sides: Sides = { actor: [], recipient: [] }
  const end = rightBound(ctx, i)
  for (const m of mentionsIn(ctx, i + 1, end)) {
    let prep = governingPreposition(ctx, m.start, i)
    // "expelled inspectors of the IAEA": a name after "of" takes the role of the noun it belongs to
    if (prep === 'of') {
      const of =
        m.start - 1 - [...Array(m.start - i)].findIndex((_, n) => lower(ctx, m.start - 1 - n) === 'of')
      prep = governingPreposition(ctx, of, i)
    }
    if (prep === undefined) {
      sides.recipient.push(m)
      continue
    }
    if (prep === 'by') {
      if (passive) sides.actor.push(m)
      continue
    }
    const role = roleOf(ctx, type, prep)
    if (role) sides[role].push(m)
  }
  return sides
}

/** The triggers of one sentence, in text order. */
function findTriggers(ctx: Context): Trigger[] {
  const lex = ctx.lex
  const found: Trigger[] = []
  for (let i = ctx.start; i < ctx.end; i++) {
    const t = ctx.tokens[i] as Token
    if (t.kind !== 'word' || ctx.named.has(i)) continue
    const w = lower(ctx, i)
    if (verbLike(ctx, i)) {
      const lemma = verbLemma(w, lex)
      if (lemma) {
        const phrase = (lex.phrases.get(lemma) ?? []).find((p) => {
          for (let j = i + 1; j <= i + PHRASE_REACH && j < ctx.end; j++)
            if (p.with.has(lower(ctx, j))) return true
          return false
        })
        if (phrase) {
          found.push({ type: phrase.type, token: i, kind: 'phrase', lemma })
          continue
        }
        const type = lex.verbs.get(lemma)
        if (type) {
          found.push({ type, token: i, kind: 'verb', lemma })
          continue
        }
      }
    }
    // "is willing to withdraw": a predicate after a form of "be"
    const predicate = lex.predicates.get(w)
    if (predicate && lower(ctx, i + 1) === 'to') {
      const g = groupStart(ctx, i)
      if (
        g < i &&
        ctx.lex.roles.be.has(lower(ctx, i - 1) === 'not' ? lower(ctx, i - 2) : lower(ctx, i - 1))
      ) {
        found.push({ type: predicate, token: i, kind: 'predicate', lemma: w })
        continue
      }
    }
    if (isNoun(ctx, i)) {
      const two = `${w} ${lower(ctx, i + 1)}`
      const lemma = lex.nouns.has(two) ? two : nounLemma(w, lex)
      const type = lemma ? lex.nouns.get(lemma) : undefined
      if (lemma && type) found.push({ type, token: i, kind: 'noun', lemma })
    }
  }
  return found
}

/** Whether a trigger that needs a sign has one (lexicon `conditions`) and no word of its `exclusions` stands by it. */
function meetsCondition(ctx: Context, trigger: Trigger, recipients: number): boolean {
  if (trigger.kind === 'phrase') return true
  // "warned that police will no longer tolerate …": the sign may stand anywhere after the clause's start
  const from = leftBound(ctx, trigger.token) + 1
  const to = ctx.end
  const has = (words: Set<string>) => {
    // before the verb only its subject's words count ("Thousands marched"), never a preposition ("on Thursday")
    for (let j = from; j < to; j++)
      if (j !== trigger.token && words.has(lower(ctx, j)) && (j > trigger.token || pos(ctx, j) !== 'IN'))
        return true
    return false
  }
  const excluded = ctx.lex.exclusions.get(trigger.lemma)
  if (excluded && has(excluded)) return false
  // the conditions are the verbs': "began a hunger strike" needs no workers
  const needed = trigger.kind === 'noun' ? undefined : ctx.lex.conditions.get(trigger.lemma)
  return !needed || (recipients > 0 && ctx.lex.recipientSuffices.has(trigger.lemma)) || has(needed)
}

/**
 * The sides of a noun trigger from its own phrase: a name with "'s" or right before it acts ("Iran's attack",
 * "U.S. sanctions"); after it the links of `nominalLinks` ("the arrest of X by Y", "an attack on X").
 */
function nounSides(ctx: Context, i: number, type: string): Sides {
  const sides: Sides = { actor: [], recipient: [] }
  let j = i - 1
  while (j > ctx.start && /^(?:JJ|JJR|VBN|CD)$/u.test(pos(ctx, j))) j--
  // "Russia's attack": the name may hold its "'s" or stand before it
  const possessive = lower(ctx, j) === "'s"
  if (possessive) j--
  const owner = ctx.mentions.find((m) => m.end === j + 1 || (possessive && m.end === j + 2))
  if (owner) sides.actor.push(owner)
  const links = ctx.lex.roles.nominalLinks
  for (let k = i + 1; k < Math.min(ctx.end, i + NOUN_PHRASE_REACH); k++) {
    const w = lower(ctx, k)
    if (ctx.lex.roles.clauseBreaks.has(w) || (verbLike(ctx, k) && pos(ctx, k) !== 'VBN')) break
    const link = links[w]
    if (!link) continue
    const m = ctx.mentions.find(
      (x) => x.start > k && x.start <= k + 4 && governingPreposition(ctx, x.start, k - 1) === w,
    )
    if (!m) continue
    // "talks with X", "an agreement with X": sides of an act between them
    const role = type === 'CONSULT' || type === 'COOPERATE' ? 'actor' : link
    sides[role].push(m)
  }
  return sides
}

/**
 * Verb forms that tell no act of their own: a purpose ("resigned yesterday to allow elections"), a gerund after a
 * preposition ("arrested for collaborating with Israel"), a participle that describes the noun before it ("the
 * curfew imposed in Sudan", "In a letter handed over to the UN") unless "by" names who did it.
 */
function describesNoAct(ctx: Context, trigger: Trigger): boolean {
  const i = trigger.token
  const s = ctx.lex.status
  const g = groupStart(ctx, i)
  if (lower(ctx, g - 1) === 'to' && !s.purposeTypes.has(trigger.type)) {
    const governor = g - 2
    if (!within(ctx, governor)) return true
    const w = lower(ctx, governor)
    const lemma = verbLemma(w, ctx.lex) ?? w
    if (verbLike(ctx, governor)) return false
    // "a plan to …", "demands to release …", "efforts to …": a noun's infinitive is what it is about
    if (pos(ctx, governor).startsWith('NN')) return true
    const frames = [s.plan, s.promise, s.demand, s.consider, s.threat, s.infinitiveGovernors]
    return !(ctx.lex.predicates.has(w) || frames.some((words) => words.has(lemma) || words.has(w)))
  }
  if (g !== i) return false
  if (pos(ctx, i) === 'VBG' && pos(ctx, i - 1) === 'IN') return true
  // "inspectors probing suspect sites", "a demonstration calling for …": a participle after a noun describes it
  // … but "issued a declaration demanding that …": what a statement says is the act of whoever issued it
  if (
    pos(ctx, i) === 'VBG' &&
    /^NNS?$/u.test(pos(ctx, i - 1)) &&
    !ctx.lex.roles.statementNouns.has(lower(ctx, i - 1)) &&
    !ctx.mentionEnds.has(i) &&
    previousFinite(ctx, i - 1) !== undefined
  )
    return true
  if (pos(ctx, i) === 'VBN' && /^NNS?$/u.test(pos(ctx, i - 1)) && !ctx.mentions.some((m) => m.end === i)) {
    // "In a letter handed over to the UN, …": a phrase that opens the sentence with its preposition
    let opening = i - 1
    while (opening > ctx.start && /^(?:DT|JJ|CD|PRP\$|NNS?)$/u.test(pos(ctx, opening))) opening--
    const reduced =
      previousFinite(ctx, i - 1) !== undefined || (opening === ctx.start && pos(ctx, opening) === 'IN')
    const byAgent = ctx.mentions.some(
      (m) => m.start > i && m.start <= i + 6 && governingPreposition(ctx, m.start, i) === 'by',
    )
    return reduced && !byAgent
  }
  return false
}

/**
 * Where the words that a demand, threat, refusal … at token c is about end: at a word of `contentEnds` ("after",
 * "because", ";"), or where "and" joins a verb of its own ("… and will resign").
 */
function contentReach(ctx: Context, c: number): number {
  const r = ctx.lex.roles
  for (let k = c + 1; k < ctx.end; k++) {
    const w = lower(ctx, k)
    if (r.contentEnds.has(w)) return k
    const next = k + 1
    // "… to land and evacuate": a bare infinitive goes on with the words asked for; a finite verb tells more
    const finiteNext =
      pos(ctx, next) === 'MD' ||
      r.auxiliaries.has(lower(ctx, next)) ||
      r.have.has(lower(ctx, next)) ||
      (verbLike(ctx, next) && /^VB[DZPN]$/u.test(pos(ctx, next)))
    if ((w === 'and' || w === 'or') && finiteNext && ctx.tokens[next]?.kind === 'word') return k
  }
  return ctx.end
}

/**
 * "Russia said that Sudan must return the helicopter", "\"Libya must hand over the suspects\"": an obligation in
 * somebody's words is their demand of whoever must act.
 */
function obligations(ctx: Context): Trigger[] {
  const found: Trigger[] = []
  for (let k = ctx.start; k < ctx.end; k++) {
    if (!ctx.lex.status.obligation.has(lower(ctx, k))) continue
    const b = leftBound(ctx, k)
    // "said that …", "issued a reminder to Iraq that …": a that-clause after a verb of the sentence
    const reported = b >= ctx.start && lower(ctx, b) === 'that' && previousVerb(ctx, b) !== undefined
    const quoted = quoteOf(ctx.quotes, (ctx.tokens[k] as Token).span)?.speaker !== undefined
    if (reported || quoted)
      found.push({ type: 'REQUEST', token: k, kind: 'obligation', lemma: lower(ctx, k) })
  }
  return found
}

/** Who demands what an obligation at k tells: the subject of the verb that reports it, else the speaker. */
function obligationSides(ctx: Context, k: number): Sides {
  // "Pakistan said India must withdraw": who must act is the name right before the modal
  const b = leftBound(ctx, k)
  const before = mentionsIn(ctx, b + 1, groupStart(ctx, k))
  const bare = before.filter((m) => governingPreposition(ctx, m.start, b) === undefined)
  // "the units of the KPA should enter …": else the name attached to the subject
  const recipient = bare.length > 0 ? [bare.at(-1) as EnglishMention] : before.slice(0, 1)
  const reporting = lower(ctx, b) === 'that' ? previousVerb(ctx, b) : undefined
  if (reporting !== undefined) return { actor: subjectOf(ctx, reporting), recipient }
  const speaker = quoteOf(ctx.quotes, (ctx.tokens[k] as Token).span)?.speaker
  return {
    actor: speaker ? [{ start: -1, end: -1, id: speaker, via: 'pronoun' }] : [],
    recipient,
  }
}

interface Status {
  status: EventStatus
  rule: string
}

/**
 * The status of the act at trigger i: a condition ("if", "unless") → hypothetical; negation in its verb group →
 * denied; "could/might/may" → hypothetical; the verb that governs its infinitive (promise, demand, consider,
 * threaten, plan) or "will/would" → promised, demanded, considered, threatened, planned; the type's own status
 * (every REQUEST is demanded); inside somebody's words → claimed; else occurred.
 */
function statusOf(ctx: Context, trigger: Trigger): Status {
  const s = ctx.lex.status
  const i = trigger.token
  const g = groupStart(ctx, i)
  const b = leftBound(ctx, g)
  if (b >= ctx.start && s.conditional.has(lower(ctx, b)))
    return { status: 'hypothetical', rule: 'events/en/status-conditional' }
  const group = Array.from({ length: i - g }, (_, n) => lower(ctx, g + n))
  if (trigger.kind === 'noun' && s.negation.has(lower(ctx, i - 1)))
    return { status: 'denied', rule: 'events/en/status-negated' }
  if (group.some((w) => s.negation.has(w))) return { status: 'denied', rule: 'events/en/status-negated' }
  if (group.some((w) => s.hypothetical.has(w)))
    return { status: 'hypothetical', rule: 'events/en/status-modal' }
  // "threatened to shell", "plans to impose", "is set to", "is willing to": the word that governs the infinitive
  if (lower(ctx, g - 1) === 'to' && within(ctx, g - 2)) {
    const governor = lower(ctx, g - 2)
    const lemma = verbLemma(governor, ctx.lex) ?? governor
    // "failed to reach agreement": the act did not come about
    if (s.failure.has(lemma)) return { status: 'denied', rule: 'events/en/status-negated' }
    const framed: Array<[Set<string>, EventStatus]> = [
      [s.promise, 'promised'],
      [s.demand, 'demanded'],
      [s.consider, 'considered'],
      [s.threat, 'threatened'],
      [s.plan, 'planned'],
    ]
    for (const [words, status] of framed)
      if (words.has(lemma) || words.has(governor)) return { status, rule: `events/en/status-${status}` }
  }
  if (group.some((w) => s.future.has(w) || w === 'would'))
    return { status: 'planned', rule: 'events/en/status-future' }
  const own = s.defaultStatus[trigger.type]
  if (own) return { status: own, rule: `events/en/status-${own}` }
  const token = ctx.tokens[i] as Token
  const quote = quoteOf(ctx.quotes, token.span)
  if (quote && !quote.cue?.some((c) => c[0] <= token.span[0] && token.span[1] <= c[1]))
    return { status: 'claimed', rule: 'events/en/status-claimed' }
  return { status: 'occurred', rule: 'events/en/status-occurred' }
}

const ids = (ms: EnglishMention[]) => [...new Set(ms.map((m) => m.id))]

/**
 * Codes the PLOVER events of an English document: triggers from lexicons/en-event-triggers.json, sides from the
 * clause around them (the name before the verb acts, objects and role prepositions are recipients, a passive's
 * "by" acts), statuses from negation, modals and the verb that governs an infinitive; a trigger inside what a
 * demand, accusation, threat, agreement or refusal is about is that act's content, no event of its own.
 */
export function findEnglishEvents(doc: Document, lex: EnglishEventLexicon, budget?: Budget): FoundEvent[] {
  const tokens = doc.layers.tokens ?? []
  const mentions = findEnglishMentions(doc, lex)
  const mentionStarts = new Set(mentions.map((m) => m.start))
  const mentionEnds = new Set(mentions.map((m) => m.end))
  const named = new Set<number>()
  for (const e of doc.layers.entities ?? []) {
    const range = tokenRange(tokens, e.span)
    if (range && range[1] - range[0] > 1) for (let i = range[0]; i < range[1]; i++) named.add(i)
  }
  const bySentence = sentenceTokenRanges(tokens)
  const events: FoundEvent[] = []
  // the sentences come in text order and mentions by start: each sentence's mentions are the next run of them, so
  // that a sentence never looks through the whole document's
  let first = 0
  for (const s of bodySentences(doc)) {
    budget?.check()
    const range = bySentence.get(s)
    if (!range) continue
    while (first < mentions.length && (mentions[first] as EnglishMention).start < range[0]) first++
    let last = first
    while (last < mentions.length && (mentions[last] as EnglishMention).start < range[1]) last++
    const ctx: Context = {
      text: doc.text,
      tokens,
      lex,
      mentions: mentions.slice(first, last),
      mentionStarts,
      mentionEnds,
      quotes: doc.layers.quotes ?? [],
      times: doc.layers.times ?? [],
      named,
      start: range[0],
      end: range[1],
    }
    // "Will Iran attack?": a question tells no act
    if (word(ctx, range[1] - 1) === '?') continue
    const triggers = [...findTriggers(ctx), ...obligations(ctx)].sort((a, b) => a.token - b.token)
    const verbal = triggers.filter((t) => t.kind !== 'noun')
    /** the stretches of tokens that are what a demand, accusation, threat … is about */
    const contents: Array<[number, number]> = []
    const done = new Set<string>()
    for (const trigger of triggers) {
      const i = trigger.token
      if (contents.some(([from, to]) => i > from && i < to)) continue
      let sides: Sides
      let rule = `events/en/${trigger.kind}-trigger`
      let statusToken = i
      if (trigger.kind === 'obligation') {
        sides = obligationSides(ctx, i)
        rule = 'events/en/obligation-request'
      } else if (trigger.kind === 'noun') {
        const b = leftBound(ctx, i)
        // "demanded the release of …", "imposed sanctions" by a verb trigger: the noun is what the verb acts on
        // (a purpose, "… hunger strike to demand …", acts on nothing)
        if (verbal.some((v) => v.token > b && v.token < i && !describesNoAct(ctx, v))) continue
        // "after an air raid", "since last month's invasion", "in protest": a circumstance of another act
        if (governingPreposition(ctx, i, b - 1) !== undefined) continue
        const own = nounSides(ctx, i, trigger.type)
        let j = i - 1
        while (
          j > b &&
          (ctx.lex.roles.determiners.has(lower(ctx, j)) || /^(?:JJ|JJR|CD|NN|NNP|POS)$/u.test(pos(ctx, j)))
        )
          j--
        const governor = j > b && verbLike(ctx, j) ? verbLemma(lower(ctx, j), lex) : undefined
        // "cancelled a planned visit", "ended mediation efforts": the act the noun names does not take place
        if (governor && lex.roles.cancelVerbs.has(governor)) continue
        // "it would tighten the naval blockade": the noun's status is its verb's
        if (governor) statusToken = j
        // "riots … are still continuing": the first verb after the noun that is no auxiliary
        const r = lex.roles
        const next = [...Array(Math.max(0, rightBound(ctx, i) - i - 1)).keys()]
          .map((n) => i + 1 + n)
          .find(
            (k) =>
              verbLike(ctx, k) &&
              !r.be.has(lower(ctx, k)) &&
              !r.have.has(lower(ctx, k)) &&
              pos(ctx, k) !== 'MD',
          )
        const happened =
          next !== undefined && lex.roles.happeningVerbs.has(verbLemma(lower(ctx, next), lex) ?? '')
        if (governor && lex.roles.lightVerbs.has(governor)) {
          // "imposed a curfew on …", "held talks with …": the light verb's subject acts
          const light = objectsOf(ctx, j, trigger.type, isPassive(ctx, j))
          sides = {
            actor: [...own.actor, ...(isPassive(ctx, j) ? light.actor : subjectOf(ctx, j))],
            recipient: [...own.recipient, ...light.recipient.filter((m) => m.start > i)],
          }
          rule = 'events/en/light-verb-noun'
        } else if (happened) {
          sides = {
            actor: [...own.actor, ...objectsOf(ctx, next as number, trigger.type, false).actor],
            recipient: own.recipient,
          }
          rule = 'events/en/happened-noun'
        } else if (own.actor.length + own.recipient.length > 0) {
          // "the arrest of Navalny by Russian police": a noun whose own phrase names a side
          sides = own
        } else continue
      } else {
        if (describesNoAct(ctx, trigger)) continue
        const passive = isPassive(ctx, i)
        const after = objectsOf(ctx, i, trigger.type, passive)
        const subject = subjectOf(ctx, i)
        sides = passive
          ? { actor: after.actor, recipient: [...subject, ...after.recipient] }
          : { actor: [...subject, ...after.actor], recipient: after.recipient }
      }
      let actor = ids(sides.actor)
      let recipient = ids(sides.recipient).filter((id) => !actor.includes(id))
      if (!meetsCondition(ctx, trigger, recipient.length)) continue
      if (lex.reciprocal.has(trigger.type)) {
        actor = [...new Set([...actor, ...recipient])]
        recipient = []
      }
      if (lex.status.contentTypes.has(trigger.type)) contents.push([i, contentReach(ctx, i)])
      const key = `${trigger.type} ${actor.join(',')}`
      if (done.has(key)) continue
      done.add(key)
      const status = statusOf(
        ctx,
        statusToken === i ? trigger : { ...trigger, kind: 'verb', token: statusToken },
      )
      const token = tokens[i] as Token
      const from = Math.max(ctx.start, leftBound(ctx, groupStart(ctx, i)) + 1)
      const to = Math.max(rightBound(ctx, i), i + 1)
      const span: [number, number] = [(tokens[from] as Token).span[0], (tokens[to - 1] as Token).span[1]]
      const sentenceSpan: [number, number] = [
        (tokens[ctx.start] as Token).span[0],
        (tokens[ctx.end - 1] as Token).span[1],
      ]
      const when = ctx.times.find(
        (t) => t.type !== 'DURATION' && t.span[0] >= sentenceSpan[0] && t.span[1] <= sentenceSpan[1],
      )?.value
      const quote = quoteOf(ctx.quotes, token.span)
      events.push({
        id: '',
        type: trigger.type,
        status: status.status,
        actor,
        recipient,
        span,
        ...(when ? { when } : {}),
        ...(quote ? { quote: quote.id } : {}),
        rule: `${rule} ${status.rule}`,
        trigger: token.span,
      })
    }
  }
  const sentenceAt = new Map<number, number>()
  for (const t of tokens) if (!sentenceAt.has(t.span[0])) sentenceAt.set(t.span[0], t.sentence)
  return dedupe(events, (e) => sentenceAt.get(e.trigger[0]) ?? -1).map((e, i) => ({ ...e, id: `e${i + 1}` }))
}
