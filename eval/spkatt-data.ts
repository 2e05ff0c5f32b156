import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Span } from '../src/document/index.ts'

/** One SpkAtt-2023 news annotation; token ids are "sentence:token". */
export interface SpkattAnnotation {
  Cue: string[]
  Source: string[]
  Message: string[]
  Addr: string[]
  Frame: string[]
  Form: string
  STWR: string
  IsNested: boolean
  HasNested: boolean
}

export interface SpkattArticle {
  file: string
  published?: string
  sentences: string[][]
  annotations: SpkattAnnotation[]
}

export function loadSpkattDir(dir: string): SpkattArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        Sentences: Array<{ Tokens: string[] }>
        Annotations?: SpkattAnnotation[]
      }
      const published = /\((\d{4}-\d{2}-\d{2})\)\.json$/u.exec(file)?.[1]
      return {
        file,
        ...(published ? { published } : {}),
        sentences: raw.Sentences.map((s) => s.Tokens),
        annotations: raw.Annotations ?? [],
      }
    })
}

export interface RebuiltText {
  text: string
  /** character span of every token, per sentence */
  offsets: Span[][]
  /** flat index of the first token of each sentence */
  firstToken: number[]
  tokenCount: number
}

const NO_SPACE_BEFORE = /^[,.;:!?)\]}“”’%]$/u
const NO_SPACE_AFTER = /^[„([{‚]$/u
/** marks that open or close by turns: "…" and '…' */
const ALTERNATING: Record<string, string> = { '"': '"' }
/**
 * Guillemets face inwards in German (»…«, ›…‹); taking them by turns would turn every later pair inside out
 * when a sample starts inside a quotation ("… marsch!« schrie der Nazi").
 */
const SENTENCE_END = /[.!?:;…“”"«»‘’')\]„]$/u

/**
 * A short line without closing punctuation, followed by a capitalised sentence. Longer unpunctuated "sentences"
 * are the corpus's own segmentation slips ("… Hollywood-Produktionen ( „ Jungle Fever “ (" + "bekannt").
 */
function isHeading(tokens: readonly string[], next: readonly string[] | undefined): boolean {
  const last = tokens[tokens.length - 1] ?? ''
  if (tokens.length > 8 || SENTENCE_END.test(last)) return false
  return next === undefined || /^\p{Lu}/u.test(next[0] ?? '')
}
const OPENS = new Set(['»', '›'])
const CLOSES = new Set(['«', '‹'])

/**
 * The article's text from its tokens, with the spacing a German typesetter would use, and every token's offsets.
 * Sentences are joined by a space into one paragraph: Wikinews gives no paragraph breaks. A sentence without
 * closing punctuation is a title or section heading ("Wahlverlauf und Wahlbeteiligung") and stands on its own
 * line, as it did on the page: run into the next sentence it would hide that sentence's opening words.
 */
export function rebuildText(sentences: string[][]): RebuiltText {
  let text = ''
  const offsets: Span[][] = []
  const firstToken: number[] = []
  let count = 0
  const open = new Map<string, boolean>()
  let glueNext = false
  let lowOpen = false
  let ownLine = false
  sentences.forEach((tokens, k) => {
    const heading = isHeading(tokens, sentences[k + 1])
    if ((heading || ownLine) && text !== '') {
      text += '\n'
      glueNext = true
    }
    ownLine = heading
    firstToken.push(count)
    const spans: Span[] = []
    for (const token of tokens) {
      let glue = glueNext || text === '' || NO_SPACE_BEFORE.test(token)
      glueNext = NO_SPACE_AFTER.test(token)
      if (OPENS.has(token)) glueNext = true
      if (CLOSES.has(token)) glue = true
      if (token === '“') lowOpen = false
      if (token === '„') lowOpen = true
      const pair = ALTERNATING[token]
      // „…" closes with a straight mark in older texts
      if (token === '"' && lowOpen) {
        glue = true
        glueNext = false
        lowOpen = false
      } else if (pair) {
        if (open.get(pair)) glue = true
        else glueNext = true
        open.set(pair, !open.get(pair))
      }
      if (!glue) text += ' '
      spans.push([text.length, text.length + token.length])
      text += token
      count++
    }
    offsets.push(spans)
  })
  return { text, offsets, firstToken, tokenCount: count }
}

/** "3:12" → flat token index */
export function flatIndex(rebuilt: RebuiltText, id: string): number {
  const [s, t] = id.split(':').map(Number) as [number, number]
  return (rebuilt.firstToken[s] as number) + t
}

/** Flat indices of the tokens a character span touches. */
export function tokensOfSpan(rebuilt: RebuiltText, span: Span): number[] {
  const out: number[] = []
  rebuilt.offsets.forEach((sentence, s) => {
    const base = rebuilt.firstToken[s] as number
    const first = sentence[0]
    const last = sentence[sentence.length - 1]
    if (!first || !last || last[1] <= span[0] || first[0] >= span[1]) return
    sentence.forEach((tok, t) => {
      if (tok[0] < span[1] && span[0] < tok[1]) out.push(base + t)
    })
  })
  return out
}
