import { api, type Disagreement, type EventRow, type PromiseFollowUp } from './api.ts'
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

/** The server's follow-up when it has one; otherwise each promise is open until its due date passes. */
function followUps(events: EventRow[], asOf: string | undefined): PromiseFollowUp[] {
  return events
    .filter((e) => e.status === 'promised')
    .map((promise) => {
      const due = promise.when ? (timexEnd(promise.when) ?? null) : null
      // "past due" is judged against the newest article, never against the machine's clock
      const overdue = due !== null && asOf !== undefined && due < asOf
      return { promise, due, state: overdue ? 'overdue' : 'open', evidence: null, late: false }
    })
}

function promises(
  list: PromiseFollowUp[],
  who: (keys: string[]) => string,
  asOf: string | undefined,
): HTMLElement {
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
      list.map(({ promise: e, due, state, evidence, late }) =>
        h(
          'tr',
          { class: `state-${state}` },
          h('td', {}, h('strong', {}, who(e.actors)), e.recipients.length ? ` → ${who(e.recipients)}` : ''),
          h(
            'td',
            {},
            h('a', { href: eventLink(e) }, e.text),
            e.outlet ? h('span', { class: 'meta' }, ` — ${e.outlet}`) : null,
          ),
          h('td', {}, e.when ?? '—', due && due !== e.when ? h('div', { class: 'meta' }, `≤ ${due}`) : null),
          h(
            'td',
            {},
            h('span', { class: `state ${state}` }, tv('promise', state)),
            late ? ` (${t('board.late')})` : '',
            evidence
              ? h(
                  'div',
                  { class: 'meta' },
                  h(
                    'a',
                    { href: eventLink(evidence) },
                    `${evidence.outlet ?? '?'} ${evidence.published ?? ''}`,
                  ),
                )
              : asOf
                ? h('div', { class: 'meta' }, `${t('board.asOf')} ${asOf}`)
                : null,
          ),
        ),
      ),
    ),
  )
}

interface Report {
  value: number
  approx?: boolean
  outlet: string
  text: string
  documentId: string
  span: [number, number]
}

/** Every counted thing with the outlets that report it; those the server (or, without it, a simple rule) finds in dispute first. */
async function figures(
  documents: { id: string }[],
  disputes: Disagreement[] | undefined,
): Promise<HTMLElement> {
  const analyses = await Promise.all(documents.slice(0, 50).map((d) => api.analysis(d.id)))
  const counted = new Map<string, Report[]>()
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
        span: q.span,
      })
      counted.set(q.of, list)
    }
  }
  const disputed = new Set(
    (disputes ?? []).flatMap((d) => d.reports.map((r) => `${r.documentId}:${r.span[0]}`)),
  )
  const inDispute = (reports: Report[]) => {
    if (disputes) return reports.some((r) => disputed.has(`${r.documentId}:${r.span[0]}`))
    // without the server's rule: one thing counted differently by different outlets, not two counts in one article
    const byOutlet = new Map<string, Set<number>>()
    for (const r of reports) byOutlet.set(r.outlet, (byOutlet.get(r.outlet) ?? new Set()).add(r.value))
    return byOutlet.size > 1 && new Set([...byOutlet.values()].map((v) => [...v].sort().join())).size > 1
  }
  if (counted.size === 0) return h('p', { class: 'none' }, t('article.none'))
  const groups = [...counted].map(([of, reports]) => ({ of, reports, disagree: inDispute(reports) }))
  groups.sort((a, b) => Number(b.disagree) - Number(a.disagree))
  return h(
    'ul',
    { class: 'figures-by-source' },
    groups.map(({ of, reports, disagree }) =>
      h(
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
              { class: disputed.has(`${r.documentId}:${r.span[0]}`) ? 'disputed' : undefined },
              `${r.approx ? '≈ ' : ''}${formatNumber(r.value)} `,
              h('span', { class: 'meta' }, `(${r.outlet}) `),
              h('a', { href: `#/doc/${encodeURIComponent(r.documentId)}` }, `„${r.text}“`),
            ),
          ),
        ),
      ),
    ),
  )
}

export async function renderBoard(): Promise<HTMLElement> {
  const [events, actors, documents, served, disputes] = await Promise.all([
    api.events('?limit=500'),
    api.actors(),
    api.documents(),
    api.promises(),
    api.disagreements(),
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
      promises(served ?? followUps(events, asOf), who, asOf),
    ),
    h('div', { class: 'figures' }, h('h2', {}, t('board.figures')), await figures(documents, disputes)),
  )
}
