import { type Env, lexicon, readLexicon } from '../../document/index.ts'

export interface PlaceInfo {
  /** the German name ("Genf"), the region's name for regions */
  name: string
  /** the English name ("Geneva") */
  en?: string
  /** ISO 3166-1 alpha-3 of the state it is or lies in; regions across borders have none */
  country?: string
  countries?: string[]
  lat?: number
  lon?: number
  kind: 'country' | 'capital' | 'city' | 'region'
}

interface PlacesFile {
  places: PlaceInfo[]
  names: Record<string, number>
}

interface RegionsFile {
  regions: Array<{
    name: string
    en: string
    forms: string[]
    countries?: string[]
    lat: number
    lon: number
  }>
}

interface VariantsFile {
  ambiguous: string[]
}

export interface Gazetteer {
  /** every spelling, exactly as written, → the place */
  names: Map<string, PlaceInfo>
  /** the longest name in words, so matching tries no longer spans */
  maxWords: number
  /** names that are also German words (Essen, Zug, der Russe): places only after "in", "nach", "aus" … */
  ambiguous: Set<string>
}

function build(places: PlacesFile, regions: RegionsFile, variants: VariantsFile): Gazetteer {
  const names = new Map<string, PlaceInfo>()
  for (const [name, index] of Object.entries(places.names)) {
    const place = places.places[index]
    if (place) names.set(name, place)
  }
  // regions win over a same-named city ("Krim" the peninsula, not a village)
  for (const r of regions.regions) {
    const info: PlaceInfo = { name: r.name, en: r.en, kind: 'region', lat: r.lat, lon: r.lon }
    if (r.countries?.length === 1) info.country = r.countries[0]
    else if (r.countries) info.countries = r.countries
    for (const form of r.forms) names.set(form, info)
  }
  const maxWords = Math.max(...[...names.keys()].map((n) => n.split(/\s+/u).length))
  return { names, maxWords, ambiguous: new Set(variants.ambiguous) }
}

/** places-de.json (generated from GeoNames), places-regions.json and places-variants.json, loaded once per Env. */
export function loadGazetteer(env?: Env): Gazetteer {
  if (!env) {
    return build(
      readLexicon<PlacesFile>('places-de'),
      readLexicon<RegionsFile>('places-regions'),
      readLexicon<VariantsFile>('places-variants'),
    )
  }
  return env.load('gazetteer', () =>
    build(
      lexicon(env, 'places-de', (raw) => raw as PlacesFile),
      lexicon(env, 'places-regions', (raw) => raw as RegionsFile),
      lexicon(env, 'places-variants', (raw) => raw as VariantsFile),
    ),
  )
}
