import { hasVerb } from './clauses.ts'
import type { View } from './sentence-view.ts'

const ADJECTIVE = /^\p{Ll}[\p{L}-]*(?:e|en|er|es|em)$/u
const CAPITAL = /^[\p{Lu}\d]/u
/** words that open an attribute of the noun before: "der Leiter des Kriminaldienstes", "Sprecher einer Bürgerinitiative" */
/** names written in lower case: "bildblog.de", "spiegel.de", "ver.di", "ai-Bericht", "eBay" */
const LOWER_NAME =
  /^(?:[\p{Ll}\d-]+\.(?:de|at|ch|com|org|net|eu)|\p{Ll}{2,}\.\p{Ll}{2,}|\p{Ll}{1,4}-\p{Lu}\p{L}+|\p{Ll}{1,2}\p{Lu}[\p{L}\d]+)$/u
/** an age written as a noun in lower case: "der 81-jährige sagte" */
const AGE_NOUN = /^\d+-jährige[nr]?$/u
/** "Einschätzung politischer Beobachter": a genitive plural without article opens with an adjective in -er */
const GENITIVE_ADJECTIVE = /^\p{Ll}{3,}(?:isch|ig|lich|al|ell|iv|an|ös|ar|en|ern|ch)er$/u

/** "der beteiligten Feuerwehrmänner": after an article, a verb form ending like an adjective before a noun is one */
function participleBeforeNoun(v: View, i: number, afterDeterminer: boolean): boolean {
  return afterDeterminer && /^\p{Lu}/u.test(v.word[i + 1] ?? '') && v.tokens[i + 1]?.kind === 'word'
}

/**
 * The noun phrase that starts at or after `from` (skipping adverbs such as "weiter", "auch"), up to `to`:
 * "Sprecher Dmitri Peskow", "die „Times“", "der Leiter des Salzburger Kriminaldienstes, Andreas Huber", "er".
 * Returns token indices [first, last], or undefined when none stands there.
 */
