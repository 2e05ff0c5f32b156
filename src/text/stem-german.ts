import { stemEnglish } from './stem-english.ts'

/**
 * CISTEM (Weissweiler & Fraser 2017, "Developing a Stemmer for German Based on a Comparative Analysis of
 * Publicly Available Stemmers"): a small suffix stripper that folds a word's inflected forms onto one stem, for
 * search. It over-stems on purpose ("Sanktion", "Sanktionen" → "sanktio"); stems are index keys, never shown.
 * Snowball's German stemmer keeps "Venezuelas" apart from "Venezuela" (an s-ending counts only after certain
 * consonants); CISTEM joins them, which is what a reader searching a name in the genitive expects.
 *
 * One deviation from the paper: the final "t" is always stripped (the paper keeps it on capitalised words, to
 * spare nouns). A search compares a typed query with running text, where the same word may be capitalised in one
 * and not the other ("staat" typed, "Staat" written); case must not decide the stem.
 */
export function stemGerman(word: string): string {
  let stem = word
    .toLowerCase()
    .replaceAll('ü', 'u')
    .replaceAll('ö', 'o')
    .replaceAll('ä', 'a')
    .replaceAll('ß', 'ss')
    // other accents as the search index folds them (FTS5 unicode61 remove_diacritics): "Québec" → "quebec"
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^ge(.{4,})/u, '$1')
    // letter groups that act as one sound stand in as one character while suffixes are stripped
    .replaceAll('sch', '$')
    .replaceAll('ei', '%')
    .replaceAll('ie', '&')
    .replace(/(.)\1/gu, '$1*')
  while (stem.length > 3) {
    const before = stem
    if (stem.length > 5) stem = stem.replace(/e[mr]$|nd$/u, '')
    if (stem === before) stem = stem.replace(/[tesn]$/u, '')
    if (stem === before) break
  }
  return stem.replace(/(.)\*/gu, '$1$1').replaceAll('%', 'ei').replaceAll('&', 'ie').replaceAll('$', 'sch')
}

/** The words of a text as the search index splits them: runs of letters and digits. */
export function searchWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? []
}

/**
 * The stems of every word of `text` by the stemmer of its language (English's for "en", CISTEM for German and any
 * other), space-separated: indexed beside the words so inflected forms find each other.
 */
export function searchStems(text: string, lang = 'de'): string {
  return searchWords(text)
    .map(lang === 'en' ? stemEnglish : stemGerman)
    .join(' ')
}

/** A query word's stems under every stemmer: the query does not know which language the rows it seeks are in. */
export function queryWordStems(word: string): string[] {
  const german = stemGerman(word)
  const english = stemEnglish(word)
  return german === english ? [german] : [german, english]
}
