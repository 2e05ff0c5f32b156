type Child = Node | string | null | undefined | false
type Attrs = Record<string, string | number | boolean | ((event: Event) => void) | undefined>

/** A tiny element builder: attributes, listeners (on…) and children, nothing more. */
export function h(tag: string, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElement {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value)
    else if (name === 'style') setStyle(element, String(value))
    else element.setAttribute(name, value === true ? '' : String(value))
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue
    element.append(typeof child === 'string' ? document.createTextNode(child) : child)
  }
  return element
}

/**
 * Declarations set one by one through the CSSOM: the Content-Security-Policy (style-src 'self') refuses a style
 * attribute, but not properties a script sets.
 */
function setStyle(element: HTMLElement, declarations: string): void {
  for (const declaration of declarations.split(';')) {
    const colon = declaration.indexOf(':')
    if (colon > 0)
      element.style.setProperty(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim())
  }
}

export function mount(root: HTMLElement, ...children: Child[]): void {
  root.replaceChildren(...(children.filter(Boolean) as (Node | string)[]))
}
