import type { Document, Quote, Span } from '../document/index.ts'
import { verbReadings } from '../text/index.ts'
import { nounPhraseAfter, nounPhraseBefore, withAttributes } from './noun-phrase.ts'
import {
  buildView,
  cueVerbAt,
  innerView,
  isComma,
  isFinite,
  type Quotation,
  type View,
} from './sentence-view.ts'
import type { CueVerb, Medium, SpeechLexicon } from './speech-lexicon.ts'

/** A speech act as the rules find it: the contract's quote plus what evaluation and review need. */
export interface FoundQuote {
  span: Span
  kind: Quote['kind']
  medium?: Medium
  speakerMention?: Span
  /** the named speaker a pronoun or role noun stands for ("er" → "Lawrow") */
  antecedent?: Span
  addresseeMention?: Span
  cue?: Span[]
  viaMentions?: Span[]
  /** inside another quote's words ("Blinken habe ihm zugesichert, dass …" within Lawrow's statement) */
  nested: boolean
  rule: string
  sentence: number
}

type Range = [number, number]

const span = (v: View, first: number, last: number): Span => [
  (v.tokens[first] as { span: Span }).span[0],
  (v.tokens[last] as { span: Span }).span[1],
]
const TERMINAL = /^[.!?…:;]$/u

/** The sentence without its final punctuation (indirect speech leaves the period to the frame). */
function withoutFinal(v: View, first: number, last: number): Range {
  let end = last
  while (
    end > first &&
    (TERMINAL.test(v.word[end] as string) ||
      (v.tokens[end]?.kind === 'quote' && !v.quotedBy[end] && !v.fragmentOf[end]))
  )
    end--
  return [first, end]
}

function cueSpans(v: View, verb: number, aux?: number): Span[] {
  const spans: Span[] = []
  if (aux !== undefined) spans.push(span(v, aux, aux))
  spans.push(span(v, verb, verb))
  const particle = v.tokens[verb]?.particle
  if (particle !== undefined && v.lex.verbs.has(v.tokens[verb]?.lemma ?? ''))
    spans.push(span(v, particle, particle))
  // "bekannt geben", "bekannt gegeben": a first part written apart before the verb
  else if (
    verb > 0 &&
    v.tokens[verb - 1]?.kind === 'word' &&
    v.lex.verbs.has(`${v.lower[verb - 1]}${v.tokens[verb]?.lemma ?? ''}`)
  )
    spans.push(span(v, verb - 1, verb - 1))
  return spans.sort((a, b) => a[0] - b[0])
}

/**
 * Whether the words hold a Konjunktiv: I always; II when `k2` allows it, or with `k2 = 'plural'` only in the plural,
 * where it stands for a Konjunktiv I that would look indicative ("sie würden …", "sie hätten …"): one sentence
 * after somebody's words a singular "er hätte", "er würde" is more often the writer's hypothesis than a report.
 */
function hasKonjunktiv(v: View, first: number, last: number, k2: boolean | 'plural'): boolean {
  // "Ich lehne sie ab", "Ich habe viel gelernt": with "ich" as subject these forms are indicative
  const firstPerson = firstPersonNarrator(v, first, last)
  for (let k = first; k <= last; k++) {
    // "lachte, als ob davon nicht die Rede sein könne", "als sei nichts geschehen": a comparison, nobody's words
    if (
      v.lower[k] === 'als' &&
      (v.lower[k + 1] === 'ob' ||
        v.lower[k + 1] === 'wenn' ||
        (v.mood[k + 1] !== undefined && isFinite(v, k + 1)))
    ) {
      while (k < last && !isComma(v, k + 1)) k++
      continue
    }
    const m = v.mood[k]
    if (
      m === 'k1' &&
      firstPerson &&
      v.tokens[k]?.moods?.includes('indicative') &&
      v.tokens[k]?.persons?.includes('1S')
    )
      continue
    if (m === 'k1') return true
    if (
      m === 'k2' &&
      (k2 === true || (k2 === 'plural' && v.tokens[k]?.persons?.some((p) => p.endsWith('P'))))
    )
      return true
  }
  return false
}

/** Whether the sentence speaks of its narrator as "ich" outside quotation marks. */
function firstPersonNarrator(v: View, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (v.lower[k] === 'ich' && !v.quotedBy[k]) return true
  return false
}

/**
 * Whether a main clause of the sentence is in the indicative: "Er wisse nicht, was die USA bewogen hatten" keeps
 * its Konjunktiv (the indicative stands in a subordinate clause), "Die Polizei brachte Besucher in Sicherheit" does not.
 */
function hasIndicativeOnly(v: View, first: number, last: number): boolean {
  const main = mainClauseTokens(v, first, last)
  // "(ein Städtchen, das 3600 Meter hoch gelegen ist)": words in brackets are the writer's aside
  let bracket = 0
  for (let k = first; k <= last; k++) {
    if (v.word[k] === '(') bracket++
    else if (v.word[k] === ')') bracket = Math.max(0, bracket - 1)
    else if (bracket === 0 && main[k - first] && v.mood[k] === 'indicative' && !v.fragmentOf[k]) return true
  }
  return false
}

/**
 * "Eines Tages schickte er sie aus, einen Mann zu suchen, der an einer Nase kenntlich sei": the Konjunktiv stands
 * only in subordinate clauses, and the main clause's verb is a preterite that merely looks like Konjunktiv II.
 * Such a sentence is narration, whatever its relative clause says.
 */
function narratedAroundKonjunktiv(v: View, first: number, last: number, k2: boolean | 'plural'): boolean {
  const main = mainClauseTokens(v, first, last)
  let mainVerb = false
  // "Am Eingang entschuldigte sich der Schreiber, daß er nicht in der Lage sei": a content clause after the verb may
  // be what somebody says, whatever the verb, and it runs on past the commas of its own clauses
  let content = v.lex.complementizers.has(v.lower[first] as string)
  for (let k = first; k <= last; k++) {
    if (isComma(v, k) && v.lex.complementizers.has(v.lower[k + 1] as string)) content = true
    if (!isFinite(v, k) || !/^\p{Ll}/u.test(v.word[k] as string)) continue
    // "…, Günstiges berichten zu können": an infinitive
    if (v.lower[k - 1] === 'zu') continue
    const konjunktiv = hasKonjunktiv(v, k, k, k2)
    if (konjunktiv && (content || main[k - first])) return false
    // a present plural ("Vertreter erwarten …, weil die Abgeordneten keinen Antrag gestellt hätten") may still be the
    // report's own
    const moods = v.tokens[k]?.moods ?? []
    if (main[k - first] && moods.includes('indicative') && moods.includes('subjunctive2')) mainVerb = true
  }
  return mainVerb
}

/** Which tokens of the sentence stand outside subordinate and relative clauses (comma to comma). */
function mainClauseTokens(v: View, first: number, last: number): boolean[] {
  let subordinate = opensSubordinateClause(v, first, last)
  const main: boolean[] = []
  for (let k = first; k <= last; k++) {
    if (isComma(v, k)) {
      const next = v.lower[k + 1] as string
      // "…, da kam mir der Gedanke": an adverb before the verb of a main clause, not the conjunction
      const adverb =
        v.lex.subordinators.has(next) && isFinite(v, k + 2) && /^\p{Ll}/u.test(v.word[k + 2] as string)
      subordinate =
        (v.lex.subordinators.has(next) && !adverb) || v.lex.complementizers.has(next) || startsRelative(v, k)
    }
    main.push(!subordinate)
  }
  return main
}

function containsZuInfinitive(v: View, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = v.tokens[k]
    if (t?.verbForm === 'zuInfinitive') return true
    if (v.lower[k] === 'zu' && v.tokens[k + 1]?.verbForm === 'infinitive') return true
  }
  return false
}

/**
 * "Er soll zwei Menschen eingeschleust haben", "Die Hauptakteure sollen bestraft werden": the sentence's first
 * finite verb is present-tense "sollen", which passes on what others say or plan; 'perfect' when a perfect
 * infinitive follows (then it can only be hearsay).
 */
function reportativeSollen(v: View, first: number, last: number): 'perfect' | 'plain' | undefined {
  for (let k = first; k <= last; k++) {
    if (!isFinite(v, k) || !/^\p{Ll}/u.test(v.word[k] as string)) continue
    if (v.tokens[k]?.lemma !== 'sollen' || (v.lower[k] !== 'soll' && v.lower[k] !== 'sollen'))
      return undefined
    const end = withoutFinal(v, k, last)[1]
    let clauseEnd = end
    for (let c = k + 1; c <= end; c++)
      if (isComma(v, c)) {
        clauseEnd = c - 1
        break
      }
    const infinitive = v.lower[clauseEnd]
    const participle = v.tokens[clauseEnd - 1]?.verbForm === 'participle'
    return participle && (infinitive === 'haben' || infinitive === 'sein') ? 'perfect' : 'plain'
  }
  return undefined
}

