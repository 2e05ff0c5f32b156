import { readLexicon } from '../document/index.ts'

/**
 * One name per publisher: "dw.com" and "DW.COM" are DW, "n-tv.de" and "ntv.de" n-tv, a site name written as
 * its address ("https://www.kleinezeitung.at") is Kleine Zeitung, a legal name ("Freie Presse - Chemnitzer Verlag
 * und Druck GmbH & Co. KG") the paper's. The table (`lexicons/outlets.json`) knows publishers by domain and by
 * the other names their pages give them; a publisher it does not know keeps the name its page gives, cleaned,
 * or is named by its host.
 */

interface OutletTable {
  legalForms: string[]
  outlets: { name: string; domains: string[]; aliases: string[] }[]
}

interface Lookup {
  byDomain: Map<string, string>
  byName: Map<string, string>
  legalForm: RegExp
}

let lookup: Lookup | undefined

function table(): Lookup {
  if (lookup) return lookup
  const raw = readLexicon<OutletTable>('outlets')
  const byDomain = new Map<string, string>()
  const byName = new Map<string, string>()
  for (const outlet of raw.outlets) {
    for (const domain of outlet.domains) byDomain.set(domain.toLowerCase(), outlet.name)
    for (const alias of [outlet.name, ...outlet.aliases]) byName.set(alias.toLowerCase(), outlet.name)
  }
  const words = raw.legalForms.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
  const legalForm = new RegExp(`(?:^|[\\s&])(?:${words.join('|')})(?=$|[\\s&.,])`, 'u')
  lookup = { byDomain, byName, legalForm }
  return lookup
}

/** The host of an address or a bare domain ("https://www.dw.com/de/…", "DW.COM"), lower-cased, without "www.". */
function hostOf(value: string): string | undefined {
  const candidate = /^[a-z][a-z0-9+.-]*:\/\//iu.test(value) ? value : `https://${value}`
  let host: string
  try {
    host = new URL(candidate).hostname.toLowerCase()
  } catch {
    return undefined
  }
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/u.test(host)) return undefined
  return host.replace(/^www\d*\./u, '')
}

/** The publisher of a host: the table's name for it or for a domain it belongs to (news.orf.at → orf.at). */
function nameOfHost(host: string): string | undefined {
  const { byDomain } = table()
  const labels = host.split('.')
  for (let i = 0; i < labels.length - 1; i++) {
    const name = byDomain.get(labels.slice(i).join('.'))
    if (name) return name
  }
  return undefined
}

/** A site name as a page writes it, without the company's legal name. */
function withoutLegalName(name: string): string {
  const { legalForm } = table()
  const parts = name.split(/\s+[-–|]\s+/u)
  const kept = parts.filter((p) => !legalForm.test(p))
  return (kept.length ? kept : parts).join(' - ').trim()
}

const looksLikeAddress = (name: string) =>
  /^[a-z][a-z0-9+.-]*:\/\//iu.test(name) || /^[\w-]+(?:\.[\w-]+)+$/u.test(name)

/**
 * The outlet's one name from what a source says of itself: its site or publisher name and its address. The table
 * wins for a known domain; a name the table knows gives its publisher; a name that is an address gives its host's
 * publisher or the host itself; without a name, the address's host names it. Undefined when neither is given.
 */
export function outletName(source: { name?: string | null; url?: string | null }): string | undefined {
  const name = source.name?.replace(/\s+/gu, ' ').trim() || undefined
  const urlHost = source.url && /^https?:\/\//iu.test(source.url) ? hostOf(source.url) : undefined
  const known = urlHost && nameOfHost(urlHost)
  if (known) return known
  if (name) {
    const cleaned = withoutLegalName(name)
    const alias = table().byName.get(cleaned.toLowerCase())
    if (alias) return alias
    if (looksLikeAddress(cleaned)) {
      const host = hostOf(cleaned)
      if (host) return nameOfHost(host) ?? host
    }
    return cleaned
  }
  return urlHost
}
