import { type Span, trimSpan } from '../document/index.ts'

/** One non-blank line of a flattened page, with the group of lines it shares between blank lines. */
export interface PageLine {
  span: Span
  text: string
  /** lines without a blank line between them share a group */
  group: number
  /** position inside its group */
  indexInGroup: number
  groupSize: number
}

export function splitPageLines(text: string): PageLine[] {
  const lines: PageLine[] = []
  let group = 0
  let blankBefore = false
  let start = 0
  while (start <= text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline < 0 ? text.length : newline
    const span = trimSpan(text, [start, end])
    if (span[0] === span[1]) {
      blankBefore = true
    } else {
      if (blankBefore && lines.length > 0) group++
      blankBefore = false
      lines.push({ span, text: text.slice(span[0], span[1]), group, indexInGroup: 0, groupSize: 0 })
    }
    if (newline < 0) break
    start = newline + 1
  }
  // one pass per group, not one filter per line: a text of a million one-line groups stays linear
  const members = groupBy(lines, (line) => line.group)
  for (const group of members.values()) {
    group.forEach((line, k) => {
      line.indexInGroup = k
      line.groupSize = group.length
    })
  }
  return lines
}

export function wordCount(line: string): number {
  return line.split(/\s+/u).filter(Boolean).length
}

/** The items by key, each list in the items' order. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = groups.get(k)
    if (list) list.push(item)
    else groups.set(k, [item])
  }
  return groups
}
