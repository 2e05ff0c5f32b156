import { renderActor } from './actor-page.ts'
import { renderArticle, stepStatement } from './article-view.ts'
import { renderBoard } from './board.ts'
import { h, mount } from './dom.ts'
import { renderHome } from './home-page.ts'
import { currentLang, type LabelKey, setLang, t } from './i18n.ts'
import { renderPaste } from './paste-page.ts'
import { renderSearch } from './search-page.ts'

const app = document.getElementById('app') as HTMLElement
const searchInput = document.getElementById('search-input') as HTMLInputElement

function applyLabels(): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]'))
    element.textContent = t(element.dataset.i18n as LabelKey)
  searchInput.placeholder = t('search.placeholder')
  searchInput.setAttribute('aria-label', t('search.title'))
  const toggle = document.getElementById('lang-toggle') as HTMLElement
  toggle.textContent = currentLang() === 'de' ? 'EN' : 'DE'
  toggle.setAttribute('aria-label', currentLang() === 'de' ? 'English' : 'Deutsch')
}

function markCurrentNav(path: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('header nav a')) {
    const target = link.getAttribute('href')?.replace(/^#/u, '') ?? ''
    const current = target === '/' ? path === '/' || path.startsWith('/doc') : path.startsWith(target)
    if (current) link.setAttribute('aria-current', 'page')
    else link.removeAttribute('aria-current')
  }
}

/** Hash routes: #/, #/doc/ID[?focus=QUOTE|EVENT], #/actor/KEY, #/board, #/search?q=…, #/paste */
let routing = 0

async function route(): Promise<void> {
  // a newer hash change wins: a slow page that finishes later must not replace it
  const turn = ++routing
  const hash = location.hash
  const [path = '', query = ''] = hash.replace(/^#/u, '').split('?')
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent)
  const params = new URLSearchParams(query)
  const tip = document.getElementById('tip')
  if (tip) tip.hidden = true
  markCurrentNav(path || '/')
  searchInput.value = parts[0] === 'search' ? (params.get('q') ?? '') : ''
  app.setAttribute('aria-busy', 'true')
  try {
    let view: HTMLElement
    if (parts[0] === 'doc' && parts[1]) view = await renderArticle(parts[1], params.get('focus') ?? undefined)
    else if (parts[0] === 'actor' && parts[1]) view = await renderActor(parts[1])
    else if (parts[0] === 'board') view = await renderBoard()
    else if (parts[0] === 'search') view = await renderSearch(params)
    else if (parts[0] === 'paste') view = renderPaste()
    else view = await renderHome()
    if (turn !== routing) return
    mount(app, view)
  } catch (error) {
    if (turn !== routing) return
    mount(app, h('p', { class: 'error', role: 'alert' }, `${t('error.load')}: ${(error as Error).message}`))
  }
  app.removeAttribute('aria-busy')
  // which route the page shows, for tests and for styles
  app.dataset.route = hash || '#/'
  const target = app.querySelector<HTMLElement>('[data-autofocus]')
  if (target) {
    target.scrollIntoView({ block: 'center' })
    target.focus({ preventScroll: true })
  } else {
    window.scrollTo(0, 0)
    app.focus({ preventScroll: true })
  }
}

document.getElementById('search-form')?.addEventListener('submit', (event) => {
  event.preventDefault()
  const q = searchInput.value.trim()
  if (q) location.hash = `#/search?${new URLSearchParams({ q })}`
})
document.getElementById('lang-toggle')?.addEventListener('click', () => {
  setLang(currentLang() === 'de' ? 'en' : 'de')
  applyLabels()
  void route()
})
document.addEventListener('keydown', (event) => {
  const target = event.target
  const typing =
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  if (typing || event.altKey || event.ctrlKey || event.metaKey) return
  // "/" jumps to search, as in most reading tools; j/k walk the statements like a mail reader
  if (event.key === '/') {
    event.preventDefault()
    searchInput.focus()
    searchInput.select()
  } else if ((event.key === 'j' || event.key === 'k') && stepStatement(event.key === 'j' ? 1 : -1)) {
    event.preventDefault()
  }
})
window.addEventListener('hashchange', () => void route())
setLang(currentLang())
applyLabels()
void route()
