type Child = Node | string | null | undefined | false
type Attrs = Record<string, string | number | boolean | ((event: Event) => void) | undefined>

/** A tiny element builder: attributes, listeners (on…) and children, nothing more. */
export function h(tag: string, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElement {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value)
    else element.setAttribute(name, value === true ? '' : String(value))
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue
    element.append(typeof child === 'string' ? document.createTextNode(child) : child)
  }
  return element
}

export function mount(root: HTMLElement, ...children: Child[]): void {
  root.replaceChildren(...(children.filter(Boolean) as (Node | string)[]))
}
