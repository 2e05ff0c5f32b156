import type { Token } from '../../document/index.ts'
import type { RoleLexicon } from './event-lexicon.ts'

/** A stretch of a sentence with (at most) one finite verb, as far as punctuation and conjunctions show it. */
export interface Clause {
  /** token indices into the tokens layer, end exclusive */
  start: number
  end: number
  /** main: verb second or first; sub: verb last (dass, wenn, relative); inf: zu-infinitive without finite verb */
  kind: 'main' | 'sub' | 'inf'
  /** the finite verb's token index */
  finite?: number
  /** index (into the sentence's clauses) of the clause this one depends on */
  parent?: number
  /** "… und hege auch keine Angriffspläne": a main clause that shares the subject of the one before */
  coordinated: boolean
  /**
   * "Bemba war Kabila unterlegen, hatte das Wahlergebnis jedoch nicht anerkannt": coordinated without a
   * conjunction, only a comma — which is also how a cue follows what was said ("…, kritisierte Lawrow")
   */
  asyndetic?: boolean
  /** a relative clause: "…, der zum Sturm des Gefängnisses aufgerufen haben soll" */
  relative?: boolean
  /**
   * The first part of a main clause a relative clause cut in two: "Sadiq Khan, …, die den Brief unterschrieben,
   * verurteilte …" (its front field), "Die Entführer wollen … Angehörige …, die im Gefängnis sitzen, erpressen"
   * (the part with the finite verb, `finite` its index)
   */
  front?: { start: number; end: number; finite?: number }
}

function endsInZuInfinitive(toks: Token[], word: (k: number) => string): boolean {
  let k = toks.length - 1
  while (k >= 0 && toks[k]?.kind !== 'word') k--
  const last = toks[k]
  if (!last) return false
  return last.verbForm === 'zuInfinitive' || (last.verbForm === 'infinitive' && word(k - 1) === 'zu')
}

export const isFiniteVerb = (t: Token) => t.moods !== undefined && t.verbForm === undefined
/** A form that may be finite, also where it may be a participle or infinitive too ("unterschrieben", "wollen"). */
const mayBeFinite = (t: Token) => t.moods !== undefined && !t.noun

const BOUNDARY = new Set([',', ';', ':', '(', ')', '–', '—'])

/**
 * Splits one sentence's tokens [from, to) into clauses at commas, colons, quotation marks and at "und"/"aber"
 * before a finite verb, and tells main, subordinate and infinitive clauses apart.
 */
