import { PLOVER_TYPES } from '../../src/document/plover-types.ts'
import { api, type SearchHit } from './api.ts'
import { h } from './dom.ts'
import { t } from './i18n.ts'

/** The words of the query, marked in a hit so the reader sees why it matched. */
function highlight(text: string, q: string): (Node | string)[] {
  const words = q
    .split(/\s+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ''))
    .filter((w) => w.length > 1)
  if (words.length === 0) return [text]
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
  const pattern = new RegExp(`(${escaped.join('|')})`, 'giu')
  return text.split(pattern).map((part, i) => (i % 2 ? h('mark', { class: 'hit-term' }, part) : part))
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

export async function renderSearch(params: URLSearchParams): Promise<HTMLElement> {
  const q = params.get('q') ?? ''
  const kind = params.get('kind') ?? ''
  const [actors, documents] = await Promise.all([api.actors(), api.documents()])
  const outlets = [...new Set(documents.flatMap((d) => (d.outlet ? [d.outlet] : [])))].sort()
  const speaking = actors
    .filter((a) => a.quotes > 0 || a.documents > 1)
    .sort((a, b) => a.name.localeCompare(b.name))
  const form = h(
    'form',
    { class: 'filters', 'aria-label': t('search.title') },
    h('input', { type: 'search', name: 'q', value: q, required: true, 'aria-label': t('search.title') }),
    select('kind', t('search.kind'), kind, [
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
    h(
      'label',
      {},
      `${t('search.eventType')} `,
      h('input', { name: 'eventType', value: params.get('eventType') ?? '', size: 10, list: 'event-types' }),
      h(
        'datalist',
        { id: 'event-types' },
        PLOVER_TYPES.map((type) => h('option', { value: type })),
      ),
    ),
    h(
      'label',
      {},
      `${t('search.from')} `,
      h('input', { type: 'date', name: 'from', value: params.get('from') ?? '' }),
    ),
    h(
      'label',
      {},
      `${t('search.to')} `,
      h('input', { type: 'date', name: 'to', value: params.get('to') ?? '' }),
    ),
    h('button', { type: 'submit' }, t('search.submit')),
  )
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const next = new URLSearchParams()
    for (const [name, value] of new FormData(form as HTMLFormElement))
      if (String(value)) next.set(name, String(value))
    location.hash = `#/search?${next}`
  })
  // the API knows no kind filter: it is applied here, to the hits of one query
  const query = new URLSearchParams([...params].filter(([name, value]) => value && name !== 'kind'))
  const results: SearchHit[] = q ? (await api.search(query)).filter((r) => !kind || r.kind === kind) : []
  return h(
    'section',
    { class: 'search-page' },
    h('h1', {}, t('search.title')),
    form,
    q
      ? h(
          'p',
          { role: 'status', class: 'meta' },
          results.length ? `${results.length} ${t('search.count')}` : t('search.none'),
        )
      : null,
    h(
      'ol',
      { class: 'results' },
      results.map((r) =>
        h(
          'li',
          { class: r.kind },
          h(
            'a',
            {
              href: `#/doc/${encodeURIComponent(r.documentId)}${r.kind === 'quote' ? `?focus=${encodeURIComponent(r.ref)}` : ''}`,
            },
            r.title ?? r.documentId,
          ),
          h(
            'span',
            { class: 'meta' },
            ` ${[r.outlet, r.published, t(r.kind === 'quote' ? 'search.kind.quote' : 'search.kind.document')].filter(Boolean).join(' · ')}`,
          ),
          h('p', { class: r.kind === 'quote' ? 'hit quote-hit' : 'hit' }, ...highlight(r.text, q)),
        ),
      ),
    ),
  )
}