/** Top-level commas of a sentence: outside quotations and brackets. */
function commas(v: View, first: number, last: number): number[] {
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

function addresseeOf(
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

function pronounObjectBefore(v: View, from: number, verb: number): Range | undefined {
  for (let k = from; k < verb; k++)
    if (['ihm', 'ihn', 'ihr', 'ihnen', 'uns', 'mir', 'mich'].includes(v.lower[k] as string)) return [k, k]
  return undefined
}

interface Frame {
  cue: Span[]
  speaker?: Range
  /** the phrase a relative pronoun speaker stands for: "Ägypten" in "…von Ägypten, das vorschlug, …" */
  antecedent?: Range
  addressee?: Range
  via?: Range
  medium?: Medium
  rule: string
}

/** "unter Berufung auf das russische Verteidigungsministerium" inside a frame. */
function viaIn(v: View, from: number, to: number): Range | undefined {
  for (const phrase of v.lex.viaPhrases) {
    for (let k = from; k + phrase.length - 1 <= to; k++) {
      if (phrase.every((w, j) => v.lower[k + j] === w.toLowerCase()))
        return nounPhraseAfter(v, k + phrase.length, to, false)
    }
  }
  return undefined
}

/** A frame after a comma: "…, sagte Lawrow.", "…, kündigte er an.", "…, so Blinken weiter.", "…, hieß es in einer Erklärung des Geheimdienstes." */
function frameAfter(v: View, c: number, last: number): Frame | undefined {
  const first = c + 1
  if (first > last) return undefined
  const w = v.lower[first] as string
  // "…, so Blinken weiter."
  if (w === 'so') {
    const speaker = soSpeaker(v, first + 1, last)
    if (!speaker) return undefined
    return { cue: [span(v, first, first)], speaker, rule: 'speech/so-after' }
  }
  // "…, wie russische Nachrichtenagenturen meldeten."
  if (w === 'wie') {
    const frame = wieClause(v, first, last)
    if (frame) return frame
  }
  // "…, hieß es (in einer Erklärung des Geheimdienstes)."
  for (const phrase of v.lex.impersonalCues) {
    if (phrase.every((p, j) => v.lower[first + j] === p)) {
      const end = first + phrase.length - 1
      const frame: Frame = { cue: [span(v, first, end)], rule: 'speech/impersonal-after' }
      if (v.lower[end + 1] === 'in' || v.lower[end + 1] === 'aus') {
        const np = nounPhraseAfter(v, end + 2, last, false)
        if (np) {
          frame.speaker = np
          if (
            v.lex.writingNouns.has(v.word[np[0] + 1] as string) ||
            v.lex.writingNouns.has(v.word[np[0]] as string)
          )
            frame.medium = 'writing'
        }
      }
      return frame
    }
  }
  // "…, das teilte das Institut mit.": an anaphoric pronoun before the cue verb
  if ((w === 'das' || w === 'dies') && v.tokens[first + 1]?.moods && cueVerbAt(v, first + 1, first + 1, last))
    return frameAfter(v, first, last)
  // "…, sagte Lawrow." | "…, teilt Duma-Präsident Wjatscheslaw Wolodin mit."
  const cue = cueVerbAt(v, first, first, last)
  if (cue && v.tokens[first]?.moods) {
    // "…“, erinnerte sich Trotnow später.": the reflexive pronoun stands before the speaker
    const speaker = nounPhraseAfter(v, v.lower[first + 1] === 'sich' ? first + 2 : first + 1, last, true)
    // "…, vergaßen aber den lieben Papa": an object after the verb, not its speaker
    if (!speaker || !canSpeak(v, speaker, first)) return undefined
    // "…, entschieden auf Seite der letzteren Macht neigt": an adverb, where the clause's verb comes later
    if (laterVerb(v, speaker[1] + 1, nextComma(v, speaker[1] + 1, last))) return undefined
    const frame: Frame = {
      cue: cueSpans(v, first),
      speaker,
      rule: 'speech/cue-after',
      ...(cue.medium ? { medium: cue.medium } : {}),
    }
    const via = viaIn(v, speaker[1] + 1, last)
    if (via) frame.via = via
    if (v.tokens[first]?.lemma === 'zitieren') {
      const quoted = nounPhraseAfter(v, speaker[1] + 1, last, true)
      if (quoted) frame.via = quoted
    }
    return frame
  }
  // "…, hatte Blinken bereits zum Auftakt gesagt"
  if (v.lex.auxiliaries.has(v.tokens[first]?.lemma ?? '') && v.tokens[first]?.moods) {
    for (let k = first + 1; k <= last; k++) {
      if (v.word[k] === ',' || v.lower[k] === 'und') break
      if (v.tokens[k]?.verbForm === 'participle') {
        const pcue = cueVerbAt(v, k, first, last)
        if (!pcue) break
        const speaker = nounPhraseAfter(v, first + 1, k - 1, true)
        if (!speaker) return undefined
        return {
          cue: cueSpans(v, k, first),
          speaker,
          rule: 'speech/cue-after-perfect',
          ...(pcue.medium ? { medium: pcue.medium } : {}),
        }
      }
    }
  }
  return undefined
}

/** Whether a finite verb stands in [from, to] before any conjunction that could coordinate it with the frame's. */
function laterVerb(v: View, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    if (NARRATOR_CONJUNCTIONS.has(v.lower[k] as string) || v.lower[k] === 'oder') return false
    if (isFinite(v, k) && /^\p{Ll}/u.test(v.word[k] as string) && !v.tokens[k]?.verbForm) return true
  }
  return false
}

/** Whether words address or speak as a person: "ich", "wir", "du", "euch", or a polite "Sie", "Euer" inside the sentence. */
function inPerson(v: View, range: Range): boolean {
  for (let k = range[0]; k <= range[1]; k++) {
    if (v.quotedBy[k]) continue
    if (v.lex.speakingPerson.has(v.word[k] as string)) return true
    if (k > range[0] && v.lex.politePerson.has(v.word[k] as string)) return true
  }
  return false
}

/** The speaker of a "so" frame from `k`: "so Blinken", "so der Sprecher", not "so zarte Linien" or "so oft er kam". */
function soSpeaker(v: View, k: number, last: number): Range | undefined {
  const opener = v.word[k] ?? ''
  const lower = opener.toLowerCase()
  // "so die Studie", "so verdi-Verhandlungsführer Bäsler", "so zum Beispiel der Geschäftsführer", "so schätzen die Forscher"
  const opens =
    /^\p{Lu}|-\p{Lu}/u.test(opener) ||
    v.lex.determiners.has(lower) ||
    v.lex.prepositions.has(lower) ||
    isFinite(v, k)
  // "…“, so letztere.": a demonstrative that stands for the speaker named before
  if (!opens && v.lex.demonstrativeSpeakers.has(lower) && TERMINAL.test(v.word[k + 1] ?? '')) return [k, k]
  if (!opens) return undefined
  return nounPhraseAfter(v, k, last, false)
}

/** A cue-after frame that fills the stretch between the commas `comma` and `next`, the words going on in Konjunktiv I. */
function insideFrame(
  v: View,
  first: number,
  comma: number,
  next: number | undefined,
  last: number,
): Frame | undefined {
  if (next === undefined || comma <= first || next >= withoutFinal(v, first, last)[1] - 1) return undefined
  // "In zehn Jahren, so schätzen die Forscher, soll die Forschung abgeschlossen sein": hearsay "soll" reports too
  const reported =
    hasKonjunktiv(v, next + 1, last, false) || reportativeSollen(v, next + 1, last) !== undefined
  if (startsRelative(v, next) || !reported) return undefined
  if (hasVerb(v, first, comma - 1)) return undefined
  // "…, so schätzen die Forscher, …": "so" before the cue verb
  const frame = frameAfter(
    v,
    v.lower[comma + 1] === 'so' && isFinite(v, comma + 2) ? comma + 1 : comma,
    next - 1,
  )
  if (!frame?.speaker || frame.rule !== 'speech/cue-after') return undefined
  return pastStopWords(v, frame.speaker[1] + 1, next - 1) === next ? frame : undefined
}

/** The first word from `from` to `to` that is no adverb of the stop list ("so Obama weiter,"), else `to` + 1. */
function pastStopWords(v: View, from: number, to: number): number {
  let k = from
  while (k <= to && v.lex.stopWords.has(v.lower[k] as string)) k++
  return k
}

/** Where a "so" frame after `comma` ends: at the sentence's end, or 'inside' when a comma closes it and the words go on. */
function soFrameEnd(
  v: View,
  comma: number,
  next: number | undefined,
  last: number,
): 'end' | 'inside' | undefined {
  const speaker = soSpeaker(v, comma + 2, last)
  if (!speaker) return undefined
  const k = pastStopWords(v, speaker[1] + 1, last)
  if (next !== undefined && k === next && next < last - 1) {
    // "Sein Rivale, so Obama weiter, würde …": words framed from inside are reported ones
    const first = v.range[v.tokens[comma]?.sentence ?? 0]?.[0] ?? comma
    return hasKonjunktiv(v, first, last, true) ? 'inside' : undefined
  }
  for (let j = k; j <= last; j++) if (!TERMINAL.test(v.word[j] as string)) return undefined
  return 'end'
}

/**
 * Whether a frame after `comma` can close the words before it: those words hold a verb in their first clause
 * ("Der Dialog werde fortgesetzt, kündigte er an", not "Der NDR, der … ist, begründete …"), and what follows the
 * frame is no more than an apposition or a relative clause ("…, sagte Lawrow, der …", not "…, sagte X, es sei …").
 */
function frameCanClose(
  v: View,
  first: number,
  comma: number,
  next: number | undefined,
  firstCut: number,
): boolean {
  if (
    !hasVerb(v, first, firstCut - 1) &&
    !v.lex.complementizers.has(v.lower[first] as string) &&
    !v.lex.subordinators.has(v.lower[first] as string)
  )
    return false
  // "…, rief er den Hans und fragte: »…«": the frame introduces the words after its colon
  const end = next ?? v.range[v.tokens[comma]?.sentence ?? 0]?.[1] ?? comma
  for (let k = comma + 1; k < end; k++) if (isColon(v, k)) return false
  if (next === undefined) return true
  // "…, bemerkte ich, daß er den Kopf vorbeugte", "…, fragte ich, was er vorhabe": the verb's own object clause follows
  const after = v.lower[next + 1] as string
  if (v.lex.complementizers.has(after) && after !== 'wie') return false
  return (
    startsRelative(v, next) ||
    v.lex.subordinators.has(v.lower[next + 1] as string) ||
    !hasVerb(v, next + 1, v.range[v.tokens[comma]?.sentence ?? 0]?.[1] ?? next)
  )
}

/** "Dies bestätigte Stoiber heute selbst in München.", "Das hatte Lawrow zuvor gesagt.": a whole sentence as frame. */
function anaphoricFrame(v: View, first: number, last: number): { frame: Frame; pronoun: number } | undefined {
  for (const phrase of v.lex.anaphoricOpeners) {
    if (!phrase.every((w, j) => v.lower[first + j] === w)) continue
    const pronoun = first + phrase.length - 1
    const verb = pronoun + 1
    if (!v.tokens[verb]?.moods || v.quotedBy[verb] || v.word[last] === ':') return undefined
    for (let k = verb + 1; k <= last; k++)
      if (isComma(v, k) || v.lex.complementizers.has(v.lower[k] as string)) return undefined
    let cueAt = verb
    let aux: number | undefined
    let cue = cueVerbAt(v, verb, first, last)
    if (!cue && v.lex.auxiliaries.has(v.tokens[verb]?.lemma ?? '')) {
      // "Das hatte Lawrow zuvor gesagt."
      const end = withoutFinal(v, verb, last)[1]
      cue = v.tokens[end]?.verbForm === 'participle' ? cueVerbAt(v, end, first, last) : undefined
      cueAt = end
      aux = verb
    }
    if (!cue) return undefined
    const speaker = nounPhraseAfter(v, verb + 1, aux !== undefined ? cueAt - 1 : last, true)
    if (
      !speaker ||
      (v.lex.pronouns.has(v.word[speaker[0]] as string) === false &&
        !/^\p{Lu}/u.test(v.word[speaker[1]] as string))
    )
      return undefined
    const frame: Frame = {
      cue: cueSpans(v, cueAt, aux),
      speaker,
      rule: 'speech/frame-after-sentence',
      ...(cue.medium ? { medium: cue.medium } : {}),
    }
    return { frame, pronoun }
  }
  return undefined
}

/**
 * "Wie sein Anwalt Hartmut Lierow mitteilte", "wie Burt Rutan, Chef der Firma, mitteilte": "wie", the speaker
 * (appositions between commas included) and a cue verb closing the clause; `end` is the clause's last token.
 */
function wieClause(v: View, first: number, last: number): (Frame & { end: number }) | undefined {
  let from = first + 1
  while (from <= last) {
    let end = from
    while (end <= last && !isComma(v, end) && !TERMINAL.test(v.word[end] as string)) end++
    end--
    if (end <= first) return undefined
    // "begriffen nicht, wie der Bauer das alles habe erfahren können": a clause in Konjunktiv I is what is reported
    // (an indirect question), not the frame
    if (v.mood.slice(from, end + 1).includes('k1')) return undefined
    for (let k = end; k > first && k >= end - 1; k--) {
      const cue = cueVerbAt(v, k, first, end)
      if (!cue) continue
      const speaker = wieSpeaker(v, first + 1, k - 1)
      const cueTokens = [span(v, first, first), ...cueSpans(v, k)]
      // "wie bekannt gab": the needed word belongs to the cue
      return {
        cue: cueTokens,
        ...(speaker ? { speaker } : {}),
        rule: 'speech/wie-clause',
        ...(cue.medium ? { medium: cue.medium } : {}),
        end,
      }
    }
    // only an apposition may stand between the speaker and the cue verb
    if (hasVerb(v, from, end) || end + 1 > last || !isComma(v, end + 1)) return undefined
    from = end + 2
  }
  return undefined
}

/** The speaker of a "wie" clause: its noun phrase, or all of [from, to] when appositions and places follow the name. */
function wieSpeaker(v: View, from: number, to: number): Range | undefined {
  const np = nounPhraseAfter(v, from, to, true)
  let end = to
  while (end >= from && (isComma(v, end) || v.lex.stopWords.has(v.lower[end] as string))) end--
  if (np && np[1] >= end) return np
  if (end < from || !/^\p{Lu}|^(der|die|das|ein|eine|sein|seine|ihr|ihre)$/u.test(v.word[from] as string))
    return np
  return [np?.[0] ?? from, end]
}

interface CueBefore {
  frame: Frame
  /** first token of the reported words */
  from: number
}

/**
 * The reported words end where the frame's own clause goes on with an indicative verb: "Sie räumte zwar ein, es
 * könnten Arbeitsplätze verloren gehen, sprach aber von einem ergebnisoffenen Prozess."
 */
function untilFrameGoesOn(v: View, range: Range, cuts: readonly number[]): Range {
  const open = commasBeforeClauseVerb(v, range)
  for (const c of cuts) {
    if (c <= range[0] || c >= range[1] || open.has(c)) continue
    const mood = v.mood[c + 1]
    if (
      isFinite(v, c + 1) &&
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
    if (!punct && !NARRATOR_CONJUNCTIONS.has(w)) continue
    if (punct && startsRelative(v, k)) continue
    let j = k + 1
    if (punct && NARRATOR_CONJUNCTIONS.has(v.lower[j] as string)) j++
    const opener = v.lower[j] as string
    // ", und der König billigt …": "der" before its noun is an article, no relative pronoun; an ambiguous verb after
    // it (", und die Soldaten haben …") may still be the words'
    const article =
      v.lex.relativePronouns.has(opener) &&
      v.tokens[j + 1]?.noun === true &&
      /^\p{Lu}/u.test(v.word[j + 1] as string)
    if (v.lex.complementizers.has(opener) || (v.lex.relativePronouns.has(opener) && !article)) continue
    if (v.lex.subordinators.has(opener) && !isFinite(v, j + 1)) continue
    // a main clause has its verb second: right after the conjunction or after one short phrase
    const reach = punct ? j + 4 : j + 1
    for (let f = j; f <= Math.min(reach, range[1]); f++) {
      if (isComma(v, f) || v.word[f] === ';') break
      if (!isFinite(v, f) || !/^\p{Ll}/u.test(v.word[f] as string)) continue
      const mood = v.mood[f]
      // "er möge den König in seine Stube führen und gut bewirthen, …": an infinitive that goes with the modal
      if (!punct && coordinatedInfinitive(v, range[0], k, f)) break
      if (mood === 'indicative' || (mood === 'ambiguous' && konjunktiv && !article)) return endBefore(k)
      break
    }
  }
  return range
}
const NARRATOR_CONJUNCTIONS = new Set(['und', 'aber', 'doch', 'sondern'])

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
  if (!CONTENT_CLAUSES.has(v.lower[range[0]] as string)) return open
  let depth = 0
  for (let k = range[0] + 1; k < range[1]; k++) {
    if (isComma(v, k)) {
      open.add(k)
      const opener = v.lower[k + 1] as string
      if (startsRelative(v, k) || v.lex.subordinators.has(opener) || v.lex.complementizers.has(opener))
        depth++
    } else if (isFinite(v, k) && /^\p{Ll}/u.test(v.word[k] as string) && v.lower[k - 1] !== 'zu') {
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
    if (CONTENT_CLAUSES.has(v.lower[k] as string)) return true
    if (!isComma(v, k) && !/^\p{Ll}/u.test(v.word[k] ?? '')) return false
  }
  return false
}

/** A colon outside quotation marks, and outside a quoted title ("„2001: Odyssee im Weltraum“"): one a frame can end in. */
function isColon(v: View, k: number): boolean {
  return v.word[k] === ':' && !v.quotedBy[k] && !v.fragmentOf[k]
}

/** Where the words after a semicolon or colon at `from` end: at the next one, or at `last`. */
function clauseGroupEnd(v: View, from: number, last: number): number {
  for (let k = from; k <= last; k++) if ((v.word[k] === ';' || isColon(v, k)) && !v.quotedBy[k]) return k - 1
  return last
}

/** The tokens of a phrase from `k`, adverbs allowed between its words: "wurde inzwischen auch bekannt". */
function phraseAt(v: View, phrase: readonly string[], k: number, to: number): number[] | undefined {
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

/** "In dem Bericht heißt es, die Regierung habe versagt", "Es hieß, …", "Aus dem Bericht geht hervor, dass …" */
function impersonalFrameBefore(
  v: View,
  first: number,
  last: number,
  cuts: readonly number[],
): CueBefore | undefined {
  let end = first
  while (end <= last && !isComma(v, end) && !isColon(v, end)) end++
  if (end >= last || (!cuts.includes(end) && v.word[end] !== ':')) return undefined
  const complement = end + 1
  const [mFirst, mLast] = withoutFinal(v, complement, last)
  if (
    v.word[end] !== ':' &&
    !v.lex.complementizers.has(v.lower[complement] as string) &&
    !hasKonjunktiv(v, mFirst, mLast, true)
  )
    return undefined
  for (const phrase of v.lex.impersonalBefore) {
    for (let k = first; k + phrase.length <= end; k++) {
      const at = phraseAt(v, phrase, k, end - 1)
      if (!at) continue
      const frame: Frame = { cue: at.map((t) => span(v, t, t)), rule: 'speech/impersonal-before' }
      // the source in an "in"/"aus" phrase of the frame: "In dem Bericht", "Aus einer Mitteilung der Polizei"
      for (let p = first; p < end; p++) {
        if (at.includes(p)) continue
        if (!['in', 'im', 'aus'].includes(v.lower[p] as string)) continue
        const np = nounPhraseAfter(v, p + 1, end - 1, false)
        if (!np) continue
        frame.speaker = np
        if (
          v.lex.writingNouns.has(v.word[np[1]] as string) ||
          v.lex.writingNouns.has(v.word[np[0] + 1] as string)
        )
          frame.medium = 'writing'
        break
      }
      return { frame, from: complement }
    }
  }
  return undefined
}

/**
 * "Ob er das Mittel angewendet hat, wissen wir nicht anzugeben", "Daß es so kam, läßt sich leicht denken": a
 * "dass", "ob" or w-clause that opens the sentence stands first in the main clause after it, as the object of its
 * cue verb (finite or not). Unlike words closed by a frame after them, it needs no Konjunktiv: its place says it.
 */
function frontedClauseFrame(
  v: View,
  first: number,
  last: number,
  cuts: readonly number[],
): { frame: Frame; message: Range } | undefined {
  if (!v.lex.complementizers.has(v.lower[first] as string) || v.quotedBy[first]) return undefined
  // "Wie die Zeitung meldete, soll …" is a frame of its own; "Wie sie nun beisammen waren, sprach er" tells a time
  if (
    v.lower[first] === 'wie' &&
    (wieClause(v, first, last) || v.lex.stopWords.has(v.lower[first + 1] as string))
  )
    return undefined
  for (const c of cuts) {
    // the main clause opens with its finite verb; commas before it close relative clauses inside the fronted one
    if (!isFinite(v, c + 1) || !/^\p{Ll}/u.test(v.word[c + 1] as string)) continue
    const end = nextComma(v, c + 1, withoutFinal(v, c + 1, last)[1])
    // "…, begründete das Tribunal mit dem Hinweis, dass …", "…, erklärte die Universität so:": the verb's words follow
    const after = v.lower[end + 2] as string
    if (v.word[end + 1] === ':' || (isComma(v, end + 1) && CONTENT_CLAUSES.has(after))) return undefined
    for (let k = c + 1; k <= end; k++) {
      const t = v.tokens[k]
      const cue =
        t?.verbForm === 'zuInfinitive' && !v.quotedBy[k]
          ? v.lex.verbs.get(t.lemma ?? '')
          : cueVerbAt(v, k, c + 1, end)
      if (!cue) continue
      const frame: Frame = {
        cue: cueSpans(v, k),
        rule: 'speech/fronted-clause',
        ...(cue.medium ? { medium: cue.medium } : {}),
      }
      // "…, wird im kommenden Jahr entschieden", "…, ist nicht zu erfahren": without a subject, nobody's words
      const speaker = nounPhraseAfter(v, c + 2, end, true)
      if (!speaker || !canSpeak(v, speaker, c + 1)) return undefined
      frame.speaker = speaker
      return { frame, message: [first, c - 1] }
    }
    return undefined
  }
  return undefined
}

/** "Lawrow sagte, …", "Blinken wies darauf hin, dass …", "Lawrow appellierte an Blinken, die USA mögen …". */
function frameBefore(v: View, first: number, last: number, cutAt: number[]): CueBefore | undefined {
  if (opensSubordinateClause(v, first, last)) {
    // "Als er ankam, sagte er, …": the main clause after the subordinate one opens with its verb
    const comma = cutAt.find((c) => c > first)
    if (comma === undefined || !isFinite(v, comma + 1)) return undefined
    return frameBefore(v, comma + 1, last, cutAt)
  }
  const colon = (() => {
    for (let k = first; k <= last; k++) if (isColon(v, k)) return k
    return -1
  })()
  const tops = cutAt.filter((c) => c > first && (colon < 0 || c < colon))
  if (colon >= 0) tops.push(colon)
  // "Ein Sprecher der Polizei, Lars Beringer, sagte …", "Der NDR, der … verantwortlich ist, begründete …":
  // the cue may stand after an apposition or a relative clause of a subject that has no verb yet
  let from = first
  for (let i = 0; i < tops.length; i += 2) {
    const end = tops[i] as number
    const found = cueBeforeIn(v, first, from, end, last)
    if (found !== undefined) return found === 'stop' ? undefined : found
    // "Jetzt gab der Leiter der Kriminaldienststelle, Andreas Huber, bekannt, dass …": the verb's particle after an
    // apposition of its subject
    const particleAt = tops[i + 1]
    const afterParticle = tops[i + 2]
    if (
      particleAt !== undefined &&
      afterParticle !== undefined &&
      afterParticle - particleAt <= 3 &&
      /^\p{Lu}/u.test(v.word[end + 1] ?? '') &&
      !hasVerb(v, end + 1, particleAt - 1) &&
      v.word
        .slice(particleAt + 1, afterParticle)
        .every((w, j) => /^\p{Ll}+$/u.test(w) && !v.tokens[particleAt + 1 + j]?.moods)
    ) {
      const joined = cueBeforeIn(v, first, from, afterParticle, last)
      if (joined && joined !== 'stop') return joined
    }
    if (v.word[end] === ':' || hasVerb(v, from, end - 1)) return undefined
    const next = tops[i + 1]
    if (next === undefined || v.word[next] === ':') return undefined
    if (!startsRelative(v, end) && hasVerb(v, end + 1, next - 1)) {
      // "Ein Sprecher der Polizei, Commander Randy Henderson sagte, …": an apposition whose closing comma is missing
      if (!/^\p{Lu}/u.test(v.word[end + 1] as string) || v.tokens[end + 1]?.moods) return undefined
      const found = cueBeforeIn(v, end + 1, end + 1, next, last)
      if (found === 'stop' || !found) return undefined
      if (found.frame.speaker?.[0] === end + 1) found.frame.speaker = [first, found.frame.speaker[1]]
      return found
    }
    from = next + 1
  }
  return undefined
}

/** "Der König wurde verspottet, aber ich muß gestehen, daß …": the frame opens a main clause after a conjunction. */
function coordinatedFrameBefore(v: View, last: number, cuts: number[]): CueBefore | undefined {
  for (const c of cuts) {
    if (!v.lex.mainClauseConjunctions.has(v.lower[c + 1] as string) || c + 2 > last) continue
    const found = frameBefore(v, c + 2, last, cuts)
    if (found) return found
  }
  return undefined
}

/**
 * "Kaum waren sie fertig, als sie erklärte, der Kopfputz sei zu steif", "…, indem er ihm sagte, der junge Mann sei
 * …", "…, von welchem man behauptet, daß …": the frame is a later clause of the sentence, not its first.
 */
function embeddedFrameBefore(v: View, first: number, last: number, cuts: number[]): CueBefore | undefined {
  // "Da er nun wohl wußte, daß …": a subordinate clause that opens the sentence may be the frame too
  const bounds = v.lex.subordinators.has(v.lower[first] as string) ? [first - 1, ...cuts] : [...cuts]
  for (let k = cuts[0] ?? last; k <= last; k++) if (isColon(v, k)) bounds.push(k)
  bounds.sort((a, b) => a - b)
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = (bounds[i] as number) + 1
    const end = bounds[i + 1] as number
    if (v.quotedBy[from] || end - from < 1) continue
    // "Als sie nach Berlin gingen, hieß es, sie würden …"
    const impersonal = bounds[i] !== first - 1 ? impersonalFrameBefore(v, from, last, cuts) : undefined
    if (impersonal) return impersonal
    const found =
      cueBeforeIn(v, from, from, end, last) ??
      zuClauseFrame(v, first, from, end) ??
      participleFrame(v, first, from, end, last)
    if (!found || found === 'stop') continue
    // a verb-final clause names its subject right after its conjunction: "indem er ihm sagte"
    const verb = tokenAt(v, found.frame.cue[0]?.[1] ?? -1)
    if (v.lex.subordinators.has(v.lower[from] as string) && verb !== undefined) {
      const subject = nounPhraseAfter(v, from + 1, verb - 1, true)
      if (subject && canSpeak(v, subject, from)) found.frame.speaker = subject
      else delete found.frame.speaker
    }
    // "…, von denen der Abgeordnete Kinz sagte, daß …": after a preposition and its relative pronoun
    const relativeObject =
      isComma(v, from - 1) &&
      startsRelative(v, from - 1) &&
      v.lex.relativePrepositions.has(v.lower[from] as string) &&
      // "…, in dessen Folge das Gericht …": a genitive pronoun goes with its noun
      !['dessen', 'deren'].includes(v.lower[from + 1] as string)
    if (relativeObject && !found.frame.speaker && verb !== undefined) {
      const subject = nounPhraseAfter(v, from + 2, verb - 1, true)
      if (subject && canSpeak(v, subject, from)) found.frame.speaker = subject
    }
    // "…von Ägypten, das vorschlug, …": the relative pronoun right before the verb is the subject, and stands for
    // the phrase before the comma
    const pronounSpeaker =
      !found.frame.speaker || (found.frame.speaker[0] === from && found.frame.speaker[1] === from)
    if (pronounSpeaker && verb === from + 1 && NOMINATIVE_RELATIVES.has(v.lower[from] as string)) {
      const antecedent = phraseEndingAt(v, from - 2)
      if (isComma(v, from - 1) && antecedent && canSpeak(v, antecedent, antecedent[0])) {
        found.frame.speaker = [from, from]
        found.frame.antecedent = antecedent
      }
    }
    return found
  }
  return undefined
}

/**
 * "Er weigerte sich, mitzuteilen, ob …", "Wir beschränken uns darauf, zu erklären, daß …": an infinitive clause with
 * "zu" and a cue verb frames the clause after it; its speaker is the subject of the main clause it depends on.
 */
function zuClauseFrame(v: View, first: number, from: number, end: number): CueBefore | undefined {
  if (!v.lex.complementizers.has(v.lower[end + 1] as string) || hasFiniteVerb(v, from, end - 1))
    return undefined
  for (let k = from; k < end; k++) {
    const t = v.tokens[k]
    const zu = t?.verbForm === 'zuInfinitive' || (v.lower[k - 1] === 'zu' && k - 1 >= from && !!t?.moods)
    const cue = zu && !v.quotedBy[k] ? v.lex.verbs.get(t?.lemma ?? '') : undefined
    if (!cue || cue.needs) continue
    return dependentFrame(v, first, from, end, k, cue, false)
  }
  return undefined
}

/**
 * The frame of a cue word at k in a clause [from, end) that depends on the clause before it: its speaker is that
 * clause's subject, or (`beside`) the noun phrase the clause stands beside when it has no verb; the words follow `end`.
 */
function dependentFrame(
  v: View,
  first: number,
  from: number,
  end: number,
  k: number,
  cue: CueVerb,
  beside: boolean,
): CueBefore {
  const frame: Frame = {
    cue: [span(v, k, k)],
    rule: 'speech/cue-before',
    ...(cue.medium ? { medium: cue.medium } : {}),
  }
  const verb = firstFiniteVerb(v, first, from - 2)
  const subject =
    verb !== undefined
      ? subjectOf(v, first, verb, from - 2)
      : beside
        ? nounPhraseAfter(v, first, from - 2, true)
        : undefined
  if (subject && canSpeak(v, subject, first)) frame.speaker = subject
  return { frame, from: end + 1 }
}

/**
 * "…, erklärend, daß wir …", "Die Geistlichkeit, wohl einsehend, daß …": the present participle of a cue verb,
 * alone in its clause, frames the clause after it; its speaker is the subject of the clause before, or the noun
 * phrase the participle stands beside.
 */
function participleFrame(
  v: View,
  first: number,
  from: number,
  end: number,
  last: number,
): CueBefore | undefined {
  const words = end + 1
  if (
    !v.lex.complementizers.has(v.lower[words] as string) &&
    !hasKonjunktiv(v, words, nextComma(v, words, last), false)
  )
    return undefined
  const k = end - 1
  const word = v.lower[k] as string
  if (!word.endsWith('end') || v.quotedBy[k] || k < from || !/^\p{Ll}/u.test(v.word[k] as string))
    return undefined
  // only adverbs may stand before it in its clause
  if (pastStopWords(v, from, k - 1) !== k) return undefined
  const cue = v.lex.verbs.get(word.slice(0, -1))
  if (!cue || cue.needs) return undefined
  return dependentFrame(v, first, from, end, k, cue, true)
}

/**
 * "Er ruhe im Frieden!", "Nach oben stehe dein Verlangen!": Konjunktiv I in a sentence that ends in "!" wishes or
 * bids; it is the writer's own, not words reported. (A full verb beside "man", "Man erwäge wohl, ob …", bids too,
 * but as often reports: "Man arbeite an einer Lösung".)
 */
function optative(v: View, last: number): boolean {
  return v.word[last] === '!' && !v.quotedBy[last]
}

/**
 * "Hergenhahn zeigte zuvörderst an, daß die Truppen … eingerückt seien", "Journalisten beschweren sich über
 * Behinderungen, nur die Reporter des Staatsfernsehens seien zugelassen": when a sentence of somebody's words opens
 * with a main clause of the writer's own (a finite verb, no Konjunktiv), the words start after it, and its subject,
 * when it can speak, is their speaker.
 */
function narratorLead(v: View, first: number, cuts: readonly number[]): { start: number; speaker?: Range } {
  const c = cuts[0]
  // "…, nur die Reporter seien zugelassen" is no relative clause, "…, in dem …" is
  if (c === undefined || startsRelative(v, c)) return { start: first }
  for (let k = first; k < c; k++) {
    const m = v.mood[k]
    if (v.quotedBy[k] || m === 'k1' || m === 'k2') return { start: first }
  }
  // "Würde Nordkorea Atomwaffen einsetzen, würde …": a verb-first condition, read as a noun at the capital
  if (verbReadings(v.lex.german, v.lower[first] as string)?.some((r) => r.mood === 'subjunctive2'))
    return { start: first }
  const verb = firstFiniteVerb(v, first, c - 1)
  if (verb === undefined || opensSubordinateClause(v, first, c)) return { start: first }
  if (CONTENT_CLAUSES.has(v.lower[c + 1] as string)) return { start: c + 1 }
  // "Die Beiträge stärkten die Hochschulen, und so würden sie …": a preterite that could be Konjunktiv II may be
  // the report's own; its clause stays in the words
  if (v.tokens[verb]?.moods?.includes('subjunctive2')) return { start: first }
  // the subject before the verb, or a pronoun right after it
  const before = nounPhraseBefore(v, first, verb)
  const speaker =
    before ?? (v.lex.pronouns.has(v.word[verb + 1] as string) ? ([verb + 1, verb + 1] as Range) : undefined)
  return speaker && canSpeak(v, speaker, first) ? { start: c + 1, speaker } : { start: first }
}

/**
 * "Es wunderte mich nur, daß mein Freund schwieg", "Nun war es mir klar, daß …": a clause with "es" and a pronoun
 * of the person it happens to, before a "dass" or "ob" clause, is that person's thought.
 */
function experiencerFrame(v: View, first: number, cuts: readonly number[]): CueBefore | undefined {
  const end = cuts[0]
  if (end === undefined) return undefined
  const opener = v.lower[end + 1] as string
  // "es kam mir vor, als müßte ich mich schämen", "Mir war's, als sei …": what seems to the person is a thought too
  const seeming =
    opener === 'als' &&
    (v.lower[end + 2] === 'ob' ||
      v.lower[end + 2] === 'wenn' ||
      v.mood[end + 2] === 'k1' ||
      v.mood[end + 2] === 'k2')
  if (!CONTENT_CLAUSES.has(opener) && !seeming) return undefined
  let es = false
  let person: number | undefined
  for (let k = first; k < end; k++) {
    if (v.quotedBy[k]) return undefined
    if (v.lower[k] === 'es' || v.lower[k] === "'s" || v.lower[k] === '’s') es = true
    else if (EXPERIENCERS.has(v.lower[k] as string) && person === undefined) person = k
  }
  const verb = firstFiniteVerb(v, first, end - 1)
  if (!es || person === undefined || verb === undefined) return undefined
  return {
    frame: {
      cue: cueSpans(v, verb),
      speaker: [person, person],
      rule: 'speech/cue-before',
      medium: 'thought',
    },
    from: end + 1,
  }
}
const EXPERIENCERS = new Set(['mich', 'mir', 'ihn', 'ihm', 'uns', 'ihnen', 'dich', 'dir', 'euch'])

/**
 * "Seit diesem Abend glaubte er sie zu kennen", "so behauptete er in der gesundesten Luft zu schlafen": a cue verb
 * whose words are an infinitive with "zu" that no comma sets off.
 */
function zuFrameBefore(v: View, first: number, last: number): CueBefore | undefined {
  const end = nextComma(v, first, last)
  for (let k = first; k < end; k++) {
    if (!isFinite(v, k) || !/^\p{Ll}/u.test(v.word[k] as string) || v.quotedBy[k]) continue
    const cue = cueVerbAt(v, k, first, end)
    if (!cue) return undefined
    let from = k + 1
    const subject = nounPhraseBefore(v, first, k) ?? undefined
    const inverted = subject ? undefined : nounPhraseAfter(v, from, end, false)
    if (inverted && inverted[0] === from && canSpeak(v, inverted, first)) from = inverted[1] + 1
    if (from >= end || !containsZuInfinitive(v, from, end)) return undefined
    // "Er vergaß, dass …" has its own verb; only the infinitive after "zu" may stand in the words
    for (let j = from; j < end; j++)
      if (isFinite(v, j) && /^\p{Ll}/u.test(v.word[j] as string) && !v.tokens[j]?.verbForm) return undefined
    const speaker = subject ?? inverted
    const frame: Frame = {
      cue: cueSpans(v, k),
      rule: 'speech/cue-before',
      ...(cue.medium ? { medium: cue.medium } : {}),
    }
    if (speaker && canSpeak(v, speaker, first)) frame.speaker = speaker
    return { frame, from }
  }
  return undefined
}

/** ", der in der ARD verantwortlich ist", ", in dem …": a relative clause opens after the comma at `c`. */
function startsRelative(v: View, c: number): boolean {
  const rel = v.lex.relativePronouns
  const a = v.lower[c + 1] as string
  const opens = rel.has(a)
    ? // ", die politischen Zustände hätten …": an article, its noun phrase, and the verb second
      !(
        ADJECTIVE_BEFORE_NOUN.test(v.word[c + 2] ?? '') &&
        /^\p{Lu}/u.test(v.word[c + 3] ?? '') &&
        isFinite(v, c + 4)
      ) &&
      // ", der Iran werde nun …": a name and the verb second, with more after it (a relative clause ends in its verb)
      !(
        /^\p{Lu}/u.test(v.word[c + 2] ?? '') &&
        isFinite(v, c + 3) &&
        /^\p{Ll}/u.test(v.word[c + 3] ?? '') &&
        /^[\p{L}\d]/u.test(v.word[c + 4] ?? '')
      ) &&
      (!/^\p{Lu}/u.test(v.word[c + 2] ?? '') || !v.tokens[c + 2]?.noun)
    : // ", mit der …" opens a relative clause, ", würde das Land …", ", und der König …" do not
      v.lex.relativePrepositions.has(a) && rel.has(v.lower[c + 2] as string)
  if (!opens) return false
  // ", dem Führer die größte Vorsicht zur Pflicht zu machen", ", auf die SPD zuzugehen", an apposition ", der
  // mittleren Pleistozän,": no relative clause goes without a finite verb
  const end = nextComma(v, c + 1, v.range[v.tokens[c]?.sentence ?? 0]?.[1] ?? c + 1)
  return end <= c + 2 || hasVerb(v, c + 2, end)
}

function hasVerb(v: View, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = v.tokens[k]
    if (v.quotedBy[k] || !t) continue
    if ((t.moods && /^\p{Ll}/u.test(v.word[k] as string)) || v.joinedLemma[k]) return true
  }
  return false
}

/** The cue verb of the clause [from, end) that opens reported words after `end`; 'stop' when a verb rules it out. */
function cueBeforeIn(
  v: View,
  first: number,
  from: number,
  end: number,
  last: number,
): CueBefore | 'stop' | undefined {
  // whether a "dass"/"ob" clause or words in Konjunktiv I follow: then a verb needs no word before a noun
  let clause: boolean | undefined
  for (let k = from; k < end; k++) {
    const t = v.tokens[k]
    // "versuchte nachzuweisen, daß …", "begann zu erzählen, dass …": an infinitive with "zu" right before the comma
    const zuInfinitive =
      k === end - 1 &&
      (t?.verbForm === 'zuInfinitive' || (v.lower[k - 1] === 'zu' && t?.verbForm === 'infinitive'))
    if (!t?.moods && t?.verbForm !== 'participle' && !zuInfinitive) continue
    clause ??=
      CONTENT_CLAUSES.has(v.lower[end + 1] as string) ||
      hasKonjunktiv(v, end + 1, nextComma(v, end + 1, withoutFinal(v, end + 1, last)[1]), false)
    const cue = cueVerbAt(v, k, first, end - 1, clause, zuInfinitive)
    if (!cue) continue
    let complement = end + 1
    // "sagte Schurz: - „Es ist …“": a dash before the words
    while (complement < last && /^[-–—]+$/u.test(v.word[complement] as string)) complement++
    if (complement > last) return 'stop'
    // "meldete der Radiosender, Radio Vatikan, dass …": an apposition of the subject before the reported words
    const apposition = nounPhraseAfter(v, complement, last, false)
    // "sagte Jon Bon Jovi, Gründer der Rockband: „…“": before a colon, the words follow it
    let colon = v.word[end] === ':'
    if (
      apposition &&
      isColon(v, apposition[1] + 1) &&
      /^\p{Lu}/u.test(v.word[complement] as string) &&
      !v.tokens[complement]?.moods &&
      apposition[1] + 2 <= last
    ) {
      complement = apposition[1] + 2
      colon = true
    } else if (
      apposition &&
      isComma(v, apposition[1] + 1) &&
      /^\p{Lu}/u.test(v.word[complement] as string) &&
      !v.tokens[complement]?.moods
    ) {
      const beyond = apposition[1] + 2
      if (
        v.lex.complementizers.has(v.lower[beyond] as string) ||
        hasKonjunktiv(v, beyond, withoutFinal(v, beyond, last)[1], false)
      )
        complement = beyond
    }
    const after = v.lower[complement] as string
    const [mFirst, mLast] = withoutFinal(v, complement, last)
    // "forderten den Rücktritt, um den Weg freizumachen", "meldeten ihn als vermisst, nachdem …", "schildert die
    // Fehlerkette, welche …": a purpose or adverbial clause, or a relative clause on the object, reports nothing
    // "…zurückgewiesen, wonach …": the words belong to the noun before the comma, not to the verb's subject
    if (v.lex.referenceAdverbs.has(after)) return 'stop'
    const adverbial = PURPOSE.has(after)
    const relativeOnObject =
      (after.startsWith('welch') &&
        (v.tokens[end - 1]?.noun === true || /^\p{Lu}/u.test(v.word[end - 1] ?? ''))) ||
      relativeClauseAt(v, complement, mLast) ||
      // "teilte ihm alles mit, was …", "hatte vieles zu erzählen, was …": "was" after its antecedent
      (after === 'was' && v.lower.slice(from, end).some((w) => v.lex.relativeAntecedents.has(w)))
    // "sagte er, indem er ein Kästchen aufschloß", "nahm einen ernsten Ausdruck an, und ihre Lippen bewegten sich",
    // "er seufzte und weinte, mochte weder essen noch trinken": a subordinate clause or another predicate of the narrator's
    const narration =
      (v.lex.subordinators.has(after) && !CONTENT_CLAUSES.has(after)) ||
      NARRATOR_CONJUNCTIONS.has(after) ||
      // "…, so wurde Herr Kuster mit Drillingen beschenkt": "so" and a verb open the main clause
      (after === 'so' && isFinite(v, complement + 1)) ||
      (isFinite(v, complement) && /^\p{Ll}/u.test(v.word[complement] as string))
    if (!colon && (adverbial || relativeOnObject || narration) && !hasKonjunktiv(v, mFirst, mLast, false))
      return 'stop'
    // "verlangt eine Bürgschaft, bis daß die Regierung darüber entscheide": Konjunktiv of expectation, not of report;
    // the clause reports only through a main clause after it ("sagte, bevor die Wahl stattfinde, werde er …")
    const prospective = v.lex.prospectiveSubordinators.has(after)
    if (!colon && prospective && !konjunktivMainClauseAfter(v, mFirst, mLast)) return 'stop'
    // "…, so müssen die Männer, …, den Wunsch aussprechen, …": the main clause after "so" is the narrator's even
    // when Konjunktiv follows further on
    const soClause = after === 'so' && isFinite(v, complement + 1)
    if (!colon && soClause && !hasKonjunktiv(v, mFirst, nextComma(v, mFirst, mLast), false)) return 'stop'
    const qualifies =
      colon ||
      v.lex.complementizers.has(after) ||
      hasKonjunktiv(v, mFirst, mLast, true) ||
      containsZuInfinitive(v, mFirst, Math.min(mLast, nextComma(v, complement, mLast))) ||
      // "Lawrow appellierte an Blinken, die USA mögen …": a main clause after a frame without an object; after a
      // verb-final clause it is the sentence's own ("Wenn ein Realist einmal glaubt, dann zwingt ihn …")
      (hasFiniteVerb(v, complement, nextComma(v, complement, mLast)) &&
        !hasObject(v, k + 1, end - 1, cue.addressee === 'an') &&
        !endsVerbFinalClause(v, from, k, end))
    if (!qualifies) return 'stop'
    // the subject: before the verb ("Blinken sagte"), before the auxiliary ("Blinken habe ihm zugesichert"), or after it
    let verbPos = k
    let aux: number | undefined
    // "Stoiber hatte betont": "betont" is also a finite form; after a finite auxiliary it is the participle
    if (t?.verbForm === 'participle') {
      for (let a = first; a < k; a++)
        if (
          v.lex.auxiliaries.has(v.tokens[a]?.lemma ?? '') &&
          v.tokens[a]?.moods &&
          /^\p{Ll}/u.test(v.word[a] as string)
        )
          aux = a
      // "als ihm gemeldet wurde, daß …", "die es zugegeben hatten, daß …": a verb-final clause's auxiliary follows
      for (let a = k + 1; aux === undefined && a < end; a++)
        if (
          v.lex.auxiliaries.has(v.tokens[a]?.lemma ?? '') &&
          isFinite(v, a) &&
          /^\p{Ll}/u.test(v.word[a] as string)
        )
          aux = a
      if (aux === undefined && !t.moods) continue
      // "Es ist in der Natur begründet, daß …", "seien allen Frauen empfohlen": a participle with "sein" and no
      // "worden" is a state, not a speech act, unless a state of knowing ("war überzeugt, daß …")
      if (
        aux !== undefined &&
        v.tokens[aux]?.lemma === 'sein' &&
        !cue.stateReports &&
        !v.lower.slice(first, end).includes('worden')
      )
        continue
      if (aux !== undefined) verbPos = aux
    } else if (zuInfinitive) {
      // "Er versuchte nachzuweisen, daß …": the finite verb that governs the infinitive carries the subject
      // (in the infinitive's own clause: "ist es uns, aus dem Lloyd zu erfahren, daß …" is an infinitive clause)
      for (let a = k - 1; a >= first && !isComma(v, a) && aux === undefined; a--)
        if (isFinite(v, a) && /^\p{Ll}/u.test(v.word[a] as string)) aux = a
      if (aux !== undefined) verbPos = aux
      else if (!t?.moods) continue
    } else {
      // "will heute Außenminister Straw bekannt geben, dass …": the finite modal carries the subject
      aux = finiteModalBefore(v, first, k)
      if (aux !== undefined) verbPos = aux
    }
    // "Von den Behörden wird angenommen, dass …": a passive names its speaker with "von"
    const passive = aux !== undefined && v.tokens[aux]?.lemma === 'werden' && t?.verbForm === 'participle'
    const speaker =
      (passive ? agentOf(v, first, end - 1) : undefined) ?? subjectOf(v, first, verbPos, end - 1)
    const frame: Frame = {
      cue: cueSpans(v, k, aux),
      rule: 'speech/cue-before',
      ...(cue.medium ? { medium: cue.medium } : {}),
    }
    if (speaker) frame.speaker = speaker
    // "Platter wird von der Nachrichtenagentur Reuters mit den Worten zitiert, …": the agency quotes, the subject
    // is quoted, as in "zitierte das Blatt die Quelle"
    if (passive && speaker && t?.lemma === 'zitieren') {
      const quoted = subjectOf(v, first, verbPos, end - 1)
      if (quoted && quoted[0] !== speaker[0]) frame.via = quoted
    }
    const addressee =
      cue.addressee === 'object' && aux !== undefined
        ? pronounObjectBefore(v, aux + 1, k)
        : addresseeOf(v, cue, k, speaker, end - 1)
    if (addressee && (!speaker || addressee[0] !== speaker[0])) frame.addressee = addressee
    return { frame, from: complement }
  }
  return undefined
}

const NOMINATIVE_RELATIVES = new Set(['der', 'die', 'das', 'welcher', 'welche', 'welches'])

/**
 * The nearest noun phrase that ends at `end`, within five words, that is no genitive attribute: "Ägypten" in "auf der
 * Sitzung von Ägypten", "Sprecher des Ministeriums" in "den Sprecher des Ministeriums".
 */
function phraseEndingAt(v: View, end: number): Range | undefined {
  for (let from = end; from >= Math.max(0, end - 5); from--) {
    if (isComma(v, from) || v.quotedBy[from]) return undefined
    const genitive = (k: number) => ['des', 'eines'].includes(v.lower[k] as string)
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

/** Whether a main clause in Konjunktiv follows a fronted subordinate clause: "…, wenn es so bleibe, (so) werde er …". */
function konjunktivMainClauseAfter(v: View, first: number, last: number): boolean {
  for (let c = first + 1; c < last; c++) {
    if (!isComma(v, c)) continue
    let verb = c + 1
    if (v.lower[verb] === 'so' || v.lower[verb] === 'dann') verb++
    if (isFinite(v, verb) && hasKonjunktiv(v, verb, verb, false)) return true
  }
  return false
}

/** Whether the verb at k closes a subordinate or relative clause that runs from `from` to the comma at `end`. */
function endsVerbFinalClause(v: View, from: number, k: number, end: number): boolean {
  const opened =
    (v.lex.subordinators.has(v.lower[from] as string) && !CONTENT_CLAUSES.has(v.lower[from] as string)) ||
    (from > 0 && isComma(v, from - 1) && startsRelative(v, from - 1))
  if (!opened) return false
  // "…, das sie erregt hatte; ich muß gestehen, …", "um … zu bilden und ich hoffe, …": a main clause began since
  for (let a = from + 1; a < k; a++)
    if (v.word[a] === ';' || NARRATOR_CONJUNCTIONS.has(v.lower[a] as string)) return false
  for (let a = k + 1; a < end; a++) if (!isVerbForm(v, a)) return false
  // "Wenn ich nur wüßte, wie's möglich ist, …": a question is the verb's own clause
  return !/^(?:w(?:ie|as|er|o|arum|ann|eshalb|ieso|elch)\p{L}*|wie's)$/u.test(v.lower[end + 1] as string)
}

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
    if (!isFinite(v, f) || !/^\p{Ll}/u.test(v.word[f] as string)) continue
    const subject = subjectOf(v, first, f, last)
    if (subject && canSpeak(v, subject, first) && !v.lex.pronouns.has(v.word[subject[0]] as string))
      q.antecedent = span(v, subject[0], subject[1])
    return
  }
}

/**
 * "…über die Zunahme der Gewalt, die besonders häufig in Darfur auftrete": a relative pronoun whose clause ends
 * in its finite verb, not an article ("…, die Lage sei ernst").
 */
function relativeClauseAt(v: View, c: number, last: number): boolean {
  if (!v.lex.relativePronouns.has(v.lower[c] as string) || !/^\p{Ll}/u.test(v.word[c + 1] ?? '')) return false
  // "…, die neue Regierung sei …" is an article before its noun; "…, welche die Rechte … achten" a pronoun before one
  if (
    ADJECTIVE_BEFORE_NOUN.test(v.word[c + 1] as string) &&
    !v.lex.determiners.has(v.lower[c + 1] as string) &&
    /^\p{Lu}/u.test(v.word[c + 2] ?? '')
  )
    return false
  const verb = nextComma(v, c, last)
  return verb > c + 1 && (isFinite(v, verb) || v.joinedLemma[verb] !== undefined)
}

/**
 * A noun of saying followed by the words it reports: "auf die Forderung des CSU-Vorsitzenden Edmund Stoiber, in
 * der Gesundheitspolitik auf die SPD zuzugehen", "Die Experten kamen zu dem Ergebnis, dass …". The source is the
 * noun's genitive or "von" attribute, else the sentence's subject when the noun is its verb's object.
 */
function nounFrame(v: View, first: number, last: number): { frame: Frame; message: Range } | undefined {
  for (let n = first; n < last; n++) {
    if (!isSpeechNoun(v, v.word[n] as string) || v.quotedBy[n]) continue
    // the noun's attribute up to the comma: "des CSU-Vorsitzenden Edmund Stoiber", "ihres Trainers, Greg Poss"
    let comma = n + 1
    let source: Range | undefined
    // "die Forderung Preußens, daß …", "trotz der Warnungen Thiers, daß …": a name in the genitive
    if (GENITIVE_NAME.test(v.word[comma] ?? '') && isComma(v, comma + 1) && !v.tokens[comma]?.moods) {
      source = [comma, comma]
      comma++
    } else if (v.lex.genitiveOpeners.has(v.lower[comma] as string)) {
      const np = nounPhraseAfter(v, v.lower[comma] === 'von' ? comma + 1 : comma, last, false)
      if (np) {
        source = np
        comma = np[1] + 1
        // an apposition closed by a comma before the words: "ihres Trainers, Greg Poss, die Zusammenarbeit …"
        const apposition = isComma(v, comma) ? nounPhraseAfter(v, comma + 1, last, false) : undefined
        if (apposition && isComma(v, apposition[1] + 1) && /^\p{Lu}/u.test(v.word[comma + 1] as string)) {
          source = [np[0], apposition[1]]
          comma = apposition[1] + 1
        }
      }
    }
    // "die Vermutung aussprechen, daß …", "die Annahme erweckt wurde, daß …": the verbs of the noun's clause close it
    // "sprach die Überzeugung aus, …": or the particle of its verb
    for (
      let j = 0;
      j < 3 && !isComma(v, comma) && (isVerbForm(v, comma) || isParticleOf(v, first, n, comma));
      j++
    )
      comma++
    if (!isComma(v, comma)) continue
    const from = comma + 1
    let end = withoutFinal(v, from, last)[1]
    // the main clause goes on after the words: "…, dass jemand einen Anschlag geplant hatte, gefunden."
    for (let c = from + 1; c < end; c++) {
      const resumes =
        isFinite(v, c + 1) &&
        /^\p{Ll}/u.test(v.word[c + 1] as string) &&
        !v.lex.relativePronouns.has(v.lower[c + 1] as string)
      // "Der Richter lehnte die Forderung der Verteidigung, Beweise erneut zu prüfen, ab.": the particle closes the frame
      const particle =
        end - c <= 2 &&
        /^\p{Ll}/u.test(v.word[c + 1] as string) &&
        !v.lex.complementizers.has(v.lower[c + 1] as string)
      if (isComma(v, c) && (resumes || particle)) end = c - 1
    }
    if (end - from < 2) continue
    const opener = v.lower[from] as string
    const qualifies =
      CONTENT_CLAUSES.has(opener) ||
      (!startsRelative(v, comma) &&
        !PURPOSE.has(opener) &&
        !v.lex.subordinators.has(opener) &&
        (hasKonjunktiv(v, from, end, false) || containsZuInfinitive(v, from, nextComma(v, from, end))))
    if (!qualifies) continue
    if (!source) {
      // "Die Experten kamen zu dem Ergebnis": the subject of the clause the noun stands in
      const verb = firstFiniteVerb(v, first, n - 1)
      const subject = verb === undefined ? undefined : subjectOf(v, first, verb, n - 1)
      if (
        subject &&
        subject[1] < n &&
        canSpeak(v, subject, first) &&
        !v.lex.determiners.has(v.lower[subject[1]] as string)
      )
        source = subject
    }
    const frame: Frame = { cue: [span(v, n, n)], rule: 'speech/noun' }
    if (source) frame.speaker = source
    return { frame, message: [from, end] }
  }
  return undefined
}

/** "Überzeugung", also in the spelling of old print without capital umlauts: "Ueberzeugung", "Aeußerung". */
function isSpeechNoun(v: View, word: string): boolean {
  const umlaut = word.replace(/^(?:Ae|Oe|Ue)/u, (m) => ({ Ae: 'Ä', Oe: 'Ö', Ue: 'Ü' })[m] as string)
  // "unter dem Vorwande", "des Vorschlages": the dative and genitive endings of old print
  const stem = umlaut.replace(/(?:es|e|s)$/u, '')
  return (
    v.lex.speechNouns.has(word) ||
    v.lex.speechNouns.has(umlaut) ||
    (stem.length > 3 && stem !== umlaut && v.lex.speechNouns.has(stem))
  )
}

/** Whether the word at `k` is the separated particle of a verb in [from, to): "aus" of "sprach … aus". */
function isParticleOf(v: View, from: number, to: number, k: number): boolean {
  for (let j = from; j < to; j++) if (v.tokens[j]?.particle === k) return true
  return false
}

/** A verb in lower case, finite or not: "aussprechen", "erweckt", "wurde". */
function isVerbForm(v: View, k: number): boolean {
  const t = v.tokens[k]
  return (
    !!t && (!!t.moods || t.verbForm !== undefined) && /^\p{Ll}/u.test(v.word[k] as string) && !v.quotedBy[k]
  )
}

function firstFiniteVerb(v: View, first: number, last: number): number | undefined {
  for (let k = first; k <= last; k++) if (isFinite(v, k) && /^\p{Ll}/u.test(v.word[k] as string)) return k
  return undefined
}

/** A finite modal or "werden" before an infinitive cue at `verb`: "will … bekannt geben", "werde … fordern". */
function finiteModalBefore(v: View, first: number, verb: number): number | undefined {
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
 * The subject of a verb at `verbPos`: before it ("Blinken sagte"), the subject of the first verb when the
 * clause goes on after "und" ("Podolski war anwesend und sagte, …"), or after it ("sagte am Freitag Lawrow").
 */
function subjectOf(v: View, first: number, verbPos: number, to: number): Range | undefined {
  const before = nounPhraseBefore(v, first, verbPos)
  // "Der Politik schlug er vor": a nominative pronoun after the verb is the subject, the fronted phrase an object
  if (before && NOMINATIVE_PRONOUNS.has(v.lower[verbPos + 1] as string) && verbPos + 1 <= to)
    return [verbPos + 1, verbPos + 1]
  if (before && canSpeak(v, before, first)) return before
  let j = verbPos - 1
  while (
    j > first &&
    v.lex.stopWords.has(v.lower[j] as string) &&
    !['und', 'sowie'].includes(v.lower[j] as string)
  )
    j--
  if (j > first && ['und', 'sowie'].includes(v.lower[j] as string)) {
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
  return nounPhraseAfter(v, verbPos + 1, to, true)
}

/**
 * Whether the sentence opens with a subordinate clause: "Als er ankam, …" and "Um die Krise zu lösen, …" do,
 * "Um 10:05 Uhr meldete die Website, …" and "Während der Sitzung sagte Müller, …" do not.
 */
function opensSubordinateClause(v: View, first: number, last: number): boolean {
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

/** A subordinate clause of time, cause or condition that fills [first, last] alone: "Als jemand in das Zimmer trat" */
function adverbialClause(v: View, first: number, last: number): boolean {
  // the comma after the clause shows where its verb stands
  if (CONTENT_CLAUSES.has(v.lower[first] as string) || !opensSubordinateClause(v, first, last + 1))
    return false
  for (let k = first; k <= last; k++) if (isComma(v, k)) return false
  // "Seit dem 19. Juni ist die Kamera ausgefallen": a preposition, and a main clause with its verb second
  for (let k = first + 1; k < last - 2; k++)
    if (isFinite(v, k) && /^\p{Ll}/u.test(v.word[k] as string)) return false
  return !hasKonjunktiv(v, first, last, false)
}
const CONTENT_CLAUSES = new Set(['dass', 'daß', 'ob'])
/** a name in the genitive: "Preußens", "Grupps" */
const GENITIVE_NAME = /^\p{Lu}\p{L}+s$/u

/** "Denn wie …", "Doch wie …": conjunctions before a sentence-initial "wie" clause */
const CONJUNCTIONS = new Set(['denn', 'doch', 'aber', 'und', 'auch'])

/** words that open a purpose clause: "um … zu", "ohne … zu" */
const PURPOSE = new Set(['um', 'ohne', 'statt', 'anstatt'])

function hasFiniteVerb(v: View, first: number, last: number): boolean {
  for (let k = first + 1; k <= Math.min(last, first + 6); k++)
    if (
      (v.mood[k] !== undefined || secondPerson(v, first, k)) &&
      !v.lex.complementizers.has(v.lower[first] as string)
    )
      return (
        !['der', 'die', 'das', 'den', 'dem', 'deren', 'dessen', 'denen', 'welche', 'welcher'].includes(
          v.lower[first] as string,
        ) || k > first + 2
      )
  return false
}

/**
 * "Ich glaube, du tust ihm unrecht": a finite verb in the second person, which the third-person moods leave out;
 * not past a colon ("Und sage mir, Fagon: hast du …" asks after the colon, the vocative says nothing).
 */
function secondPerson(v: View, from: number, k: number): boolean {
  if (v.mood[k] !== undefined || !isFinite(v, k) || !/^\p{Ll}/u.test(v.word[k] as string)) return false
  for (let i = from; i < k; i++) if (v.word[i] === ':' || v.word[i] === ';') return false
  return v.tokens[k]?.persons?.some((p) => p.startsWith('2')) === true
}

/**
 * A noun between the cue verb and the comma: "kritisierte die Pläne, die …", "glauben fest an ihre Sicherheit, sie
 * …"; only the "an" phrase of a verb that addresses somebody with it is none ("appellierte an Blinken, die USA …").
 */
function hasObject(v: View, first: number, last: number, addresseeAn: boolean): boolean {
  for (let k = first; k <= last; k++) {
    if (v.lower[k] === 'an' && addresseeAn) return false
    if (v.tokens[k]?.noun || (/^\p{Lu}/u.test(v.word[k] as string) && v.tokens[k]?.kind === 'word'))
      return true
  }
  return false
}

function nextComma(v: View, from: number, to: number): number {
  for (let k = from; k <= to; k++) if (isComma(v, k)) return k - 1
  return to
}

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
    const genitive = ['des', 'der'].includes(v.lower[end + 1] as string)
    if (!genitive && !SOURCE_ATTRIBUTES.has(v.lower[end + 1] as string)) break
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
    if (appositionEnd !== undefined && isComma(v, appositionEnd + 1) && isFinite(v, appositionEnd + 2))
      end = appositionEnd
  }
  return [np[0], end]
}

const SOURCE_ATTRIBUTES = new Set(['für', 'ohne', 'von', 'vom', 'aus'])

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
      if (np)
        return { frame: { cue: [span(v, k, k)], speaker: np, rule: 'speech/laut' }, frameRange: [k, np[1]] }
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
        frame: { cue: [span(v, k, k)], speaker: np, rule: 'speech/nach-angaben' },
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
            frame: { cue: [span(v, k, k)], speaker: np, rule: 'speech/zufolge' },
            frameRange: [np[0], k],
          }
      }
    }
    if (v.lex.referenceAdverbs.has(w)) {
      // "…, zurückgewiesen, wonach UN-Inspektoren Zutritt verweigert worden sei": the words are the clause after it
      const relative = k > first + 1 && isComma(v, k - 1) ? relativeReport(v, first, k, last) : undefined
      if (relative) return relative
      return { frame: { cue: [span(v, k, k)], speaker: [k, k], rule: 'speech/demnach' }, frameRange: [k, k] }
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
      isFinite(v, c + 1) &&
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
    frame: { cue: [span(v, k, k)], speaker, rule: 'speech/wonach' },
    frameRange: [k, k],
    message: [k + 1, end],
  }
}

