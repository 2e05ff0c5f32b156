import { INLINE } from './article-blocks.ts'
import type { DomDocument, DomElement, DomNode } from './dom.ts'
import { tagOf } from './dom.ts'

/**
 * How deep elements may nest before the deeper ones are unwrapped. Real pages stay far below (news pages nest 20–40
 * deep); readability scores every element against all its descendants, so 2,000 nested <div> took 81 s.
 */
export const MAX_NESTING = 128

/** Kept below the cap: a paragraph or heading cannot nest in its own kind, so they add two levels at most. */
const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

interface Unwrappable extends DomElement {
  replaceWith(...nodes: DomNode[]): void
  ownerDocument: { createTextNode(text: string): DomNode }
}

/**
 * Unwraps every element nested deeper than MAX_NESTING except paragraphs and headings: their text stays where it
 * was, a block's text apart from its neighbours' by a line break. Pages within the cap are left as they are.
 */
export function capNesting<D extends DomDocument>(page: D): D {
  const root = page.documentElement
  if (!root) return page
  // depth-first without recursion (the page may nest 100,000 deep); an element comes before its descendants
  const deep: Unwrappable[] = []
  const stack: Array<[DomElement, number]> = [[root, 1]]
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [DomElement, number]
    if (depth > MAX_NESTING && !TEXT_BLOCKS.has(tagOf(element))) deep.push(element as Unwrappable)
    for (const child of Array.from(element.children)) stack.push([child, depth + 1])
  }
  // outermost first: each element moves only its own children up (innermost first would move the line breaks
  // gathered below it again at every level)
  for (const element of deep) {
    const children = Array.from(element.childNodes)
    if (INLINE.has(tagOf(element))) element.replaceWith(...children)
    else {
      const newline = () => element.ownerDocument.createTextNode('\n')
      element.replaceWith(newline(), ...children, newline())
    }
  }
  return page
}
