import { describe, expect, it } from 'vitest'
import { outletName } from './outlet-name.ts'

// [what the source says of itself, the one name]
const CASES: [Parameters<typeof outletName>[0], string | undefined][] = [
  // spellings of one publisher, known by its domains
  [{ name: 'dw.com' }, 'DW'],
  [{ name: 'DW.COM' }, 'DW'],
  [{ name: 'n-tv.de' }, 'n-tv'],
  [{ name: 'ntv.de' }, 'n-tv'],
  [{ name: 'https://www.kleinezeitung.at' }, 'Kleine Zeitung'],
  [{ name: 'Freie Presse - Chemnitzer Verlag und Druck GmbH & Co. KG' }, 'Freie Presse'],
  [{ name: 'DER STANDARD' }, 'Der Standard'],
  // the address wins over a section's site name; a subdomain belongs to its domain
  [{ name: 'Security', url: 'https://www.heise.de/news/Luecke-123.html' }, 'heise online'],
  [{ url: 'https://news.orf.at/stories/3376705/' }, 'ORF.at'],
  [{ name: 'mdr.de', url: 'https://www.mdr.de/nachrichten/x.html' }, 'MDR'],
  // a publisher the table does not know keeps its own name, cleaned, or is named by its host
  [{ name: 'Alpenblatt', url: 'https://www.alpenblatt.at/kaernten/1' }, 'Alpenblatt'],
  [{ name: '  Beispiel Nachrichten - Beispiel Verlagsgesellschaft mbH ' }, 'Beispiel Nachrichten'],
  [{ name: 'HTTPS://WWW.Alpenblatt.AT/' }, 'alpenblatt.at'],
  [{ url: 'https://www.klassegegenklasse.org/artikel/1' }, 'Klasse Gegen Klasse'],
  [{ url: 'https://www.alpenblatt.at/kaernten/1' }, 'alpenblatt.at'],
  // no name and no web address: no outlet
  [{ url: 'file:///home/me/orf.txt' }, undefined],
  [{ name: ' ' }, undefined],
  [{}, undefined],
]

describe('outletName', () => {
  it.each(CASES)('%o → %s', (source, expected) => {
    expect(outletName(source)).toBe(expected)
  })
})
