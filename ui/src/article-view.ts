import { type Analysis, api, type Event, type Quote, type Span } from './api.ts'
import { h } from './dom.ts'
import { formatDate, formatNumber, languageName, t, tv } from './i18n.ts'
import { cutSegments, type Mark } from './segments.ts'
import { attachTooltip } from './tooltip.ts'

// Distinct at a glance and readable as a 16 % tint behind black text.
const PALETTE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#ff7f0e',
  '#17becf',
  '#8c564b',
  '#e377c2',
  '#bcbd22',
  '#0b7285',
  '#c2255c',
  '#5c940d',
]
const UNNAMED = '#868e96'

const read = (text: string, span: Span | undefined) => (span ? text.slice(span[0], span[1]) : '')

/** What the article view needs to know about one analysis, computed once. */
function lookups(analysis: Analysis, keys: Record<string, string>) {
  const { text } = analysis
  const actors = new Map(analysis.actors.map((a) => [a.id, a]))
  const speakers = [...new Set(analysis.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])))]
  const actorName = (id: string | undefined) => (id ? (actors.get(id)?.name ?? id) : undefined)
  return {
    text,
    speakers,
    actorName,
    colourOf: (speaker: string | undefined) =>
      speaker ? (PALETTE[speakers.indexOf(speaker) % PALETTE.length] as string) : UNNAMED,
    speakerLabel: (q: Quote) =>
      (q.speakers?.length ? q.speakers.map((id) => actorName(id)).join(' & ') : undefined) ??
      (q.speaker ? actorName(q.speaker) : undefined) ??
      (q.speakerMention ? read(text, q.speakerMention) : t('article.unnamed')),
    cueText: (q: Quote) => q.cue?.map((c) => read(text, c)).join(' … ') ?? '',
    actorLink: (id: string | undefined, label: string) =>
      id && keys[id]
        ? h('a', { href: `#/actor/${encodeURIComponent(keys[id] as string)}`, class: 'actor-link' }, label)
        : h('span', {}, label),
  }
}
type Lookups = ReturnType<typeof lookups>

const row = (label: string, ...value: (Node | string)[]) =>
  h('div', {}, h('dt', {}, label), h('dd', {}, ...value))

/**
 * Why the item is there: the id of the rule that made it (none in analyses stored before rules were kept). An
 * event's rule is two ids, how it was found and why it has its status; each stays on one line.
 */
const ruleRow = (rule: string | undefined) =>
  rule
    ? row(
        t('article.rule'),
        ...rule.split(' ').flatMap((id, i) => [i ? ' ' : '', h('code', { class: 'rule' }, id)]),
      )
    : null

function quoteDetails(q: Quote, l: Lookups): HTMLElement {
  const mention = q.speakerMention ? read(l.text, q.speakerMention) : ''
  return h(
    'dl',
    { class: 'quote-details' },
    row(
      t('article.speaker'),
      h('span', { class: 'swatch', style: `--speaker: ${l.colourOf(q.speaker)}` }),
      l.speakerLabel(q),
      mention && mention !== l.speakerLabel(q) ? ` (${t('article.mention')} „${mention}“)` : '',
    ),
    q.cue?.length ? row(t('article.cue'), l.cueText(q)) : null,
    row(
      t('article.kind'),
      [tv('kind', q.kind), q.medium ? tv('medium', q.medium) : ''].filter(Boolean).join(' · '),
    ),
    q.addressee ? row(t('article.to'), l.actorName(q.addressee) ?? '') : null,
    q.via?.length ? row(t('article.via'), q.via.map((v) => l.actorName(v) ?? v).join(' → ')) : null,
    ruleRow(q.rule),
  ) as HTMLElement
}

function eventDetails(e: Event, l: Lookups): HTMLElement {
  const names = (ids: string[]) => ids.map((a) => l.actorName(a) ?? a).join(', ')
  return h(
    'dl',
    { class: 'quote-details event-details' },
    row(t('article.event'), `${e.type} · ${tv('status', e.status)}`),
    row(t('article.actor'), names(e.actor) || '?'),
    e.recipient.length ? row(t('article.to'), names(e.recipient)) : null,
    e.when ? row(t('article.when'), formatDate(e.when)) : null,
    e.where?.length ? row(t('article.where'), e.where.join(', ')) : null,
    ruleRow(e.rule),
  ) as HTMLElement
}

