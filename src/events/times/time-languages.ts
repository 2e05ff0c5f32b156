import { englishTimes } from './en/index.ts'
import { germanTimes } from './german-times.ts'
import type { TenseCues, TimeLanguage } from './time-language.ts'

const LANGUAGES: Record<string, TimeLanguage<TenseCues>> = { de: germanTimes, en: englishTimes }

/** The time rules of a language, or undefined for one we have no rules for. */
export function timeLanguage(lang: string): TimeLanguage<TenseCues> | undefined {
  return LANGUAGES[lang]
}

export const timeLanguages = (): string[] => Object.keys(LANGUAGES)
