import { type Diagnostic, type Env, LagebildError, lexicon } from '../../document/index.ts'
import {
  detectLanguage,
  type LanguageProfiles,
  prepareLanguageProfiles,
  type StopWordLexicon,
  type TrigramLexicon,
} from './detect-language.ts'

/** The languages whose text Lagebild reads: each has a folder of text rules (`src/text/<lang>/`). */
export const READ_LANGUAGES: readonly string[] = ['de', 'en']

/** When neither the caller, the page nor the text says anything (an empty text). */
const FALLBACK = 'de'

export const readsLanguage = (lang: string) => READ_LANGUAGES.includes(lang)

export function loadLanguageProfiles(env: Env): LanguageProfiles {
  const trigrams = lexicon(env, 'language-trigrams', (raw) => raw as TrigramLexicon)
  return lexicon(env, 'language-stop-words', (raw) =>
    prepareLanguageProfiles(raw as StopWordLexicon, trigrams),
  )
}

export interface LanguageChoice {
  lang: string
  /** who decided: the caller (`--lang`, the API's `lang`), the page or feed, or the text itself */
  by: 'caller' | 'declared' | 'detected' | 'fallback'
  diagnostics: Diagnostic[]
}

/** "en-GB" → "en", "DE" → "de"; anything that is no language code is a wrong argument. */
export function languageCode(lang: string): string {
  const code = lang.trim().toLowerCase().replace('_', '-').split('-')[0] ?? ''
  if (!/^[a-z]{2,3}$/u.test(code))
    throw new LagebildError('LB_ARG_INVALID', `not a language code: "${lang}" (use ISO 639-1, e.g. de, en)`)
  return code
}

/**
 * A document's language. The caller's word is final. A page's or feed's declared language wins over the text
 * only when the text does not clearly read otherwise: pages lie (a German outlet's English page keeps
 * `<html lang="de">` from its template).
 */
export function chooseLanguage(
  text: string,
  given: { lang?: string; declared?: string },
  env: Env,
): LanguageChoice {
  if (given.lang) return { lang: languageCode(given.lang), by: 'caller', diagnostics: [] }
  const detected = detectLanguage(text, loadLanguageProfiles(env))
  const declared = given.declared ? safeCode(given.declared) : undefined
  if (declared && (detected.lang === undefined || detected.lang === declared))
    return { lang: declared, by: 'declared', diagnostics: [] }
  if (detected.lang === undefined) return { lang: FALLBACK, by: 'fallback', diagnostics: [] }
  const diagnostics: Diagnostic[] = declared
    ? [
        {
          stage: 'text',
          rule: 'text/declared-language-overruled',
          message: `the page declares language "${declared}" but its text reads as "${detected.lang}" (${detected.by}); analysed as "${detected.lang}"`,
        },
      ]
    : []
  return { lang: detected.lang, by: 'detected', diagnostics }
}

/** A page's declared language that is no language code ("x-default", "") declares nothing. */
function safeCode(lang: string): string | undefined {
  try {
    return languageCode(lang)
  } catch {
    return undefined
  }
}
