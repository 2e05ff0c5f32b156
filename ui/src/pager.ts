import type { Page } from './api.ts'
import { h } from './dom.ts'
import { formatNumber, t } from './i18n.ts'

/** Loads the page after `cursor` (null: the first page). */
export type LoadPage<T> = (cursor: string | null) => Promise<Page<T>>

/**
 * "50 von 247" and a "Mehr laden" button under a list: loads the first page, hands each page's rows to `show`
 * (with every row loaded so far, for a list drawn as a whole), and the next page on a click. The count is the
 * server's total, so the reader always knows how much is left.
 */
export async function pager<T>(load: LoadPage<T>, show: (rows: T[], all: T[]) => void): Promise<HTMLElement> {
  const all: T[] = []
  const status = h('span', { class: 'page-count', role: 'status' })
  const more = h('button', { type: 'button', class: 'more' }, t('page.more')) as HTMLButtonElement
  let next: string | null = null
  const take = (page: Page<T>) => {
    all.push(...page.rows)
    next = page.nextCursor
    show(page.rows, all)
    status.textContent = t('page.count')
      .replace('{shown}', formatNumber(all.length))
      .replace('{total}', `${formatNumber(page.total)}${page.totalCapped ? '+' : ''}`)
    more.hidden = next === null
  }
  more.addEventListener('click', async () => {
    if (next === null) return
    more.disabled = true
    try {
      take(await load(next))
    } finally {
      more.disabled = false
    }
  })
  take(await load(null))
  return h('div', { class: 'pager' }, status, ' ', more)
}

/** Pages over a list already in memory (one the client sorts itself), `size` rows at a time. */
export function pagesOf<T>(rows: readonly T[], size: number): LoadPage<T> {
  return async (cursor) => {
    const start = cursor === null ? 0 : Number(cursor)
    const end = start + size
    return {
      rows: rows.slice(start, end),
      total: rows.length,
      totalCapped: false,
      nextCursor: end < rows.length ? String(end) : null,
    }
  }
}
