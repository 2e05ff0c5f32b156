/** What tells a text's language: function words per language, scripts, and letter trigrams of German and English. */
export interface LanguageProfiles {
  /** language → its most frequent function words (lexicons/language-stop-words.json) */
  words: Map<string, Set<string>>
  /** a script that names its language outright: "Cyrillic" → "ru" */
  scripts: Map<string, string>
  /** letters that only one language of a script writes: "ї" → "uk" */
  scriptMarkers: Map<string, string>
  /** language → trigram → log frequency (lexicons/language-trigrams.json) */
  trigrams: Map<string, Map<string, number>>
  /** the log frequency of a trigram a profile does not hold */
  floor: number
}

export interface StopWordLexicon {
  words: Record<string, string[]>
  scripts: Record<string, string>
  cyrillicMarkers: Record<string, string[]>
}

export interface TrigramLexicon {
  floor: number
  profiles: Record<string, Record<string, number>>
}

export function prepareLanguageProfiles(stop: StopWordLexicon, trigrams: TrigramLexicon): LanguageProfiles {
  const markers = new Map<string, string>()
  for (const [lang, letters] of Object.entries(stop.cyrillicMarkers))
    for (const letter of letters) markers.set(letter, lang)
  return {
    words: new Map(Object.entries(stop.words).map(([lang, words]) => [lang, new Set(words)])),
    scripts: new Map(Object.entries(stop.scripts)),
    scriptMarkers: markers,
    trigrams: new Map(
      Object.entries(trigrams.profiles).map(([lang, profile]) => [lang, new Map(Object.entries(profile))]),
    ),
    floor: trigrams.floor,
  }
}

export interface DetectedLanguage {
  /** ISO 639-1 code; undefined when the text gives too little to tell */
  lang: string | undefined
  /** 0..1: how far the winner is ahead of the runner-up */
  confidence: number
  /** how it was told */
  by: 'script' | 'function-words' | 'trigrams' | 'none'
}

/** A long text is told by its beginning: a few thousand characters settle any language we tell apart. */
const SAMPLE = 6000
/** function words a text needs before they decide alone */
const ENOUGH_WORDS = 3
/** function words enough for a language the trigrams cannot speak for */
const FEWER_WORDS = 2
/** how much a function word's share of the words adds to a language's mean trigram log frequency */
const FUNCTION_WORD_WEIGHT = 2
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu

/** Lower-case words of a text, as the function-word and trigram profiles count them. */
export function languageWords(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase())
}

/** Letter trigrams of each word padded with a space at each end: "der" → " de", "der", "er ". */
export function* wordTrigrams(text: string): Generator<string> {
  for (const word of languageWords(text)) {
    const padded = ` ${word} `
    for (let i = 0; i + 3 <= padded.length; i++) yield padded.slice(i, i + 3)
  }
}

const SCRIPT_TESTS: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Armenian', /\p{Script=Armenian}/u],
]

function mainScript(sample: string): { script: string; share: number } | undefined {
  const counts = new Map<string, number>()
  let letters = 0
  for (const ch of sample) {
    if (!/\p{L}/u.test(ch)) continue
    letters++
    const script = SCRIPT_TESTS.find(([, test]) => test.test(ch))?.[0] ?? 'Other'
    counts.set(script, (counts.get(script) ?? 0) + 1)
  }
  if (letters === 0) return undefined
  const [script, n] = [...counts].sort((a, b) => b[1] - a[1])[0] as [string, number]
  return { script, share: n / letters }
}

function byScript(sample: string, script: string, profiles: LanguageProfiles): string | undefined {
  const lang = profiles.scripts.get(script)
  if (!lang) return undefined
  for (const ch of sample.toLowerCase()) {
    const marked = profiles.scriptMarkers.get(ch)
    if (marked) return marked
  }
  return lang
}

/** Function-word hits per language; a word of several languages counts for each a share. */
function functionWordScores(words: string[], profiles: LanguageProfiles): Map<string, number> {
  const scores = new Map<string, number>()
  for (const word of words) {
    const langs = [...profiles.words].filter(([, set]) => set.has(word)).map(([lang]) => lang)
    for (const lang of langs) scores.set(lang, (scores.get(lang) ?? 0) + 1 / langs.length)
  }
  return scores
}

/** Mean log frequency of the text's trigrams under each trigram profile. */
function trigramScores(sample: string, profiles: LanguageProfiles): Map<string, number> {
  const scores = new Map<string, number>()
  let n = 0
  for (const trigram of wordTrigrams(sample)) {
    n++
    for (const [lang, profile] of profiles.trigrams)
      scores.set(lang, (scores.get(lang) ?? 0) + (profile.get(trigram) ?? profiles.floor))
  }
  for (const [lang, total] of scores) scores.set(lang, n > 0 ? total / n : 0)
  return scores
}

const ranked = (scores: Map<string, number>) => [...scores].sort((a, b) => b[1] - a[1])

/**
 * The language a text is written in. A non-Latin script names its language; in Latin script the function words
 * decide when there are enough of them and one language leads clearly ("the … of … said" against "der … und …");
 * a headline too short for that is told German or English by its letter trigrams ("Putin trifft Xi").
 */
export function detectLanguage(text: string, profiles: LanguageProfiles): DetectedLanguage {
  const sample = text.slice(0, SAMPLE)
  const script = mainScript(sample)
  if (!script) return { lang: undefined, confidence: 0, by: 'none' }
  if (script.script !== 'Latin' && script.share > 0.5) {
    const lang = byScript(sample, script.script, profiles)
    return lang
      ? { lang, confidence: script.share, by: 'script' }
      : { lang: undefined, confidence: 0, by: 'none' }
  }
  const words = languageWords(sample)
  const functionWords = functionWordScores(words, profiles)
  const [first, second] = ranked(functionWords)
  const leads = first !== undefined && first[1] >= 1.5 * (second?.[1] ?? 0)
  if (first && leads && first[1] >= ENOUGH_WORDS)
    return { lang: first[0], confidence: 1 - (second?.[1] ?? 0) / first[1], by: 'function-words' }
  // a language without trigram profile has only its function words: fewer must do ("La réunion a été utile")
  if (first && leads && first[1] >= FEWER_WORDS && !profiles.trigrams.has(first[0]))
    return { lang: first[0], confidence: 1 - (second?.[1] ?? 0) / first[1], by: 'function-words' }
  // too few function words to decide alone: they still lean the trigrams' verdict ("warnt vor", "meets in")
  const trigrams = trigramScores(sample, profiles)
  for (const [lang, score] of trigrams)
    trigrams.set(lang, score + (FUNCTION_WORD_WEIGHT * (functionWords.get(lang) ?? 0)) / words.length)
  const [best, next] = ranked(trigrams)
  // a function word of another language than the trigrams' pick ("la", "el") leaves the text untold
  if (best && first && first[0] !== best[0] && !profiles.trigrams.has(first[0]))
    return { lang: undefined, confidence: 0, by: 'none' }
  if (!best || words.length === 0) return { lang: undefined, confidence: 0, by: 'none' }
  const margin = best[1] - (next?.[1] ?? profiles.floor)
  return margin > 0.15
    ? { lang: best[0], confidence: Math.min(1, margin), by: 'trigrams' }
    : { lang: undefined, confidence: 0, by: 'none' }
}