/** "Lawrow: Blinken sagte schriftliche Antwort zu" — a heading that gives somebody's words. */
function headingAttribution(v: View, first: number, last: number): FoundQuote | undefined {
  for (let k = first + 1; k <= Math.min(first + 3, last - 1); k++) {
    if (v.word[k] !== ':') continue
    // "GB: Soldaten ins Baltikum" names a topic, not a speaker
    if (k === first + 1 && /^\p{Lu}{1,3}$/u.test(v.word[first] as string)) return undefined
    for (let n = first; n < k; n++) if (!/^\p{Lu}/u.test(v.word[n] as string)) return undefined
    return {
      span: span(v, k + 1, last),
      kind: 'indirect',
      speakerMention: span(v, first, k - 1),
      cue: [span(v, k, k)],
      nested: false,
      rule: 'speech/heading-attribution',
      sentence: v.tokens[first]?.sentence ?? 0,
    }
  }
  return undefined
}

function quote(
  v: View,
  range: Range,
  kind: Quote['kind'],
  frame: Frame | undefined,
  sentence: number,
): FoundQuote {
  const q: FoundQuote = {
    span: span(v, range[0], range[1]),
    kind,
    nested: false,
    rule: frame?.rule ?? 'speech/continuation',
    sentence,
  }
  if (frame) {
    q.cue = frame.cue
    if (frame.speaker) q.speakerMention = span(v, frame.speaker[0], frame.speaker[1])
    if (frame.antecedent) q.antecedent = span(v, frame.antecedent[0], frame.antecedent[1])
    if (frame.addressee) q.addresseeMention = span(v, frame.addressee[0], frame.addressee[1])
    if (frame.via) q.viaMentions = [span(v, frame.via[0], frame.via[1])]
    if (frame.medium) q.medium = frame.medium
  }
  return q
}

