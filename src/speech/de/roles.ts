import { firstFiniteVerb, opensSubordinateClause, pastStopWords } from './clauses.ts'
import type { Range } from './frame.ts'
import type { CueVerb } from './lexicon.ts'
import { nounPhraseAfter, nounPhraseBefore } from './noun-phrase.ts'
import { isComma, type View } from './sentence-view.ts'

export function addresseeOf(
  v: View,
  cue: CueVerb,
  verb: number,
  subject: Range | undefined,
  to: number,
): Range | undefined {
  if (!cue.addressee) return undefined
  if (cue.addressee === 'an') {
    for (let k = verb + 1; k <= to; k++) if (v.lower[k] === 'an') return nounPhraseAfter(v, k + 1, to, false)
    return undefined
  }
  // the personal object right after the verb, or after an inverted subject: "warf Russland vor", "habe ihn aufgefordert"
  let from = verb + 1
  if (subject && subject[0] > verb) from = subject[1] + 1
  const np = nounPhraseAfter(v, from, to, true)
  if (np) return np
  return undefined
}

export function pronounObjectBefore(v: View, from: number, verb: number): Range | undefined {
  for (let k = from; k < verb; k++) if (v.lex.objectPronouns.has(v.lower[k] as string)) return [k, k]
  return undefined
}

/** "unter Berufung auf das russische Verteidigungsministerium" inside a frame. */
export function viaIn(v: View, from: number, to: number): Range | undefined {
  for (const phrase of v.lex.viaPhrases) {
    for (let k = from; k + phrase.length - 1 <= to; k++) {
      if (phrase.every((w, j) => v.lower[k + j] === w.toLowerCase()))
        return nounPhraseAfter(v, k + phrase.length, to, false)
    }
  }
  return undefined
}

/** Whether words address or speak as a person: "ich", "wir", "du", "euch", or a polite "Sie", "Euer" inside the sentence. */
export function inPerson(v: View, range: Range): boolean {
  for (let k = range[0]; k <= range[1]; k++) {
    if (v.quotedBy[k]) continue
    if (v.lex.speakingPerson.has(v.word[k] as string)) return true
    if (k > range[0] && v.lex.politePerson.has(v.word[k] as string)) return true
  }
  return false
}

/**
 * The nearest noun phrase that ends at `end`, within five words, that is no genitive attribute: "Ägypten" in "auf der
 * Sitzung von Ägypten", "Sprecher des Ministeriums" in "den Sprecher des Ministeriums".
 */
export function phraseEndingAt(v: View, end: number): Range | undefined {
  for (let from = end; from >= Math.max(0, end - 5); from--) {
    if (isComma(v, from) || v.quotedBy[from]) return undefined
    const genitive = (k: number) => v.lex.genitiveArticles.has(v.lower[k] as string)
    if (genitive(from) || genitive(from - 1)) continue
    const np = nounPhraseAfter(v, from, end, false)
    if (!np || np[0] !== from || np[1] !== end) continue
    // "Peter Müller": the name's first words too
    let start = from
    while (start > 0 && /^\p{Lu}/u.test(v.word[start - 1] as string) && v.entityAt[start - 1]) start--
    return [start, end]
  }
  return undefined
}

/**
 * The subject of a verb at `verbPos`: before it ("Blinken sagte"), the subject of the first verb when the
 * clause goes on after "und" ("Podolski war anwesend und sagte, …"), or after it ("sagte am Freitag Lawrow").
 */
export function subjectOf(v: View, first: number, verbPos: number, to: number): Range | undefined {
  const before = nounPhraseBefore(v, first, verbPos)
  // "Der Politik schlug er vor": a nominative pronoun after the verb is the subject, the fronted phrase an object
  if (before && v.lex.nominativePronouns.has(v.lower[verbPos + 1] as string) && verbPos + 1 <= to)
    return [verbPos + 1, verbPos + 1]
  if (before && canSpeak(v, before, first)) return before
  // "Und man wollte eine Richtungsentscheidung: „…“": "man" before the verb is its subject, which names nobody;
  // what follows the verb is an object
  const opener = pastStopWords(v, first, verbPos - 1)
  if (opener === verbPos - 1 && v.lex.indefinitePronouns.has(v.lower[opener] as string)) return undefined
  let j = verbPos - 1
  while (
    j > first &&
    v.lex.stopWords.has(v.lower[j] as string) &&
    !v.lex.coordinators.has(v.lower[j] as string)
  )
    j--
  if (j > first && v.lex.coordinators.has(v.lower[j] as string)) {
    for (let f = first + 1; f < j; f++) {
      if (!v.tokens[f]?.moods || !/^\p{Ll}/u.test(v.word[f] as string) || v.quotedBy[f]) continue
      const shared = nounPhraseBefore(v, first, f)
      if (shared && canSpeak(v, shared, first)) return shared
      // "Dann biss der Randalierer den Fluggast und rief: …": the subject after the first verb
      const inverted = nounPhraseAfter(v, f + 1, j - 1, true)
      if (inverted && canSpeak(v, inverted, first) && !v.quotedBy[inverted[0]]) return inverted
      break
    }
  }
  // "Ähnlich sieht es Geoff Yu": the subject after an expletive "es"
  const after = v.lex.expletivePronouns.has(v.lower[verbPos + 1] as string) ? verbPos + 2 : verbPos + 1
  // "In einem Interview sagte dieser, dass …": a demonstrative alone after the verb
  if (v.lex.demonstrativeSpeakers.has(v.lower[after] as string) && /^[,:.]$/u.test(v.word[after + 1] ?? '.'))
    return [after, after]
  // "weist den Vorwurf zurück", "bestellte den Premierminister ein": an object after the verb is nobody speaking
  const np = nounPhraseAfter(v, after, to, true)
  return np && canSpeak(v, np, first) ? np : undefined
}

