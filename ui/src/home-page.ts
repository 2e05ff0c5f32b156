import { type ActorSummary, api, type DocumentSummary } from './api.ts'
import { h } from './dom.ts'
import { formatDate, languageName, t, tv } from './i18n.ts'
import { pager, pagesOf } from './pager.ts'

/** Rows per page of the home lists. */
const PAGE = 50

const documentItem = (d: DocumentSummary) =>
  h(
    'li',
    {},
    h('a', { href: `#/doc/${encodeURIComponent(d.id)}` }, d.title ?? d.id),
    h(
      'span',
      { class: 'meta' },
      ` ${[d.outlet, d.published ? formatDate(d.published) : null, d.lang ? languageName(d.lang) : null].filter(Boolean).join(' · ')} · ${d.quotes} ${t('articles.quotes')} · ${d.events} ${t('articles.events')}`,
    ),
  )

const actorItem = (a: ActorSummary) =>
  h(
    'li',
    {},
    h('a', { href: `#/actor/${encodeURIComponent(a.key)}`, class: 'actor-link' }, a.name),
    h('span', { class: 'meta' }, ` ${tv('actorKind', a.kind)} · ${a.quotes} ${t('articles.quotes')}`),
  )

/** The stored articles, newest first, and the actors who speak most across them, each list a page at a time. */
export async function renderHome(): Promise<HTMLElement> {
  const documents = h('ul', { class: 'doc-list' })
  const [documentPager, actors] = await Promise.all([
    pager(
      (cursor) => api.documentPage(PAGE, cursor),
      (rows) => documents.append(...rows.map(documentItem)),
    ),
    api.actors(),
  ])
  // the API lists actors by key; who speaks most is sorted here, so the actors are paged here too
  const speaking = actors
    .filter((a) => a.quotes > 0 || a.documents > 1)
    .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name))
  const actorList = h('ul', { class: 'actor-list' })
  const actorPager = speaking.length
    ? await pager(pagesOf(speaking, PAGE), (rows) => actorList.append(...rows.map(actorItem)))
    : null
  return h(
    'div',
    { class: 'home' },
    h(
      'section',
      { class: 'articles' },
      h('h1', {}, t('articles.title')),
      documents.childElementCount === 0
        ? h('p', {}, h('a', { href: '#/paste' }, t('articles.none')))
        : [documents, documentPager],
    ),
    actorPager
      ? h('section', { class: 'actors' }, h('h2', {}, t('articles.actors')), actorList, actorPager)
      : null,
  )
}
