import { firstIndex } from '../../document/index.ts'
import type { FoundQuote, Quotation, SpeechOptions } from '../found-quote.ts'
import { commas } from './clauses.ts'
import { attributionMarkerRule } from './rules/attribution-marker.ts'
import { continuationRule } from './rules/continuation.ts'
import { cueAfterRule } from './rules/cue-after.ts'
import { directRule } from './rules/direct.ts'
import { frameAfterSentenceRule } from './rules/frame-after-sentence.ts'
import { frameBeforeRule, nestedFrameBeforeRule } from './rules/frame-before.ts'
import { frontedClauseRule } from './rules/fronted-clause.ts'
import { headingAttributionRule } from './rules/heading-attribution.ts'
import { nounOfSayingRule } from './rules/noun-of-saying.ts'
import { reportedActRule } from './rules/reported-act.ts'
import { wieClauseRule } from './rules/wie-clause.ts'
import type { GermanRule, ScanMemory, SentenceState } from './sentence-state.ts'
import type { View } from './sentence-view.ts'

/**
 * The German sentence rules, in the order they look at a sentence. Order matters: a rule that frames the sentence
 * (its `top`) keeps every later frame rule from looking; quotations, nouns of saying, reported acts and
 * continuations come after the frames, so a frame always wins.
 */
export const SENTENCE_RULES: readonly GermanRule[] = [
  headingAttributionRule,
  frameAfterSentenceRule,
  cueAfterRule,
  wieClauseRule,
  frontedClauseRule,
  frameBeforeRule,
  attributionMarkerRule,
  directRule,
  nounOfSayingRule,
  reportedActRule,
  continuationRule,
]

/** Rules that look inside the statement the sentence rules found, once the scan has noted it as context. */
export const NESTED_RULES: readonly GermanRule[] = [nestedFrameBeforeRule]

/** The speech of every sentence range of a view, by the German rules. */
export function scan(v: View, options: SpeechOptions, framedOnly: boolean): FoundQuote[] {
  const found: FoundQuote[] = []
  const directDone = new Set<Quotation>()
  const memory: ScanMemory = {}
  const [from, to] = v.sentences ?? [0, v.range.length - 1]
  for (let s = from; s <= to; s++) scanSentence(s)
  function scanSentence(s: number): void {
    const [first, last] = v.range[s] as [number, number]
    if (first < 0 || options.skipSentence(s)) return
    const st: SentenceState = {
      v,
      s,
      first,
      last,
      cuts: commas(v, first, last),
      options,
      framedOnly,
      found,
      directDone,
      before: found.length,
      memory,
      done: false,
    }
    for (const rule of SENTENCE_RULES) {
      rule.apply(st)
      if (st.done) return
    }
    if (found.length > st.before)
      memory.context = { sentence: s, quote: st.also ?? st.top ?? (found[found.length - 1] as FoundQuote) }
    else if (st.top && memory.context) memory.context = { sentence: s, quote: memory.context.quote }
    for (const rule of NESTED_RULES) rule.apply(st)
  }
  markNestedDirect(found)
  return found
}

/**
 * Direct speech inside a larger quote of the same sentence is nested in it. A larger quote starts no earlier than the
 * inner one's end minus the longest quote: only the quotes starting in that stretch are tried (binary search over
 * the quotes sorted by start), and in the order of `found`, since marking one nested changes what holds the next.
 */
function markNestedDirect(found: FoundQuote[]): void {
  const byStart = found.map((_, j) => j)
  const start = (j: number) => (found[j] as FoundQuote).span[0]
  byStart.sort((a, b) => start(a) - start(b) || a - b)
  const longest = found.reduce((most, q) => Math.max(most, q.span[1] - q.span[0]), 0)
  for (const q of found) {
    if (q.nested) continue
    const from = firstIndex(byStart, start, q.span[1] - longest, true)
    const to = firstIndex(byStart, start, q.span[0])
    for (let k = from; k < to; k++) {
      const o = found[byStart[k] as number] as FoundQuote
      if (
        o !== q &&
        !o.nested &&
        o.span[0] <= q.span[0] &&
        q.span[1] <= o.span[1] &&
        o.span[1] - o.span[0] > q.span[1] - q.span[0]
      ) {
        q.nested = true
        break
      }
    }
  }
}
