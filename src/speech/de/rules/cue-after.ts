import { hasVerb, isColon, laterVerb, nextComma, pastStopWords, startsRelative } from '../clauses.ts'
import { cueSpans, type Frame, kindOf, quote, type Range, span, TERMINAL, withoutFinal } from '../frame.ts'
import { adverbialClause, hasKonjunktiv, reportativeSollen } from '../mood.ts'
import { nounPhraseAfter } from '../noun-phrase.ts'
import { canSpeak, inPerson, viaIn } from '../roles.ts'
import { claim, type GermanRule } from '../sentence-state.ts'
import { cueVerbAt, isFiniteVerb, type View } from '../sentence-view.ts'
import { wieClause } from './wie-clause.ts'

/** A frame after a comma: "…, sagte Lawrow.", "…, kündigte er an.", "…, so Blinken weiter.", "…, hieß es in einer Erklärung des Geheimdienstes." */
export function frameAfter(v: View, c: number, last: number): Frame | undefined {
  const first = c + 1
  if (first > last) return undefined
  const w = v.lower[first] as string
  // "…, so Blinken weiter."
  if (w === 'so') {
    const speaker = soSpeaker(v, first + 1, last)
    if (!speaker) return undefined
    return { cue: [span(v, first, first)], speaker, rule: 'de/so-after' }
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
      const frame: Frame = { cue: [span(v, first, end)], rule: 'de/impersonal-after' }
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
      rule: 'de/cue-after',
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
          rule: 'de/cue-after-perfect',
          ...(pcue.medium ? { medium: pcue.medium } : {}),
        }
      }
    }
  }
  return undefined
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
    isFiniteVerb(v, k)
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
    v.lower[comma + 1] === 'so' && isFiniteVerb(v, comma + 2) ? comma + 1 : comma,
    next - 1,
  )
  if (!frame?.speaker || frame.rule !== 'de/cue-after') return undefined
  return pastStopWords(v, frame.speaker[1] + 1, next - 1) === next ? frame : undefined
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

/** "…, sagte Lawrow." — the words before the last comma whose clause is a frame. */
export const cueAfterRule: GermanRule = {
  id: 'de/cue-after',
  example: 'Das Treffen sei „offen und nützlich“ gewesen, sagte Lawrow.',
  description: 'a frame after the words closes the sentence',
  makes: [
    {
      id: 'de/cue-after',
      example: 'Der Dialog werde fortgesetzt, kündigte er an.',
      description: 'a cue verb and its speaker after the words',
    },
    {
      id: 'de/cue-after-perfect',
      example: 'Man werde weiter verhandeln, hatte Blinken bereits zum Auftakt gesagt.',
      description: 'an auxiliary, the speaker and the participle of a cue verb after the words',
    },
    {
      id: 'de/so-after',
      example: '„Das ist eine Frage der Zeit“, so Blinken weiter.',
      description: '"so" and the speaker after the words',
    },
    {
      id: 'de/impersonal-after',
      example: 'Die Lage sei ernst, hieß es in einer Erklärung des Geheimdienstes.',
      description: 'an impersonal frame ("hieß es") after the words',
    },
  ],
  apply(st) {
    const { v, s, first, last, cuts } = st
    for (let c = cuts.length - 1; c >= 0 && !st.top; c--) {
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
        claim(st, quote(v, range, kindOf(v, range), inside, s))
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
      if (frame.rule === 'de/wie-clause' && !frame.speaker && !wieToEnd) continue
      const wieInside =
        frame.rule === 'de/wie-clause' &&
        next !== undefined &&
        wie?.end === next - 1 &&
        next < withoutFinal(v, first, last)[1]
      if (soFrame === 'inside' || wieInside) {
        const range = withoutFinal(v, first, last)
        claim(st, quote(v, range, kindOf(v, range), frame, s))
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
      claim(st, quote(v, range, own ? 'direct' : kind, frame, s))
      if (quoted) st.directDone.add(quoted)
    }
  },
}
