import type { Env } from '../../document/index.ts'
import type { Candidate } from './time-rules.ts'

/** The words that tell whether a bare weekday or month lies before or after the reference. */
export interface TenseCues {
  readonly lang: string
  futureCueSet: Set<string>
  pastCueSet: Set<string>
  /** a word with this ending is a past cue unless listed in notPastSet ("reported", not "United") */
  pastSuffix?: string
  notPastSet?: Set<string>
  /** after these a past form is a participle of what is to come: "will be named" */
  notPastAfterSet?: Set<string>
  /** right before the date these make it a deadline or due date, which lies ahead: "payable Dec. 7", "by May" */
  futureBeforeSet?: Set<string>
  /** a month without a year and without a tense cue near is the nearest such month (else the one of the reference's year) */
  nearestMonthWithoutCue?: boolean
  /** the direction of a bare weekday when no cue is near: 0 (absent) takes the day in the week of the reference */
  defaultTense?: number
}

/** One shape of expression; `build` turns a match into a candidate or rejects it (null). */
export interface TimeRule<L> {
  name: string
  pattern: RegExp
  build(m: RegExpExecArray, text: string, lex: L): Omit<Candidate, 'rule'> | null
}

/** What a language brings to the times: its lexicon, its rules, and the words in front that belong to a date. */
export interface TimeLanguage<L extends TenseCues = TenseCues> {
  readonly lang: string
  lexicon(env?: Env): L
  rules(lex: L): TimeRule<L>[]
  /** "Anfang März", "early March": a modifier before a found date that belongs to it */
  extend(text: string, c: Candidate, lex: L): Candidate
}