export function nounPhraseAfter(
  v: View,
  from: number,
  to: number,
  skip = true,
): [number, number] | undefined {
  let i = from
  // "sagte am Freitag in Genf Lawrow": adverbs and whole prepositional phrases before the subject
  if (skip)
    while (i <= to && v.lex.stopWords.has(v.lower[i] as string))
      i = v.lex.phrasePrepositions.has(v.lower[i] as string) ? skipPhrase(v, i + 1, to) : i + 1
  if (i > to) return undefined
  const first = v.word[i] as string
  if (v.lex.pronouns.has(first)) return [i, i]
  const start = i
  let last = -1
  let sawDeterminer = false
  const takeCore = () => {
    while (i <= to && v.lex.determiners.has(v.lower[i] as string)) {
      sawDeterminer = true
      i++
    }
    // "der 81-jährige Besitzer", "der 13 beteiligten Feuerwehrmänner": numbers and adjectives before the noun
    while (
      i < to &&
      ((ADJECTIVE.test(v.word[i] as string) &&
        (!v.tokens[i]?.moods || participleBeforeNoun(v, i, sawDeterminer)) &&
        !v.lex.stopWords.has(v.lower[i] as string)) ||
        (/^\d/u.test(v.word[i] as string) &&
          /^[\p{L}\d]/u.test(v.word[i + 1] ?? '') &&
          !(
            AGE_NOUN.test(v.word[i] as string) &&
            !/^[\p{Lu}\d]/u.test(v.word[i + 1] ?? '') &&
            !ADJECTIVE.test(v.word[i + 1] ?? '')
          )))
    )
      i++
    let core = false
    // "Die taz vermutet": a name written in lower case, right after its article and before the verb
    if (
      sawDeterminer &&
      i === to &&
      /^\p{Ll}+$/u.test(v.word[i] as string) &&
      !v.tokens[i]?.moods &&
      !v.tokens[i]?.verbForm
    ) {
      last = i
      i++
      return true
    }
    while (i <= to) {
      const w = v.word[i] as string
      const t = v.tokens[i]
      // a title in quotation marks after its article or noun: die Organisation „Reporter ohne Grenzen“, von der
      // „Aktion Deutschland hilft“
      const fragment = v.fragmentOf[i]
      if (
        t?.kind === 'quote' &&
        fragment?.open === i &&
        fragment.close > i &&
        (sawDeterminer || core) &&
        CAPITAL.test(v.word[i + 1] ?? '') &&
        fragment.close <= to
      ) {
        last = fragment.close
        i = fragment.close + 1
        core = true
        continue
      }
      // a name in quotation marks: die „Times“
      if (t?.kind === 'quote' && v.fragmentOf[i]?.nameLike) {
        last = i
        i++
        core = true
        continue
      }
      if (
        t?.kind === 'word' &&
        (CAPITAL.test(w) || LOWER_NAME.test(w) || (sawDeterminer && AGE_NOUN.test(w))) &&
        !v.quotedBy[i]
      ) {
        last = i
        i++
        core = true
        continue
      }
      // "California Institute of Technology", "Jahr 2005": a name's inner connector, a year after a noun
      if (core && last === i - 1 && (innerNameWord(v, i) || (t?.kind === 'number' && /^\d{4}$/u.test(w)))) {
        last = t?.kind === 'number' ? i : i + 1
        i = last + 1
        continue
      }
      break
    }
    return core
  }
  // "Beide machten deutlich": a determiner standing for the speakers
  if (!takeCore())
    return i === start + 1 && v.lex.quantifierSpeakers.has(v.lower[start] as string)
      ? [start, start]
      : undefined
  // genitive and "von" attributes: "der Leiter des Kriminaldienstes", "Sprecher von Greenpeace"
  for (;;) {
    const w = v.lower[i]
    if (
      i <= to &&
      (v.lex.genitiveOpeners.has(w as string) ||
        (GENITIVE_ADJECTIVE.test(v.word[i] as string) && CAPITAL.test(v.word[i + 1] ?? ''))) &&
      last === i - 1
    ) {
      const save = i
      const saveLast = last
      i++
      // "nach Angaben des Arztes der Mann": "der" before a noun that has no genitive after it opens the next subject
      if (!takeCore() || (w === 'der' && !genitiveAfterDer(v, v.word[last] as string))) {
        i = save
        last = saveLast
        break
      }
      continue
    }
    break
  }
  // a bracket after the name: "Ministerin Gitta Trauernicht (SPD)", "Die Weltgesundheitsorganisation (WHO)"
  const takeBracket = () => {
    if (i > to || v.word[i] !== '(' || last !== i - 1) return
    const close = closingBracket(v, i, to)
    if (close !== undefined) {
      last = close
      i = close + 1
    }
  }
  takeBracket()
  // a list closed by "und": "Transparency International, Campact und LobbyControl"
  if (i <= to && v.word[i] === ',' && last === i - 1) {
    const save = i
    const saveLast = last
    while (i <= to && v.word[i] === ',' && last === i - 1) {
      i++
      if (!takeCore()) break
      takeBracket()
    }
    if (!(i <= to && v.lex.coordinators.has(v.lower[i] as string) && last === i - 1)) {
      i = save
      last = saveLast
    }
  }
  // coordination: "Die USA und ihre westlichen Verbündeten", "Blinken und Lawrow", "die PPP und die Muslim-Liga (PML-N)"
  if (i <= to && v.lex.coordinators.has(v.lower[i] as string) && last === i - 1) {
    const save = i
    const saveLast = last
    i++
    if (takeCore()) takeBracket()
    else {
      i = save
      last = saveLast
    }
  }
  // apposition: "…, Andreas Huber," — two capitalised words closed by a comma or the end
  if (
    i <= to &&
    v.word[i] === ',' &&
    CAPITAL.test(v.word[i + 1] ?? '') &&
    CAPITAL.test(v.word[i + 2] ?? '')
  ) {
    let k = i + 1
    while (k <= to && CAPITAL.test(v.word[k] as string) && v.tokens[k]?.kind === 'word') k++
    if (k > to || v.word[k] === ',' || v.word[k] === '.') last = k - 1
  }
  if (last === i - 1) last = appositionEnd(v, i, last, to) ?? last
  void sawDeterminer
  return last >= start ? [start, last] : undefined
}

/**
 * A described apposition after a name: "Mark O'Keefe, der Sprecher der EVAC-Ambulanz", "Andrew Wetzler, ein Anwalt
 * des Natural Resources Defense Council", "Bill Graham, Parteichef der Liberalen" — a noun phrase closed by a comma,
 * a colon or the sentence's end ("…, der Sprecher sei …" is words, not an apposition); or a name after a role:
 * "der Direktor der IAEO, Mohammed el-Baradei". Returns the apposition's last token.
 */
