import { type Actor, api, type RoleFact, type TimelineItem } from './api.ts'
import { h } from './dom.ts'
import { formatDate, formatNumber, t, tv } from './i18n.ts'

const docLink = (item: TimelineItem) =>
  `#/doc/${encodeURIComponent(item.documentId)}?focus=${encodeURIComponent(item.id)}`

/** Roles, country and spellings as the articles give them (the corpus summary keeps only names). */
async function describedAs(key: string, timeline: TimelineItem[]): Promise<Actor[]> {
  const documentIds = [...new Set(timeline.map((item) => item.documentId))].slice(0, 20)
  const found = await Promise.all(
    documentIds.map(async (id) => {
      const [analysis, keys] = await Promise.all([api.analysis(id), api.actorKeys(id)])
      return analysis.actors.filter((a) => keys[a.id] === key)
    }),
  )
  return found.flat()
}

function paddedDomain(days: number[]): [Date, Date] {
  const [first, last] = [Math.min(...days), Math.max(...days)]
  const pad = Math.max(3 * 864e5, (last - first) * 0.05)
  return [new Date(first - pad), new Date(last + pad)]
}

async function timelineChart(timeline: TimelineItem[]): Promise<HTMLElement | null> {
  const dated = timeline.filter((item) => item.date && !Number.isNaN(Date.parse(item.date)))
  if (dated.length === 0) return null
  // Plot (with d3) is most of the bundle; only this page needs it, so it loads here
  const Plot = await import('./plot.ts')
  const rows = dated.map((item) => ({
    day: new Date(item.date as string),
    row: t(item.kind === 'quote' ? 'actor.quote' : 'actor.event'),
    label: item.kind === 'quote' ? tv('kind', item.label) : item.label,
    text: item.text,
    href: docLink(item),
  }))
  const days = new Set(rows.map((r) => r.day.getTime()))
  const domain = paddedDomain([...days])
  const chart = Plot.plot({
    className: 'timeline-plot',
    height:
      90 +
      22 * Math.min(12, Math.max(...[...days].map((d) => rows.filter((r) => r.day.getTime() === d).length))),
    width: Math.max(320, Math.min(1200, (document.getElementById('app')?.clientWidth ?? 680) - 40)),
    marginLeft: 90,
    // a few days either side, so one day of coverage is a column in a week, not a point filling the width
    x: {
      type: 'utc',
      label: null,
      domain,
      // whole days: a statement has a date, never an hour
      ...(domain[1].getTime() - domain[0].getTime() < 15 * 864e5
        ? { ticks: 'day', tickFormat: '%d.%m.' }
        : {}),
    },
    fy: { label: null },
    color: { legend: false, range: ['#1f77b4', '#ff7f0e'] },
    marks: [
      Plot.dotX(
        rows,
        Plot.dodgeY('middle', {
          x: 'day',
          fy: 'row',
          fill: 'row',
          r: 6,
          href: 'href',
          title: (d: (typeof rows)[number]) => `${d.label}: ${d.text}`,
        }),
      ),
    ],
  }) as unknown as HTMLElement
  // Plot styles its chart with an inline <style>, which the Content-Security-Policy refuses; the same rules are
  // in style.css (.timeline-plot), so the element goes before the chart reaches the page
  for (const inline of chart.querySelectorAll('style')) inline.remove()
  return chart
}

/** How many timeline items a page asks for at a time: the newest first, older ones on request. */
const PAGE = 200

const timelineItem = (item: TimelineItem) =>
  h(
    'li',
    { class: item.kind },
    h('span', { class: 'date' }, item.date ? formatDate(item.date) : t('actor.undated')),
    ' ',
    h('span', { class: `badge ${item.kind}` }, item.kind === 'quote' ? tv('kind', item.label) : item.label),
    ' ',
    h('a', { href: docLink(item) }, item.text),
    item.outlet ? h('span', { class: 'meta' }, ` — ${item.outlet}`) : null,
  )

/** A role as a fact of a country and a time: "Außenminister, RUS, 21.01.2022 – 24.01.2022". */
function roleFact(fact: RoleFact): string {
  const [from, to] = [fact.from, fact.to].map((d) => (d ? formatDate(d) : null))
  const when = from && to && from !== to ? `${from} – ${to}` : (from ?? to)
  return [fact.role, fact.country, when].filter((part) => part).join(', ')
}

export async function renderActor(key: string): Promise<HTMLElement> {
  const [actor, first] = await Promise.all([api.actor(key), api.timeline(key, { limit: PAGE })])
  let timeline = first.timeline
  let older = first.older
  const total = first.total
  const [seen, chart] = await Promise.all([
    describedAs(key, timeline).catch(() => []),
    timelineChart(timeline),
  ])
  // the store's dated role facts ("Außenminister, RUS, 21.01.2022 – 24.01.2022"); the articles' own words otherwise
  const roles = actor.roles?.length
    ? actor.roles.map(roleFact)
    : [...new Set(seen.flatMap((a) => a.roles ?? []))]
  const country = actor.country ?? seen.find((a) => a.country)?.country
  const aliases = [...new Set([...actor.aliases, ...seen.flatMap((a) => [a.name, ...a.aliases])])].filter(
    (a) => a !== actor.name,
  )
  const fact = (label: string, value: string) => h('div', {}, h('dt', {}, label), h('dd', {}, value))
  const heading = h('h2', {}, '')
  const chartBox = h('div', { class: 'timeline-chart' }, chart)
  const list = h('ol', { class: 'timeline' }, timeline.map(timelineItem))
  const more = h('button', { type: 'button', class: 'older' }, t('actor.older')) as HTMLButtonElement
  const showCount = () => {
    heading.textContent = `${t('actor.timeline')} (${t('page.count')
      .replace('{shown}', formatNumber(timeline.length))
      .replace('{total}', formatNumber(total))})`
    more.hidden = !older
  }
  more.addEventListener('click', async () => {
    if (!older) return
    more.disabled = true
    try {
      const page = await api.timeline(key, { limit: PAGE, before: older })
      timeline = [...page.timeline, ...timeline]
      older = page.older
      // the list runs oldest first: an older page goes on top
      list.prepend(...page.timeline.map(timelineItem))
      chartBox.replaceChildren(...[await timelineChart(timeline)].filter((c) => c !== null))
      showCount()
    } finally {
      more.disabled = false
    }
  })
  showCount()
  return h(
    'section',
    { class: 'actor' },
    h('h1', {}, actor.name),
    h(
      'dl',
      { class: 'facts' },
      fact(t('search.kind'), tv('actorKind', actor.kind)),
      country ? fact(t('actor.country'), country) : null,
      roles.length ? fact(t('actor.roles'), roles.join('; ')) : null,
      aliases.length ? fact(t('actor.aliases'), aliases.join(', ')) : null,
      fact(t('actor.documents'), String(actor.documents)),
    ),
    heading,
    chartBox,
    timeline.length === 0 ? h('p', { class: 'none' }, t('article.none')) : h('div', {}, more, list),
  )
}
