import { normalizeDate } from '../feeds/normalize-date.ts'
import { comparable } from './clean-text.ts'
import { type DomDocument, type DomElement, type DomNode, isElement, TEXT_NODE } from './dom.ts'

/** how far before the headline a date line may stand ("28.04.2023" above the `<h1>`) */
const BEFORE_HEADLINE = 300
/** how far after it ("Do 25.04.24 | 14:07 Uhr | Von Eva Kirchner-Rätsch" below the headline and teaser) */
const AFTER_HEADLINE = 1000

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head'])

// "28.04.2023", "06.01.2026, 12:30", "Do 25.04.24 | 14:07 Uhr"
const NUMERIC =
  /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.]*\d)(?:\s*[,|]?\s*(?:um\s+)?(\d{1,2}):(\d{2})(?:\s*Uhr)?)?/gu
// "13. Mai 2026 um 15:44", "3. Januar 2026"
const WRITTEN = /(?<!\d)(\d{1,2})\.\s?(\p{L}{3,9})\.?\s+(\d{4})(?:,?\s*(?:um\s+)?(\d{1,2}):(\d{2}))?/gu

interface Found {
  at: number
  iso: string
}

/** Every readable date in a stretch of page text, with where it stands. */
function datesIn(text: string, offset: number): Found[] {
  const found: Found[] = []
  for (const m of text.matchAll(NUMERIC)) {
    const [, d, mo, y, h, mi] = m
    const year = y?.length === 2 ? `20${y}` : y
    const iso = normalizeDate(`${d}.${mo}.${year}${h && mi ? `, ${h}:${mi}` : ''}`)
    if (iso) found.push({ at: offset + (m.index ?? 0), iso })
  }
  for (const m of text.matchAll(WRITTEN)) {
    const [, d, month, y, h, mi] = m
    const iso = normalizeDate(`${d}. ${month} ${y}${h && mi ? ` ${h}:${mi}` : ''}`)
    if (iso) found.push({ at: offset + (m.index ?? 0), iso })
  }
  return found.sort((a, b) => a.at - b.at)
}

/**
 * The date line a reader sees at the headline, for pages whose metadata carries no date: "Do 25.04.24 | 14:07 Uhr"
 * under the headline, "28.04.2023" above it, "Veröffentlicht am 13. Mai 2026 um 15:44". The first date after the
 * headline wins (the byline block follows the headline), else the nearest one before it. Dates anywhere else on the
 * page (teaser lists, captions further down) are not read. Gives a local time without a zone, as the page shows it.
 */
export function findDateline(page: DomDocument, title: string | undefined): string | undefined {
  const body = page.body
  if (!body) return undefined
  const h1 = page.querySelector('h1')
  const parts: string[] = []
  let length = 0
  let start = -1
  let end = -1
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      const t = (node.textContent ?? '').replace(/\s+/gu, ' ')
      if (t.trim()) {
        parts.push(t, ' ')
        length += t.length + 1
      }
      return
    }
    if (!isElement(node)) return
    const el = node as DomElement
    if (SKIP.has(el.tagName.toLowerCase())) return
    if (el === h1) start = length
    for (const child of Array.from(node.childNodes)) walk(child)
    if (el === h1) end = length
  }
  walk(body)
  const text = parts.join('')
  if (start < 0 && title) {
    // no <h1>: the headline is wherever the title stands first ("rbb24" writes it in a <div>)
    const at = findTitle(text, title)
    if (at) [start, end] = at
  }
  if (start < 0) return undefined
  const from = Math.max(0, start - BEFORE_HEADLINE)
  const dates = datesIn(text.slice(from, end + AFTER_HEADLINE), from)
  return (dates.find((d) => d.at >= start) ?? dates.filter((d) => d.at < start).pop())?.iso
}

function findTitle(text: string, title: string): [number, number] | undefined {
  const key = comparable(title)
  if (!key) return undefined
  // compare on the same key both sides, then map back by searching for the first word's occurrences
  const firstWord = key.split(' ')[0] ?? ''
  let at = text.toLowerCase().indexOf(firstWord)
  while (at >= 0) {
    const window = text.slice(at, at + title.length * 2)
    if (comparable(window).startsWith(key)) return [at, at + title.length]
    at = text.toLowerCase().indexOf(firstWord, at + 1)
  }
  return undefined
}
