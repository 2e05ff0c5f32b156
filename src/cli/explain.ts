import type { Analysis, RuleDescription, Span } from '../document/index.ts'
import { eventRuleCatalogue } from '../events/index.ts'
import { speechRuleCatalogue } from '../speech/index.ts'
import { actorName, said, speakerName } from './render-picture.ts'

/** Rule id → what it means. Each room keeps its own catalogue as data; this is where they meet. */
export type RuleCatalogue = Readonly<Record<string, RuleDescription>>

/** Every rule id `--explain` can put in words: the speech room's and the events room's rules of every language. */
export const RULE_CATALOGUE: RuleCatalogue = { ...speechRuleCatalogue(), ...eventRuleCatalogue() }

type Quote = Analysis['quotes'][number]
type Event = Analysis['events'][number]
type Item = { kind: 'quote'; quote: Quote } | { kind: 'event'; event: Event }

const SENTENCE_WIDTH = 110
const WORDS_WIDTH = 40
const INDENT = '     '
/** the rule column of an item that carries none (an analysis stored before rules were kept) */
const NO_RULE = '—'

/** At most `width` characters, cut after a whole word: "Das Treffen sei …". */
function shorten(s: string, width: number): string {
  if (s.length <= width) return s
  const cut = s.slice(0, width - 2)
  const space = cut.lastIndexOf(' ')
  return `${(space > width / 2 ? cut.slice(0, space) : cut).trimEnd()} …`
}

/**
 * The parts of a rule id the catalogue may know: the id itself, else each id of a compound rule (an event's "how
 * found" and "why this status", separated by a space) with its suffixes ("events/phrase-trigger+speaker" →
 * "events/phrase-trigger", "events/+speaker").
 */
function ruleParts(rule: string, catalogue: RuleCatalogue): string[] {
  if (Object.hasOwn(catalogue, rule)) return [rule]
  return rule.split(/\s+/u).flatMap((part) => {
    const [base = part, ...suffixes] = part.split('+')
    const scope = base.slice(0, base.lastIndexOf('/') + 1)
    return [base, ...suffixes.map((s) => `${scope}+${s}`)]
  })
}

/** What a rule id means, with the phrase it fires on; undefined for an id the catalogue does not know. */
function describe(id: string, catalogue: RuleCatalogue, withExample: boolean): string | undefined {
  const known = Object.hasOwn(catalogue, id) ? catalogue[id] : undefined
  if (!known) return undefined
  return `${known.description}${withExample && known.example ? ` („${known.example}“)` : ''}`
}

/** One line per part of the rule that the catalogue describes; nothing for an id it does not know. */
function why(rule: string | undefined, catalogue: RuleCatalogue): string[] {
  if (!rule) return []
  return ruleParts(rule, catalogue).flatMap((id) => {
    const description = describe(id, catalogue, false)
    return description ? [`${INDENT}       ${id}: ${description}`] : []
  })
}

function quoteLine(analysis: Analysis, q: Quote): string {
  const cue = q.cue?.map((c) => said(analysis.text, c)).join(' … ')
  const via = q.via?.length ? ` via ${q.via.map((v) => actorName(analysis, v)).join(' → ')}` : ''
  const within = q.within ? ` (in ${q.within})` : ''
  const who = `${speakerName(analysis, q)}${cue ? ` ← ${cue}` : ''}${via}${within}`
  const words = shorten(said(analysis.text, q.span), WORDS_WIDTH)
  return `${INDENT}quote  ${q.rule ?? NO_RULE}  ${q.kind}  ${who}  „${words}“`
}

function eventLine(analysis: Analysis, e: Event): string {
  const name = (id: string) => actorName(analysis, id)
  const who = `${e.actor.map(name).join(', ') || '?'}${e.recipient.length ? ` → ${e.recipient.map(name).join(', ')}` : ''}`
  const words = shorten(said(analysis.text, e.span), WORDS_WIDTH)
  return `${INDENT}event  ${e.rule ?? NO_RULE}  ${e.type} (${e.status})  ${who}  „${words}“`
}

/**
 * `lagebild analyze FILE --explain`: per sentence that yields a quote or an event, the sentence, then each item
 * with the rule that made it and what that rule means — why a sentence became a quote or an event.
 */
export function explainAnalysis(analysis: Analysis, catalogue: RuleCatalogue = RULE_CATALOGUE): string {
  const { text, sentences } = analysis
  const sentenceOf = (span: Span) => sentences.findIndex((s) => s[0] <= span[0] && span[0] < s[1])
  const bySentence = new Map<number, Item[]>()
  const add = (span: Span, item: Item) => {
    const s = sentenceOf(span)
    bySentence.set(s, [...(bySentence.get(s) ?? []), item])
  }
  for (const quote of analysis.quotes) add(quote.span, { kind: 'quote', quote })
  for (const event of analysis.events) add(event.span, { kind: 'event', event })

  const lines = [
    `Warum: ${analysis.quotes.length} Aussagen und ${analysis.events.length} Ereignisse in ${bySentence.size} Sätzen, je Satz die Regel, die sie fand`,
    '',
  ]
  const tally = new Map<string, number>()
  for (const s of [...bySentence.keys()].sort((a, b) => (a < 0 ? Infinity : a) - (b < 0 ? Infinity : b))) {
    const sentence = sentences[s]
    lines.push(
      sentence
        ? `[${s + 1}] „${shorten(said(text, sentence), SENTENCE_WIDTH)}“`
        : '[–] (außerhalb der Sätze)',
    )
    for (const item of bySentence.get(s) ?? []) {
      const rule = item.kind === 'quote' ? item.quote.rule : item.event.rule
      for (const id of rule ? ruleParts(rule, catalogue) : [NO_RULE]) tally.set(id, (tally.get(id) ?? 0) + 1)
      lines.push(item.kind === 'quote' ? quoteLine(analysis, item.quote) : eventLine(analysis, item.event))
      lines.push(...why(rule, catalogue))
    }
    lines.push('')
  }
  if (tally.size > 0) {
    lines.push('Regeln (wie oft, was sie bedeuten)')
    for (const [id, n] of [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
      const description = id === NO_RULE ? 'ohne Regel' : describe(id, catalogue, true)
      lines.push(`  ${String(n).padStart(3)}  ${id}${description ? `  ${description}` : ''}`)
    }
  } else lines.push('Keine Aussagen und keine Ereignisse.')
  return `${lines.join('\n')}\n`
}
