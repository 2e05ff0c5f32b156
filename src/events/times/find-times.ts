import { SpanSet, type Time } from '../../document/index.ts'
import { parseReferenceDate } from './calendar.ts'
import { initialState, resolveValue, sentenceStart, type TimeMode } from './resolve-times.ts'
import { type TimeLexicon, timeLexicon } from './time-lexicon.ts'
import { buildRules, type Candidate, extendWithModifier } from './time-rules.ts'

export interface FindTimesOptions {
  /** the loaded lexicons (a stage passes its Env's); read from lexicons/ when absent */
  lexicon?: TimeLexicon
  /** 'news' (default) counts from the publication date, 'narrative' from the last date named */
  mode?: TimeMode
}

export interface FoundTime extends Time {
  /** which rule found it ("date/weekday"), for --explain */
  rule: string
}

/** Every candidate of every rule, then the longest non-overlapping ones, in text order. */
export function findTimeCandidates(text: string, lex: TimeLexicon): Candidate[] {
  const found: Candidate[] = []
  for (const rule of buildRules(lex)) {
    rule.pattern.lastIndex = 0
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      if (m[0].length === 0) {
        rule.pattern.lastIndex++
        continue
      }
      const built = rule.build(m, text, lex)
      if (built) found.push(extendWithModifier(text, { ...built, rule: rule.name }, lex))
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

/**
 * Time expressions of a German text as TIMEX3 values, resolved against `published` (ISO 8601).
 * Without `published` relative values stay open ("kommende Woche" → XXXX-WXX): the machine's clock is never read.
 */
export function findTimes(text: string, published?: string, options: FindTimesOptions = {}): FoundTime[] {
  const lex = options.lexicon ?? timeLexicon()
  const state = initialState(options.mode ?? 'news', parseReferenceDate(published))
  return findTimeCandidates(text, lex).map((c) => ({
    span: [c.start, c.end],
    type: c.type,
    value: resolveValue(c, text, state, lex, sentenceStart(text, c.start)),
    rule: c.rule,
  }))
}
