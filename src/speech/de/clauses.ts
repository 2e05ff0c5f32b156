import { isComma, isFiniteVerb, type View } from './sentence-view.ts'
import { anyInStretch, type StretchCounts } from './stretch-counts.ts'

export function containsZuInfinitive(v: View, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = v.tokens[k]
    if (t?.verbForm === 'zuInfinitive') return true
    if (v.lower[k] === 'zu' && v.tokens[k + 1]?.verbForm === 'infinitive') return true
  }
  return false
}

/** Top-level commas of a sentence: outside quotations and brackets. */
export function commas(v: View, first: number, last: number): number[] {
  const out: number[] = []
  let depth = 0
  for (let k = first; k <= last; k++) {
    const w = v.word[k]
    if (w === '(') depth++
    else if (w === ')') depth = Math.max(0, depth - 1)
    else if (depth === 0 && isComma(v, k)) out.push(k)
  }
  return out
}

/** Whether a finite verb stands in [from, to] before any conjunction that could coordinate it with the frame's. */
export function laterVerb(v: View, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    if (v.lex.narratorConjunctions.has(v.lower[k] as string) || v.lower[k] === 'oder') return false
    if (isFiniteVerb(v, k) && /^\p{Ll}/u.test(v.word[k] as string) && !v.tokens[k]?.verbForm) return true
  }
  return false
}

/** The first word from `from` to `to` that is no adverb of the stop list ("so Obama weiter,"), else `to` + 1. */
export function pastStopWords(v: View, from: number, to: number): number {
  let k = from
  while (k <= to && v.lex.stopWords.has(v.lower[k] as string)) k++
  return k
}

/** A colon outside quotation marks, and outside a quoted title ("„2001: Odyssee im Weltraum“"): one a frame can end in. */
export function isColon(v: View, k: number): boolean {
  return v.word[k] === ':' && !v.quotedBy[k] && !v.fragmentOf[k]
}

/** The tokens of a phrase from `k`, adverbs allowed between its words: "wurde inzwischen auch bekannt". */
export function phraseAt(v: View, phrase: readonly string[], k: number, to: number): number[] | undefined {
  if (v.lower[k] !== phrase[0]) return undefined
  const at = [k]
  let i = k + 1
  for (const word of phrase.slice(1)) {
    let gap = 0
    while (i <= to && v.lower[i] !== word && v.lex.stopWords.has(v.lower[i] as string) && gap < 3) {
      i++
      gap++
    }
    if (v.lower[i] !== word || i > to) return undefined
    at.push(i)
    i++
  }
  return at
}

/** ", der in der ARD verantwortlich ist", ", in dem …": a relative clause opens after the comma at `c`. */
export function startsRelative(v: View, c: number): boolean {
  const rel = v.lex.relativePronouns
  const a = v.lower[c + 1] as string
  // "dessen", "deren" go with the noun after them: ", dessen Behörde … zuständig ist,"
  const opens =
    rel.has(a) && !v.lex.genitiveRelatives.has(a)
      ? // ", die politischen Zustände hätten …": an article, its noun phrase, and the verb second
        !(
          ADJECTIVE_BEFORE_NOUN.test(v.word[c + 2] ?? '') &&
          /^\p{Lu}/u.test(v.word[c + 3] ?? '') &&
          isFiniteVerb(v, c + 4)
        ) &&
        // ", der Iran werde nun …": a name and the verb second, with more after it (a relative clause ends in its verb)
        !(
          /^\p{Lu}/u.test(v.word[c + 2] ?? '') &&
          isFiniteVerb(v, c + 3) &&
          /^\p{Ll}/u.test(v.word[c + 3] ?? '') &&
          /^[\p{L}\d]/u.test(v.word[c + 4] ?? '')
        ) &&
        (!/^\p{Lu}/u.test(v.word[c + 2] ?? '') || !v.tokens[c + 2]?.noun)
      : // ", mit der …", ", dessen Behörde …", ", in deren Folge …" open a relative clause, ", würde das Land …",
        // ", und der König …" do not
        v.lex.genitiveRelatives.has(a) ||
        (v.lex.relativePrepositions.has(a) &&
          (rel.has(v.lower[c + 2] as string) || v.lex.genitiveRelatives.has(v.lower[c + 2] as string)))
  if (!opens) return false
  // ", dem Führer die größte Vorsicht zur Pflicht zu machen", ", auf die SPD zuzugehen", an apposition ", der
  // mittleren Pleistozän,": no relative clause goes without a finite verb
  const end = nextComma(v, c + 1, v.range[v.tokens[c]?.sentence ?? 0]?.[1] ?? c + 1)
  return end <= c + 2 || hasVerb(v, c + 2, end)
}