/** mixed when quoted words stand inside the reported ones: Das Treffen sei „offen und nützlich“ gewesen */
function kindOf(v: View, range: Range): Quote['kind'] {
  const q = v.quotedBy[range[0]]
  if (q && q.open === range[0] && (q.close === range[1] || q.close === range[1] - 1)) return 'direct'
  for (let k = range[0]; k <= range[1]; k++) {
    const f = v.fragmentOf[k]
    if ((f && !f.nameLike) || v.quotedBy[k]) return 'mixed'
  }
  return 'indirect'
}

export interface SpeechOptions {
  /** sentences that are not running text (figure descriptions, credits) */
  skipSentence: (sentence: number) => boolean
  /** sentences that are headings or the title */
  isHeading: (sentence: number) => boolean
}

/** Finds direct, indirect, mixed and reported speech sentence by sentence, then carries speakers on. */
export function findQuotes(doc: Document, lex: SpeechLexicon, options: SpeechOptions): FoundQuote[] {
  const v = buildView(doc, lex)
  const found = scan(v, options, false)
  // "»Ich glaube nur, daß wir nicht mehr so glücklich werden«": speech reported inside somebody's own words
  const unmarked: Quotation[] = []
  // "sagte: Ich weiß, daß heute mein letzter Tag ist": the unquoted words after a colon hold speech the same way
  for (const q of found) {
    if (q.kind !== 'direct' || q.nested) continue
    const first = v.tokens.findIndex((t) => t.span[0] >= q.span[0])
    const last = tokenAt(v, q.span[1])
    if (first < 1 || last === undefined || v.quotedBy[first] || last - first < 5) continue
    unmarked.push({ open: first - 1, close: last + 1, full: true, nameLike: false })
  }
  for (const q of [...v.quotations, ...unmarked]) {
    if (!q.full || q.close - q.open < 5) continue
    for (const inner of scan(innerView(v, q), options, true)) {
      inner.nested = true
      found.push(inner)
    }
  }
  return found.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1])
}