function appositionEnd(v: View, comma: number, last: number, to: number): number | undefined {
  if (v.word[comma] !== ',' || comma > to) return undefined
  const closes = (k: number) => k > to || /^[,.:;]$/u.test(v.word[k] as string)
  if (v.agentAt[last]) {
    const np = nounPhraseAfter(v, comma + 1, to, false)
    if (!np || v.lex.pronouns.has(v.word[np[0]] as string) || v.agentAt[np[0]]) return undefined
    const opensDescription = v.lex.determiners.has(v.lower[np[0]] as string) || v.tokens[np[0]]?.noun
    const end = withAttributes(v, np[1], to)
    return opensDescription && end > np[0] && closes(end + 1) ? end : undefined
  }
  let k = comma + 1
  while (k <= to && v.agentAt[k]) k++
  return k > comma + 1 && closes(k) ? k - 1 : undefined
}

/**
 * A lower-case word inside a name, before its capitalised next word: a connector of foreign names ("Institute of
 * Technology", "Banco de España") or a particle between two words of a name the entities stage found ("Heike van
 * Laak"; not "Das Fazit zu Wish"); not "von" or "vom", which open an attribute ("Sprecher von Greenpeace").
 */
function innerNameWord(v: View, i: number): boolean {
  const w = v.word[i] as string
  if (!CAPITAL.test(v.word[i + 1] ?? '') || v.tokens[i + 1]?.kind !== 'word') return false
  return (
    v.lex.nameConnectors.has(w) ||
    (v.lex.nameParticles.has(w) &&
      !v.lex.genitiveOpeners.has(w) &&
      v.entityAt[i - 1] === true &&
      v.entityAt[i + 1] === true)
  )
}

/** The ")" that closes the short bracket at `open` ("(SPD)", "(PML-N)"), within `to`. */
function closingBracket(v: View, open: number, to: number): number | undefined {
  for (let k = open + 1; k <= to && k <= open + 6; k++) if (v.word[k] === ')') return k
  return undefined
}

/** Whether a noun can be a genitive after "der" ("der Polizei", "der Männer"); an unknown word can. */
function genitiveAfterDer(v: View, noun: string): boolean {
  return !v.lex.german.nouns.has(noun) || v.lex.german.genitivesAfterDer.has(noun)
}

/** After a preposition: its noun phrase ("am Freitag", "in einem Interview mit der Zeitung"); returns the next index. */
function skipPhrase(v: View, from: number, to: number): number {
  let i = from
  while (i <= to && v.lex.determiners.has(v.lower[i] as string)) i++
  while (
    i <= to &&
    ((ADJECTIVE.test(v.word[i] as string) && !v.tokens[i]?.moods) || /^\d/u.test(v.word[i] as string))
  )
    i++
  while (
    i <= to &&
    CAPITAL.test(v.word[i] as string) &&
    v.tokens[i]?.kind === 'word' &&
    !v.lex.pronouns.has(v.word[i] as string) &&
    !v.entityAt[i]
  )
    i++
  // "im Mai 2005", "nach Artikel 5": a number closes the phrase
  while (i <= to && /^\d[\d.]*$/u.test(v.word[i] as string)) i++
  return i
}

/**
 * The subject before a verb at `verb` when the words from `from` are one noun phrase ("Auch Blinken sagte",
 * "Der ukrainische Geheimdienst warf"); undefined when something else stands first ("Zudem sagte er").
 */
