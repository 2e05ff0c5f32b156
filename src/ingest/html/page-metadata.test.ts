import { describe, expect, it } from 'vitest'
import { dropTitleTail, stripSiteName } from './page-metadata.ts'

describe('stripSiteName', () => {
  it('drops the outlet named by the host or og:site_name', () => {
    expect(
      stripSiteName(
        'Silicon Valley Bank: Federal Reserve räumt Versäumnisse ein - DER SPIEGEL',
        undefined,
        'https://www.spiegel.de/a',
      ),
    ).toBe('Silicon Valley Bank: Federal Reserve räumt Versäumnisse ein')
    expect(
      stripSiteName('Steigende US-Zinsen setzen Dax zu | Börsen-Zeitung', 'Börsen-Zeitung', undefined),
    ).toBe('Steigende US-Zinsen setzen Dax zu')
  })

  it('keeps a tail that merely ends like the host name ("… - Urlaubszeit" on zeit.de)', () => {
    const title = 'Sommerferien in Bayern beginnen - die Urlaubszeit'
    expect(stripSiteName(title, undefined, 'https://www.zeit.de/x')).toBe(title)
  })
})

describe('dropTitleTail', () => {
  it('drops a tail the page’s shorter headline lacks', () => {
    expect(
      dropTitleTail('Ukrainische Gegenoffensive: Ziele, Chancen, Risiken | DW | 28.04.2023', [
        undefined,
        'Ukrainische Gegenoffensive: Ziele, Chancen, Risiken ',
      ]),
    ).toBe('Ukrainische Gegenoffensive: Ziele, Chancen, Risiken')
  })

  it('keeps a title whose other headlines are no prefix followed by a separator', () => {
    const title = 'Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig'
    expect(dropTitleTail(title, ['Judy Lybke, ganz und gar nicht eigenartig', 'Neue Leipziger'])).toBe(title)
  })
})
