/** GUM's news and interview documents (gum_news/, CC BY 4.0; Wikinews texts CC BY 2.5) as text with spans. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Span } from '../src/document/index.ts'

const DATA = process.env.LAGEBILD_DATA ?? new URL('../../shared/data', import.meta.url).pathname
const GUM = join(DATA, 'english/gum_news')

export interface GumDocument {
  name: string
  text: string
  sentences: Span[]
  tokens: { span: Span; xpos: string; upos: string }[]
}

/** The documents of one split of splits.md ("all" for every one). */
export function gumSplit(split: string): string[] {
  const names = readdirSync(join(GUM, 'dep')).map((f) => f.replace(/\.conllu$/u, ''))
  if (split === 'all') return names
  const sections = new Map<string, string>()
  let section = ''
  for (const line of readFileSync(join(GUM, 'splits.md'), 'utf8').split('\n')) {
    section = /^##\s+(\w+)/u.exec(line)?.[1] ?? section
    const doc = /^\s*\*\s+(GUM_\w+)/u.exec(line)?.[1]
    if (doc) sections.set(doc, section)
  }
  return names.filter((n) => (sections.get(n) ?? 'train') === split)
}

/** One GUM document: its text as printed, its sentences and its words with their tags, as spans of that text. */
export function readGum(name: string): GumDocument {
  let text = ''
  const sentences: Span[] = []
  const tokens: GumDocument['tokens'] = []
  let sentenceStart = -1
  let rangeEnd = 0
  let rangeCursor = 0
  const finishSentence = () => {
    if (sentenceStart >= 0) sentences.push([sentenceStart, text.trimEnd().length])
    sentenceStart = -1
  }
  for (const line of readFileSync(join(GUM, 'dep', `${name}.conllu`), 'utf8').split('\n')) {
    if (line.startsWith('# newpar') && !line.startsWith('# newpar_')) {
      finishSentence()
      if (text.length > 0) text = `${text.trimEnd()}\n\n`
      continue
    }
    if (line.startsWith('#') || line.trim() === '') {
      if (line.trim() === '') finishSentence()
      continue
    }
    const [id, form, , upos, xpos, , , , , misc] = line.split('\t') as string[]
    const noSpace = /SpaceAfter=No/u.test(misc ?? '')
    const range = /^(\d+)-(\d+)$/u.exec(id as string)
    if (sentenceStart < 0) sentenceStart = text.length
    if (range) {
      // "doesn't" printed once, its words "does" + "n't" scored inside it
      rangeCursor = text.length
      rangeEnd = Number(range[2])
      text += form
      if (!noSpace) text += ' '
      continue
    }
    if (id?.includes('.')) continue
    if (Number(id) <= rangeEnd && rangeEnd > 0) {
      tokens.push({
        span: [rangeCursor, rangeCursor + (form as string).length],
        xpos: xpos as string,
        upos: upos as string,
      })
      rangeCursor += (form as string).length
      if (Number(id) === rangeEnd) rangeEnd = 0
      continue
    }
    tokens.push({
      span: [text.length, text.length + (form as string).length],
      xpos: xpos as string,
      upos: upos as string,
    })
    text += form
    if (!noSpace) text += ' '
  }
  finishSentence()
  return { name, text: text.trimEnd(), sentences, tokens }
}
