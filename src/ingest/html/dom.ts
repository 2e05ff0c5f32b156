import { parseHTML } from 'linkedom'

/**
 * The few DOM members we use, typed here because the project compiles without the DOM lib (Node only).
 * linkedom implements them; readability runs over the same objects.
 */
export interface DomNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly childNodes: ArrayLike<DomNode>
  readonly parentNode: DomNode | null
}

export interface DomElement extends DomNode {
  readonly tagName: string
  readonly children: ArrayLike<DomElement>
  readonly parentElement: DomElement | null
  getAttribute(name: string): string | null
  hasAttribute(name: string): boolean
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
  closest(selector: string): DomElement | null
  remove(): void
}

export interface DomDocument {
  readonly documentElement: DomElement | null
  readonly body: DomElement | null
  readonly head: DomElement | null
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
}

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE
}

/** Parses a page; linkedom accepts any string, but a page without `<html>` is wrapped so `body` exists. */
export function parsePage(html: string): DomDocument {
  const source = /<html[\s>]/iu.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`
  return (parseHTML(source) as unknown as { document: DomDocument }).document
}

/** A safe `querySelectorAll` as an array: a selector linkedom cannot handle yields nothing instead of throwing. */
export function selectAll(root: DomElement | DomDocument, selector: string): DomElement[] {
  try {
    return Array.from(root.querySelectorAll(selector))
  } catch {
    return []
  }
}

export function tagOf(element: DomElement): string {
  return element.tagName.toLowerCase()
}