/** The agent of a passive: "von Bundesverkehrsminister Manfred Stolpe", "vom Amtsgericht Berlin-Tiergarten". */
export function agentOf(v: View, from: number, to: number): Range | undefined {
  for (let k = from; k < to; k++) {
    if (v.lower[k] !== 'von' && v.lower[k] !== 'vom') continue
    // "der Ausbruch von Cholera": "von" after a noun belongs to it
    if (/^\p{Lu}/u.test(v.word[k - 1] as string)) continue
    const np = nounPhraseAfter(v, k + 1, to, false)
    if (
      np &&
      (v.entityAt[np[0]] ||
        v.entityAt[np[1]] ||
        v.lower[k] === 'vom' ||
        v.lex.determiners.has(v.lower[np[0]] as string) ||
        /^\p{Lu}/u.test(v.word[np[1]] as string))
    )
      return np
  }
  return undefined
}

/**
 * Whether a noun phrase can be the one who speaks: not a dative ("Ihm drohen 20 Jahre Haft") and not a lone
 * sentence-opening adverb ("Derzeit bieten …", "Alternativ bietet …") that no entity or noun reading backs.
 */
export function canSpeak(v: View, np: Range, first: number): boolean {
  // "Ihr Vorsitzender Eberhard Brandt erklärte": before a noun "ihr" is a possessive, not a dative
  const possessive = v.lower[np[0]] === 'ihr' && np[1] > np[0]
  if (
    (v.lex.dativeOpeners.has(v.lower[np[0]] as string) && !possessive) ||
    v.lex.notNominativeOpeners.has(v.lower[np[0]] as string)
  )
    return false
  // a lone opening word speaks when it is a name or a noun ("Ohrenzeugen berichteten …"), not an adverb ("Zudem")
  const word = v.word[np[0]] as string
  if (np[0] === np[1] && v.lex.demonstrativeSpeakers.has(v.lower[np[0]] as string)) return true
  // "Aber: „…“, ließ sie wissen": a conjunction that opens a main clause names nobody
  if (np[0] === np[1] && v.lex.mainClauseConjunctions.has(v.lower[np[0]] as string)) return false
  if (
    np[0] === np[1] &&
    np[0] === first &&
    !v.tokens[np[0]]?.noun &&
    !v.entityAt[np[0]] &&
    !v.lex.pronouns.has(word)
  ) {
    const lower = word.toLowerCase()
    if (
      v.lex.sentenceStarters.has(word) ||
      v.lex.stopWords.has(lower) ||
      v.lex.connectiveAdverbs.has(lower) ||
      [...v.lex.adverbialEndings].some((ending) => lower.endsWith(ending))
    )
      return false
    // "Zusammenfassend sagte er …", "Relativierend fügt Gall hinzu": a present participle (infinitive and -d, or a
    // verb in -ieren the dictionary may lack) used as an adverb
    if (
      lower.endsWith('end') &&
      (lower.endsWith('ierend') ||
        v.lex.german.verbs.get(lower.slice(0, -1))?.some((r) => r.form === 'infinitive'))
    )
      return false
    // "Besorgt äußerte sich Kofi Annan": a fronted participle
    if (v.lex.german.verbs.get(word.toLowerCase())?.some((r) => r.form === 'participle')) return false
  }
  return true
}

/**
 * The subject of the sentence before `s` when that sentence narrates what somebody did: "Der Deutsche Wetterdienst
 * warnte vor Sturm. Besonders der Westen sei betroffen.", "Larson gab sich optimistisch. Man sei besser aufgestellt."
 * Words that follow with no frame of their own are that subject's. Not a subordinate clause's subject, a quoted
 * word, and only a person or body: "Besondere Probleme traten auf" narrates no speaker.
 */
export function narratedSubjectBefore(v: View, s: number): Range | undefined {
  const previous = v.range[s - 1]
  if (!previous || previous[0] < 0) return undefined
  const [first, last] = previous
  if (v.quotedBy[first] || opensSubordinateClause(v, first, last)) return undefined
  const verb = firstFiniteVerb(v, first, last)
  if (verb === undefined) return undefined
  const subject = subjectOf(v, first, verb, last)
  if (!subject || v.quotedBy[subject[0]] || !canSpeak(v, subject, first)) return undefined
  return somebody(v, subject) ? subject : undefined
}

/** Whether a noun phrase names a person or body (an entity, a role noun) or is "er"/"sie": "Alle Opfer" is nobody. */
export function somebody(v: View, np: Range): boolean {
  for (let k = np[0]; k <= np[1]; k++) {
    const word = v.word[k] as string
    // "die Pläne der Bundesregierung": a body in a genitive attribute does not make its head somebody
    if (k > np[0] && v.lex.genitiveOpeners.has(v.lower[k] as string)) break
    if (v.agentAt[k] || v.lex.roleNouns.has(word)) return true
  }
  return (
    np[0] === np[1] &&
    v.lex.pronouns.has(v.word[np[0]] as string) &&
    !v.lex.speakingPerson.has(v.word[np[0]] as string)
  )
}
