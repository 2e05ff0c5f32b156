import { type Analysis, api, type Quote, type Span } from './api.ts'
import { h } from './dom.ts'
import { type LabelKey, t } from './i18n.ts'

const PALETTE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#ff7f0e',
  '#17becf',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
]

const read = (text: string, span: Span | undefined) => (span ? text.slice(span[0], span[1]) : '')

interface Marks {
  quotes: Quote[]
  times: Analysis['times']
  quantities: Analysis['quantities']
}

/** Cuts a block into segments at every mark boundary; each segment carries the innermost quote that covers it. */
function renderRange(
  analysis: Analysis,
  range: Span,
  marks: Marks,
  colour: (q: Quote) => string,
  describe: (q: Quote) => string,
): Node[] {
  const { text } = analysis
  const inside = <T extends { span: Span }>(items: T[]) =>
    items.filter((i) => i.span[0] < range[1] && i.span[1] > range[0])
  const quotes = inside(marks.quotes)
  const times = inside(marks.times)
  const quantities = inside(marks.quantities)
  const cuts = new Set<number>([range[0], range[1]])
  for (const item of [...quotes, ...times, ...quantities]) {
    cuts.add(Math.max(range[0], item.span[0]))
    cuts.add(Math.min(range[1], item.span[1]))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const nodes: Node[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number
    const end = points[i + 1] as number
    if (start === end) continue
    const covers = <T extends { span: Span }>(item: T) => item.span[0] <= start && end <= item.span[1]
    const quote = quotes.filter(covers).sort((a, b) => a.span[1] - a.span[0] - (b.span[1] - b.span[0]))[0]
    const time = times.find(covers)
    const quantity = quantities.find(covers)
    let node: Node = document.createTextNode(text.slice(start, end))
    if (time) node = h('span', { class: 'time', title: `${time.type} ${time.value}` }, node)
    if (quantity)
      node = h(
        'span',
        {
          class: 'qty',
          title: `${quantity.approx ? '≈' : ''}${quantity.value}${quantity.of ? ` ${quantity.of}` : ''}`,
        },
        node,
      )
    if (quote) {
      node = h(
        'mark',
        {
          class: `quote kind-${quote.kind}`,
          'data-quote': quote.id,
          'data-speaker': quote.speaker ?? '',
          tabindex: 0,
          style: `--speaker: ${colour(quote)}`,
          title: describe(quote),
          'aria-label': describe(quote),
        },
        node,
      )
    }
    nodes.push(node)
  }
  return nodes
}

export async function renderArticle(id: string): Promise<HTMLElement> {
  const [analysis, keys] = await Promise.all([
    api.analysis(id),
    api.actorKeys(id).catch(() => ({}) as Record<string, string>),
  ])
  const { text, structure } = analysis
  const actorName = (actorId: string | undefined) => analysis.actors.find((a) => a.id === actorId)?.name
  const speakers = [...new Set(analysis.quotes.map((q) => q.speaker ?? ''))]
  const colour = (q: Quote) => PALETTE[speakers.indexOf(q.speaker ?? '') % PALETTE.length] as string
  const speakerLabel = (q: Quote) =>
    actorName(q.speaker) ?? (q.speakerMention ? read(text, q.speakerMention) : t('article.unnamed'))
  const describe = (q: Quote) => {
    const cue = q.cue?.map((c) => read(text, c)).join(' … ')
    const via = q.via?.length
      ? ` · ${t('article.via')} ${q.via.map((v) => actorName(v) ?? v).join(' → ')}`
      : ''
    const to = q.addressee ? ` · ${t('article.to')} ${actorName(q.addressee) ?? q.addressee}` : ''
    return `${speakerLabel(q)}${cue ? ` (${cue})` : ''} · ${t(`kind.${q.kind}` as LabelKey)}${to}${via}`
  }
  const marks: Marks = { quotes: analysis.quotes, times: analysis.times, quantities: analysis.quantities }
  const run = (span: Span) => renderRange(analysis, span, marks, colour, describe)
  const actorLink = (actorId: string | undefined, label: string) =>
    actorId && keys[actorId]
      ? h('a', { href: `#/actor/${encodeURIComponent(keys[actorId] as string)}`, class: 'actor-link' }, label)
      : h('span', {}, label)

  const body = h('article', { class: 'article', 'aria-label': read(text, structure.title) })
  if (structure.kicker) body.append(h('p', { class: 'kicker' }, read(text, structure.kicker)))
  if (structure.title) body.append(h('h1', {}, read(text, structure.title)))
  const meta = [analysis.source?.outlet, analysis.source?.published].filter(Boolean).join(' · ')
  if (meta) body.append(h('p', { class: 'meta' }, meta))
  for (const block of structure.blocks) {
    if (block.kind === 'heading') body.append(h('h2', {}, ...run(block.span)))
    else if (block.kind === 'paragraph') {
      const isLead = structure.lead && block.span[0] === structure.lead[0]
      body.append(h('p', { class: isLead ? 'lead' : undefined }, ...run(block.span)))
    } else {
      body.append(
        h(
          'figure',
          { class: block.kind },
          h(
            'div',
            { class: 'placeholder', role: 'img', 'aria-label': read(text, block.alt) },
            block.kind === 'graphic' ? '▦' : '▣',
          ),
          h(
            'figcaption',
            {},
            block.alt ? h('span', { class: 'alt' }, read(text, block.alt)) : null,
            block.caption ? h('span', { class: 'caption' }, ...run(block.caption)) : null,
            block.credit ? h('span', { class: 'credit' }, read(text, block.credit)) : null,
          ),
        ),
      )
    }
  }

  const said = h(
    'ol',
    { class: 'said' },
    analysis.quotes.map((q) =>
      h(
        'li',
        { style: `--speaker: ${colour(q)}` },
        h('span', { class: 'who' }, actorLink(q.speaker, speakerLabel(q))),
        h('span', { class: 'kind' }, ` ${t(`kind.${q.kind}` as LabelKey)}`),
        q.cue?.length
          ? h('span', { class: 'cue' }, ` (${q.cue.map((c) => read(text, c)).join(' … ')})`)
          : null,
        h(
          'button',
          {
            type: 'button',
            class: 'said-text',
            onclick: () => {
              const mark = body.querySelector<HTMLElement>(`mark[data-quote="${q.id}"]`)
              mark?.scrollIntoView({ block: 'center' })
              mark?.focus()
            },
          },
          read(text, q.span),
        ),
      ),
    ),
  )
  const events = h(
    'ul',
    { class: 'events' },
    analysis.events.map((e) =>
      h(
        'li',
        {},
        h('strong', {}, e.type),
        ` [${e.status}] `,
        e.actor.map((a) => actorName(a) ?? a).join(', '),
        e.recipient.length ? ` → ${e.recipient.map((a) => actorName(a) ?? a).join(', ')}` : '',
        e.when ? ` @ ${e.when}` : '',
        h('div', { class: 'evidence' }, read(text, e.span)),
      ),
    ),
  )
  const figures = h(
    'ul',
    { class: 'figures' },
    analysis.quantities.map((q) =>
      h('li', {}, `${q.approx ? '≈' : ''}${q.value.toLocaleString()}${q.of ? ` ${q.of}` : ''}`),
    ),
  )
  const dates = h(
    'ul',
    { class: 'dates' },
    analysis.times.map((d) => h('li', {}, `${d.value} — ${read(text, d.span)}`)),
  )
  const panel = h(
    'aside',
    { class: 'panel', 'aria-label': t('article.said') },
    h('h2', {}, `${t('article.said')} (${analysis.quotes.length})`),
    said,
    h('h2', {}, `${t('article.events')} (${analysis.events.length})`),
    events,
    h('h2', {}, `${t('article.figures')} (${analysis.quantities.length})`),
    figures,
    h('h2', {}, `${t('article.dates')} (${analysis.times.length})`),
    dates,
  )
  return h('div', { class: 'article-view' }, body, panel)
}