/**
 * The speech of every sentence range of a view. `framedOnly`: inside a quotation only speech with a frame counts;
 * a speaker's own "ich habe" would read as Konjunktiv I.
 */
function scan(v: View, options: SpeechOptions, framedOnly: boolean): FoundQuote[] {
  const found: FoundQuote[] = []
  const directDone = new Set<Quotation>()
  /** the last sentence that held speech, and its frame */
  let context: { sentence: number; quote: FoundQuote } | undefined
  const inContextAt = (s: number) => context !== undefined && context.sentence >= s - 2

  v.range.forEach(([first, last], s) => {
    if (first < 0 || options.skipSentence(s)) return
    const before = found.length
    if (options.isHeading(s)) {
      const h = headingAttribution(v, first, last)
      if (h) found.push(h)
      return
    }
    const cuts = commas(v, first, last)
    let top: FoundQuote | undefined
    let also: FoundQuote | undefined

    // "Die FDP schließt eine Ampel aus. Dies bestätigte Westerwelle am Abend." — the frame follows its words
    const back =
      s > 0 && !framedOnly && !options.skipSentence(s - 1) && !options.isHeading(s - 1)
        ? anaphoricFrame(v, first, last)
        : undefined
    const previous = v.range[s - 1]
    if (back && previous && previous[0] >= 0) {
      const unframed = (q: FoundQuote) => q.sentence === s - 1 && !q.cue?.length
      const stale = found.filter(unframed)
      const framed = found.some((q) => q.sentence === s - 1 && !unframed(q) && !q.nested)
      if (!framed) {
        for (const q of stale) found.splice(found.indexOf(q), 1)
        // a quotation of several sentences that closes in the sentence before starts where it opens
        const q0 = v.quotedBy[previous[1]] ?? v.quotedBy[previous[1] - 1] ?? v.quotedBy[previous[0]]
        const start = q0 && q0.close >= previous[1] - 1 ? Math.min(q0.open, previous[0]) : previous[0]
        const kind = q0 && q0.open === start && q0.close >= previous[1] - 1 ? 'direct' : 'indirect'
        const q = quote(v, [start, back.pronoun], kind, back.frame, s)
        if (q0) directDone.add(q0)
        found.push(q)
        context = { sentence: s, quote: q }
        return
      }
    }

    // direct quotations that start in this sentence
    const directs = v.quotations.filter(
      (q) => q.full && q.open >= first && q.open <= last && !directDone.has(q),
    )

    // "…, sagte Lawrow." — the last comma whose clause is a frame
    for (let c = cuts.length - 1; c >= 0 && !top; c--) {
      const comma = cuts[c] as number
      const quoted = v.quotedBy[comma - 1]
      // "…, so Blinken." closes any words; "Sein Rivale McCain, so Obama weiter, würde …" stands inside them
      const soFrame = v.lower[comma + 1] === 'so' ? soFrameEnd(v, comma, cuts[c + 1], last) : undefined
      // "…, wie Burt Rutan, Chef der Firma, mitteilte." closes the sentence across its apposition
      const wie = v.lower[comma + 1] === 'wie' ? wieClause(v, comma + 1, last) : undefined
      const wieToEnd = wie !== undefined && wie.end === withoutFinal(v, comma, last)[1]
      // "Die Lage, sagte Lawrow, sei ernst": a frame between commas inside words in Konjunktiv I
      const inside = !quoted && !soFrame ? insideFrame(v, first, comma, cuts[c + 1], last) : undefined
      if (inside) {
        const range = withoutFinal(v, first, last)
        top = quote(v, range, kindOf(v, range), inside, s)
        break
      }
      if (!quoted && !soFrame && !wieToEnd && !frameCanClose(v, first, comma, cuts[c + 1], cuts[0] as number))
        continue
      const frame = frameAfter(v, comma, last)
      if (!frame) continue
      // "Schon bald spürten sie Brandgeruch, ahnten aber keine Gefahr": a thought closes only reported words
      if (frame.medium === 'thought' && !quoted && !hasKonjunktiv(v, first, comma - 1, true)) continue
      // "Als jemand eintrat, fragte sie: »…«": the frame introduces the words after its colon
      if (frame.speaker && v.word[frame.speaker[1] + 1] === ':') continue
      // "Als der Bauer kein Brot mehr fand, rief er …": an adverbial clause is nobody's words
      if (!quoted && adverbialClause(v, first, comma - 1)) continue
      // "Es steht unserer Universität, wie wir vernehmen, ein neuer Verlust bevor": a "wie" frame inside the words
      const next = cuts[c + 1]
      // "Es waren, wie gesagt, nicht die Blaumaler": a "wie" clause without a speaker frames only at the end
      if (frame.rule === 'speech/wie-clause' && !frame.speaker && !wieToEnd) continue
      const wieInside =
        frame.rule === 'speech/wie-clause' &&
        next !== undefined &&
        wie?.end === next - 1 &&
        next < withoutFinal(v, first, last)[1]
      if (soFrame === 'inside' || wieInside) {
        const range = withoutFinal(v, first, last)
        top = quote(v, range, kindOf(v, range), frame, s)
        break
      }
      let from = first
      if (quoted && quoted.close === comma - 1) from = Math.max(first, Math.min(from, quoted.open))
      const range: Range = [quoted && quoted.close === comma - 1 ? quoted.open : from, comma - 1]
      if (range[1] - range[0] < 1) continue
      // "Hier ist Euer deutscher Paß, sagte der Sekretär": words in the speaker's own person, without quotation
      // marks and without Konjunktiv, are direct speech
      const kind = kindOf(v, range)
      const own = kind === 'indirect' && !hasKonjunktiv(v, range[0], range[1], true) && inPerson(v, range)
      top = quote(v, range, own ? 'direct' : kind, frame, s)
      if (quoted) directDone.add(quoted)
    }
    // "Wie sein Anwalt mitteilte, brach er …"
    // "Denn wie die „Bild“-Zeitung berichtete, leidet …": a conjunction may open the sentence
    const wieAt =
      v.lower[first] === 'wie'
        ? first
        : CONJUNCTIONS.has(v.lower[first] as string) && v.lower[first + 1] === 'wie'
          ? first + 1
          : -1
    if (!top && wieAt >= 0 && cuts.length > 0) {
      const frame = wieClause(v, wieAt, last)
      if (frame && isComma(v, frame.end + 1)) {
        const range = withoutFinal(v, frame.end + 2, last)
        top = quote(v, range, kindOf(v, range), frame, s)
      }
    }
    // "Ob er es angewendet hat, wissen wir nicht anzugeben": a content clause before the main clause of its cue verb
    if (!top) {
      const fronted = frontedClauseFrame(v, first, last, cuts)
      if (fronted) top = quote(v, fronted.message, kindOf(v, fronted.message), fronted.frame, s)
    }
    // "Lawrow sagte, …" | "Blinken wies darauf hin, dass …"
    if (!top) {
      const before =
        frameBefore(v, first, last, cuts) ??
        impersonalFrameBefore(v, first, last, cuts) ??
        coordinatedFrameBefore(v, last, cuts) ??
        embeddedFrameBefore(v, first, last, cuts) ??
        zuFrameBefore(v, first, last) ??
        experiencerFrame(v, first, cuts)
      // "Er hoffe, dass …" after Lawrow's words: the whole sentence goes on reporting him
      // "Ich glaube, es gibt …" stays the speaker's own frame: with "ich" the form is indicative
      const firstPerson = before?.frame.speaker && v.lower[before.frame.speaker[0]] === 'ich'
      const reportedFrame =
        before && !firstPerson && inContextAt(s) && frameInKonjunktiv(v, first, before, cuts)
      if (before && !reportedFrame) {
        const q = v.quotedBy[before.from]
        let range: Range =
          q && q.open === before.from
            ? [q.open, q.close]
            : untilFrameGoesOn(v, withoutFinal(v, before.from, last), cuts)
        let kind = kindOf(v, range)
        // "Der Förster erwiderte: Was hülfe es, wenn ich das sagte!": after a colon, words without Konjunktiv I
        // are the speaker's own, quotation marks or not
        if (
          kind === 'indirect' &&
          v.word[before.from - 1] === ':' &&
          !hasKonjunktiv(v, range[0], range[1], false)
        ) {
          kind = 'direct'
          if (range[1] === withoutFinal(v, before.from, last)[1]) range = [range[0], last]
        }
        top = quote(v, range, kind, before.frame, s)
        if (q) directDone.add(q)
        // "…, daß es gewonnen Spiel habe, meinte, die Eltern wüßten …": a second frame after the first one's words
        const rest = cuts.filter((c) => c > range[1])
        const second =
          kind !== 'direct' && rest.length > 0 && !framedOnly
            ? embeddedFrameBefore(v, (rest[0] as number) + 1, last, rest)
            : undefined
        if (second && second.from > range[1] && !v.quotedBy[second.from]) {
          const range2 = untilFrameGoesOn(v, withoutFinal(v, second.from, last), cuts)
          if (range2[1] > range2[0]) also = quote(v, range2, kindOf(v, range2), second.frame, s)
        }
      }
    }
    // "laut einem Bericht", "X zufolge", "nach Angaben von X", "demnach"
    if (!top) {
      const marker = attributionMarker(v, first, last)
      if (marker) {
        let range = withoutFinal(v, first, last)
        if (marker.message) range = marker.message
        else if (marker.frameRange[0] <= first + 1)
          range = [Math.min(marker.frameRange[1] + 1, range[1]), range[1]]
        else if (marker.frameRange[1] >= range[1] - 1) range = [range[0], marker.frameRange[0] - 1]
        while (range[1] > range[0] && isComma(v, range[1])) range[1]--
        while (range[0] < range[1] && isComma(v, range[0])) range[0]++
        top = quote(v, range, kindOf(v, range), marker.frame, s)
        if (marker.frame.rule === 'speech/demnach') sourceOfDemnach(v, top, found, s)
      }
    }
    if (top) found.push(top)
    if (also) found.push(also)

    // direct quotations not claimed by a frame: speaker from this sentence's cue verb or from the context
    for (const q of directs) {
      if (directDone.has(q)) continue
      // "Damit seien „der Kurs … nicht mehr so klar“.": quoted words inside a sentence in Konjunktiv I after
      // somebody's report go on with that report, as mixed speech
      if (
        !top &&
        !framedOnly &&
        inContextAt(s) &&
        q.open > first &&
        hasKonjunktiv(v, first, q.open - 1, false)
      )
        continue
      directDone.add(q)
      const dq = quote(v, [q.open, q.close], 'direct', undefined, s)
      dq.rule = 'speech/direct'
      const frame = directFrame(v, q, first, last)
      if (frame) Object.assign(dq, quote(v, [q.open, q.close], 'direct', frame, s), { rule: frame.rule })
      else if (inContextAt(s) && context?.quote.speakerMention) {
        // „Wir haben deutlich gemacht, …“ after „…“, so Blinken: the same speaker goes on
        dq.rule = 'speech/direct-continued'
        dq.speakerMention = context.quote.speakerMention
        if (context.quote.antecedent) dq.antecedent = context.quote.antecedent
      }
      found.push(dq)
      if (!top) top = dq
    }

    // "die Forderung des CSU-Vorsitzenden Edmund Stoiber, auf die SPD zuzugehen": words after a noun of saying
    if (!top && !framedOnly) {
      const nominal = nounFrame(v, first, last)
      if (nominal) {
        top = quote(v, nominal.message, kindOf(v, nominal.message), nominal.frame, s)
        found.push(top)
      }
    }

    // reported speech acts: "Blinken warnte Moskau … vor einem Einmarsch", "forderte den Abzug von NATO-Truppen"
    if (!top && !framedOnly) {
      const reported = reportedAct(v, first, last, cuts)
      if (reported) {
        top = quote(v, [first, last], 'reported', reported, s)
        found.push(top)
      }
    }

    // continuation: Konjunktiv sentences after somebody's words are theirs ("Danach werde man weitersehen.");
    // so is reportative "sollen" ("Er soll zwei Menschen eingeschleust haben"), which needs no context with a
    // perfect infinitive
    if (!top && !framedOnly) {
      const inContext = inContextAt(s)
      const reportative = reportativeSollen(v, first, last)
      // "…, daß ich weinen hätte mögen": a narrator in the first person states his own hypothesis in Konjunktiv II
      const k2 =
        !inContext || firstPersonNarrator(v, first, last)
          ? false
          : context && context.sentence >= s - 1
            ? true
            : 'plural'
      const konjunktiv =
        hasKonjunktiv(v, first, last, k2) &&
        !hasIndicativeOnly(v, first, last) &&
        !narratedAroundKonjunktiv(v, first, last, k2) &&
        !optative(v, last) &&
        (inContext || !opensSubordinateClause(v, first, last))
      if (konjunktiv || (reportative && (inContext || reportative === 'perfect'))) {
        const lead = konjunktiv ? narratorLead(v, first, cuts) : { start: first }
        const range: Range = [lead.start, last]
        const previous = context?.quote
        const q = quote(
          v,
          range,
          !konjunktiv ? 'freeIndirect' : kindOf(v, range) === 'mixed' ? 'mixed' : 'indirect',
          undefined,
          s,
        )
        if (lead.speaker) q.speakerMention = span(v, lead.speaker[0], lead.speaker[1])
        else if (inContext && previous) {
          if (previous.speakerMention) q.speakerMention = previous.speakerMention
          if (previous.antecedent) q.antecedent = previous.antecedent
          if (previous.medium && previous.medium !== 'thought') q.medium = previous.medium
        }
        // a continuation straight after another one of the same speaker extends it, past speech nested in that one
        const last0 = found.findLast((o) => !o.nested)
        // hearsay "soll" and Konjunktiv stay apart: "Die Demonstranten sollen … geführt haben. Dabei seien …"
        const sameKind = (last0?.kind === 'freeIndirect') === (q.kind === 'freeIndirect')
        if (
          last0 &&
          last0.rule === 'speech/continuation' &&
          last0.sentence === s - 1 &&
          last0.speakerMention === q.speakerMention &&
          inContext &&
          sameKind
        ) {
          last0.span = [last0.span[0], q.span[1]]
          last0.sentence = s
          if (q.kind === 'mixed') last0.kind = 'mixed'
        } else found.push(q)
        top = q
        // quotations inside continue as nested direct speech
        for (const dq of found.slice(before)) if (dq !== q && dq.kind === 'direct') dq.nested = true
      }
    }
    if (found.length > before)
      context = { sentence: s, quote: also ?? top ?? (found[found.length - 1] as FoundQuote) }
    else if (top && context) context = { sentence: s, quote: context.quote }
    // nested cue-before speech inside a cue-after statement: "Blinken habe ihm zugesichert, dass …, sagte Lawrow."
    if (top && top.rule !== 'speech/cue-before' && top.kind !== 'direct') {
      const inner = frameBefore(v, first, last, cuts)
      if (inner && inner.frame.speaker) {
        const end = tokenAt(v, top.span[1])
        if (end !== undefined && inner.from <= end) {
          const nested = quote(v, [inner.from, end], kindOf(v, [inner.from, end]), inner.frame, s)
          nested.nested = true
          found.push(nested)
        }
      }
    }
  })
  // direct speech nested in a larger quote of the same sentence
  for (const q of found) {
    if (q.nested) continue
    if (
      found.some(
        (o) =>
          o !== q &&
          !o.nested &&
          o.span[0] <= q.span[0] &&
          q.span[1] <= o.span[1] &&
          o.span[1] - o.span[0] > q.span[1] - q.span[0],
      )
    )
      q.nested = true
  }
  return found
}

