import { readLexicon } from '../../document/index.ts'
import { type DomDocument, type DomElement, type DomNode, isElement, selectAll, TEXT_NODE } from './dom.ts'

/**
 * Page leftovers in an article's text (`lexicons/page-leftovers.json`): a media player's times as a line
 * ("00:00", "03:15"), an image's file name as its description ("IMG_1234.jpg"), a drop cap set apart from its
 * word ("N a endlich!").
 */

interface LeftoverLexicon {
  mediaTime: string
  imageExtensions: string[]
  slugMinParts: number
  dropCapClasses: string[]
}

const lexicon = readLexicon<LeftoverLexicon>('page-leftovers')
const MEDIA_TIME = new RegExp(lexicon.mediaTime, 'u')
const IMAGE_FILE = new RegExp(`^[\\w.~%+-]+\\.(?:${lexicon.imageExtensions.join('|')})$`, 'iu')
const DROP_CAP_CLASS = lexicon.dropCapClasses.map((c) => c.toLowerCase())

/** "03:15" standing alone: the time of a video or audio player. */
export function isMediaTime(text: string): boolean {
  return MEDIA_TIME.test(text.trim())
}

/** "IMG_1234.jpg", "foto-xyz.png" or a long slug without spaces: an image's file, not words of the article. */
export function isFileName(text: string): boolean {
  const t = text.trim()
  if (IMAGE_FILE.test(t)) return true
  return !/\s/u.test(t) && t.split(/[-_]+/u).filter((p) => /\p{L}/u.test(p)).length >= lexicon.slugMinParts
}

function isDropCap(el: DomElement): boolean {
  const classes = (el.getAttribute('class') ?? '').toLowerCase().split(/\s+/u)
  if (!classes.some((c) => DROP_CAP_CLASS.some((mark) => c.includes(mark)))) return false
  // the class is checked first: the text of every classed element of a page would cost a walk of its subtree
  return /^\p{Lu}$/u.test((el.textContent ?? '').trim())
}

type Walkable = DomNode & { nextSibling: DomNode | null; firstChild: DomNode | null; data?: string }

/** The text nodes after `node` in document order, outside it. */
function* textAfter(node: DomNode): Generator<Walkable> {
  let at: Walkable | null = node as Walkable
  while (at && !at.nextSibling) at = at.parentNode as Walkable | null
  let next = at?.nextSibling as Walkable | null
  while (next) {
    if (next.nodeType === TEXT_NODE) yield next
    if (next.firstChild) next = next.firstChild as Walkable
    else {
      let up: Walkable | null = next
      while (up && !up.nextSibling) up = up.parentNode as Walkable | null
      next = up?.nextSibling as Walkable | null
    }
  }
}

/**
 * Joins a drop cap to its word: the taz sets "N" in `<span class="initial-letter">` and the rest of "Na endlich!"
 * after a space. The space before the word's first letter goes, so the text reads "Na endlich!".
 */
export function joinDropCaps(page: DomDocument): DomDocument {
  for (const el of selectAll(page, '[class]')) {
    if (!isElement(el) || !isDropCap(el)) continue
    for (const text of textAfter(el)) {
      const data = text.data ?? ''
      text.data = data.replace(/^\s+/u, '')
      if (text.data) break
    }
  }
  return page
}
