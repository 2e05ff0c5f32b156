import { firstIndex, type Mood, type Token } from '../document/index.ts'
import { type GermanLexicon, type VerbReading, verbReadings } from './german-lexicon.ts'

/** Tokens that close a clause, where a separated verb particle stands: "kündigte er an," */
const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '…', '–', '—'])

function unique<T>(values: T[]): T[] {
  return [...new Set(values)]
}

/**
 * Where each clause of the text ends (a clause-closing mark or the sentence's end), its last word and its brackets,
 * worked out once: asking for every verb of a clause of thousands of words must not rescan the rest of it.
 */
interface ClauseIndex {
  /** per token: the index of the first token after its clause (exclusive end) */
  end: Int32Array
  /** per token: the last word token of its clause, or -1 */
  lastWord: Int32Array
  /** prefix count of bracket tokens */
  brackets: Int32Array
  /** the word tokens right before a coordinator ("und", "oder"), in order */
  beforeCoordinator: number[]
}

function clauseIndex(text: string, tokens: readonly Token[], coordinators: ReadonlySet<string>): ClauseIndex {
  const n = tokens.length
  const index: ClauseIndex = {
    end: new Int32Array(n),
    lastWord: new Int32Array(n),
    brackets: new Int32Array(n + 1),
    beforeCoordinator: [],
  }
  for (let k = 0; k < n; k++) {
    const t = tokens[k] as Token
    const value = text.slice(t.span[0], t.span[1])
    index.brackets[k + 1] = (index.brackets[k] as number) + (value === '(' || value === ')' ? 1 : 0)
    const next = tokens[k + 1]
    const nextWord = next ? text.slice(next.span[0], next.span[1]).toLowerCase() : ''
    if (t.kind === 'word' && coordinators.has(nextWord)) index.beforeCoordinator.push(k)
  }
  let end = n
  let lastWord = -1
  for (let k = n - 1; k >= 0; k--) {
    const t = tokens[k] as Token
    const value = text.slice(t.span[0], t.span[1])
    const next = tokens[k + 1]
    // a scan from k stops at the next clause-closing mark or at the next sentence
    if (next !== undefined && next.sentence !== t.sentence) {
      end = k + 1
      lastWord = -1
    }
    index.end[k] = end
    index.lastWord[k] = lastWord
    if (t.kind === 'punct' && CLAUSE_END.has(value)) {
      end = k
      lastWord = -1
    } else if (t.kind === 'word' && lastWord < 0) lastWord = k
  }
  return index
}

/**
 * The last word before the end of the clause that starts at `from`: where "an" of "kündigte … an" stands.
 * Words in brackets are skipped: "teilte das Institut (STSI) mit"; quotation marks are passed over.
 */
function clauseFinalWord(
  text: string,
  tokens: Token[],
  from: number,
  index: ClauseIndex,
): number | undefined {
  const end = index.end[from] as number
  // no bracket after the verb in its clause: the clause's last word, if it comes after the verb
  if ((index.brackets[end] as number) === (index.brackets[from + 1] as number)) {
    const last = index.lastWord[from] as number
    return last > from ? last : undefined
  }
  let last: number | undefined
  let depth = 0
  for (let k = from + 1; k < tokens.length; k++) {
    const token = tokens[k] as Token
    if (token.sentence !== (tokens[from] as Token).sentence) break
    const value = text.slice(token.span[0], token.span[1])
    if (value === '(') depth++
    else if (value === ')') depth = Math.max(0, depth - 1)
    // quotation marks do not end the clause: "kündigte „harte Maßnahmen“ an", "teilte das „Institute“ mit"
    else if (token.kind === 'punct' && CLAUSE_END.has(value)) break
    else if (token.kind === 'word' && depth === 0) last = k
  }
  return last
}

/**
 * "rief die Regierung zur Beendigung auf und beschloss …": a particle of the verb's readings standing before "und"
 * and a word that can be a finite verb closes the first of two coordinated clauses.
 */
function particleBeforeCoordinator(
  text: string,
  tokens: Token[],
  from: number,
  last: number | undefined,
  lexicon: GermanLexicon,
  finite: VerbReading[],
  index: ClauseIndex,
): { at: number; readings: VerbReading[] } | undefined {
  const word = (k: number) => {
    const t = tokens[k] as Token
    return text.slice(t.span[0], t.span[1])
  }
  // only the words before a coordinator, from the index: a clause of thousands of words is not walked per verb
  const candidates = index.beforeCoordinator
  for (let c = firstIndex(candidates, (k) => k, from); last !== undefined && c < candidates.length; c++) {
    const k = candidates[c] as number
    if (k >= last) break
    const readings = finite.filter((r) => r.particle !== undefined && r.particle === word(k).toLowerCase())
    const verb = tokens[k + 2]
    if (readings.length === 0 || verb?.kind !== 'word' || /^\p{Lu}/u.test(word(k + 2))) continue
    if (verbReadings(lexicon, word(k + 2))?.some((r) => r.form === 'finite')) return { at: k, readings }
  }
  return undefined
}