export function nounPhraseBefore(v: View, from: number, verb: number): [number, number] | undefined {
  let i = from
  // "Angesichts des Ausmaßes hat das Land …": a preposition opens no subject, but "Von der Leyen sagte" does
  if (v.lex.phrasePrepositions.has(v.lower[i] as string) && !v.lex.nameParticles.has(v.lower[i] as string))
    return undefined
  while (i < verb && v.lex.stopWords.has(v.lower[i] as string)) {
    // "In ihrer Regierungserklärung hatte Merkel …": a prepositional phrase is no subject
    if (v.lex.phrasePrepositions.has(v.lower[i] as string)) return undefined
    i++
  }
  if (i >= verb) return undefined
  // "Dieser bestätigte, dass …": a demonstrative on its own
  if (i === verb - 1 && v.lex.demonstrativeSpeakers.has(v.lower[i] as string)) return [i, i]
  const core = nounPhraseAfter(v, i, verb - 1, false)
  if (!core) return undefined
  const np: [number, number] = [core[0], withAttributes(v, core[1], verb - 1)]
  let end = np[1] + 1
  // "Hans-Jürgen Papier, Präsident des Bundesverfassungsgerichtes, sagte": an apposition between commas
  if (v.word[end] === ',') {
    const apposition = nounPhraseAfter(v, end + 1, verb - 1, false)
    const appositionEnd = apposition && withAttributes(v, apposition[1], verb - 1)
    if (appositionEnd !== undefined && v.word[appositionEnd + 1] === ',') {
      let after = appositionEnd + 2
      while (after < verb && v.lex.stopWords.has(v.lower[after] as string)) after++
      if (after === verb) return [np[0], appositionEnd]
    }
  }
  // "Der NDR, der in der ARD für den Vertrag verantwortlich ist, begründete": a relative clause after the subject
  if (v.word[end] === ',' && v.lex.relativePronouns.has(v.lower[end + 1] as string)) {
    let c = verb - 1
    while (c > end && v.word[c] !== ',') c--
    end = c
  }
  const inserted = v.word[end] === ',' ? insertionBeforeVerb(v, end, verb) : undefined
  if (inserted === 'apart') return np
  if (inserted === 'apposition') return [np[0], lastBeforeComma(v, end, verb)]
  while (end < verb && (v.word[end] === ',' || v.lex.stopWords.has(v.lower[end] as string))) end++
  return end === verb ? np : undefined
}

/**
 * The last token of a subject with its prepositional attributes and brackets, from its core's `last`:
 * "Ken Rice vom Institut für Astronomie in Edinburgh", "Ärzte ohne Grenzen", "Der Vertreter … der Bundesagentur für Arbeit (BA)".
 */
export function withAttributes(v: View, last: number, to: number): number {
  for (;;) {
    if (v.word[last + 1] === '(') {
      const close = closingBracket(v, last + 1, to)
      if (close === undefined) return last
      last = close
      continue
    }
    if (!v.lex.subjectAttributePrepositions.has(v.lower[last + 1] as string)) return last
    const more = nounPhraseAfter(v, last + 2, to, false)
    if (!more) return last
    last = more[1]
  }
}

/** The comma before the verb of a main clause that closes a stretch opened by the comma at `comma`, past adverbs. */
function commaBeforeVerb(v: View, comma: number, verb: number): number | undefined {
  let c = verb - 1
  while (c > comma && v.lex.stopWords.has(v.lower[c] as string)) c--
  return c > comma && v.word[c] === ',' ? c : undefined
}

function lastBeforeComma(v: View, comma: number, verb: number): number {
  return (commaBeforeVerb(v, comma, verb) as number) - 1
}

/**
 * Before the finite verb of a main clause stands one phrase, so a subject and a stretch between commas that runs
 * up to the verb are one: "Todor Kolarow, dessen Behörde … zuständig ist, sagte", "Erich Stamminger, zuständig für
 * das US-Geschäft, hatte angekündigt", "Renate Künast, Fraktionschefin von Bündnis 90/Die Grünen, kritisierte".
 * A relative clause or a description in lower case stands 'apart' from the speaker's words; a capitalised phrase
 * without a verb is an 'apposition' that names them too.
 */
function insertionBeforeVerb(v: View, comma: number, verb: number): 'apart' | 'apposition' | undefined {
  const close = commaBeforeVerb(v, comma, verb)
  if (close === undefined || close - comma < 2) return undefined
  const opener = v.lower[comma + 1] as string
  const relativeAfterPreposition =
    v.lex.relativePrepositions.has(opener) &&
    (v.lex.relativePronouns.has(v.lower[comma + 2] as string) ||
      v.lex.genitiveRelatives.has(v.lower[comma + 2] as string))
  if (v.lex.genitiveRelatives.has(opener) || relativeAfterPreposition) return 'apart'
  if (hasVerb(v, comma + 1, close - 1)) return undefined
  return /^\p{Lu}/u.test(v.word[comma + 1] as string) ? 'apposition' : 'apart'
}
