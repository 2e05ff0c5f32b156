import { api, type EventRow } from './api.ts'
import { h } from './dom.ts'
import { formatNumber, t, tv } from './i18n.ts'
import { timexEnd } from './timex.ts'

const eventLink = (e: EventRow) =>
  `#/doc/${encodeURIComponent(e.documentId)}?focus=${encodeURIComponent(e.id)}`

/** Who wants what from whom, one card per pair of parties, each side's demands next to the other's. */
function demandsAgainstDemands(demands: EventRow[], who: (keys: string[]) => string): HTMLElement {
  const pairs = new Map<string, { a: string[]; b: string[]; ab: EventRow[]; ba: EventRow[] }>()
  for (const e of demands) {
    const from = [...e.actors].sort()
    const to = [...e.recipients].sort()
    const [first, second] = [from.join('+'), to.join('+')]
    const key = [first, second].sort().join(' | ')
    const pair = pairs.get(key) ?? { a: from, b: to, ab: [], ba: [] }
    ;(pair.a.join('+') === first ? pair.ab : pair.ba).push(e)
    pairs.set(key, pair)
  }
  // pairs where both sides demand something first: they are the standoff
  const ordered = [...pairs.values()].sort(
    (x, y) =>
      Number(y.ba.length > 0) - Number(x.ba.length > 0) ||
      y.ab.length + y.ba.length - (x.ab.length + x.ba.length),
  )
  const side = (from: string[], to: string[], list: EventRow[]) =>
    h(
      'div',
      { class: 'side' },
      h('h4', {}, `${who(from)} ${t('board.wants')} ${to.length ? who(to) : t('board.nobody')}`),
      list.length
        ? h(
            'ul',
            {},
            list.map((e) =>
              h(
                'li',
                {},
                h('a', { href: eventLink(e) }, e.text),
                e.outlet ? h('span', { class: 'meta' }, ` — ${e.outlet}`) : null,
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
        h('h3', {}, p.b.length ? `${who(p.a)} ⇄ ${who(p.b)}` : who(p.a)),
        side(p.a, p.b, p.ab),
        p.b.length ? side(p.b, p.a, p.ba) : null,
      ),
    ),
  )
}

function promises(list: EventRow[], who: (keys: string[]) => string, asOf: string | undefined): HTMLElement {
  if (list.length === 0) return h('p', { class: 'none' }, t('article.none'))
  return h(
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
    h(
      'tbody',
      {},
      list.map((e) => {
        const end = e.when ? timexEnd(e.when) : undefined
        // "past due" is judged against the newest article, never against the machine's clock
        const overdue = end !== undefined && asOf !== undefined && end < asOf
        return h(
          'tr',
          { class: overdue ? 'overdue' : undefined },
          h('td', {}, h('strong', {}, who(e.actors)), e.recipients.length ? ` → ${who(e.recipients)}` : ''),
          h('td', {}, h('a', { href: eventLink(e) }, e.text)),
          h('td', {}, e.when ?? '—', end && end !== e.when ? h('div', { class: 'meta' }, `≤ ${end}`) : null),
          h(
            'td',
            {},
            `${tv('status', e.status)} · ${overdue ? t('board.overdue') : t('board.open')}`,
            asOf ? h('div', { class: 'meta' }, `${t('board.asOf')} ${asOf}`) : null,
          ),
        )
      }),
    ),
  )
}

async function figures(documents: { id: string }[]): Promise<HTMLElement> {
  const analyses = await Promise.all(documents.slice(0, 30).map((d) => api.analysis(d.id)))
  const counted = new Map<
    string,
    { value: number; approx?: boolean; outlet: string; text: string; documentId: string }[]
  >()
  for (const a of analyses) {
    for (const q of a.quantities) {
      if (!q.of) continue
      const list = counted.get(q.of) ?? []
      list.push({
        value: q.value,
        approx: q.approx,
        outlet: a.source?.outlet ?? '?',
        text: a.text.slice(q.span[0], q.span[1]),
        documentId: a.id,
      })
      counted.set(q.of, list)
    }
  }
  if (counted.size === 0) return h('p', { class: 'none' }, t('article.none'))
  return h(
    'ul',
    { class: 'figures-by-source' },
    [...counted].map(([of, reports]) => {
      // a disagreement is one thing counted differently by different outlets, not two counts in one article
      const byOutlet = new Map<string, Set<number>>()
      for (const r of reports) byOutlet.set(r.outlet, (byOutlet.get(r.outlet) ?? new Set()).add(r.value))
      const outletValues = [...byOutlet.values()].map((v) => [...v].sort().join())
      const disagree = byOutlet.size > 1 && new Set(outletValues).size > 1
      return h(
        'li',
        { class: disagree ? 'disagree' : undefined },
        h('strong', {}, of),
        disagree ? h('span', { class: 'badge warn' }, t('board.disagree')) : null,
        h(
          'ul',
          {},
          reports.map((r) =>
            h(
              'li',
              {},
              `${r.approx ? '≈ ' : ''}${formatNumber(r.value)} `,
              h('span', { class: 'meta' }, `(${r.outlet}) `),
              h('a', { href: `#/doc/${encodeURIComponent(r.documentId)}` }, `„${r.text}“`),
            ),
          ),
        ),
      )
    }),
  )
}

export async function renderBoard(): Promise<HTMLElement> {
  const [events, actors, documents] = await Promise.all([
    api.events('?limit=500'),
    api.actors(),
    api.documents(),
  ])
  const names = new Map(actors.map((a) => [a.key, a.name]))
  const who = (keys: string[]) => keys.map((k) => names.get(k) ?? k).join(', ') || '?'
  const asOf = documents
    .flatMap((d) => (d.published ? [d.published.slice(0, 10)] : []))
    .sort()
    .at(-1)
  return h(
    'section',
    { class: 'board' },
    h('h1', { class: 'visually-hidden' }, t('nav.board')),
    h(
      'div',
      { class: 'demands' },
      h('h2', {}, t('board.demands')),
      demandsAgainstDemands(
        events.filter((e) => e.type === 'REQUEST' || e.status === 'demanded'),
        who,
      ),
    ),
    h(
      'div',
      { class: 'promised' },
      h('h2', {}, t('board.promises')),
      promises(
        events.filter((e) => e.status === 'promised'),
        who,
        asOf,
      ),
    ),
    h('div', { class: 'figures' }, h('h2', {}, t('board.figures')), await figures(documents)),
  )
}
