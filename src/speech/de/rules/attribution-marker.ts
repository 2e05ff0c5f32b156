import type { FoundQuote } from '../../found-quote.ts'
import { type Frame, kindOf, quote, type Range, span, withoutFinal } from '../frame.ts'
import { nounPhraseAfter, withAttributes } from '../noun-phrase.ts'
import { canSpeak, subjectOf } from '../roles.ts'
import { claim, type GermanRule } from '../sentence-state.ts'
import { isComma, isFiniteVerb, type View } from '../sentence-view.ts'

/**
 * "Demnach" stays the mention and points back to the source before it: the speaker of the sentence before ("laut dem Magazin Focus
 * … Demnach …") or that sentence's subject ("Inzwischen sind präzise Beschuldigungen bekannt geworden. Demnach …").
 */
function sourceOfDemnach(v: View, q: FoundQuote, found: readonly FoundQuote[], s: number): void {
  const earlier = found.findLast((o) => o.sentence === s - 1 && !o.nested && o.speakerMention)
  if (earlier?.speakerMention) {
    q.antecedent = earlier.antecedent ?? earlier.speakerMention
    return
  }
  const [first, last] = v.range[s - 1] ?? [-1, -1]
  if (first < 0) return
  for (let f = first; f <= last; f++) {
    if (!isFiniteVerb(v, f) || !/^\p{Ll}/u.test(v.word[f] as string)) continue
    const subject = subjectOf(v, first, f, last)
    if (subject && canSpeak(v, subject, first) && !v.lex.pronouns.has(v.word[subject[0]] as string))
      q.antecedent = span(v, subject[0], subject[1])
    return
  }
}

/**
 * "nach eigenen Angaben" names nobody itself: it points back (`antecedent`) to the subject of its clause ("Das
 * Außenministerium hat nach eigenen Angaben Einladungen verschickt"), the mention staying what SpkAtt marks.
 */
function sourceOfOwnWords(v: View, q: FoundQuote, speaker: Range, first: number, last: number): void {
  const own = (k: number) => v.lex.reflexivePossessives.has(v.lower[k] as string)
  if (!own(speaker[0]) && !own(speaker[0] + 1)) return
  for (let f = first; f <= last; f++) {
    if (v.quotedBy[f] || !isFiniteVerb(v, f) || !/^\p{Ll}/u.test(v.word[f] as string)) continue
    const subject = subjectOf(v, first, f, last)
    if (subject && canSpeak(v, subject, first) && (subject[1] < speaker[0] || subject[0] > speaker[1]))
      q.antecedent = span(v, subject[0], subject[1])
    return
  }
}

/** a name in the genitive: "Preußens", "Grupps" */
export const GENITIVE_NAME = /^\p{Lu}\p{L}+s$/u

function isSourceNoun(v: View, word: string): boolean {
  if (v.lex.sourceNouns.has(word)) return true
  if (!/^\p{Lu}/u.test(word)) return false
  const lower = word.toLowerCase()
  return v.lex.sourceNounSuffixes.some((s) => lower.length > s.length + 2 && lower.endsWith(s))
}

/** The source noun at `from` or after up to two lower-case modifiers: "ersten Informationen", "einer norwegischen Studie". */
function sourceNounAfter(v: View, from: number, last: number): number | undefined {
  for (let k = from; k <= Math.min(last, from + 2); k++) {
    const w = v.word[k] as string
    if (isSourceNoun(v, w)) return k
    // "Nach Grupps Meinung": a name in the genitive before the source noun
    if (GENITIVE_NAME.test(w) && isSourceNoun(v, v.word[k + 1] ?? '')) return k + 1
    if (!/^\p{Ll}/u.test(w) || v.tokens[k]?.moods) return undefined
  }
  return undefined
}

/**
 * A source noun phrase with the attributes news adds to it: "Angaben des Ombudsmans für Menschenrechte",
 * "Angaben der Hilfsorganisation Ärzte ohne Grenzen", "Ansicht der Opposition im Berliner Abgeordnetenhaus".
 */
