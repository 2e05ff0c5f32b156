import { describe, expect, it } from 'vitest'
import { parsePage, selectAll } from './dom.ts'
import { capNesting, MAX_NESTING } from './nesting.ts'

const depthOf = (page: ReturnType<typeof parsePage>, selector: string) => {
  let depth = 0
  for (let e = page.querySelector(selector); e; e = e.parentElement) depth++
  return depth
}

describe('capNesting', () => {
  it('leaves a page within the cap as it is', () => {
    const html = `<html><body>${'<div>'.repeat(20)}<p>Erster Absatz.</p><p>Zweiter Absatz.</p>${'</div>'.repeat(20)}</body></html>`
    const page = capNesting(parsePage(html))
    expect(selectAll(page, 'div')).toHaveLength(20)
    expect(depthOf(page, 'p')).toBe(23)
  })

  it('unwraps what nests deeper than the cap, keeping paragraphs, headings and every word', () => {
    const inner = '<h2>Lage</h2>\n<p>Erster <b>Absatz</b>.</p><div>Zweiter</div><div>Absatz</div>'
    const html = `<html><body>${'<div>'.repeat(5_000)}${inner}${'</div>'.repeat(5_000)}</body></html>`
    const page = capNesting(parsePage(html))
    expect(selectAll(page, 'div').length).toBeLessThan(MAX_NESTING)
    expect(depthOf(page, 'p')).toBeLessThanOrEqual(MAX_NESTING + 1)
    expect(page.querySelector('h2')?.textContent).toBe('Lage')
    expect(page.querySelector('p')?.textContent).toBe('Erster Absatz.')
    // two blocks stay two words, an inline element joins its word
    expect(page.body?.textContent?.replace(/\s+/gu, ' ').trim()).toBe('Lage Erster Absatz. Zweiter Absatz')
  })
})
