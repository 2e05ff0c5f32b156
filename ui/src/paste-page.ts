import { api } from './api.ts'
import { h } from './dom.ts'
import { t } from './i18n.ts'

/** Paste an article's text; it is analysed and stored, then shown in the article view. */
export function renderPaste(): HTMLElement {
  const status = h('p', { role: 'status', 'aria-live': 'polite' })
  const submit = h('button', { type: 'submit' }, t('paste.submit')) as HTMLButtonElement
  const form = h(
    'form',
    { class: 'paste' },
    h('label', {}, t('paste.text'), h('textarea', { name: 'text', rows: 16, required: true })),
    h(
      'div',
      { class: 'row' },
      h('label', {}, t('paste.published'), h('input', { name: 'published', type: 'date' })),
      h('label', {}, t('paste.outlet'), h('input', { name: 'outlet', maxlength: 200 })),
    ),
    submit,
    status,
  )
  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const data = new FormData(form as HTMLFormElement)
    const body: { text: string; published?: string; outlet?: string } = {
      text: String(data.get('text') ?? ''),
    }
    if (data.get('published')) body.published = String(data.get('published'))
    if (data.get('outlet')) body.outlet = String(data.get('outlet'))
    submit.disabled = true
    status.className = ''
    status.textContent = t('paste.busy')
    try {
      const { id } = await api.ingest(body)
      location.hash = `#/doc/${encodeURIComponent(id)}`
    } catch (error) {
      status.className = 'error'
      status.textContent = (error as Error).message
      submit.disabled = false
    }
  })
  return h('section', { class: 'paste-page' }, h('h1', {}, t('paste.title')), form)
}
