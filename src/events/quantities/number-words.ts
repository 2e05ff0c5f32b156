import { type Env, lexicon, readLexicon } from '../../document/index.ts'

export interface NumberWordLexicon {
  units: Record<string, number>
  teens: Record<string, number>
  tens: Record<string, number>
  hundreds: Record<string, number>
  inflectedCardinals: Record<string, number>
  multipliers: Record<string, number>
  vague: Record<string, number>
  fractions: Record<string, number>
  dozen: Record<string, number>
  few: Record<string, string>
  approximators: string[]
  /** what a number measures when the word follows it: Prozent → percent, Euro → EUR */
  measureUnits: Record<string, string>
  references: string[]
  notCounted: string[]
}

export function numberWordLexicon(env?: Env): NumberWordLexicon {
  return env
    ? lexicon(env, 'de-number-words', (raw) => raw as NumberWordLexicon)
    : readLexicon<NumberWordLexicon>('de-number-words')
}

/**
 * The value of a German cardinal written as one word: "zwölf", "einundzwanzig", "hundertvierzig",
 * "zweitausendfünfhundert". Undefined for anything that is not wholly a number word.
 */
export function parseNumberWord(word: string, lex: NumberWordLexicon): number | undefined {
  const w = word.toLowerCase()
  if (w.length === 0) return undefined
  const simple = lex.units[w] ?? lex.teens[w] ?? lex.tens[w] ?? lex.inflectedCardinals[w]
  if (simple !== undefined) return simple
  // "zweitausendfünfhundert": what stands before "tausend" multiplies it, the rest adds
  for (const [name, scale] of Object.entries(lex.hundreds).sort((a, b) => b[1] - a[1])) {
    const at = w.indexOf(name)
    if (at < 0) continue
    const head = w.slice(0, at)
    const tail = w.slice(at + name.length)
    const factor = head === '' || head === 'ein' ? 1 : parseNumberWord(head, lex)
    const rest = tail === '' ? 0 : tail === 'eins' ? 1 : parseNumberWord(tail, lex)
    if (factor === undefined || rest === undefined || rest >= scale) return undefined
    return factor * scale + rest
  }
  // "einundzwanzig": unit "und" ten
  const und = w.match(/^(.+?)und(.+)$/u)
  if (und) {
    const unit = lex.units[und[1] ?? '']
    const ten = lex.tens[und[2] ?? '']
    if (unit !== undefined && ten !== undefined && unit > 0 && unit < 10) return unit + ten
  }
  return undefined
}

/** "100.000" → 100000, "1,5" → 1.5, "2.500" → 2500, "3,5" → 3.5; German separators only. */
export function parseGermanDigits(s: string): number | undefined {
  const t = s.replace(/\u00a0|\u202f|'/gu, '')
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u.test(t)) return Number(t.replace(/\./gu, '').replace(',', '.'))
  if (/^\d+(?:,\d+)?$/u.test(t)) return Number(t.replace(',', '.'))
  if (/^\d{1,3}(?: \d{3})+(?:,\d+)?$/u.test(t)) return Number(t.replace(/ /gu, '').replace(',', '.'))
  return undefined
}
