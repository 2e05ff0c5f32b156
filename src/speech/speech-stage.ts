import {
  type Document,
  defineStage,
  type Env,
  firstIndex,
  type Quote,
  type Span,
  spanContains,
} from '../document/index.ts'
import { readsLanguage } from '../text/index.ts'
import { german } from './de/index.ts'
import { english } from './en/index.ts'
import type { FoundQuote } from './found-quote.ts'
import { actorOf, type SpeakerWords, speakersOf } from './resolve-speakers.ts'
import { anySpanHolding, anySpanOverlapping } from './span-holders.ts'
import type { SpeechLanguage } from './speech-language.ts'

/** The languages whose speech Lagebild reads, by `doc.lang`. */
const LANGUAGES: Readonly<Record<string, SpeechLanguage>> = { de: german, en: english }

/** The speech rules of a document's language; none for a language without rules (never another's). */
export function speechLanguageOf(lang: string): SpeechLanguage | undefined {
  return Object.hasOwn(LANGUAGES, lang) ? LANGUAGES[lang] : undefined
}

/** Every rule id a quote may carry, with what it means: what `--explain` and the web app say. */
export function speechRuleCatalogue(): Record<string, { description: string; example: string }> {
  const catalogue: Record<string, { description: string; example: string }> = {}
  for (const language of Object.values(LANGUAGES))
    for (const r of language.rules) catalogue[r.id] ??= { description: r.description, example: r.example }
  return catalogue
}

/**
 * Every speech act of a document with the rules' details (rule id, addressee and antecedent spans, nesting):
 * what the stage turns into the `quotes` layer, and what evaluation and review read. Empty for a language
 * without speech rules.
 */
export function describeSpeech(doc: Document, env: Env): FoundQuote[] {
  const language = speechLanguageOf(doc.lang)
  if (!language) return []
  const structure = doc.layers.structure
  const sentences = doc.layers.sentences ?? []
  // photo descriptions, captions and credits are not the article's text
  const inPicture = anySpanOverlapping(
    (structure?.blocks ?? []).filter((b) => b.kind === 'figure' || b.kind === 'graphic').map((b) => b.span),
  )
  // a long text has headings all along: every sentence asks about them, so by binary search
  const inHeading = anySpanHolding([
    ...(structure?.blocks ?? []).filter((b) => b.kind === 'heading').map((b) => b.span),
    ...(structure?.title ? [structure.title] : []),
    ...(structure?.kicker ? [structure.kicker] : []),
  ])
  return language.findSpeech(doc, env, {
    // every sentence the rules read is asked about first: the budget is checked there
    skipSentence: (s) => {
      env.budget?.check()
      return inPicture(sentences[s] as Span)
    },
    isHeading: (s) => inHeading(sentences[s] as Span),
  })
}

function toQuote(doc: Document, q: FoundQuote, index: number, words: SpeakerWords): Quote {
  const entities = doc.layers.entities
  const quote: Quote = { id: `q${index + 1}`, span: q.span, kind: q.kind, rule: q.rule }
  if (q.medium) quote.medium = q.medium
  const speakers = q.unresolved ? [] : speakersOf(doc.text, q.antecedent ?? q.speakerMention, entities, words)
  if (speakers[0]) quote.speaker = speakers[0]
  if (speakers.length > 1) quote.speakers = speakers
  const addressee = actorOf(q.addresseeMention, entities)
  if (addressee) quote.addressee = addressee
  if (q.speakerMention) quote.speakerMention = q.speakerMention
  if (q.cue?.length) quote.cue = q.cue
  if (q.parts && q.parts.length > 1) quote.parts = q.parts
  if (q.viaMentions?.length) {
    const name = (span: Span) => actorOf(span, entities) ?? doc.text.slice(span[0], span[1])
    const outer = q.antecedent ?? q.speakerMention
    quote.via = [...(outer ? [name(outer)] : []), ...q.viaMentions.map(name)]
  }
  return quote
}

/**
 * Per nested quote, the index of the smallest top-level quote that holds it (the first of equal size). A holder
 * starts no earlier than the nested quote's end minus the longest quote, so only the quotes starting in that stretch
 * are tried, found by binary search over the top-level quotes sorted by start.
 */
function smallestHolders(found: readonly FoundQuote[]): (number | undefined)[] {
  const top = found.map((_, j) => j).filter((j) => !(found[j] as FoundQuote).nested)
  const start = (j: number) => (found[j] as FoundQuote).span[0]
  top.sort((a, b) => start(a) - start(b) || a - b)
  const longest = top.reduce((most, j) => Math.max(most, (found[j] as FoundQuote).span[1] - start(j)), 0)
  return found.map((q, i) => {
    if (!q.nested) return undefined
    let holder: number | undefined
    let holderSize = Number.POSITIVE_INFINITY
    const from = firstIndex(top, start, q.span[1] - longest, true)
    const to = firstIndex(top, start, q.span[0])
    for (let k = from; k < to; k++) {
      const j = top[k] as number
      const o = found[j] as FoundQuote
      const size = o.span[1] - o.span[0]
      if (j === i || !spanContains(o.span, q.span)) continue
      if (size < holderSize || (size === holderSize && holder !== undefined && j < holder)) {
        holder = j
        holderSize = size
      }
    }
    return holder
  })
}

export const speechStage = defineStage({
  name: 'speech',
  version: 2,
  needs: ['sentences', 'tokens', 'structure'],
  uses: ['entities', 'actors'],
  makes: ['quotes'],
  run: (doc, env) => {
    // a language Lagebild does not read at all: the text stage has said so once
    if (!readsLanguage(doc.lang)) return { quotes: [] }
    const language = speechLanguageOf(doc.lang)
    if (!language)
      return {
        quotes: [],
        diagnostics: [
          {
            stage: 'speech',
            rule: 'speech/unsupported-language',
            message: `no speech rules for language "${doc.lang}": no quotes were looked for (rules exist for ${Object.keys(LANGUAGES).join(', ')})`,
          },
        ],
      }
    const found = describeSpeech(doc, env)
    const words = language.speakerWords(env)
    const quotes = found.map((q, i) => toQuote(doc, q, i, words))
    // nested speech points at the smallest top-level quote that holds it
    const holders = smallestHolders(found)
    holders.forEach((holder, i) => {
      if (holder !== undefined) (quotes[i] as Quote).within = (quotes[holder] as Quote).id
    })
    return { quotes }
  },
})