/**
 * Whether the clause of a frame before its words is itself in Konjunktiv I: "Er hoffe, dass …", "Sie müsse in die
 * Stadt, und so wolle sie fragen, ob …", "In einer Sitzung sei beschlossen worden, …" (its finite verb, cue or not).
 */
function frameInKonjunktiv(v: View, first: number, before: CueBefore, cuts: readonly number[]): boolean {
  const cue = tokenAt(v, (before.frame.cue[0] as Span)[1]) ?? first
  let start = first
  for (const c of cuts) if (c < cue && c > start) start = c + 1
  for (let k = start; k < before.from; k++) if (v.mood[k] === 'k1' && !v.quotedBy[k]) return true
  return false
}

function tokenAt(v: View, end: number): number | undefined {
  for (let k = v.tokens.length - 1; k >= 0; k--) if ((v.tokens[k] as { span: Span }).span[1] <= end) return k
  return undefined
}

/** The frame of a quotation inside its sentence: "Lawrow sagte: „…“", "In seiner Pressemitteilung resümiert Lierow: „…“". */
function directFrame(v: View, q: Quotation, first: number, last: number): Frame | undefined {
  // frame before the quotation
  for (let k = first; k < q.open; k++) {
    const cue = cueVerbAt(v, k, first, q.open - 1)
    if (!cue) continue
    const speaker = subjectOf(v, first, k, q.open - 1)
    return {
      cue: cueSpans(v, k),
      ...(speaker ? { speaker } : {}),
      rule: 'speech/direct-cue-before',
      ...(cue.medium ? { medium: cue.medium } : {}),
    }
  }
  // "BKA-Präsident Ziercke: „…“", "Ali bekannte sich zu einem Dialog mit dem Islam: „…“": a colon without a cue verb
  const colon = q.open - 1
  if (v.word[colon] === ':' && colon > first) {
    const verb = firstFiniteVerb(v, first, colon - 1)
    const speaker =
      verb === undefined ? nounPhraseAfter(v, first, colon - 1, false) : subjectOf(v, first, verb, colon - 1)
    if (speaker && (verb !== undefined || speaker[1] === colon - 1) && canSpeak(v, speaker, first))
      return { cue: [], speaker, rule: 'speech/direct-colon' }
  }
  // frame after the quotation: "„…“ sagte er." | "„…“, so Blinken."
  if (q.close < last) {
    const c = v.word[q.close + 1] === ',' ? q.close + 1 : q.close
    const frame = frameAfter(v, c, last)
    if (frame) return frame
  }
  return undefined
}