/**
 * The lemma a form most likely has when several verbs share it: "führen" is führen, not the Konjunktiv II of
 * "fahren"; "dachte" is the irregular past of denken, not the regular one of "dachen"; "fällt" is fallen. An
 * indicative reading beats a subjunctive one, an irregular form (not built on the lemma's stem) a regular one,
 * and a one-word lemma "rad fahren".
 */
function likeliestLemma(form: string, readings: readonly VerbReading[]): string {
  let best = readings[0] as VerbReading
  let bestScore = Number.NEGATIVE_INFINITY
  for (const r of readings) {
    const stem = r.lemma.replace(/e?n$/u, '')
    const score =
      (r.mood === 'indicative' ? 4 : 0) + (form.startsWith(stem) ? 0 : 2) - (r.lemma.includes(' ') ? 8 : 0)
    if (score > bestScore) {
      best = r
      bestScore = score
    }
  }
  return best.lemma
}

/**
 * Adds lemma, mood, person and verb form from the lexicon. Moods are every mood the form can have: "sagte" is
 * indicative and Konjunktiv II, "sei" only Konjunktiv I; the speech stage decides with the context.
 */
export function annotateMorphology(
  text: string,
  tokens: Token[],
  lexicon: GermanLexicon,
  subjectPronouns: ReadonlySet<string> = new Set(),
): Token[] {
  let clauses: ClauseIndex | undefined
  return tokens.map((token, i) => {
    if (token.kind !== 'word') return token
    const value = text.slice(token.span[0], token.span[1])
    const sentenceStart =
      i === 0 ||
      (tokens[i - 1] as Token).sentence !== token.sentence ||
      (tokens[i - 1] as Token).kind === 'quote'
    const capitalised = /^\p{Lu}/u.test(value)
    const nounLemma = capitalised ? lexicon.nouns.get(value) : undefined
    if (nounLemma && !sentenceStart) return { ...token, lemma: nounLemma, noun: true }
    // mid-sentence capitals are nouns or names, never verbs
    if (capitalised && !sentenceStart) return token
    const readings = verbReadings(lexicon, value.toLowerCase())
    if (!readings) return nounLemma ? { ...token, lemma: nounLemma, noun: true } : token

    // "Blinken sagte": a capitalised sentence opener is a name or noun far more often than a verb-first clause,
    // but "Initiiert hatten das Treffen die USA" opens with a participle, and "Glaubst du", "Wußte sie" with a verb
    const next = tokens[i + 1]
    const verbFirst =
      capitalised &&
      next?.kind === 'word' &&
      next.sentence === token.sentence &&
      subjectPronouns.has(text.slice(next.span[0], next.span[1]).toLowerCase())
    const finite = capitalised && !verbFirst ? [] : readings.filter((r) => r.form === 'finite')
    let chosen: VerbReading[] = finite.filter((r) => r.particle === undefined)
    let particle: number | undefined
    if (finite.some((r) => r.particle !== undefined)) {
      clauses ??= clauseIndex(text, tokens, lexicon.coordinators)
      const last = clauseFinalWord(text, tokens, i, clauses)
      const lastWord =
        last === undefined
          ? undefined
          : text.slice((tokens[last] as Token).span[0], (tokens[last] as Token).span[1]).toLowerCase()
      // "wies die Vorwürfe zurück und rief … auf": a particle before "und" and a second verb closes the first
      // clause; the clause-final "auf" is the second verb's
      const before = particleBeforeCoordinator(text, tokens, i, last, lexicon, finite, clauses)
      const separated = finite.filter((r) => r.particle !== undefined && r.particle === lastWord)
      if (before) {
        chosen = before.readings
        particle = before.at
      } else if (separated.length > 0) {
        chosen = separated
        particle = last
      }
    }
    const nonFinite = readings.filter((r) => r.form !== 'finite')
    if (chosen.length === 0 && nonFinite.length === 0) return token
    // a capitalised sentence opener that the noun list knows is a noun: "Treffen sind selten"
    if (nounLemma && chosen.length === 0) return { ...token, lemma: nounLemma, noun: true }
    const lemma = likeliestLemma(value.toLowerCase(), chosen.length > 0 ? chosen : nonFinite)
    const annotated: Token = { ...token, lemma }
    if (chosen.length > 0) {
      annotated.moods = unique(chosen.map((r) => r.mood as Mood))
      annotated.persons = unique(chosen.map((r) => r.person as string))
      if (particle !== undefined) annotated.particle = particle
    }
    // "begrüßt" is a participle or a finite form; the reader of the token decides with the clause
    if (nonFinite.length > 0) annotated.verbForm = (nonFinite[0] as VerbReading).form as Token['verbForm']
    if (nounLemma) annotated.noun = true
    return annotated
  })
}
