import type { Quantity, Span } from '../../document/index.ts'
import { findTimes, type TimeLexicon, timeLexicon } from '../times/index.ts'
import { type NumberWordLexicon, parseGermanDigits, parseNumberWord } from './number-words.ts'

export interface FoundQuantity extends Quantity {
  /** where the counted noun stands ("Soldaten" in "100.000 russischen Soldaten") */
  ofSpan?: Span
  /** the counted noun came from an earlier figure ("weitere 140" after "830 britische Soldaten") */
  ofByEllipsis?: boolean
}

export interface FindQuantitiesOptions {
  lexicon?: TimeLexicon
  /** spans already taken by time expressions; found with findTimes when absent */
  times?: Span[]
}

interface Tok {
  text: string
  start: number
  end: number
}

/** Words, numbers with German separators ("100.000", "3,5") and single symbols; "S-400" stays one word. */
function tokenize(text: string): Tok[] {
  const toks: Tok[] = []
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-.,'][\p{L}\p{N}]+)*\.?|[%€$]|[^\s]/gu)) {
    let word = m[0]
    const start = m.index ?? 0
    // "21." and "Mio." keep their dot only when it is an abbreviation; a full stop is its own token
    if (word.length > 1 && word.endsWith('.') && !/^(mio|mrd|tsd|ca|nr|art|abs|bzw|u\.a)\.$/iu.test(word)) {
      word = word.slice(0, -1)
      toks.push(
        { text: word, start, end: start + word.length },
        { text: '.', start: start + word.length, end: start + word.length + 1 },
      )
      continue
    }
    toks.push({ text: word, start, end: start + word.length })
  }
  return toks
}

const ADJECTIVE = /^[a-zäöüß][a-zäöüß-]{2,}(?:e|en|er|es|em)$/u
const NOT_ADJECTIVES = new Set(
  'eine einen einer eines einem keine keinen diese diesen dieser jene seine seinen ihre ihren unsere deren dessen aber oder sowie unter über hinter wieder immer wegen gegen neben zwischen nachdem sollen werden wurden haben hatten waren sollten können könnten müssen wollen worden seien wären oben unten innen außen zuvor dafür daher'.split(
    ' ',
  ),
)
const SENTENCE_STARTERS = new Set(
  'Der Die Das Es Er Sie Wir Ich Ein Eine In Im Am Auf Mit Nach Bei Zu Zur Zum Und Aber Doch Auch Dabei Damit Dann Denn So'.split(
    ' ',
  ),
)

interface NumberCore {
  value: number
  approx: boolean
  /** index of the last token of the number */
  last: number
}

/** The number that starts at token i: digits, a number word, "anderthalb", "Hunderte", "ein halbes Dutzend". */
function readNumber(toks: Tok[], i: number, lex: NumberWordLexicon): NumberCore | null {
  const t = toks[i]
  if (!t) return null
  const w = t.text.toLowerCase()
  const next = toks[i + 1]?.text.toLowerCase() ?? ''
  const next2 = toks[i + 2]?.text.toLowerCase() ?? ''
  let value: number | undefined
  const approx = false
  let last = i
  // "ein halbes Dutzend", "ein Dutzend"
  if (/^ein(e|en|em|er|es|s)?$/u.test(w)) {
    if (/^halbe[sn]?$/u.test(next) && lex.dozen[next2] !== undefined)
      return { value: 6, approx: false, last: i + 2 }
    if (lex.dozen[next] !== undefined) return { value: 12, approx: false, last: i + 1 }
    if (lex.multipliers[next] !== undefined && !/tausend/u.test(next))
      return { value: lex.multipliers[next] ?? 1, approx: false, last: i + 1 }
    return null
  }
  if (lex.vague[w] !== undefined && /^[A-ZÄÖÜ]/u.test(t.text))
    return { value: lex.vague[w] ?? 100, approx: true, last: i }
  const digits = /^\d/u.test(t.text) ? parseGermanDigits(t.text) : undefined
  if (digits !== undefined) value = digits
  else if (lex.fractions[w] !== undefined && !/^(halb|halbe|halben|halbes|viertel|dreiviertel)$/u.test(w))
    value = lex.fractions[w]
  else if (lex.inflectedCardinals[w] === undefined && lex.measureUnits[w] === undefined)
    value = parseNumberWord(w, lex)
  if (value === undefined) return null
  // "3,5 Millionen", "zwei Dutzend", "100 Tausend"
  const scale = lex.multipliers[next] ?? lex.dozen[next]
  if (scale !== undefined) {
    value *= scale
    last = i + 1
  }
  // a run of 400 digits is Infinity as a double: no count anyone wrote, and no number the contract can carry
  if (!Number.isFinite(value)) return null
  return { value, approx, last }
}

