import * as Plot from '@observablehq/plot'
import { api } from './api.ts'
import { h } from './dom.ts'
import { type LabelKey, t } from './i18n.ts'

export async function renderArticles(): Promise<HTMLElement> {
  const documents = await api.documents()
  return h(
    'section',
    { class: 'articles' },
    h('h1', {}, t('articles.title')),
    documents.length === 0
      ? h('p', {}, t('articles.none'))
      : h(
          'ul',
          { class: 'doc-list' },
          documents.map((d) =>
            h(
              'li',
              {},
              h('a', { href: `#/doc/${d.id}` }, d.title ?? d.id),
              h(
                'span',
                { class: 'meta' },
                ` ${[d.outlet, d.published].filter(Boolean).join(' · ')} · ${d.quotes} ${t('articles.quotes')} · ${d.events} ${t('articles.events')}`,
              ),
            ),
          ),
        ),
  )
}

export async function renderActor(key: string): Promise<HTMLElement> {
  const [actor, timeline] = await Promise.all([api.actor(key), api.timeline(key)])
  const chart = h('div', { class: 'timeline-chart' })
  const dated = timeline.filter((item) => item.date)
  if (dated.length > 0) {
    chart.append(
      Plot.plot({
        height: 160,
        marginLeft: 70,
        x: { type: 'utc', label: null },
        y: { label: null },
        color: { legend: true },
        marks: [
          Plot.dotX(
            dated.map((item) => ({ ...item, day: new Date(item.date as string) })),
            Plot.dodgeY({ x: 'day', fill: 'kind', r: 5, title: (d: { text: string }) => d.text }),
          ),
        ],
      }),
    )
  }
  return h(
    'section',
    { class: 'actor' },
    h('h1', {}, actor.name),
    h(
      'p',
      { class: 'meta' },
      `${actor.kind}${actor.country ? ` · ${t('actor.country')}: ${actor.country}` : ''} · ${actor.documents} ${t('actor.documents')}`,
    ),
    actor.aliases.length ? h('p', {}, `${t('actor.aliases')}: ${actor.aliases.join(', ')}`) : null,
    h('h2', {}, t('actor.timeline')),
    chart,
    h(
      'ol',
      { class: 'timeline' },
      timeline.map((item) =>
        h(
          'li',
          {},
          h('span', { class: 'date' }, item.date ?? '?'),
          ' ',
          h(
            'span',
            { class: `badge ${item.kind}` },
            item.kind === 'quote' ? t(`kind.${item.label}` as LabelKey) : item.label,
          ),
          ' ',
          h('a', { href: `#/doc/${item.documentId}` }, item.text),
          item.outlet ? h('span', { class: 'meta' }, ` — ${item.outlet}`) : null,
        ),
      ),
    ),
  )
}

