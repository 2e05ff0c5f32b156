import { type Phrase, phraseAfter, subjectBefore } from '../noun-phrase.ts'
import { opensQuotation } from '../sentence-view.ts'
import {
  contentEnd,
  cueAfterSubject,
  cueAt,
  type EnglishRule,
  type EnglishState,
  note,
  sentenceSubject,
} from '../state.ts'
import { viaAfter } from '../via.ts'

const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD'])
/**
 * Tags a bare reported clause may open with: "said it would act", "says running for office is tough", and a noun the
 * tagger reads as a base verb ("says demand has doubled").
 */
const CLAUSE_OPENERS = new Set([
  'PRP',
  'DT',
  'NNP',
  'NNPS',
  'NN',
  'NNS',
  'EX',
  'CD',
  'JJ',
  'PRP$',
  'RB',
  'VB',
  'VBG',
])
/** How far a frame's adverbial may reach before its "that": "said on Tuesday in a statement that …". */
const ADVERBIAL_REACH = 8

/** Where the words start after a frame's adverbial ("said in a statement on Tuesday that …"), or none. */
function thatAfterAdverbial(state: EnglishState, from: number, addressee: boolean): number | undefined {
  // after an addressee anything up to its "that" is the addressee's or an adverbial ("told The Post and Courier
  // newspaper of Charleston on Saturday that …"); the adverbial may hold a place with its comma ("in Salem, N.H.")
  const first = state.view.tokens[from]
  if (!first || state.lex.complementizers.has(first.lower)) return undefined
  if (!addressee && !state.lex.frameAdverbialOpeners.has(first.text)) return undefined
  for (let k = from + 1; k < Math.min(state.end, from + ADVERBIAL_REACH); k++) {
    const t = state.view.tokens[k]
    if (!t || FINITE.has(t.pos) || (t.kind === 'punct' && t.text !== ',') || t.kind === 'quote')
      return undefined
    if (state.lex.complementizers.has(t.lower)) return k
    // "said on Tuesday it would act": a pronoun with its verb opens the words without "that"
    if (t.pos === 'PRP' && FINITE.has(state.view.tokens[k + 1]?.pos ?? '')) return k
  }
  return undefined
}

/**
 * The words a frame before them reports, from token `from` on: a "that"-clause (with its "that", as PolNeAR marks
 * it), a quotation after a colon or comma, or, for verbs that take one, a bare clause ("said it would act").
 */
export function wordsAfter(state: EnglishState, from: number, clauseOnly: boolean): Phrase | undefined {
  // "said Tuesday his actions …", "saying Monday that …": a time word between the cue and its words
  const at = state.lex.timeWords.has(state.view.tokens[from]?.text ?? '') ? from + 1 : from
  const t = state.view.tokens[at]
  if (!t) return undefined
  if (state.lex.complementizers.has(t.lower)) {
    const end = contentEnd(state, at)
    return end - at >= 3 ? { first: at, end } : undefined
  }
  const open = t.text === ':' || t.text === ',' ? at + 1 : at
  if (opensQuotation(state.view, open)) {
    const close = state.view.partner[open] as number
    return { first: open + 1, end: close }
  }
  if (clauseOnly) return undefined
  // "says if elected president “I will work …”", "says despite being an alumna, she plans …"
  if (state.lex.clauseSubordinators.has(t.lower)) {
    const end = contentEnd(state, at)
    for (let k = at + 1; k < end; k++) {
      const w = state.view.tokens[k]
      if (w && (FINITE.has(w.pos) || w.kind === 'quote') && end - at >= 4) return { first: at, end }
    }
    return undefined
  }
  if (!CLAUSE_OPENERS.has(t.pos)) return undefined
  const end = contentEnd(state, at)
  for (let k = at + 1; k < end; k++) {
    const w = state.view.tokens[k]
    if (w && FINITE.has(w.pos)) return { first: at, end }
    // "front-runner": a hyphen inside a word ends no clause
    if (w?.kind === 'punct' && w.pos !== 'HYPH') return undefined
  }
  return undefined
}

function apply(state: EnglishState): void {
  for (let v = state.first; v < state.end; v++) {
    const verb = cueAt(state, v)
    if (!verb) continue
    // "He's comparing the gun actions to … and says Obama is flouting …": the first verb's subject speaks
    const coordinated = state.lex.coordinators.has(state.view.tokens[v - 1]?.lower ?? '')
    const speaker = coordinated
      ? sentenceSubject(state, v - 1)
      : subjectBefore(state.view, state.lex, v, state.first)
    if (!speaker) continue
    let at = v + 1
    // "Interfax reported, citing the defence ministry, that …": the source its source has the words from
    const via = state.view.tokens[at]?.text === ',' ? viaAfter(state, at + 1) : undefined
    if (via) at = via.next
    // "told reporters that …": the object is the addressee
    const addressee = verb.addressee ? phraseAfter(state.view, state.lex, at, state.end) : undefined
    if (addressee) at = addressee.end
    at = thatAfterAdverbial(state, at, addressee !== undefined) ?? at
    const words = wordsAfter(state, at, verb.clause === true)
    if (!words) continue
    const rule = addressee ? 'en/told' : 'en/said-before'
    // "He's comparing … and says": the coordinated verb's cue is the verb alone
    const cue = coordinated ? { first: v, end: v + 1 } : cueAfterSubject(state, speaker, v)
    note(state, rule, words, [cue], speaker, verb, addressee, via && [via.phrase])
  }
}

export const saidBefore: EnglishRule = {
  id: 'en/said-before',
  example: 'Kerry said (that) the deal was dead.',
  description: 'a subject and a cue verb, then the words: a "that"-clause, a quotation or a bare clause',
  makes: [
    {
      id: 'en/said-before',
      example: 'Kerry said (that) the deal was dead.',
      description: 'a subject and a cue verb, then the words: a "that"-clause, a quotation or a bare clause',
    },
    {
      id: 'en/told',
      example: 'He told reporters that the deal was dead.',
      description: 'a cue verb with its addressee as object ("told reporters"), then the words',
    },
  ],
  apply,
}
