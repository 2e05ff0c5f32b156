import { queryWordStems, searchWords } from '../text/index.ts'

/** The stems a query asks for (German and English): a word of the text matches when a stem of it is one of them. */
export function queryStems(q: string): Set<string> {
  return new Set(searchWords(q).flatMap(queryWordStems))
}

/** Where the words of `text` whose stem the query asks for stand: "Venezuela" is marked for "Venezuelas". */
export function markWords(text: string, stems: ReadonlySet<string>, most = Infinity): [number, number][] {
  const marks: [number, number][] = []
  for (const word of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (marks.length >= most) break
    if (queryWordStems(word[0]).some((stem) => stems.has(stem)))
      marks.push([word.index, word.index + word[0].length])
  }
  return marks
}

const WINDOW = 240

/** A window of the article around the first word the query matched, so a hit shows why it matched. */
export function snippet(body: string, stems: ReadonlySet<string>): string {
  const at = markWords(body, stems, 1)[0]?.[0] ?? 0
  const start = Math.max(0, at - 80)
  return `${start > 0 ? '…' : ''}${body.slice(start, start + WINDOW).replace(/\s+/gu, ' ')}${start + WINDOW < body.length ? '…' : ''}`
}