function sourcePhrase(v: View, np: Range | undefined, last: number, fronted: boolean): Range | undefined {
  if (!np) return undefined
  let end = np[1]
  for (;;) {
    // "(MIF)": an abbreviation in brackets
    if (v.word[end + 1] === '(' && v.word[end + 3] === ')' && /^\p{Lu}/u.test(v.word[end + 2] ?? '')) {
      end += 3
      continue
    }
    // "des Investitionsfonds (MIF) der Interamerikanischen Entwicklungsbank": a genitive attribute
    const genitive = v.lex.genitiveAttributeArticles.has(v.lower[end + 1] as string)
    if (!genitive && !v.lex.sourceAttributePrepositions.has(v.lower[end + 1] as string)) break
    const at = genitive ? end + 1 : end + 2
    // "von „Ärzte ohne Grenzen“": a name in quotation marks
    const named = v.fragmentOf[at + 1]
    if (!genitive && named && named.open === at) {
      end = named.close
      continue
    }
    const more = nounPhraseAfter(v, at, last, false)
    if (!more || more[0] !== at || (genitive && !/^[\p{Lu})]/u.test(v.word[more[1]] as string))) break
    // "weil nach Angaben der Polizei der Mann betrunken war": "der" may open the clause's subject; a genitive
    // "der" is taken only where no subject can stand, before the verb of a main clause the marker opens
    if (v.lower[at] === 'der' && !fronted) break
    end = more[1]
  }
  // "Nach Meinung von Mike Brown, Professor am California Institute of Technology, könnte …": an apposition
  if (isComma(v, end + 1)) {
    const apposition = nounPhraseAfter(v, end + 2, last, false)
    const appositionEnd =
      apposition && apposition[0] === end + 2 ? withAttributes(v, apposition[1], last) : undefined
    if (appositionEnd !== undefined && isComma(v, appositionEnd + 1) && isFiniteVerb(v, appositionEnd + 2))
      end = appositionEnd
  }
  return [np[0], end]
}

/** "laut einem Bericht", "Interfax zufolge", "nach Angaben der Polizei", "demnach". */
function attributionMarker(
  v: View,
  first: number,
  last: number,
): { frame: Frame; frameRange: Range; message?: Range } | undefined {
  for (let k = first; k <= last; k++) {
    if (v.quotedBy[k] || v.fragmentOf[k]) continue
    const w = v.lower[k] as string
    if (v.lex.prepositions.has(w)) {
      const np = sourcePhrase(v, nounPhraseAfter(v, k + 1, last, false), last, k === first)
      if (np) return { frame: { cue: [span(v, k, k)], speaker: np, rule: 'de/laut' }, frameRange: [k, np[1]] }
    }
    // "nach Angaben der Polizei", "nach ersten Informationen", "nach eigenen Angaben", "nach dessen Angaben"
    // ("nach meiner Meinung" is the writer's view)
    if (
      w === 'nach' &&
      sourceNounAfter(v, k + 1, last) !== undefined &&
      !v.lex.writerPossessives.has(v.lower[k + 1] as string)
    ) {
      const np = sourcePhrase(v, nounPhraseAfter(v, k + 1, last, false), last, k === first) ?? [k + 1, k + 1]
      return {
        frame: { cue: [span(v, k, k)], speaker: np, rule: 'de/nach-angaben' },
        frameRange: [k, np[1]],
      }
    }
    // "seiner Meinung nach", "Dem Vernehmen nach": "nach" after its source noun
    const postposition =
      v.lex.postpositions.has(w) || (w === 'nach' && k > first && isSourceNoun(v, v.word[k - 1] as string))
    if (postposition && k > first) {
      // scan back over the noun phrase: "einem Bericht der „Times“ zufolge"
      let s = k - 1
      while (s > first && v.word[s - 1] !== ',' && !v.tokens[s - 1]?.moods) s--
      // the longest noun phrase that ends right before "zufolge": "Es handele sich ersten Angaben zufolge um …"
      for (let from = s; from < k; from++) {
        // ", die ihrer Meinung nach": the relative pronoun belongs to the clause, not to the source
        if (v.word[from - 1] === ',' && v.lex.relativePronouns.has(v.lower[from] as string)) continue
        const np = nounPhraseAfter(v, from, k - 1, false)
        if (
          np &&
          np[0] === from &&
          np[1] === k - 1 &&
          !v.lex.writerPossessives.has(v.lower[from] as string) &&
          !v.lex.writerPossessives.has(v.lower[from - 1] as string) &&
          // "Wenn zufolge der Vorkehrungen …": a preposition after a conjunction, no source before it
          !v.lex.subordinators.has(v.lower[from] as string)
        )
          return {
            frame: { cue: [span(v, k, k)], speaker: np, rule: 'de/zufolge' },
            frameRange: [np[0], k],
          }
      }
    }
    if (v.lex.referenceAdverbs.has(w)) {
      // "…, zurückgewiesen, wonach UN-Inspektoren Zutritt verweigert worden sei": the words are the clause after it
      const relative = k > first + 1 && isComma(v, k - 1) ? relativeReport(v, first, k, last) : undefined
      if (relative) return relative
      return { frame: { cue: [span(v, k, k)], speaker: [k, k], rule: 'de/demnach' }, frameRange: [k, k] }
    }
  }
  return undefined
}

