import { api, type DemandRow, type EventRow, type FigureGroup, type PromiseFollowUp } from './api.ts'
import { h } from './dom.ts'
import { formatDate, formatNumber, t, tv } from './i18n.ts'
import { pager } from './pager.ts'

/** Rows per page of the board's lists. */
const PAGE = 100
const date = (value: string | null | undefined) => (value ? formatDate(value) : '')

const eventLink = (e: EventRow) =>
  `#/doc/${encodeURIComponent(e.documentId)}?focus=${encodeURIComponent(e.id)}`

/** One side of a demand: the corpus keys that group it, and the names the server gives them (never the keys). */
interface Party {
  keys: string[]
  names: string[]
}

function party(keys: string[], names: string[]): Party {
  const sorted = keys.map((key, i) => [key, names[i] ?? '?'] as const).sort(([a], [b]) => (a < b ? -1 : 1))
  return { keys: sorted.map(([key]) => key), names: sorted.map(([, name]) => name) }
}

const who = (p: Party) => p.names.join(', ') || '?'
const names = (list: string[]) => list.join(', ') || '?'

/**
 * Who wants what from whom, one card per pair of parties, each side's demands next to the other's. The server
 * lists only demands that name who demands (`/api/demands`), each party with its display name.
 */
function demandsAgainstDemands(demands: DemandRow[]): HTMLElement {
  const pairs = new Map<string, { a: Party; b: Party; ab: DemandRow[]; ba: DemandRow[] }>()
  for (const e of demands) {
    const from = party(e.actors, e.actorNames)
    const to = party(e.recipients, e.recipientNames)
    const [first, second] = [from.keys.join('+'), to.keys.join('+')]
    const key = [first, second].sort().join(' | ')
    const pair = pairs.get(key) ?? { a: from, b: to, ab: [], ba: [] }
    ;(pair.a.keys.join('+') === first ? pair.ab : pair.ba).push(e)
    pairs.set(key, pair)
  }
  // pairs where both sides demand something first: they are the standoff
  const ordered = [...pairs.values()].sort(
    (x, y) =>
      Number(y.ba.length > 0) - Number(x.ba.length > 0) ||
      y.ab.length + y.ba.length - (x.ab.length + x.ba.length),
  )
  const side = (from: Party, to: Party, list: DemandRow[]) =>
    h(
      'div',
      { class: 'side' },
      h('h4', {}, `${who(from)} ${t('board.wants')} ${to.keys.length ? who(to) : t('board.nobody')}`),
      list.length
        ? h(
            'ul',
            {},
            list.map((e) =>
              h(
                'li',
                {},
                h('a', { href: eventLink(e) }, e.text),
                e.outlets.length ? h('span', { class: 'meta' }, ` — ${e.outlets.join(', ')}`) : null,
              ),
            ),
          )
        : h('p', { class: 'none' }, t('board.none')),
    )
  if (ordered.length === 0) return h('p', { class: 'none' }, t('article.none'))
  return h(
    'div',
    { class: 'pairs' },
    ordered.map((p) =>
      h(
        'article',
        { class: `pair${p.ba.length ? ' standoff' : ''}` },
        h('h3', {}, p.b.keys.length ? `${who(p.a)} ⇄ ${who(p.b)}` : who(p.a)),
        side(p.a, p.b, p.ab),
        p.b.keys.length ? side(p.b, p.a, p.ba) : null,
      ),
    ),
  )
}