function eventLabel(e: Event, l: Lookups): string {
  const who = e.actor.map((a) => l.actorName(a) ?? a).join(', ') || '?'
  const whom = e.recipient.length ? ` → ${e.recipient.map((a) => l.actorName(a) ?? a).join(', ')}` : ''
  return `${e.type} · ${tv('status', e.status)} · ${who}${whom}${e.when ? ` · ${formatDate(e.when)}` : ''}`
}

/** One block of text with its quotes, cues, speaker mentions, events, figures and dates marked. */
function renderRun(range: Span, marks: Mark[], l: Lookups): Node[] {
  const nodes: Node[] = []
  for (const segment of cutSegments(range, marks)) {
    for (const start of segment.starting) {
      if (start.layer !== 'event') continue
      const e = start.item as Event
      // the type is drawn by CSS (attr), so it never joins the article's words when copied or read as text;
      // the shared tooltip (hover, or focus from the panel) tells the rest, the rule that made the event included
      nodes.push(
        h('span', {
          class: 'ev-tag',
          'data-event': e.id,
          'data-type': e.type,
          tabindex: -1,
          'aria-label': eventLabel(e, l),
          'aria-describedby': 'tip',
        }),
      )
    }
    if (segment.start === segment.end) continue
    const top = (layer: Mark['layer']) => segment.marks.find((m) => m.layer === layer)
    let node: Node = document.createTextNode(l.text.slice(segment.start, segment.end))
    const time = top('time')?.item as Analysis['times'][number] | undefined
    if (time) node = h('span', { class: 'time', title: `${time.type} ${time.value}` }, node)
    const qty = top('qty')?.item as Analysis['quantities'][number] | undefined
    if (qty)
      node = h(
        'span',
        {
          class: 'qty',
          title: `${qty.approx ? '≈ ' : ''}${formatNumber(qty.value)}${qty.unit ? ` ${qty.unit}` : ''}${qty.of ? ` ${qty.of}` : ''}`,
        },
        node,
      )
    if (top('event')) node = h('span', { class: 'ev' }, node)
    const cue = (top('cue') ?? top('mention')) as Mark<Quote> | undefined
    if (cue)
      node = h(
        'span',
        { class: cue.layer, 'data-quote': cue.item.id, style: `--speaker: ${l.colourOf(cue.item.speaker)}` },
        node,
      )
    const quote = top('quote') as Mark<Quote> | undefined
    if (quote) {
      const q = quote.item
      node = h(
        'mark',
        {
          class: `quote kind-${q.kind}`,
          'data-quote': q.id,
          'data-speaker': q.speaker ?? '',
          tabindex: 0,
          'aria-describedby': 'tip',
          style: `--speaker: ${l.colourOf(q.speaker)}`,
        },
        node,
      )
    }
    nodes.push(node)
  }
  return nodes
}

function buildMarks(analysis: Analysis): Mark[] {
  // speech nested in a quotation stays inside its holder's highlight: one speaker's colour per statement
  const quotes = analysis.quotes.filter((q) => !q.within)
  return [
    ...quotes.map((q): Mark => ({ span: q.span, layer: 'quote', item: q })),
    ...quotes.flatMap((q) => (q.cue ?? []).map((span): Mark => ({ span, layer: 'cue', item: q }))),
    ...quotes.flatMap((q) =>
      q.speakerMention ? [{ span: q.speakerMention, layer: 'mention', item: q } as Mark] : [],
    ),
    ...analysis.events.map((e): Mark => ({ span: e.span, layer: 'event', item: e })),
    ...analysis.times.map((d): Mark => ({ span: d.span, layer: 'time', item: d })),
    ...analysis.quantities.map((q): Mark => ({ span: q.span, layer: 'qty', item: q })),
  ]
}

function jumpTo(root: HTMLElement, selector: string): void {
  const target = root.querySelector<HTMLElement>(selector)
  target?.scrollIntoView({ block: 'center' })
  target?.focus({ preventScroll: true })
}

