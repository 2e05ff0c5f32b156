import { readLexicon } from '../document/index.ts'
import { remember } from './bounded-memo.ts'

/**
 * A spelling-blind key for personal names, so that one person meets himself across German, English and French
 * romanisations of Cyrillic (and other) names: "Lawrow" / "Lavrov", "Selenskyj" / "Zelenskiy",
 * "Tschernyschow" / "Chernyshov", "Chruschtschow" / "Khrushchev", "Poutine" / "Putin"; a name written in Cyrillic is
 * romanised first ("Лавров" → "lavrov", lexicons/cyrillic-romanisation.json).
 *
 * The key is not a pronunciation; it merges letters whose choice depends only on the target language of the
 * romanisation. Words are folded one by one and joined by a space, so a caller can still compare surnames alone.
 */
export function nameKey(name: string): string {
  return remember(keys, MAX_MEMO, name, (whole) =>
    whole
      .split(/[\s\-‐‑–—.'’]+/u)
      .map(foldWord)
      .filter((word) => word.length > 0)
      .join(' '),
  )
}

// Each rule is [pattern, replacement]; order matters, as each sees the result of the ones before it.
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // French "gu" before e/i is a hard g: "Sergueï", "Evgueni"
  [/gu(?=[ei])/gu, 'g'],
  // German umlauts written out: "Mueller" / "Müller" (the diacritics are already gone)
  [/(?<=[a-z])(a|o|u)e(?=[^aeiouy]|$)/gu, '$1'],
  // French "ou" is u: "Poutine", "Choïgou", "Khrouchtchev"
  [/ou/gu, 'u'],
  [/x/gu, 'ks'],
  // h that only marks a sound of its neighbour: "Philipp", "Thomas", "Ghani", "Rheinland"
  [/ph/gu, 'f'],
  [/(?<=[tgr])h/gu, ''],
  // ш ч щ ж х and Ukrainian г: German sch/tsch/schtsch/sch/ch/h, English sh/ch/shch/zh/kh/h, French ch/tch/chtch
  // all become one class "x": "Schoigu"/"Shoigu"/"Choïgou", "Tschernyschow"/"Chernyshov", "Chruschtschow"/"Khrushchev"
  [/schtsch|shch|chtch|tsch|sch|tch|ch|sh|zh|kh|h/gu, 'x'],
  [/ck/gu, 'k'],
  [/c/gu, 'k'],
  // German z is ts, German s before a vowel is English z: "Jelzin"/"Yeltsin", "Selenskyj"/"Zelensky"
  [/t[sz]/gu, 's'],
  [/z/gu, 's'],
  // "Lawrow"/"Lavrov", "Smirnoff"/"Smirnow"
  [/w/gu, 'v'],
  [/ff$/gu, 'v'],
  // j/y/i: "Sergej"/"Sergey"/"Sergei", "Selenskyj"/"Zelenskiy"/"Zelenskyy", "Dmitrij"/"Dmitry"
  [/[jy]/gu, 'i'],
  [/i+/gu, 'i'],
  // je/ye/e after a vowel or at the start: "Jelzin"/"Yeltsin"/"Eltsine", "Medwedjew"/"Medvedev"
  [/ie/gu, 'e'],
  // ё after a hushing sound is German o, English e: "Gorbatschow"/"Gorbachev", "Chruschtschow"/"Khrushchev"
  [/xo/gu, 'xe'],
  // French -ine for -in: "Poutine", "Volodine", "Eltsine"
  [/(?<=.{2})ine$/gu, 'in'],
  // doubled letters: "Klitschko", "Nawalnyy", "Abramowitsch"/"Abramovich"
  [/([a-z])\1+/gu, '$1'],
]

// nameKey is pure and called for every capitalised word against every known name: a bounded memo pays for itself
// (the bench showed folding at 6 ms per article without it).
// the whole names' keys too: actors compare the same few names again and again
const folded = new Map<string, string>()
const keys = new Map<string, string>()
const MAX_MEMO = 50_000

function foldWord(word: string): string {
  return remember(folded, MAX_MEMO, word, foldUncached)
}

const CYRILLIC = readLexicon<{ letters: Record<string, string> }>('cyrillic-romanisation').letters

function romanise(lower: string): string {
  if (!/\p{Script=Cyrillic}/u.test(lower)) return lower
  let out = ''
  for (const char of lower) out += CYRILLIC[char] ?? char
  return out
}

function foldUncached(word: string): string {
  let s = romanise(word.toLowerCase())
    .replace(/ß/gu, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]/gu, '')
  for (const [pattern, replacement] of RULES) s = s.replace(pattern, replacement)
  return s
}

/** Two folded surnames of six letters or more that differ only by two neighbouring letters swapped ("Timoschneko"). */
export function isSwapTypo(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 6 || a === b) return false
  let i = 0
  while (a[i] === b[i]) i++
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
}