export function splitClauses(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  roles: RoleLexicon,
): Clause[] {
  const word = (i: number) => {
    const t = tokens[i] as Token
    return text.slice(t.span[0], t.span[1])
  }
  // "Das Schiff stehe auf einer Sanktionsliste und das Justizministerium habe …": after "und" a subject of its own
  // (an article and its noun) and then a finite verb open a new clause, when the clause before has its verb
  const subjectThenVerb = (i: number): boolean => {
    if (!roles.determiners.has(word(i + 1).toLowerCase())) return false
    let before = false
    for (let k = i - 1; k >= start && !before; k--) before = isFiniteVerb(tokens[k] as Token)
    if (!before) return false
    for (let k = i + 2; k < Math.min(to, i + 6); k++) {
      const t = tokens[k] as Token
      if (t.kind !== 'word' || roles.allPrepositions.has(word(k).toLowerCase())) return false
      if (isFiniteVerb(t) && !t.noun) return k > i + 2
    }
    return false
  }
  /** whether a stretch has any verb form, finite or not */
  const hasVerb = (c: { start: number; end: number }) =>
    tokens.slice(c.start, c.end).some((t) => t.moods !== undefined || t.verbForm !== undefined)
  /** whether a stretch has a word that is a verb and no noun ("Auftritt" may read as a verb form too) */
  const hasVerbWord = (c: { start: number; end: number }) =>
    tokens
      .slice(c.start, c.end)
      .some(
        (t) =>
          !t.noun &&
          /^\p{Ll}/u.test(text.slice(t.span[0], t.span[1])) &&
          (t.moods !== undefined || t.verbForm !== undefined),
      )
  /** the ")" of a bracket opened at i when what it holds is short and has no verb */
  const closingBracket = (i: number): number | undefined => {
    for (let k = i + 1; k < Math.min(to, i + 8); k++) {
      if (word(k) === ')') return k
      const t = tokens[k] as Token
      if (t.moods !== undefined && !t.noun) return undefined
    }
    return undefined
  }
  const pieces: Array<{ start: number; end: number; coordinated: boolean }> = []
  let start = from
  let coordinated = false
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token
    const w = word(i)
    // "Außenminister Ignazio Cassis (FDP) will …": a short verbless insertion in brackets cuts nothing
    if (w === '(') {
      const close = closingBracket(i)
      if (close !== undefined) {
        i = close
        continue
      }
    }
    // quotation marks do not cut clauses: „Alliierte Entschlossenheit“ is a name, and a quote's end has its comma
    const isBoundary = t.kind === 'punct' && BOUNDARY.has(w)
    // "Russland habe … bedroht und hege auch keine Angriffspläne": a second verb after "und" opens a clause
    const next = tokens[i + 1]
    const coordinator =
      roles.coordinators.has(w.toLowerCase()) &&
      next !== undefined &&
      i + 1 < to &&
      isFiniteVerb(next) &&
      !next.noun
    const ownSubject =
      !coordinator && roles.coordinators.has(w.toLowerCase()) && i + 1 < to && subjectThenVerb(i)
    if (isBoundary || coordinator || ownSubject) {
      if (i > start) pieces.push({ start, end: i, coordinated })
      start = i + 1
      coordinated = coordinator
    }
  }
  if (to > start) pieces.push({ start, end: to, coordinated })

  // "Dina Mufti, Sprecher des äthiopischen Außenministeriums, hat … beschuldigt": an apposition without a verb
  // belongs to the clause after it
  const merged = new Set<number>()
  for (let k = pieces.length - 2; k >= 0; k--) {
    const piece = pieces[k] as (typeof pieces)[number]
    const next = pieces[k + 1] as (typeof pieces)[number]
    const verbless = !hasVerb(piece)
    const nextFirst = tokens[next.start]
    const verbNext = nextFirst !== undefined && isFiniteVerb(nextFirst) && !nextFirst.noun
    if (verbless && !piece.coordinated && !next.coordinated && (verbNext || merged.has(next.start))) {
      pieces.splice(k, 2, { start: piece.start, end: next.end, coordinated: false })
      merged.add(piece.start)
    }
  }
  // "kritisiert die Landesvorsitzende der Familienunternehmen, Colette Boos-John, den Auftritt …": an apposition
  // after the verb cuts nothing — the clause goes on in the verbless piece after it
  for (let k = pieces.length - 3; k >= 0; k--) {
    type Piece = (typeof pieces)[number]
    const piece = pieces[k] as Piece
    const apposition = pieces[k + 1] as Piece
    const rest = pieces[k + 2] as Piece
    const finite = tokens.slice(piece.start, piece.end).some(mayBeFinite)
    if (
      finite &&
      !hasVerbWord(apposition) &&
      !hasVerbWord(rest) &&
      !apposition.coordinated &&
      !rest.coordinated &&
      apposition.end - apposition.start <= 6 &&
      word(apposition.end) === ',' &&
      word(apposition.start - 1) === ','
    )
      pieces.splice(k, 3, { start: piece.start, end: rest.end, coordinated: piece.coordinated })
  }
  const clauses: Clause[] = pieces
    .filter((p) => tokens.slice(p.start, p.end).some((t) => t.kind === 'word' || t.kind === 'number'))
    .map((p) => {
      const toks = tokens.slice(p.start, p.end)
      const first = word(p.start).toLowerCase()
      const finites = toks
        .map((t, k) => (isFiniteVerb(t) && !t.noun ? p.start + k : -1))
        .filter((k) => k >= 0)
      const lastWord = [...toks].reverse().find((t) => t.kind === 'word')
      // "die den Brief unterschrieben", "die im Gefängnis sitzen": a form that may also be a participle or an
      // infinitive is the finite verb at the end of a dependent clause
      const verbLast = lastWord !== undefined && mayBeFinite(lastWord)
      const afterComma = p.start > from && word(p.start - 1) === ','
      let kind: Clause['kind'] = 'main'
      let relative = false
      // "Wenn ein Gipfel … hilfreich wäre" opens a sentence too; "Damit solle …" does not subordinate there
      if (roles.subordinators.has(first) && (p.start > from || !roles.adverbsAtStart.has(first))) kind = 'sub'
      // "…, die die Regierung in Moskau vom Westen verlange": a relative pronoun and the verb at the end
      else if (
        afterComma &&
        roles.relatives.has(first) &&
        verbLast &&
        // "…, die Polizisten angegriffen zu haben": an infinitive, not a relative clause
        !endsInZuInfinitive(toks, (k) => word(p.start + k))
      ) {
        kind = 'sub'
        relative = true
      }
      // "…, Hunderte weitere Soldaten in die baltischen Staaten und nach Polen zu entsenden": ends in a zu-infinitive,
      // no verb in second place ("in von Separatisten kontrollierten Gebieten" is no finite verb)
      else if (endsInZuInfinitive(toks, (k) => word(p.start + k)) && !finites.some((f) => f - p.start < 3))
        kind = 'inf'
      // "Die Entführer wollen … erpressen": without an unambiguous finite verb, a form that may be finite is the
      // finite verb of a main clause unless it closes the clause, and of a dependent clause only where it closes it
      const lastIndex = lastWord ? p.start + toks.lastIndexOf(lastWord) : -1
      const ambiguous = toks
        .map((t, k) => (mayBeFinite(t) && t.verbForm !== undefined ? p.start + k : -1))
        .filter((k) => k >= 0)
      const finite =
        kind === 'sub'
          ? (finites.at(-1) ?? ambiguous.find((k) => k === lastIndex))
          : (finites[0] ?? (kind === 'main' ? ambiguous.find((k) => k !== lastIndex) : undefined))
      return {
        start: p.start,
        end: p.end,
        kind,
        coordinated: p.coordinated,
        ...(relative ? { relative } : {}),
        ...(finite !== undefined ? { finite } : {}),
      }
    })
  // a dependent clause hangs on the nearest main clause before it, else the one after ("Wenn …, dann …");
  // an infinitive on the clause right before it ("dass sich das Parlament … befassen wird, die … anzuerkennen")
  clauses.forEach((c, k) => {
    if (c.kind === 'main') return
    if (c.kind === 'inf' && k > 0) {
      c.parent = k - 1
      return
    }
    let parent = -1
    for (let j = k - 1; j >= 0; j--)
      if (clauses[j]?.kind === 'main') {
        parent = j
        break
      }
    if (parent < 0) parent = clauses.findIndex((x, j) => j > k && x.kind === 'main')
    if (parent >= 0) c.parent = parent
  })
  resumeCutClauses(
    clauses,
    (c) => tokens.slice(c.start, c.end).some((t) => t.verbForm !== undefined),
    (c) => roles.determiners.has(word(c.start).toLowerCase()) && !hasVerb(c),
  )
  resumeCutSubordinates(clauses, (c) => {
    let k = c.end - 1
    while (k > c.start && tokens[k]?.kind !== 'word') k--
    return k
  })
  markAsyndetic(
    clauses,
    (i) => word(i),
    (c) => {
      let k = c.end - 1
      while (k > c.start && tokens[k]?.kind !== 'word') k--
      return k
    },
  )
  return clauses
}