/** A token that can be its clause's verb: a lower-case form with a mood, or a joined particle verb, unquoted. */
function verbLike(v: View, k: number): boolean {
  const t = v.tokens[k]
  if (v.quotedBy[k] || !t) return false
  return !!((t.moods && /^\p{Ll}/u.test(v.word[k] as string)) || v.joinedLemma[k])
}

/** Counts of verb-like tokens per view and sentence (see anyInStretch). */
const verbCounts: StretchCounts = new WeakMap()

export function hasVerb(v: View, first: number, last: number): boolean {
  return anyInStretch(v, verbCounts, v, (k) => verbLike(v, k), first, last)
}

/** Whether the verb at k closes a subordinate or relative clause that runs from `from` to the comma at `end`. */
export function endsVerbFinalClause(v: View, from: number, k: number, end: number): boolean {
  const opened =
    (v.lex.subordinators.has(v.lower[from] as string) &&
      !v.lex.contentClauses.has(v.lower[from] as string)) ||
    (from > 0 && isComma(v, from - 1) && startsRelative(v, from - 1))
  if (!opened) return false
  // "…, das sie erregt hatte; ich muß gestehen, …", "um … zu bilden und ich hoffe, …": a main clause began since
  for (let a = from + 1; a < k; a++)
    if (v.word[a] === ';' || v.lex.narratorConjunctions.has(v.lower[a] as string)) return false
  for (let a = k + 1; a < end; a++) if (!isVerbForm(v, a)) return false
  // "Wenn ich nur wüßte, wie's möglich ist, …": a question is the verb's own clause
  return !/^(?:w(?:ie|as|er|o|arum|ann|eshalb|ieso|elch)\p{L}*|wie's)$/u.test(v.lower[end + 1] as string)
}

/**
 * "…über die Zunahme der Gewalt, die besonders häufig in Darfur auftrete": a relative pronoun whose clause ends
 * in its finite verb, not an article ("…, die Lage sei ernst").
 */
export function relativeClauseAt(v: View, c: number, last: number): boolean {
  if (!v.lex.relativePronouns.has(v.lower[c] as string) || !/^\p{Ll}/u.test(v.word[c + 1] ?? '')) return false
  // "…, die neue Regierung sei …" is an article before its noun; "…, welche die Rechte … achten" a pronoun before one
  if (
    ADJECTIVE_BEFORE_NOUN.test(v.word[c + 1] as string) &&
    !v.lex.determiners.has(v.lower[c + 1] as string) &&
    /^\p{Lu}/u.test(v.word[c + 2] ?? '')
  )
    return false
  const verb = nextComma(v, c, last)
  return verb > c + 1 && (isFiniteVerb(v, verb) || v.joinedLemma[verb] !== undefined)
}

/** Whether the word at `k` is the separated particle of a verb in [from, to): "aus" of "sprach … aus". */
export function isParticleOf(v: View, from: number, to: number, k: number): boolean {
  for (let j = from; j < to; j++) if (v.tokens[j]?.particle === k) return true
  return false
}

/** A verb in lower case, finite or not: "aussprechen", "erweckt", "wurde". */
export function isVerbForm(v: View, k: number): boolean {
  const t = v.tokens[k]
  return (
    !!t && (!!t.moods || t.verbForm !== undefined) && /^\p{Ll}/u.test(v.word[k] as string) && !v.quotedBy[k]
  )
}

export function firstFiniteVerb(v: View, first: number, last: number): number | undefined {
  for (let k = first; k <= last; k++) if (isFiniteVerb(v, k) && /^\p{Ll}/u.test(v.word[k] as string)) return k
  return undefined
}

/** A finite modal or "werden" before an infinitive cue at `verb`: "will … bekannt geben", "werde … fordern". */
export function finiteModalBefore(v: View, first: number, verb: number): number | undefined {
  for (let a = verb - 1; a >= first; a--) {
    // "In einer Videobotschaft, die … eingespielt wurde, sagte Thaksin": another clause's verb
    if (isComma(v, a)) return undefined
    const lemma = v.tokens[a]?.lemma ?? ''
    if (
      (v.lex.modals.has(lemma) || lemma === 'werden') &&
      v.tokens[a]?.moods &&
      /^\p{Ll}/u.test(v.word[a] as string)
    )
      return a
  }
  return undefined
}

/**
 * Whether the sentence opens with a subordinate clause: "Als er ankam, …" and "Um die Krise zu lösen, …" do,
 * "Um 10:05 Uhr meldete die Website, …" and "Während der Sitzung sagte Müller, …" do not.
 */
export function opensSubordinateClause(v: View, first: number, last: number): boolean {
  const w = v.lower[first] as string
  if (!v.lex.subordinators.has(w)) return false
  if (!v.lex.ambiguousSubordinators.has(w)) return true
  let end = first + 1
  while (end <= last && !isComma(v, end)) end++
  if (end > last) return false
  const t = v.tokens[end - 1]
  return (
    !!t &&
    (!!t.moods || t.verbForm !== undefined || !!v.joinedLemma[end - 1]) &&
    /^\p{Ll}/u.test(v.word[end - 1] as string)
  )
}

export function hasFiniteVerb(v: View, first: number, last: number): boolean {
  for (let k = first + 1; k <= Math.min(last, first + 6); k++)
    if (
      (v.mood[k] !== undefined || secondPerson(v, first, k)) &&
      !v.lex.complementizers.has(v.lower[first] as string)
    )
      return !v.lex.articleOrRelativeOpeners.has(v.lower[first] as string) || k > first + 2
  return false
}

/**
 * "Ich glaube, du tust ihm unrecht": a finite verb in the second person, which the third-person moods leave out;
 * not past a colon ("Und sage mir, Fagon: hast du …" asks after the colon, the vocative says nothing).
 */
function secondPerson(v: View, from: number, k: number): boolean {
  if (v.mood[k] !== undefined || !isFiniteVerb(v, k) || !/^\p{Ll}/u.test(v.word[k] as string)) return false
  for (let i = from; i < k; i++) if (v.word[i] === ':' || v.word[i] === ';') return false
  return v.tokens[k]?.persons?.some((p) => p.startsWith('2')) === true
}

/**
 * A noun between the cue verb and the comma: "kritisierte die Pläne, die …", "glauben fest an ihre Sicherheit, sie
 * …"; only the "an" phrase of a verb that addresses somebody with it is none ("appellierte an Blinken, die USA …").
 */
export function hasObject(v: View, first: number, last: number, addresseeAn: boolean): boolean {
  for (let k = first; k <= last; k++) {
    if (v.lower[k] === 'an' && addresseeAn) return false
    if (v.tokens[k]?.noun || (/^\p{Lu}/u.test(v.word[k] as string) && v.tokens[k]?.kind === 'word'))
      return true
  }
  return false
}

export function nextComma(v: View, from: number, to: number): number {
  for (let k = from; k <= to; k++) if (isComma(v, k)) return k - 1
  return to
}

const ADJECTIVE_BEFORE_NOUN = /^\p{Ll}[\p{L}-]*(?:e|en|er|es|em)$/u
