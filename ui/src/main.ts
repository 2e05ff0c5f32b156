import { renderArticle } from './article-view.ts'
import { h, mount } from './dom.ts'
import { currentLang, type LabelKey, setLang, t } from './i18n.ts'
import { renderActor, renderArticles, renderBoard, renderPaste, renderSearch } from './pages.ts'

const app = document.getElementById('app') as HTMLElement

function applyLabels(): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]'))
    element.textContent = t(element.dataset.i18n as LabelKey)
  const input = document.getElementById('search-input') as HTMLInputElement
  input.placeholder = t('search.placeholder')
  ;(document.getElementById('lang-toggle') as HTMLElement).textContent = currentLang() === 'de' ? 'EN' : 'DE'
}

/** Hash routes: #/, #/doc/ID, #/actor/KEY, #/board, #/search?q=…, #/paste */
async function route(): Promise<void> {
  const [path = '', query = ''] = location.hash.replace(/^#/u, '').split('?')
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent)
  try {
    let view: HTMLElement
    if (parts[0] === 'doc' && parts[1]) view = await renderArticle(parts[1])
    else if (parts[0] === 'actor' && parts[1]) view = await renderActor(parts[1])
    else if (parts[0] === 'board') view = await renderBoard()
    else if (parts[0] === 'search') view = await renderSearch(new URLSearchParams(query))
    else if (parts[0] === 'paste') view = renderPaste()
    else view = await renderArticles()
    mount(app, view)
  } catch (error) {
    mount(app, h('p', { class: 'error', role: 'alert' }, `${t('error.load')}: ${(error as Error).message}`))
  }
  app.focus({ preventScroll: true })
}

document.getElementById('search-form')?.addEventListener('submit', (event) => {
  event.preventDefault()
  const q = (document.getElementById('search-input') as HTMLInputElement).value.trim()
  if (q) location.hash = `#/search?${new URLSearchParams({ q })}`
})
document.getElementById('lang-toggle')?.addEventListener('click', () => {
  setLang(currentLang() === 'de' ? 'en' : 'de')
  applyLabels()
  void route()
})
// "/" jumps to search, as in most reading tools
document.addEventListener('keydown', (event) => {
  if (
    event.key === '/' &&
    !(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement)
  ) {
    event.preventDefault()
    ;(document.getElementById('search-input') as HTMLInputElement).focus()
  }
})
window.addEventListener('hashchange', () => void route())
setLang(currentLang())
applyLabels()
void route()
