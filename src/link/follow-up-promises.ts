import type { EventReport, PromiseFollowUp } from './report-types.ts'
import { timexEnd } from './timex-end.ts'

/**
 * Promises and what became of them. A promise is an AGREE with status `promised` (`PROMISE`: "Blinken habe ihm
 * zugesichert, dass der Westen … kommende Woche eine schriftliche Antwort … übergeben werde"); a later article that
 * reports the same actor doing it (status `occurred`, much the same words) keeps it. Without such a report it is
 * `open` until its due date passes in the corpus, then `overdue`. The corpus's own latest date stands in for
 * "today": never the clock.
 */

export type { EventReport, PromiseFollowUp, PromiseState } from './report-types.ts'

const STOP = new Set(
  'dass der die das den dem des ein eine einen einem einer und oder nicht werde werden wurde worden habe haben hat sei seien ihre ihrer seiner seine sich mit von auf für über nach bei aus zum zur'.split(
    ' ',
  ),
)

function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}{4,}/gu) ?? []
  // a crude stem: "Antwort"/"Antworten", "übergeben"/"übergab" share their first five letters
  return new Set(words.filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5)))
}

/** Much the same words: at least three shared, and a third of the shorter text. */
function sayTheSame(a: Set<string>, b: Set<string>): boolean {
  let shared = 0
  for (const w of a) if (b.has(w)) shared++
  return shared >= 3 && shared / Math.max(1, Math.min(a.size, b.size)) >= 0.3
}

/**
 * Does this later event report the promised thing? Same actor and much the same words. The same type is not
 * enough: a promise is an AGREE, and a later agreement of the same actor on something else keeps nothing.
 */
function fulfils(promise: EventReport, later: EventReport, promiseWords: Set<string>): boolean {
  if (later.documentId === promise.documentId) return false
  if (later.storyId && later.storyId === promise.storyId) return false
  if (!later.actors.some((a) => promise.actors.includes(a))) return false
  // a report of the same day is the promise's own news, not what became of it
  if (
    !later.published ||
    !promise.published ||
    later.published.slice(0, 10) <= promise.published.slice(0, 10)
  )
    return false
  return sayTheSame(promiseWords, contentWords(later.text))
}

export function followUpPromises(
  promises: readonly EventReport[],
  laterEvents: readonly EventReport[],
  asOf: string | null,
): PromiseFollowUp[] {
  return promises.map((promise) => {
    const due = promise.when ? (timexEnd(promise.when) ?? null) : null
    const words = contentWords(promise.text)
    const matches = laterEvents
      .filter((e) => (e.status === 'occurred' || e.status === 'denied') && fulfils(promise, e, words))
      .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''))
    const kept = matches.find((e) => e.status === 'occurred')
    const denied = matches.find((e) => e.status === 'denied')
    if (kept) {
      return { promise, due, state: 'kept', evidence: kept, late: !!due && (kept.published ?? '') > due }
    }
    if (denied) return { promise, due, state: 'denied', evidence: denied, late: false }
    const overdue = !!due && !!asOf && asOf.slice(0, 10) > due
    return { promise, due, state: overdue ? 'overdue' : 'open', evidence: null, late: false }
  })
}
