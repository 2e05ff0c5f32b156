/**
 * One shared tooltip for the marks of a page: it opens on hover and on keyboard focus (a `title` attribute
 * never shows on focus), and Escape closes it. `describe` returns its content, or null for no tooltip.
 */
// While the reader walks with the keys, the mouse resting where the page scrolls to must not steal the tooltip
// (Chromium sends mouseover/mouseout, without movement, when content scrolls under a still pointer).
let keyboard = false
document.addEventListener('keydown', () => {
  keyboard = true
})
document.addEventListener('mousemove', (event) => {
  if (event.movementX || event.movementY) keyboard = false
})

export function attachTooltip(
  root: HTMLElement,
  selector: string,
  describe: (el: HTMLElement) => Node | null,
) {
  let tip = document.getElementById('tip')
  if (!tip) {
    tip = document.createElement('div')
    tip.id = 'tip'
    tip.setAttribute('role', 'tooltip')
    tip.hidden = true
    document.body.append(tip)
  }
  const box = tip
  const show = (target: EventTarget | null) => {
    const el = target instanceof Element ? (target.closest(selector) as HTMLElement | null) : null
    if (!el || !root.contains(el)) return
    const content = describe(el)
    if (!content) return
    box.replaceChildren(content)
    box.hidden = false
    const rect = el.getClientRects()[0] ?? el.getBoundingClientRect()
    const width = Math.min(box.offsetWidth, window.innerWidth - 16)
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8))
    const below = rect.bottom + box.offsetHeight + 8 < window.innerHeight
    box.style.left = `${left + window.scrollX}px`
    box.style.top = `${(below ? rect.bottom + 6 : rect.top - box.offsetHeight - 6) + window.scrollY}px`
  }
  const hide = () => {
    box.hidden = true
  }
  root.addEventListener('mouseover', (event) => {
    if (!keyboard) show(event.target)
  })
  // Chromium sends mouseover before the mousemove that ends keyboard mode: the first real move after the keys
  // were used shows the mark under the pointer (this runs before the document's listener clears the flag)
  root.addEventListener('mousemove', (event) => {
    if (keyboard && (event.movementX || event.movementY)) show(event.target)
  })
  root.addEventListener('focusin', (event) => show(event.target))
  root.addEventListener('mouseout', (event) => {
    if (keyboard) return
    if (!(event.relatedTarget instanceof Element && event.relatedTarget.closest(selector))) hide()
  })
  root.addEventListener('focusout', hide)
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide()
  })
  hide()
}
