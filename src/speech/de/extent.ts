import { isColon, startsRelative } from './clauses.ts'
import { type Range, TERMINAL } from './frame.ts'
import { hasKonjunktiv } from './mood.ts'
import { isComma, isFiniteVerb, type View } from './sentence-view.ts'

/**
 * The reported words end where the frame's own clause goes on with an indicative verb: "Sie räumte zwar ein, es
 * könnten Arbeitsplätze verloren gehen, sprach aber von einem ergebnisoffenen Prozess."
 */
export function untilFrameGoesOn(v: View, range: Range, cuts: readonly number[]): Range {
  const open = commasBeforeClauseVerb(v, range)
  for (const c of cuts) {
    if (c <= range[0] || c >= range[1] || open.has(c)) continue
    const mood = v.mood[c + 1]
    if (
      isFiniteVerb(v, c + 1) &&
      (mood === 'indicative' || mood === 'ambiguous') &&
      /^\p{Ll}/u.test(v.word[c + 1] as string)
    )
      return untilNarrationResumes(v, [range[0], c - 1], open)
  }
  return untilNarrationResumes(v, range, open)
}

/**
 * The reported words end where the narrator's next main clause begins: "Er sagte, er wolle lieber dableiben und
 * verdingte sich dem Wirth", "…, daß der Segen an das Haus geknüpft sei, und vor der Spinne fürchtete er sich nicht",
 * "…, die Füße abzusägen; denn da der Dampf nach oben zog, …". `open`: the commas of a "daß" clause that has no verb
 * yet (`commasBeforeClauseVerb` of the frame's whole range), which end nothing.
 */
function untilNarrationResumes(v: View, range: Range, open: ReadonlySet<number>): Range {
  const endBefore = (k: number): Range => {
    let end = k - 1
    while (end > range[0] && isComma(v, end)) end--
    return [range[0], end]
  }
  let konjunktiv = false
  for (let k = range[0] + 1; k < range[1]; k++) {
    if (v.quotedBy[k] || open.has(k)) continue
    if (v.mood[k] === 'k1') konjunktiv = true
    const w = v.lower[k] as string
    // "…; denn da der Dampf nach oben zog, so behauptete er …": after a semicolon or colon, words without
    // Konjunktiv are the writer's again
    if (
      (w === ';' || w === ':') &&
      !hasKonjunktiv(v, k + 1, clauseGroupEnd(v, k + 1, range[1]), false) &&
      !contentClauseAhead(v, k + 1)
    )
      return endBefore(k)
    const punct = isComma(v, k) || w === ';'
    if (!punct && !v.lex.narratorConjunctions.has(w)) continue
    if (punct && startsRelative(v, k)) continue
    let j = k + 1
    if (punct && v.lex.narratorConjunctions.has(v.lower[j] as string)) j++
    const opener = v.lower[j] as string
    // ", und der König billigt …": "der" before its noun is an article, no relative pronoun; an ambiguous verb after
    // it (", und die Soldaten haben …") may still be the words'
    const article =
      v.lex.relativePronouns.has(opener) &&
      v.tokens[j + 1]?.noun === true &&
      /^\p{Lu}/u.test(v.word[j + 1] as string)
    if (v.lex.complementizers.has(opener) || (v.lex.relativePronouns.has(opener) && !article)) continue
    if (v.lex.subordinators.has(opener) && !isFiniteVerb(v, j + 1)) continue
    // a main clause has its verb second: right after the conjunction or after one short phrase
    const reach = punct ? j + 4 : j + 1
    for (let f = j; f <= Math.min(reach, range[1]); f++) {
      if (isComma(v, f) || v.word[f] === ';') break
      if (!isFiniteVerb(v, f) || !/^\p{Ll}/u.test(v.word[f] as string)) continue
      const mood = v.mood[f]
      // "er möge den König in seine Stube führen und gut bewirthen, …": an infinitive that goes with the modal
      if (!punct && coordinatedInfinitive(v, range[0], k, f)) break
      if (mood === 'indicative' || (mood === 'ambiguous' && konjunktiv && !article)) return endBefore(k)
      break
    }
  }
  return range
}

/**
 * Whether the verb at `f`, after the conjunction at `k`, is an infinitive that ends its phrase like the infinitive
 * before the conjunction, both governed by a modal in Konjunktiv since `from`: "er möge … führen und gut bewirthen".
 */
function coordinatedInfinitive(v: View, from: number, k: number, f: number): boolean {
  // the infinitive has the form of the present plural, also in old spelling ("bewirthen")
  const bare = (i: number) =>
    /(?:en|ern|eln)$/u.test(v.lower[i] as string) &&
    (v.tokens[i]?.lemma === v.lower[i] ||
      (v.tokens[i]?.persons?.includes('3P') === true &&
        v.tokens[i]?.moods?.includes('subjunctive1') === true))
  if (!bare(f) || !bare(k - 1) || !(isComma(v, f + 1) || TERMINAL.test(v.word[f + 1] ?? '.'))) return false
  for (let i = from; i < k - 1; i++)
    if (v.lex.modals.has(v.tokens[i]?.lemma ?? '') && (v.mood[i] === 'k1' || v.mood[i] === 'k2')) return true
  return false
}

/**
 * "daß die Frau, die dort wohnt, krank ist", "daß sie, solange er lebe, nicht hungern werde": the commas inside a
 * "daß"/"ob" clause that opens the range, before the clause has its own verb. The clause goes on past them; a verb
 * after them closes the clause, it opens no main clause of the narrator's.
 */
function commasBeforeClauseVerb(v: View, range: Range): Set<number> {
  const open = new Set<number>()
  if (!v.lex.contentClauses.has(v.lower[range[0]] as string)) return open
  let depth = 0
  for (let k = range[0] + 1; k < range[1]; k++) {
    if (isComma(v, k)) {
      open.add(k)
      const opener = v.lower[k + 1] as string
      if (startsRelative(v, k) || v.lex.subordinators.has(opener) || v.lex.complementizers.has(opener))
        depth++
    } else if (isFiniteVerb(v, k) && /^\p{Ll}/u.test(v.word[k] as string) && v.lower[k - 1] !== 'zu') {
      if (depth === 0) return open
      // the embedded clause ends with its verb
      if (isComma(v, k + 1)) depth--
    }
  }
  return open
}

/** "…; drittens aber, daß …", "…; ferner daß …": one more "daß" clause of a list, after at most two words. */
function contentClauseAhead(v: View, from: number): boolean {
  for (let k = from; k <= from + 3; k++) {
    if (v.lex.contentClauses.has(v.lower[k] as string)) return true
    if (!isComma(v, k) && !/^\p{Ll}/u.test(v.word[k] ?? '')) return false
  }
  return false
}

/** Where the words after a semicolon or colon at `from` end: at the next one, or at `last`. */
function clauseGroupEnd(v: View, from: number, last: number): number {
  for (let k = from; k <= last; k++) if ((v.word[k] === ';' || isColon(v, k)) && !v.quotedBy[k]) return k - 1
  return last
}