/** "UNICEF schätzt die Zahl auf 150 Millionen": a verb that reports with one of its words in the clause. */
function reportedWith(v: View, cue: CueVerb, first: number, last: number): boolean {
  if (!cue.reportedWith) return false
  for (let k = first; k <= last; k++) if (cue.reportedWith.includes(v.lower[k] as string)) return true
  return false
}

/** A speech verb with a noun object as the main verb: "Das russische Außenministerium forderte den Abzug …". */
function reportedAct(v: View, first: number, last: number, cuts: number[]): Frame | undefined {
  if (opensSubordinateClause(v, first, last)) return undefined
  // "Der CSU-Vorsitzende, Edmund Stoiber, warf der SPD … vor": the main clause goes on after an apposition
  let end = cuts[0] ?? last
  if (cuts[0] !== undefined && !hasVerb(v, first, cuts[0] - 1)) {
    // "Albrecht Conze, der politische Direktor der UN-Mission im Kongo, bezeichnete …", "A, B und C werfen … vor"
    const verb = firstFiniteVerb(v, first, last)
    if (verb !== undefined && nounPhraseBefore(v, first, verb)) end = cuts.find((c) => c > verb) ?? last
  }
  for (let k = first; k <= end; k++) {
    const t = v.tokens[k]
    if (!t?.moods || v.quotedBy[k] || !/^\p{Ll}/u.test(v.word[k] as string)) continue
    let cue = cueVerbAt(v, k, first, last)
    let cueAt = k
    let aux: number | undefined
    // "Nach der dritten Notlandung hat die Enac Inspektionen angeordnet", "hatte Fox um die Herausgabe gebeten"
    // "haben" only: "wurde bestätigt", "sind angeklagt" are passives that hide who spoke
    if (!cue && t.lemma === 'haben') {
      const participle = withoutFinal(v, k, end === last ? last : end - 1)[1]
      if (v.tokens[participle]?.verbForm === 'participle') {
        cue = cueVerbAt(v, participle, first, last)
        cueAt = participle
        aux = k
      }
    }
    // "Die Forderungen wurden von Minister Stolpe als unrealistisch bezeichnet": a passive names its speaker after "von"
    if (!cue && t.lemma === 'werden') {
      const participle = withoutFinal(v, k, end === last ? last : end - 1)[1]
      const passive =
        v.tokens[participle]?.verbForm === 'participle' ? cueVerbAt(v, participle, first, last) : undefined
      const agent =
        passive && (passive.reported || reportedWith(v, passive, first, last))
          ? agentOf(v, k + 1, participle - 1)
          : undefined
      if (!passive || !agent || v.mood[k] === 'k1') return undefined
      const frame: Frame = {
        cue: cueSpans(v, participle, k),
        speaker: agent,
        rule: 'speech/reported-passive',
        ...(passive.medium ? { medium: passive.medium } : {}),
      }
      return frame
    }
    // only the first finite verb can be the main verb; "Blinken habe ihn aufgefordert" goes on somebody's words
    if (!cue || !(cue.reported || reportedWith(v, cue, first, last)) || v.mood[k] === 'k1') return undefined
    let speaker = nounPhraseBefore(v, first, k)
    // "Seinen Ausstieg hatte Delmare angekündigt": a fronted object leaves the subject after the verb
    if (!speaker || !canSpeak(v, speaker, first))
      speaker = nounPhraseAfter(v, k + 1, aux !== undefined ? cueAt - 1 : end, true)
    // "Eine Verschiebung des Wahltermins bezeichnete er als fatal": a nominative pronoun after the verb is the subject
    else if (NOMINATIVE_PRONOUNS.has(v.lower[k + 1] as string)) speaker = [k + 1, k + 1]
    if (!speaker || !canSpeak(v, speaker, first)) return undefined
    const frame: Frame = {
      cue: cueSpans(v, cueAt, aux),
      speaker,
      rule: 'speech/reported',
      ...(cue.medium ? { medium: cue.medium } : {}),
    }
    const addressee = addresseeOf(v, cue, cueAt, speaker, end)
    if (addressee && addressee[0] !== speaker[0]) frame.addressee = addressee
    return frame
  }
  return undefined
}

