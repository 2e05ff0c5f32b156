import { SpanSet, type Time } from '../../document/index.ts'
import { parseReferenceDate } from './calendar.ts'
import { initialState, resolveValue, sentenceStart, type TimeMode } from './resolve-times.ts'
import type { TenseCues, TimeLanguage, TimeRule } from './time-language.ts'
import { timeLanguage, timeLanguages } from './time-languages.ts'
import type { Candidate } from './time-rules.ts'

export interface FindTimesOptions {
  /** the language's rules: 'de' (default) or 'en'; a lexicon passed in names its own */
  lang?: string
  /** the loaded lexicons of the language (a stage passes its Env's); read from lexicons/ when absent */
  lexicon?: TenseCues
  /** 'news' (default) counts from the publication date, 'narrative' from the last date named */
  mode?: TimeMode
}

export interface FoundTime extends Time {
  /** which rule found it ("date/weekday"), for --explain */
  rule: string
}

const builtRules = new WeakMap<object, Map<object, readonly TimeRule<never>[]>>()

/**
 * A language's rules over a lexicon, built once per lexicon object: building them joins the lexicon's words into
 * some thirty patterns, which is no work to repeat for every article. Their global patterns keep no state between
 * texts, as each scan starts at lastIndex 0 and runs until exec returns null.
 */
function rulesOf<L extends TenseCues>(language: TimeLanguage<L>, lex: L): readonly TimeRule<L>[] {
  let byLanguage = builtRules.get(lex)
  if (!byLanguage) {
    byLanguage = new Map()
    builtRules.set(lex, byLanguage)
  }
  let rules = byLanguage.get(language) as readonly TimeRule<L>[] | undefined
  if (!rules) {
    rules = language.rules(lex)
    byLanguage.set(language, rules)
  }
  return rules
}

/** Every candidate of every rule, then the longest non-overlapping ones, in text order. */
export function findTimeCandidates<L extends TenseCues>(
  text: string,
  lex: L,
  language: TimeLanguage<L>,
): Candidate[] {
  const found: Candidate[] = []
  for (const rule of rulesOf(language, lex)) {
    rule.pattern.lastIndex = 0
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      if (m[0].length === 0) {
        rule.pattern.lastIndex++
        continue
      }
      const built = rule.build(m, text, lex)
      if (built) found.push(language.extend(text, { ...built, rule: rule.name }, lex))
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const chosen: Candidate[] = []
  // asked of spans filed by position, not of every candidate chosen so far
  const taken = new SpanSet()
  for (const c of found) {
    if (taken.overlaps([c.start, c.end])) continue
    chosen.push(c)
    taken.add([c.start, c.end])
  }
  return chosen.sort((a, b) => a.start - b.start)
}

/** The language of the options: the lexicon's own, else `lang`, else German; a mismatch or an unknown one is an error. */
function languageOf(options: FindTimesOptions): TimeLanguage<TenseCues> {
  const lang = options.lexicon?.lang ?? options.lang ?? 'de'
  if (options.lang && options.lang !== lang)
    throw new Error(`findTimes: lang "${options.lang}" but a lexicon of "${lang}" was passed`)
  const language = timeLanguage(lang)
  if (!language)
    throw new Error(`findTimes: no time rules for language "${lang}" (have: ${timeLanguages().join(', ')})`)
  return language
}

/**
 * Time expressions of a German or English text as TIMEX3 values, resolved against `published` (ISO 8601).
 * Without `published` relative values stay open ("kommende Woche" → XXXX-WXX): the machine's clock is never read.
 */
export function findTimes(text: string, published?: string, options: FindTimesOptions = {}): FoundTime[] {
  const language = languageOf(options)
  const lex = options.lexicon ?? language.lexicon()
  const state = initialState(options.mode ?? 'news', parseReferenceDate(published))
  return findTimeCandidates(text, lex, language).map((c) => ({
    span: [c.start, c.end],
    type: c.type,
    value: resolveValue(c, text, state, lex, sentenceStart(text, c.start)),
    rule: c.rule,
  }))
}
