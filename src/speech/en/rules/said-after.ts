import { type Phrase, phraseAfter, subjectBefore } from '../noun-phrase.ts'
import { closesQuotation } from '../sentence-view.ts'
import { cueAfterSubject, cueAt, type EnglishRule, type EnglishState, note } from '../state.ts'
import { viaAfter } from '../via.ts'

const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD'])
const CLOSING_MARKS = new Set([',', '?', '!', '—', '–'])

/**
 * Whether token `i` ends somebody's words before their frame: a comma ("The deal is dead, Kerry said"), or a
 * closing quotation mark after a comma, question or exclamation mark ("'We will not back down,' Kerry said").
 */
function closesWords(state: EnglishState, i: number): boolean {
  const t = state.view.tokens[i]
  if (!t || i < state.first) return false
  if (closesQuotation(state.view, i)) {
    const before = state.view.tokens[i - 1]
    return before !== undefined && CLOSING_MARKS.has(before.text)
  }
  return t.text === ',' && !state.view.quoted[i]
}

/**
 * Whether the frame closes its words: nothing after it but an adverbial without a finite verb ("in a statement on
 * Tuesday"), a comma that closes a frame between commas, or the second half of a split quotation.
 */
function closesSentence(state: EnglishState, from: number, quoted: boolean): boolean {
  for (let k = from; k < state.end; k++) {
    const t = state.view.tokens[k]
    if (!t) break
    // '"We," he said, "will win."'; but 'In a 1963 speech, Wallace said, "…"' frames the quotation after it
    if ((t.text === ',' || t.text === ':') && state.view.partner[k + 1] !== undefined) return quoted
    // '"…", it added; and, later, "…"': the sentence goes on with another clause
    if (t.text === ';') return true
    // "…," McCain said, citing low economic growth
    if (t.text === ',' && state.lex.participleCues.has(state.view.tokens[k + 1]?.lower ?? '')) return true
    // a frame between commas: "The emails were on work-related topics, the Times said, including speeches";
    // the words before it are taken, those after it are the second part PolNeAR joins to them
    if (t.text === ',' && k === from) return true
    // "…," he told cheering supporters in Nashua, N.H. on Monday: a comma alone opens no clause of the narrator's
    if (FINITE.has(t.pos) && !state.view.quoted[k]) return false
    // "During the meeting, Rubio told reporters that …": the frame's words follow it
    if (state.lex.complementizers.has(t.lower) && !state.view.quoted[k]) return false
  }
  return true
}

/**
 * "said Robert Klein, chairman of the California Institute for Regenerative Medicine.": an inverted speaker with the
 * apposition that closes the sentence, which PolNeAR's sources hold; not when a clause of its own follows.
 */
function withApposition(state: EnglishState, speaker: Phrase): Phrase {
  if (state.view.tokens[speaker.end]?.text !== ',') return speaker
  let end = state.end
  while (end > speaker.end && state.view.tokens[end - 1]?.kind === 'punct') end--
  if (end <= speaker.end + 1) return speaker
  for (let k = speaker.end + 1; k < end; k++) {
    const t = state.view.tokens[k]
    if (!t || state.view.quoted[k] || t.kind === 'quote' || FINITE.has(t.pos) || t.pos === 'VBG')
      return speaker
    if (state.lex.participleCues.has(t.lower) || state.lex.viaCues.has(t.lower)) return speaker
  }
  return { first: speaker.first, end }
}

/** Whether the words before a frame ending at `boundary` close a quotation: "'…,' he said" */
function quotedBefore(state: EnglishState, boundary: number): boolean {
  return closesQuotation(state.view, boundary) || closesQuotation(state.view, boundary - 1)
}

/** The words before the frame that ends at token `boundary`: the quotation it closes, else the sentence so far. */
function wordsBefore(state: EnglishState, boundary: number): Phrase | undefined {
  let close = boundary
  const t = state.view.tokens[boundary]
  if (t?.text === ',' && closesQuotation(state.view, boundary - 1)) close = boundary - 1
  const open = state.view.partner[close]
  // a quotation that opens the sentence (or opened in one before) holds all the words; one after the sentence's
  // first words is part of them: 'The meeting was "open and useful", Lavrov said'
  if (open !== undefined && open < close && open <= state.first) return { first: open + 1, end: close }
  let first = state.first
  // "'We are ready, and we are willing,' he said" is held above; an unquoted opening mark is no word
  while (first < boundary && state.view.tokens[first]?.kind === 'quote') first++
  return first < boundary ? { first, end: boundary } : undefined
}

/**
 * Whether unquoted words before a comma hold a frame of their own ("Kiedis said his band and Brian Burton, AKA
 * Danger Mouse, wrote …"): then the comma closes an aside, not somebody's words.
 */
function framedAlready(state: EnglishState, words: Phrase): boolean {
  for (let k = words.first; k < words.end; k++) {
    const t = state.view.tokens[k]
    if (t && !state.view.quoted[k] && FINITE.has(t.pos) && state.lex.cueForms.has(t.lower)) return true
  }
  return false
}

function apply(state: EnglishState): void {
  for (let v = state.first; v < state.end; v++) {
    const verb = cueAt(state, v)
    if (!verb) continue
    // "…," said Kerry.
    if (closesWords(state, v - 1)) {
      const speaker = phraseAfter(state.view, state.lex, v + 1, state.end)
      const words =
        speaker && closesSentence(state, speaker.end, quotedBefore(state, v - 1)) && wordsBefore(state, v - 1)
      if (words && speaker && !framedAlready(state, words))
        note(
          state,
          'en/said-inverted',
          words,
          [{ first: v, end: v + 1 }],
          withApposition(state, speaker),
          verb,
        )
      continue
    }
    // "…," Kerry said. / "…," he added.
    const speaker = subjectBefore(state.view, state.lex, v, state.first)
    if (!speaker || !closesWords(state, speaker.first - 1)) continue
    if (!closesSentence(state, v + 1, quotedBefore(state, speaker.first - 1))) continue
    const words = wordsBefore(state, speaker.first - 1)
    // "…, Interfax reported, citing the defence ministry."
    const via = state.view.tokens[v + 1]?.text === ',' ? viaAfter(state, v + 2) : undefined
    if (words)
      note(
        state,
        'en/said-after',
        words,
        [cueAfterSubject(state, speaker, v)],
        speaker,
        verb,
        undefined,
        via && [via.phrase],
      )
  }
}

export const saidAfter: EnglishRule = {
  id: 'en/said-after',
  example: '"We will not back down," Kerry said.',
  description: 'the words, then a comma and the speaker with a cue verb that closes the sentence',
  makes: [
    {
      id: 'en/said-after',
      example: '"We will not back down," Kerry said.',
      description: 'the words, then a comma and the speaker with a cue verb that closes the sentence',
    },
    {
      id: 'en/said-inverted',
      example: '"The talks were useful," said the senator.',
      description: 'the words, then a comma, a cue verb and its speaker after it',
    },
  ],
  apply,
}