/** One promise (AGREE promised, named) and what later articles report of it. */
const promiseRow =
  (asOf: string | undefined) =>
  ({ promise: e, due, state, evidence, late }: PromiseFollowUp) =>
    h(
      'tr',
      { class: `state-${state}` },
      h(
        'td',
        {},
        h('strong', {}, names(e.actorNames)),
        e.recipientNames.length ? ` → ${names(e.recipientNames)}` : '',
      ),
      h(
        'td',
        {},
        h('a', { href: eventLink(e) }, e.text),
        e.outlet ? h('span', { class: 'meta' }, ` — ${e.outlet}`) : null,
      ),
      h(
        'td',
        {},
        e.when ? date(e.when) : '—',
        due && due !== e.when ? h('div', { class: 'meta' }, `≤ ${date(due)}`) : null,
      ),
      h(
        'td',
        {},
        h('span', { class: `state ${state}` }, tv('promise', state)),
        late ? ` (${t('board.late')})` : '',
        evidence
          ? h(
              'div',
              { class: 'meta' },
              h('a', { href: eventLink(evidence) }, `${evidence.outlet ?? '?'} ${date(evidence.published)}`),
            )
          : asOf
            ? h('div', { class: 'meta' }, `${t('board.asOf')} ${date(asOf)}`)
            : null,
      ),
    )

/** The server's promises and what later articles report of them, a page at a time. */
async function promises(asOf: string | undefined): Promise<HTMLElement> {
  const body = h('tbody', {})
  const controls = await pager(
    (cursor) => api.promisePage(PAGE, cursor),
    (rows) => body.append(...rows.map(promiseRow(asOf))),
  )
  if (body.childElementCount === 0) return h('p', { class: 'none' }, t('article.none'))
  const table = h(
    'table',
    { class: 'promises' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, t('board.who')),
        h('th', {}, t('board.what')),
        h('th', {}, t('board.due')),
        h('th', {}, t('board.status')),
      ),
    ),
    body,
  )
  return h('div', {}, table, controls)
}

/** Every counted thing with the outlets that report it, a page at a time; those in dispute first (the server's rule). */
async function pagedFigures(): Promise<HTMLElement> {
  const list = h('ul', { class: 'figures-by-source' })
  const controls = await pager(
    (cursor) => api.figurePage(PAGE, cursor),
    (rows) => list.append(...rows.map(figureItem)),
  )
  return h('div', {}, list, controls)
}

function figureItem({ of, reports, disputed }: FigureGroup): HTMLElement {
  return h(
    'li',
    { class: disputed ? 'disagree' : undefined },
    h('strong', {}, of),
    disputed ? h('span', { class: 'badge warn' }, t('board.disagree')) : null,
    h(
      'ul',
      {},
      reports.map((r) =>
        h(
          'li',
          { class: r.disputed ? 'disputed' : undefined },
          `${r.approx ? '≈ ' : ''}${formatNumber(r.value)} `,
          h('span', { class: 'meta' }, `(${r.outlet ?? '?'}) `),
          h('a', { href: `#/doc/${encodeURIComponent(r.documentId)}` }, `„${r.text}“`),
        ),
      ),
    ),
  )
}

/** The demands a page at a time; each page joins the pairs drawn so far, so they are drawn again as a whole. */
async function pagedDemands(): Promise<HTMLElement> {
  const pairs = h('div', {})
  const controls = await pager(
    (cursor) => api.demandPage(PAGE, cursor),
    (_rows, all) => pairs.replaceChildren(demandsAgainstDemands(all)),
  )
  return h('div', {}, pairs, controls)
}

export async function renderBoard(): Promise<HTMLElement> {
  const documents = await api.documents()
  const asOf = documents
    .flatMap((d) => (d.published ? [d.published.slice(0, 10)] : []))
    .sort()
    .at(-1)
  const [demands, promised] = await Promise.all([pagedDemands(), promises(asOf)])
  return h(
    'section',
    { class: 'board' },
    h('h1', { class: 'visually-hidden' }, t('nav.board')),
    h('div', { class: 'demands' }, h('h2', {}, t('board.demands')), demands),
    h('div', { class: 'promised' }, h('h2', {}, t('board.promises')), promised),
    h('div', { class: 'figures' }, h('h2', {}, t('board.figures')), await pagedFigures()),
  )
}