/** The agent of a passive: "von Bundesverkehrsminister Manfred Stolpe", "vom Amtsgericht Berlin-Tiergarten". */
function agentOf(v: View, from: number, to: number): Range | undefined {
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

const NOMINATIVE_PRONOUNS = new Set(['er', 'ich', 'wir'])
const ADJECTIVE_BEFORE_NOUN = /^\p{Ll}[\p{L}-]*(?:e|en|er|es|em)$/u
const DATIVE = new Set(['ihm', 'ihr', 'ihnen', 'dem', 'einem', 'mir', 'uns', 'euch', 'diesem'])
/** articles no subject opens with: accusative and genitive ("Seinen Ausstieg hatte Delmare angekündigt", "des Rechtsextremismus") */
const NOT_NOMINATIVE = new Set([
  'den',
  'einen',
  'seinen',
  'ihren',
  'unseren',
  'diesen',
  'keinen',
  'des',
  'eines',
  'seines',
  'ihres',
])

/**
 * Whether a noun phrase can be the one who speaks: not a dative ("Ihm drohen 20 Jahre Haft") and not a lone
 * sentence-opening adverb ("Derzeit bieten …", "Alternativ bietet …") that no entity or noun reading backs.
 */
function canSpeak(v: View, np: Range, first: number): boolean {
  // "Ihr Vorsitzender Eberhard Brandt erklärte": before a noun "ihr" is a possessive, not a dative
  const possessive = v.lower[np[0]] === 'ihr' && np[1] > np[0]
  if ((DATIVE.has(v.lower[np[0]] as string) && !possessive) || NOT_NOMINATIVE.has(v.lower[np[0]] as string))
    return false
  // a lone opening word speaks when it is a name or a noun ("Ohrenzeugen berichteten …"), not an adverb ("Zudem")
  const word = v.word[np[0]] as string
  if (np[0] === np[1] && v.lex.demonstrativeSpeakers.has(v.lower[np[0]] as string)) return true
  if (
    np[0] === np[1] &&
    np[0] === first &&
    !v.tokens[np[0]]?.noun &&
    !v.entityAt[np[0]] &&
    !v.lex.pronouns.has(word)
  ) {
    if (
      v.lex.sentenceStarters.has(word) ||
      v.lex.stopWords.has(word.toLowerCase()) ||
      /(?:weise|mals|dings|dessen|falls|ends|wärts)$/u.test(word)
    )
      return false
    // "Besorgt äußerte sich Kofi Annan": a fronted participle
    if (v.lex.german.verbs.get(word.toLowerCase())?.some((r) => r.form === 'participle')) return false
  }
  return true
}