/**
 * Figures in German text: the number, whether it is approximate, its unit (Prozent, Euro) and what it counts
 * ("100.000 russischen Soldaten" counts Soldaten). Dates, years, clock times and durations belong to the times
 * layer; model names ("S-400") and labels ("Artikel 5") are not counts.
 */
export function findQuantities(
  text: string,
  lex: NumberWordLexicon,
  options: FindQuantitiesOptions = {},
): FoundQuantity[] {
  const timeSpans =
    options.times ??
    findTimes(text, undefined, { lexicon: options.lexicon ?? timeLexicon() }).map((t) => t.span)
  const inTime = (start: number, end: number) => timeSpans.some(([s, e]) => start < e && s < end)
  const toks = tokenize(text)
  const approximators = [...lex.approximators].map((a) => a.split(' ')).sort((a, b) => b.length - a.length)
  const found: FoundQuantity[] = []
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i] as Tok
    const core = readNumber(toks, i, lex)
    if (!core) continue
    const lastTok = toks[core.last] as Tok
    if (inTime(tok.start, lastTok.end)) {
      i = core.last
      continue
    }
    const prev = toks[i - 1]?.text.toLowerCase() ?? ''
    const after = toks[core.last + 1]
    // "Artikel 5", "Nr. 170": labels, not counts
    if (lex.references.includes(prev)) continue
    // "2. Division", "am 3. und 4.": ordinals
    if (/^\d/u.test(tok.text) && after?.text === '.' && after.start === lastTok.end) {
      const following = toks[core.last + 2]
      const sameLine = following && !text.slice(after.end, following.start).includes('\n')
      if (
        following &&
        sameLine &&
        (/^[a-zäöü]/u.test(following.text) || !SENTENCE_STARTERS.has(following.text))
      )
        continue
    }
    // "etwa", "mehr als", "bis zu" before the number
    let start = tok.start
    let approx = core.approx
    for (const words of approximators) {
      const from = i - words.length
      if (from < 0) continue
      if (words.every((w, k) => toks[from + k]?.text.toLowerCase() === w)) {
        start = (toks[from] as Tok).start
        approx = true
        break
      }
    }
    let end = lastTok.end
    let j = core.last + 1
    let unit: string | undefined
    const unitWord = toks[j]?.text.toLowerCase()
    if (unitWord && lex.measureUnits[unitWord] !== undefined) {
      unit = lex.measureUnits[unitWord]
      end = (toks[j] as Tok).end
      j++
    }
    // what is counted: after adjectives ("russischen", "weitere"), the first capitalised noun, with a genitive
    let ofSpan: Span | undefined
    if (!unit) {
      let k = j
      while (
        k < toks.length &&
        k < j + 3 &&
        ADJECTIVE.test(toks[k]?.text ?? '') &&
        !NOT_ADJECTIVES.has(toks[k]?.text ?? '')
      )
        k++
      const noun = toks[k]
      if (
        noun &&
        /^[A-ZÄÖÜ][\p{L}-]+$/u.test(noun.text) &&
        !lex.notCounted.includes(noun.text.toLowerCase())
      ) {
        ofSpan = [noun.start, noun.end]
        // "zwei Bataillone des Luftabwehrraketensystems S-400"
        const det = toks[k + 1]?.text
        const owner = toks[k + 2]
        if ((det === 'des' || det === 'der') && owner && /^[A-ZÄÖÜ]/u.test(owner.text)) {
          let ownerEnd = owner.end
          const label = toks[k + 3]
          if (label && /^[A-ZÄÖÜ0-9][\p{L}\p{N}]*-[\p{N}]+$/u.test(label.text)) ownerEnd = label.end
          ofSpan = [noun.start, ownerEnd]
        }
      }
    }
    const quantity: FoundQuantity = { span: [start, end], value: core.value }
    if (approx) quantity.approx = true
    if (unit) quantity.unit = unit
    if (ofSpan) {
      quantity.of = text.slice(ofSpan[0], ofSpan[1])
      quantity.ofSpan = ofSpan
    } else if (!unit) {
      // "830 britische Soldaten …, weitere 140 im Rahmen einer NATO-Mission": the count carries over
      const before = found[found.length - 1]
      if (before?.of && start - before.span[1] < 300) {
        quantity.of = before.of
        quantity.ofByEllipsis = true
      }
    }
    found.push(quantity)
    i = core.last
  }
  return found
}
