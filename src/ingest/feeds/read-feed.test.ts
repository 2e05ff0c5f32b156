import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readFeed } from './read-feed.ts'

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/feeds/${name}`, import.meta.url), 'utf8')

describe('readFeed', () => {
  it('reads an RSS 2.0 feed with German-written dates, HTML teasers, full content and media credits', () => {
    const feed = readFeed(fixture('german-dates.rss'))
    expect(feed.format).toBe('rss')
    expect(feed.items).toHaveLength(2)
    expect(feed.items[0]).toEqual({
      title: 'Stadtwerke erhöhen Preise für Fernwärme',
      link: 'https://www.weserblick.de/stadt/fernwaerme',
      published: '2025-03-12T10:00:00+01:00',
      summary: 'Die Stadtwerke erhöhen zum 1. April die Preise für Fernwärme um zwölf Prozent.',
      content:
        '<p>Die Stadtwerke erhöhen zum 1. April die Preise.</p><p>Die Verbraucherzentrale kritisierte die Erhöhung.</p>',
      credit: 'Foto: dpa/Sina Schuldt',
      authors: ['Anna Schmidt'],
      id: 'wb-4711',
    })
    // "So, 2 Feb 2025 19:45:00 MEZ"; <author> "sport@weserblick.de (Jan Meier)" names Jan Meier
    expect(feed.items[1]).toMatchObject({ published: '2025-02-02T19:45:00+01:00', authors: ['Jan Meier'] })
  })

  it('reads an Atom feed: the alternate link, published date, HTML summary as text', () => {
    const feed = readFeed(fixture('atom.xml'))
    expect(feed).toMatchObject({ format: 'atom', title: 'Alpenblatt', link: 'https://www.alpenblatt.at/' })
    expect(feed.items).toEqual([
      {
        title: 'Hochwasser in Kärnten: Pegel sinken langsam',
        link: 'https://www.alpenblatt.at/kaernten/hochwasser-pegel-sinken',
        published: '2024-09-16T08:30:00+02:00',
        summary: 'Nach tagelangem Regen entspannt sich die Lage an Drau und Gail.',
        content: '<p>Nach tagelangem Regen entspannt sich die Lage.</p>',
        authors: ['Lukas Gruber'],
        id: 'urn:alpenblatt:1',
      },
    ])
  })

  it('reads an RDF (RSS 1.0) feed with dc:date', () => {
    const feed = readFeed(fixture('rdf.xml'))
    expect(feed.format).toBe('rdf')
    expect(feed.items[0]).toMatchObject({
      title: 'Keine Annäherung bei Treffen in Genf',
      published: '2022-01-21T14:05:00+01:00',
    })
  })

  it.each([
    ['a truncated feed', '<rss><channel><item><title>Streik'],
    ['an HTML page', '<html><body><p>Keine Nachrichten</p></body></html>'],
    ['plain text', 'Das ist kein Feed.'],
    ['a JSON Feed', '{"version": "https://jsonfeed.org/version/1.1", "title": "Nachrichten", "items": []}'],
  ])('refuses %s with LB_FEED_INVALID (HTTP 422)', (_name, xml) => {
    expect(() => readFeed(xml)).toThrow(expect.objectContaining({ code: 'LB_FEED_INVALID', status: 422 }))
  })

  it('refuses an empty feed as empty input', () => {
    expect(() => readFeed('  ')).toThrow(expect.objectContaining({ code: 'LB_INPUT_EMPTY' }))
  })
})
