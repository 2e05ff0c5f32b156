import { api } from './api.ts'
import { h } from './dom.ts'
import { t, tv } from './i18n.ts'

/** The stored articles, newest first, and the actors who speak most across them. */
export async function renderHome(): Promise<HTMLElement> {
  const [documents, actors] = await Promise.all([api.documents(), api.actors()])
  const speaking = actors
    .filter((a) => a.quotes > 0 || a.documents > 1)
    .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name))
  return h(
    'div',
    { class: 'home' },
    h(
      'section',
      { class: 'articles' },
      h('h1', {}, t('articles.title')),
      documents.length === 0
        ? h('p', {}, h('a', { href: '#/paste' }, t('articles.none')))
        : h(
            'ul',
            { class: 'doc-list' },
            documents.map((d) =>
              h(
                'li',
                {},
                h('a', { href: `#/doc/${encodeURIComponent(d.id)}` }, d.title ?? d.id),
                h(
                  'span',
                  { class: 'meta' },
                  ` ${[d.outlet, d.published].filter(Boolean).join(' · ')} · ${d.quotes} ${t('articles.quotes')} · ${d.events} ${t('articles.events')}`,
                ),
              ),
            ),
          ),
    ),
    speaking.length
      ? h(
          'section',
          { class: 'actors' },
          h('h2', {}, t('articles.actors')),
          h(
            'ul',
            { class: 'actor-list' },
            speaking.map((a) =>
              h(
                'li',
                {},
                h('a', { href: `#/actor/${encodeURIComponent(a.key)}`, class: 'actor-link' }, a.name),
                h(
                  'span',
                  { class: 'meta' },
                  ` ${tv('actorKind', a.kind)} · ${a.quotes} ${t('articles.quotes')}`,
                ),
              ),
            ),
          ),
        )
      : null,
  )
}