/** "Pressemeldungen der New York Times, wonach …": the noun before the comma says what the clause after "wonach" says. */
function relativeReport(
  v: View,
  first: number,
  k: number,
  last: number,
): { frame: Frame; frameRange: Range; message: Range } | undefined {
  let end = withoutFinal(v, k + 1, last)[1]
  // ", wonach er festgenommen worden sein soll, wurde dementiert": the main clause goes on after the words
  for (let c = k + 2; c < end; c++)
    if (
      isComma(v, c) &&
      isFiniteVerb(v, c + 1) &&
      /^\p{Ll}/u.test(v.word[c + 1] as string) &&
      !v.lex.relativePronouns.has(v.lower[c + 1] as string)
    )
      end = c - 1
  if (end <= k + 1) return undefined
  let speaker: Range = [k, k]
  // "hat Pressemeldungen der New York Times zurückgewiesen, wonach": the object before the clause-final verb
  let npEnd = k - 2
  while (
    npEnd > first &&
    (v.tokens[npEnd]?.verbForm || (v.tokens[npEnd]?.moods && /^\p{Ll}/u.test(v.word[npEnd] as string)))
  )
    npEnd--
  for (let from = Math.max(first, npEnd - 10); from <= npEnd; from++) {
    const np = nounPhraseAfter(v, from, npEnd, false)
    if (np && np[0] === from && np[1] === npEnd) {
      speaker = np
      break
    }
  }
  return {
    frame: { cue: [span(v, k, k)], speaker, rule: 'de/wonach' },
    frameRange: [k, k],
    message: [k + 1, end],
  }
}

/** "laut einem Bericht", "X zufolge", "nach Angaben von X", "demnach", "…, wonach …": a marker names the source. */
export const attributionMarkerRule: GermanRule = {
  id: 'de/attribution-marker',
  example: 'Laut russischen Angaben sind die Truppen in ihre Kasernen zurückgekehrt.',
  description: 'a preposition, postposition or adverb of attribution names the source of the sentence',
  makes: [
    {
      id: 'de/laut',
      example: 'Laut einem Bericht der „Times“ sind die Truppen abgezogen.',
      description: '"laut", "gemäß" and the source',
    },
    {
      id: 'de/zufolge',
      example: 'Interfax zufolge sind die Truppen abgezogen.',
      description: 'the source, then "zufolge" or "nach"',
    },
    {
      id: 'de/nach-angaben',
      example: 'Nach Angaben der Polizei wurden drei Menschen verletzt.',
      description: '"nach" and a noun of saying',
    },
    {
      id: 'de/demnach',
      example: 'Laut Interfax zogen die Truppen ab. Demnach sollen die Panzer verladen worden sein.',
      description: '"demnach", pointing back to the source before',
    },
    {
      id: 'de/wonach',
      example:
        'Das Ministerium hat Pressemeldungen der New York Times zurückgewiesen, wonach Inspektoren der Zutritt verweigert worden sei.',
      description: 'a noun before ", wonach" says what the clause says',
    },
  ],
  apply(st) {
    const { v, s, first, last } = st
    if (st.top) return
    const marker = attributionMarker(v, first, last)
    if (!marker) return
    let range = withoutFinal(v, first, last)
    if (marker.message) range = marker.message
    else if (marker.frameRange[0] <= first + 1)
      range = [Math.min(marker.frameRange[1] + 1, range[1]), range[1]]
    else if (marker.frameRange[1] >= range[1] - 1) range = [range[0], marker.frameRange[0] - 1]
    while (range[1] > range[0] && isComma(v, range[1])) range[1]--
    while (range[0] < range[1] && isComma(v, range[0])) range[0]++
    const q = quote(v, range, kindOf(v, range), marker.frame, s)
    if (marker.frame.rule === 'de/demnach') sourceOfDemnach(v, q, st.found, s)
    else if (marker.frame.speaker) sourceOfOwnWords(v, q, marker.frame.speaker, first, last)
    claim(st, q)
  },
}