/** j/k: the next or previous statement in the text (one stop per quote, in reading order). */
export function stepStatement(delta: 1 | -1): boolean {
  const article = document.querySelector<HTMLElement>('article.article')
  if (!article) return false
  const seen = new Set<string>()
  const stops = [...article.querySelectorAll<HTMLElement>('mark.quote')].filter((m) => {
    const id = m.dataset.quote ?? ''
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
  if (stops.length === 0) return false
  const active = document.activeElement as HTMLElement | null
  const current = stops.findIndex((m) => m.dataset.quote === active?.dataset?.quote)
  const next =
    current < 0 ? (delta > 0 ? 0 : stops.length - 1) : (current + delta + stops.length) % stops.length
  const target = stops[next] as HTMLElement
  target.scrollIntoView({ block: 'center' })
  target.focus({ preventScroll: true })
  return true
}

export async function renderArticle(id: string, focus?: string): Promise<HTMLElement> {
  const [analysis, keys] = await Promise.all([
    api.analysis(id),
    api.actorKeys(id).catch(() => ({}) as Record<string, string>),
  ])
  const { text, structure } = analysis
  const l = lookups(analysis, keys)
  const marks = buildMarks(analysis)
  const run = (span: Span) => renderRun(span, marks, l)

  // the text's own language, so screen readers and hyphenation read an English article as English in a German UI
  const body = h('article', {
    class: 'article',
    lang: analysis.lang,
    'aria-label': read(text, structure.title) || analysis.id,
  })
  if (structure.kicker) body.append(h('p', { class: 'kicker' }, ...run(structure.kicker)))
  if (structure.title) body.append(h('h1', {}, ...run(structure.title)))
  const source = analysis.source
  const meta = [
    source?.outlet,
    source?.published ? formatDate(source.published) : null,
    analysis.lang ? languageName(analysis.lang) : null,
  ]
    .filter(Boolean)
    .join(' · ')
  if (meta || source?.uri)
    body.append(
      h(
        'p',
        { class: 'meta' },
        meta,
        // only a web address becomes a link: a stored javascript: or data: URI must never be an href
        source?.uri && isWebAddress(source.uri)
          ? [' · ', h('a', { href: source.uri, rel: 'noreferrer', target: '_blank' }, t('article.source'))]
          : source?.uri
            ? [' · ', h('span', { class: 'source-uri' }, source.uri)]
            : null,
      ),
    )
  // an article without recognised structure still shows all its text
  const blocks = structure.blocks.length
    ? structure.blocks
    : [{ kind: 'paragraph', span: [0, text.length] as Span }]
  for (const block of blocks) {
    if (block.kind === 'heading') body.append(h('h2', {}, ...run(block.span)))
    else if (block.kind === 'paragraph') {
      const isLead = structure.lead && block.span[0] === structure.lead[0]
      body.append(h('p', { class: isLead ? 'lead' : undefined }, ...run(block.span)))
    } else {
      const label = read(text, block.alt) || read(text, block.caption)
      body.append(
        h(
          'figure',
          { class: block.kind },
          h(
            'div',
            { class: 'placeholder', role: 'img', 'aria-label': label },
            block.kind === 'graphic' ? '▦' : '▣',
          ),
          h(
            'figcaption',
            {},
            block.alt ? h('span', { class: 'alt' }, ...run(block.alt)) : null,
            block.caption ? h('span', { class: 'caption' }, ...run(block.caption)) : null,
            block.credit ? h('span', { class: 'credit' }, read(text, block.credit)) : null,
            // a figure block whose parts were not told apart still shows its words
            !block.alt && !block.caption && !block.credit
              ? h('span', { class: 'caption' }, ...run(block.span))
              : null,
          ),
        ),
      )
    }
  }
  const byId = new Map(analysis.quotes.map((q) => [q.id, q]))
  const eventById = new Map(analysis.events.map((e) => [e.id, e]))
  attachTooltip(body, '[data-quote], [data-event]', (el) => {
    if (el.dataset.event !== undefined) {
      const e = eventById.get(el.dataset.event)
      return e ? eventDetails(e, l) : null
    }
    const q = byId.get(el.dataset.quote ?? '')
    return q ? quoteDetails(q, l) : null
  })

  const none = () => h('p', { class: 'none' }, t('article.none'))
  const legend = h(
    'ul',
    { class: 'legend', 'aria-label': t('article.speakers') },
    l.speakers.map((s) =>
      h(
        'li',
        { style: `--speaker: ${l.colourOf(s)}` },
        l.actorLink(s, l.actorName(s) ?? s),
        ` ${analysis.quotes.filter((q) => q.speaker === s).length}`,
      ),
    ),
  )
  const said = analysis.quotes.length
    ? h(
        'ol',
        { class: 'said' },
        analysis.quotes.map((q) =>
          h(
            'li',
            // nested speech sits under the statement that holds it and jumps to that statement's highlight
            {
              style: `--speaker: ${l.colourOf(q.speaker)}`,
              'data-quote': q.id,
              ...(q.within ? { class: 'nested' } : {}),
            },
            h('span', { class: 'who' }, l.actorLink(q.speaker, l.speakerLabel(q))),
            h('span', { class: 'kind' }, ` ${tv('kind', q.kind)}`),
            q.cue?.length ? h('span', { class: 'cue-text' }, ` (${l.cueText(q)})`) : null,
            q.addressee
              ? h(
                  'span',
                  { class: 'kind' },
                  ` ${t('article.to')} `,
                  l.actorLink(q.addressee, l.actorName(q.addressee) ?? ''),
                )
              : null,
            q.via?.length
              ? h(
                  'span',
                  { class: 'via' },
                  ` ${t('article.via')} ${q.via.map((v) => l.actorName(v) ?? v).join(' → ')}`,
                )
              : null,
            h(
              'button',
              {
                type: 'button',
                class: 'said-text',
                onclick: () => jumpTo(body, `mark[data-quote="${q.within ?? q.id}"]`),
              },
              read(text, q.span),
            ),
          ),
        ),
      )
    : none()
  const events = analysis.events.length
    ? h(
        'ul',
        { class: 'events' },
        analysis.events.map((e) =>
          h(
            'li',
            {},
            h('strong', {}, e.type),
            ` ${tv('status', e.status)} · `,
            ...e.actor.flatMap((a, i) => [i ? ', ' : '', l.actorLink(a, l.actorName(a) ?? a)]),
            e.recipient.length ? ' → ' : '',
            ...e.recipient.flatMap((a, i) => [i ? ', ' : '', l.actorLink(a, l.actorName(a) ?? a)]),
            e.when ? h('span', { class: 'badge' }, formatDate(e.when)) : null,
            h(
              'button',
              {
                type: 'button',
                class: 'said-text evidence',
                onclick: () => jumpTo(body, `[data-event="${e.id}"]`),
              },
              read(text, e.span),
            ),
          ),
        ),
      )
    : none()
  const figures = analysis.quantities.length
    ? h(
        'ul',
        { class: 'figures' },
        analysis.quantities.map((q) =>
          h(
            'li',
            {},
            h('strong', {}, `${q.approx ? '≈ ' : ''}${formatNumber(q.value)}${q.unit ? ` ${q.unit}` : ''}`),
            q.of ? ` ${q.of}` : '',
            h('span', { class: 'meta' }, ` „${read(text, q.span)}“`),
          ),
        ),
      )
    : none()
  const dates = analysis.times.length
    ? h(
        'ul',
        { class: 'dates' },
        analysis.times.map((d) =>
          h(
            'li',
            {},
            h('strong', { title: d.value }, formatDate(d.value)),
            h('span', { class: 'meta' }, ` „${read(text, d.span)}“`),
          ),
        ),
      )
    : none()
  const panel = h(
    'aside',
    { class: 'panel', 'aria-label': t('article.said') },
    h('h2', {}, `${t('article.said')} (${analysis.quotes.length})`),
    l.speakers.length ? legend : null,
    said,
    h('h2', {}, `${t('article.events')} (${analysis.events.length})`),
    events,
    h('h2', {}, `${t('article.figures')} (${analysis.quantities.length})`),
    figures,
    h('h2', {}, `${t('article.dates')} (${analysis.times.length})`),
    dates,
  )
  if (focus) {
    const target =
      body.querySelector<HTMLElement>(`mark[data-quote="${CSS.escape(focus)}"]`) ??
      body.querySelector<HTMLElement>(`[data-event="${CSS.escape(focus)}"]`)
    target?.setAttribute('data-autofocus', '')
  }
  return h('div', { class: 'article-view' }, body, panel)
}

function isWebAddress(uri: string): boolean {
  return /^https?:\/\//iu.test(uri.trim())
}
