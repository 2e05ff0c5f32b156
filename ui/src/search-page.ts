import { PLOVER_TYPES } from '../../src/document/plover-types.ts'
import { api, type SearchHit } from './api.ts'
import { h } from './dom.ts'
import { formatDate, t, tv } from './i18n.ts'
import { pager } from './pager.ts'

/** Hits per page. */
const PAGE = 50

/** The hit's text with the words the server matched (in any inflected form) marked. */
function highlight(hit: SearchHit): (Node | string)[] {
  const parts: (Node | string)[] = []
  let at = 0
  for (const [start, end] of hit.marks) {
    if (start < at) continue
    parts.push(hit.text.slice(at, start), h('mark', { class: 'hit-term' }, hit.text.slice(start, end)))
    at = end
  }
  parts.push(hit.text.slice(at))
  return parts
}

const select = (name: string, label: string, current: string, options: [string, string][]) =>
  h(
    'label',
    {},
    `${label} `,
    h(
      'select',
      { name },
      h('option', { value: '' }, t('search.any')),
      options.map(([value, text]) => h('option', { value, selected: value === current }, text)),
    ),
  )

const dateInput = (name: string, label: string, params: URLSearchParams) =>
  h('label', {}, `${label} `, h('input', { type: 'date', name, value: params.get(name) ?? '' }))

/** Outlet, date and kind of a hit; for a quote also how it is rendered and who said it. */
function hitMeta(hit: SearchHit): (Node | string)[] {
  const facts = [hit.outlet, hit.published ? formatDate(hit.published) : null]
  if (hit.kind === 'document') facts.push(t('search.kind.document'))
  else facts.push(`${t('search.kind.quote')} (${tv('kind', hit.quoteKind ?? '?')})`)
  const speaker =
    hit.kind === 'quote'
      ? hit.speaker && hit.speakerName
        ? h('a', { href: `#/actor/${encodeURIComponent(hit.speaker)}`, class: 'speaker' }, hit.speakerName)
        : h('span', { class: 'speaker' }, t('article.unnamed'))
      : null
  return [` ${facts.filter(Boolean).join(' · ')}`, speaker ? ' · ' : '', speaker ?? '']
}

const hitItem = (hit: SearchHit) =>
  h(
    'li',
    { class: hit.kind },
    h(
      'a',
      {
        href: `#/doc/${encodeURIComponent(hit.documentId)}${hit.kind === 'quote' ? `?focus=${encodeURIComponent(hit.ref)}` : ''}`,
      },
      hit.title ?? hit.documentId,
    ),
    h('span', { class: 'meta' }, ...hitMeta(hit)),
    // a quote's words as the article has them: marks it carries are its own, none are added
    h('p', { class: hit.kind === 'quote' ? 'hit quote-hit' : 'hit' }, ...highlight(hit)),
  )

export async function renderSearch(params: URLSearchParams): Promise<HTMLElement> {
  const q = params.get('q') ?? ''
  const [actors, documents] = await Promise.all([api.actors(), api.documents()])
  const outlets = [...new Set(documents.flatMap((d) => (d.outlet ? [d.outlet] : [])))].sort()
  const speaking = actors
    .filter((a) => a.quotes > 0 || a.documents > 1)
    .sort((a, b) => a.name.localeCompare(b.name))
  const form = h(
    'form',
    { class: 'filters', 'aria-label': t('search.title') },
    h('input', { type: 'search', name: 'q', value: q, required: true, 'aria-label': t('search.title') }),
    select('kind', t('search.kind'), params.get('kind') ?? '', [
      ['document', t('search.kind.document')],
      ['quote', t('search.kind.quote')],
    ]),
    select(
      'actor',
      t('search.actor'),
      params.get('actor') ?? '',
      speaking.map((a) => [a.key, a.name]),
    ),
    select(
      'outlet',
      t('search.outlet'),
      params.get('outlet') ?? '',
      outlets.map((o) => [o, o]),
    ),
    select(
      'eventType',
      t('search.eventType'),
      params.get('eventType') ?? '',
      PLOVER_TYPES.map((type) => [type, type]),
    ),
    dateInput('from', t('search.from'), params),
    dateInput('to', t('search.to'), params),
    h('button', { type: 'submit' }, t('search.submit')),
  )
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const next = new URLSearchParams()
    for (const [name, value] of new FormData(form as HTMLFormElement))
      if (String(value)) next.set(name, String(value))
    location.hash = `#/search?${next}`
  })
  const results = h('ol', { class: 'results' })
  let controls: HTMLElement | null = null
  if (q) {
    const query = new URLSearchParams([...params].filter(([, value]) => value))
    query.set('limit', String(PAGE))
    controls = await pager(
      (cursor) => api.searchPage(query, cursor),
      (rows) => results.append(...rows.map(hitItem)),
    )
  }
  return h(
    'section',
    { class: 'search-page' },
    h('h1', {}, t('search.title')),
    form,
    q && results.childElementCount === 0 ? h('p', { role: 'status', class: 'meta' }, t('search.none')) : null,
    results,
    results.childElementCount ? controls : null,
  )
}
