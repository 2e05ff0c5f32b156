/**
 * English inflection folded for search: steps 1a–1c of Porter's stemmer (M. F. Porter 1980, "An algorithm for
 * suffix stripping"): plurals and third persons, "-ed" and "-ing", final "y". "talks", "talked", "talking" → "talk";
 * "sanctions" → "sanction"; "ponies", "pony" → "poni". The derivational steps 2–5 are left out on purpose: a reader
 * searching "sanction" wants "sanctions", not "sanctionable", and names ("Gates", "Wells") suffer less.
 * Stems are index keys, never shown.
 */
const isVowelAt = (w: string, i: number): boolean =>
  /[aeiou]/u.test(w[i] as string) || (w[i] === 'y' && i > 0 && !isVowelAt(w, i - 1))

const hasVowel = (w: string) => [...w].some((_, i) => isVowelAt(w, i))

/** Porter's measure m: the number of vowel–consonant sequences in the stem ("tr" 0, "trouble" 1, "troubles" 2). */
function measure(w: string): number {
  let m = 0
  for (let i = 1; i < w.length; i++) if (!isVowelAt(w, i) && isVowelAt(w, i - 1)) m++
  return m
}

/** consonant–vowel–consonant at the end, the last not w, x or y ("hop", not "snow"): "hop(ing)" → "hope" */
const endsCvc = (w: string) => {
  const n = w.length
  return (
    n >= 3 &&
    !isVowelAt(w, n - 1) &&
    isVowelAt(w, n - 2) &&
    !isVowelAt(w, n - 3) &&
    !/[wxy]/u.test(w[n - 1] as string)
  )
}

function stripEdIng(w: string): string {
  if (w.endsWith('eed')) return measure(w.slice(0, -3)) > 0 ? w.slice(0, -1) : w
  const suffix = w.endsWith('ed') ? 2 : w.endsWith('ing') ? 3 : 0
  const stem = w.slice(0, w.length - suffix)
  if (suffix === 0 || !hasVowel(stem)) return w
  if (/(?:at|bl|iz)$/u.test(stem)) return `${stem}e`
  if (/([^aeiouylsz])\1$/u.test(stem)) return stem.slice(0, -1)
  if (measure(stem) === 1 && endsCvc(stem)) return `${stem}e`
  return stem
}

export function stemEnglish(word: string): string {
  let w = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
  if (w.length <= 2) return w
  // 1a: plurals and third persons
  if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('ies')) w = w.slice(0, -2)
  else if (!w.endsWith('ss') && !w.endsWith('us') && w.endsWith('s') && w.length > 3) w = w.slice(0, -1)
  // 1b: "-ed", "-ing"
  w = stripEdIng(w)
  // 1c: "country" → "countri", as "countries" became above
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = `${w.slice(0, -1)}i`
  return w
}