export async function renderSearch(params: URLSearchParams): Promise<HTMLElement> {
  const q = params.get('q') ?? ''
  const form = h(
    'form',
    { class: 'filters', 'aria-label': t('search.title') },
    h('input', { type: 'search', name: 'q', value: q, 'aria-label': t('search.title') }),
    h(
      'label',
      {},
      `${t('search.outlet')} `,
      h('input', { name: 'outlet', value: params.get('outlet') ?? '' }),
    ),
    h(
      'label',
      {},
      `${t('search.eventType')} `,
      h('input', { name: 'eventType', value: params.get('eventType') ?? '', size: 10 }),
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
  const filtered = new URLSearchParams([...params].filter(([, value]) => value))
  const results = q ? await api.search(filtered) : []
  return h(
    'section',
    { class: 'search-page' },
    h('h1', {}, t('search.title')),
    form,
    q && results.length === 0 ? h('p', {}, t('search.none')) : null,
    h(
      'ol',
      { class: 'results' },
      results.map((r) =>
        h(
          'li',
          {},
          h('a', { href: `#/doc/${r.documentId}` }, r.title ?? r.documentId),
          h('span', { class: 'meta' }, ` ${[r.outlet, r.published, r.kind].filter(Boolean).join(' · ')}`),
          h('p', { class: r.kind === 'quote' ? 'hit quote-hit' : 'hit' }, r.text),
        ),
      ),
    ),
  )
}

export async function renderBoard(): Promise<HTMLElement> {
  const [events, actors, documents] = await Promise.all([
    api.events('?limit=500'),
    api.actors(),
    api.documents(),
  ])
  const name = (key: string) => actors.find((a) => a.key === key)?.name ?? key
  const who = (keys: string[]) => keys.map(name).join(', ') || '?'
  const demands = events.filter((e) => e.type === 'REQUEST' || e.status === 'demanded')
  const promises = events.filter((e) => e.status === 'promised')
  // figures: the same thing counted by several sources, side by side
  const analyses = await Promise.all(documents.slice(0, 30).map((d) => api.analysis(d.id)))
  const figures = new Map<string, { value: number; outlet: string; text: string }[]>()
  for (const a of analyses) {
    for (const q of a.quantities) {
      if (!q.of) continue
      const list = figures.get(q.of) ?? []
      list.push({ value: q.value, outlet: a.source?.outlet ?? '?', text: a.text.slice(q.span[0], q.span[1]) })
      figures.set(q.of, list)
    }
  }
  const eventList = (list: typeof events, due: boolean) =>
    list.length === 0
      ? h('p', {}, t('board.none'))
      : h(
          'ul',
          {},
          list.map((e) =>
            h(
              'li',
              {},
              h('strong', {}, who(e.actors)),
              e.recipients.length ? ` → ${who(e.recipients)}` : '',
              due && e.when ? h('span', { class: 'badge' }, ` ${t('board.due')} ${e.when}`) : null,
              h('div', { class: 'evidence' }, h('a', { href: `#/doc/${e.documentId}` }, e.text)),
            ),
          ),
        )
  return h(
    'section',
    { class: 'board' },
    h('div', {}, h('h2', {}, t('board.demands')), eventList(demands, false)),
    h('div', {}, h('h2', {}, t('board.promises')), eventList(promises, true)),
    h(
      'div',
      {},
      h('h2', {}, t('board.figures')),
      h(
        'ul',
        {},
        [...figures].map(([of, reports]) => {
          // a disagreement is one thing counted differently by different outlets, not two counts in one article
          const outlets = new Set(reports.map((r) => r.outlet))
          const values = new Set(outlets.size > 1 ? reports.map((r) => r.value) : [])
          return h(
            'li',
            { class: values.size > 1 ? 'disagree' : undefined },
            h('strong', {}, of),
            ': ',
            reports.map((r) => `${r.value.toLocaleString()} (${r.outlet})`).join(' · '),
            values.size > 1 ? h('span', { class: 'badge' }, ` ${t('board.disagree')}`) : null,
          )
        }),
      ),
    ),
  )
}

export function renderPaste(): HTMLElement {
  const status = h('p', { role: 'status' })
  const form = h(
    'form',
    { class: 'paste' },
    h('label', {}, t('paste.text'), h('textarea', { name: 'text', rows: 16, required: true })),
    h('label', {}, t('paste.published'), h('input', { name: 'published', pattern: '\\d{4}-\\d{2}-\\d{2}' })),
    h('label', {}, t('paste.outlet'), h('input', { name: 'outlet' })),
    h('button', { type: 'submit' }, t('paste.submit')),
    status,
  )
  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const data = new FormData(form as HTMLFormElement)
    const body = { text: String(data.get('text') ?? '') } as {
      text: string
      published?: string
      outlet?: string
    }
    if (data.get('published')) body.published = String(data.get('published'))
    if (data.get('outlet')) body.outlet = String(data.get('outlet'))
    try {
      const { id } = await api.ingest(body)
      location.hash = `#/doc/${id}`
    } catch (error) {
      status.textContent = (error as Error).message
    }
  })
  return h('section', {}, h('h1', {}, t('paste.title')), form)
}