/**
 * A dependent clause goes on after the infinitive or relative clause that cut it: "nachdem die Polizei den Versuch
 * von Terroristen, mehrere Flugzeuge … explodieren zu lassen, vereitelt hatte" — the piece that closes with the
 * finite verb and has no subordinator of its own is the rest of the dependent clause before the cut.
 */
function resumeCutSubordinates(clauses: Clause[], lastWordIndex: (c: Clause) => number): void {
  clauses.forEach((c, k) => {
    if (c.kind !== 'main' || c.coordinated || c.front || c.finite === undefined) return
    if (c.finite !== lastWordIndex(c) || c.finite === c.start) return
    let j = k - 1
    while (j >= 0 && (clauses[j]?.kind === 'inf' || clauses[j]?.relative)) j--
    const open = clauses[j]
    if (j === k - 1 || open?.kind !== 'sub' || open.relative || open.finite !== undefined) return
    c.kind = 'sub'
    c.front = { start: open.start, end: open.end }
    if (open.parent !== undefined) c.parent = open.parent
  })
}

/**
 * A main clause that opens with its finite verb right after a comma, behind a main clause with a verb of its
 * own, shares that clause's subject — unless a relative clause or apposition cut the clause before (its `front`)
 * or a dependent clause stands before it ("Als Putin kam, begann der Krieg": there the verb-first clause is the
 * main clause and its subject follows).
 */
function markAsyndetic(
  clauses: Clause[],
  word: (i: number) => string,
  lastWordIndex: (c: Clause) => number,
): void {
  clauses.forEach((c, k) => {
    const before = clauses[k - 1]
    if (!before || c.kind !== 'main' || c.coordinated || c.front || c.finite !== c.start) return
    if (word(c.start - 1) !== ',') return
    if (before.kind !== 'main' || before.finite === undefined || before.finite === before.start) return
    // "Als sich US-Kräfte näherten, verweigerte die Besatzung …": a clause whose verb closes it is dependent
    if (lastWordIndex(before) === before.finite) return
    c.coordinated = true
    c.asyndetic = true
  })
}

/**
 * A main clause goes on after the relative clause that cut it: a piece that opens with the finite verb continues
 * the verbless front field before the relative clause (and any appositions), a piece with a verb but no finite one
 * closes the clause whose finite verb stands before it.
 */
function resumeCutClauses(
  clauses: Clause[],
  hasVerbForm: (c: Clause) => boolean,
  isApposition: (c: Clause) => boolean,
): void {
  clauses.forEach((c, k) => {
    if (c.kind !== 'main' || c.coordinated || k === 0) return
    const verbFirst = c.finite === c.start
    if (!verbFirst && (c.finite !== undefined || !hasVerbForm(c))) return
    let j = k - 1
    let relative = false
    let front: Clause | undefined
    while (j >= 0) {
      const p = clauses[j] as Clause
      const verbless = p.kind === 'main' && p.finite === undefined && !p.coordinated
      if (p.relative) relative = true
      else if (verbFirst && verbless) front = p
      // "Bereits zuvor hatte Robert Habeck, der frühere Vizekanzler, Klöckner attackiert": an apposition cuts too
      else if (!verbFirst && verbless && isApposition(p)) relative = true
      else break
      j--
    }
    if (!relative) return
    if (!verbFirst) {
      const before = clauses[j]
      if (before?.kind !== 'main' || before.finite === undefined) return
      front = before
    }
    if (front)
      c.front = {
        start: front.start,
        end: front.end,
        ...(front.finite !== undefined ? { finite: front.finite } : {}),
      }
  })
}
