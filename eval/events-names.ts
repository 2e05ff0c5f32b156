/**
 * When a gold actor name ("Putin", "die Polizei", "russische Regierung") stands for a system actor
 * (`per:wladimir-putin` "Wladimir Putin", `country:RUS`). The scorer keeps its own small tables here, apart from
 * the pipeline's lexicons, so that tuning those cannot move the measure.
 *
 * - Names compare case-insensitively, without a leading article (der/die/das/den/dem/des), word by word: one
 *   name matches the other when its words stand, in order and together, inside the other's words ("Putin" in
 *   "Wladimir Putin", "Polizei" in "die Polizei"). Hyphens split words ("US-Regierung" holds "Regierung"); a
 *   genitive s is folded ("Maduros" ~ "Maduro").
 * - Countries fold: a name that stands for a state (its German name from i18n-iso-countries or a short form,
 *   a capital or seat of government used for its government, "<adjective> Regierung/Armee/…", "US-Regierung")
 *   matches a system actor that is that country or whose own name stands for it by the same rule
 *   ("Moskau" ~ `country:RUS`, "russische Regierung" ~ "Kreml"). A person is not folded into their country.
 */
import { createRequire } from 'node:module'
import countries from 'i18n-iso-countries'

const ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des'])

/** Lower-case words of a name, without a leading article. */
export function nameWords(name: string): string[] {
  const words = (name
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []) as string[]
  return words.length > 1 && ARTICLES.has(words[0] as string) ? words.slice(1) : words
}

const sameWord = (a: string, b: string) =>
  a === b || (a.length >= 3 && b === `${a}s`) || (b.length >= 3 && a === `${b}s`)

/** `part` stands, in order and together, inside `whole`. */
function inside(part: string[], whole: string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false
  for (let i = 0; i + part.length <= whole.length; i++)
    if (part.every((w, j) => sameWord(w, whole[i + j] as string))) return true
  return false
}

/** Two names match when one's words stand inside the other's. */
export function namesMatch(a: string, b: string): boolean {
  const x = nameWords(a)
  const y = nameWords(b)
  return inside(x, y) || inside(y, x)
}

// ---- countries ----

/** Short and inflected forms i18n-iso-countries does not list. */
const EXTRA_NAMES: Record<string, string> = {
  usa: 'USA',
  us: 'USA',
  'u s': 'USA',
  'u s a': 'USA',
  amerika: 'USA',
  'vereinigten staaten': 'USA',
  uk: 'GBR',
  england: 'GBR',
  britannien: 'GBR',
  'vereinigten königreich': 'GBR',
  weißrussland: 'BLR',
  belarus: 'BLR',
  moldau: 'MDA',
  'republik moldau': 'MDA',
  holland: 'NLD',
  syrien: 'SYR',
  palästina: 'PSE',
  'volksrepublik china': 'CHN',
  'russischen föderation': 'RUS',
  'bundesrepublik deutschland': 'DEU',
  bundesrepublik: 'DEU',
  kongo: 'COD',
}

/** Capitals and seats that stand for their government in news. */
const SEATS: Record<string, string> = {
  moskau: 'RUS',
  kreml: 'RUS',
  washington: 'USA',
  'weißes haus': 'USA',
  'weiße haus': 'USA',
  'weißen haus': 'USA',
  pentagon: 'USA',
  kiew: 'UKR',
  kyjiw: 'UKR',
  kiev: 'UKR',
  kyiv: 'UKR',
  peking: 'CHN',
  beijing: 'CHN',
  berlin: 'DEU',
  kanzleramt: 'DEU',
  bundesregierung: 'DEU',
  bundeswehr: 'DEU',
  paris: 'FRA',
  élysée: 'FRA',
  elysee: 'FRA',
  london: 'GBR',
  'downing street': 'GBR',
  wien: 'AUT',
  bern: 'CHE',
  rom: 'ITA',
  madrid: 'ESP',
  warschau: 'POL',
  budapest: 'HUN',
  prag: 'CZE',
  minsk: 'BLR',
  ankara: 'TUR',
  teheran: 'IRN',
  jerusalem: 'ISR',
  'tel aviv': 'ISR',
  damaskus: 'SYR',
  bagdad: 'IRQ',
  kabul: 'AFG',
  caracas: 'VEN',
  havanna: 'CUB',
  pjöngjang: 'PRK',
  seoul: 'KOR',
  tokio: 'JPN',
  'neu delhi': 'IND',
  riad: 'SAU',
  kairo: 'EGY',
  tiflis: 'GEO',
  eriwan: 'ARM',
  baku: 'AZE',
  ottawa: 'CAN',
}

/** Adjective stems (before -e/-en/-er/-es/-em) that name a state. */
const ADJECTIVES: Record<string, string> = {
  russisch: 'RUS',
  ukrainisch: 'UKR',
  amerikanisch: 'USA',
  'us amerikanisch': 'USA',
  britisch: 'GBR',
  englisch: 'GBR',
  deutsch: 'DEU',
  französisch: 'FRA',
  chinesisch: 'CHN',
  polnisch: 'POL',
  syrisch: 'SYR',
  indisch: 'IND',
  irisch: 'IRL',
  iranisch: 'IRN',
  irakisch: 'IRQ',
  israelisch: 'ISR',
  palästinensisch: 'PSE',
  türkisch: 'TUR',
  nordkoreanisch: 'PRK',
  südkoreanisch: 'KOR',
  japanisch: 'JPN',
  saudisch: 'SAU',
  'saudi arabisch': 'SAU',
  libanesisch: 'LBN',
  ägyptisch: 'EGY',
  katarisch: 'QAT',
  jordanisch: 'JOR',
  jemenitisch: 'YEM',
  afghanisch: 'AFG',
  pakistanisch: 'PAK',
  kubanisch: 'CUB',
  mexikanisch: 'MEX',
  kolumbianisch: 'COL',
  venezolanisch: 'VEN',
  brasilianisch: 'BRA',
  argentinisch: 'ARG',
  chilenisch: 'CHL',
  kanadisch: 'CAN',
  belarussisch: 'BLR',
  weißrussisch: 'BLR',
  moldauisch: 'MDA',
  georgisch: 'GEO',
  armenisch: 'ARM',
  aserbaidschanisch: 'AZE',
  kasachisch: 'KAZ',
  österreichisch: 'AUT',
  schweizerisch: 'CHE',
  italienisch: 'ITA',
  spanisch: 'ESP',
  portugiesisch: 'PRT',
  niederländisch: 'NLD',
  belgisch: 'BEL',
  dänisch: 'DNK',
  schwedisch: 'SWE',
  norwegisch: 'NOR',
  finnisch: 'FIN',
  estnisch: 'EST',
  lettisch: 'LVA',
  litauisch: 'LTU',
  tschechisch: 'CZE',
  slowakisch: 'SVK',
  ungarisch: 'HUN',
  rumänisch: 'ROU',
  bulgarisch: 'BGR',
  griechisch: 'GRC',
  serbisch: 'SRB',
  kroatisch: 'HRV',
  bosnisch: 'BIH',
  kosovarisch: 'XKX',
  albanisch: 'ALB',
  libysch: 'LBY',
  tunesisch: 'TUN',
  algerisch: 'DZA',
  marokkanisch: 'MAR',
  sudanesisch: 'SDN',
  äthiopisch: 'ETH',
  somalisch: 'SOM',
  kenianisch: 'KEN',
  nigerianisch: 'NGA',
  malisch: 'MLI',
  südafrikanisch: 'ZAF',
  vietnamesisch: 'VNM',
  thailändisch: 'THA',
  indonesisch: 'IDN',
  philippinisch: 'PHL',
  taiwanisch: 'TWN',
  taiwanesisch: 'TWN',
  australisch: 'AUS',
  neuseeländisch: 'NZL',
}

/** What of a state acts for it: "russische Regierung", "US-Streitkräfte", "die israelische Armee". */
const STATE_ORGANS = new Set(
  [
    'regierung',
    'staatsführung',
    'führung',
    'behörde',
    'behörden',
    'armee',
    'streitkräfte',
    'streitkräften',
    'truppe',
    'truppen',
    'soldaten',
    'militär',
    'militärs',
    'marine',
    'luftwaffe',
    'küstenwache',
    'kräfte',
    'sicherheitskräfte',
    'einheiten',
    'ministerium',
    'außenministerium',
    'verteidigungsministerium',
    'innenministerium',
    'justizministerium',
    'außenamt',
    'präsident',
    'präsidenten',
    'präsidentin',
    'staatschef',
    'staatschefs',
    'regierungschef',
    'regierungschefin',
    'ministerpräsident',
    'ministerpräsidentin',
    'außenminister',
    'außenministerin',
    'verteidigungsminister',
    'verteidigungsministerin',
    'botschaft',
    'botschafter',
    'botschafterin',
    'diplomatie',
    'diplomaten',
    'administration',
    'justiz',
    'polizei',
    'staatsanwaltschaft',
    'geheimdienst',
    'geheimdienste',
    'staat',
    'staatsmacht',
    'seite',
  ].map((w) => w.normalize('NFC')),
)

let countryNames: Map<string, string> | undefined
function countryNameMap(): Map<string, string> {
  if (countryNames) return countryNames
  const require = createRequire(import.meta.url)
  countries.registerLocale(require('i18n-iso-countries/langs/de.json'))
  const map = new Map<string, string>()
  for (const [a2, names] of Object.entries(countries.getNames('de', { select: 'all' }))) {
    const iso3 = countries.alpha2ToAlpha3(a2)
    if (!iso3) continue
    for (const name of names) {
      // "Syrien, Arabische Republik": the catalogue form; its first part is the name texts use
      const key = nameWords(name.split(',')[0] as string).join(' ')
      if (key && !map.has(key)) map.set(key, iso3)
    }
  }
  for (const [name, iso3] of Object.entries(EXTRA_NAMES)) map.set(name.normalize('NFC'), iso3)
  countryNames = map
  return map
}

function adjectiveCountry(word: string): string | undefined {
  const base = /^(.+?sch)(?:e|en|er|es|em)?$/u.exec(word)?.[1]
  return base ? ADJECTIVES[base] : undefined
}

/** The state (ISO alpha-3) a name stands for, if it stands for one. */
export function countryOf(name: string): string | undefined {
  const words = nameWords(name)
  if (words.length === 0) return undefined
  const key = words.join(' ')
  const names = countryNameMap()
  const direct = names.get(key) ?? SEATS[key]
  if (direct) return direct
  // genitive: "Russlands", "der USA"
  if (key.endsWith('s')) {
    const bare = names.get(key.slice(0, -1)) ?? SEATS[key.slice(0, -1)]
    if (bare) return bare
  }
  const head = words[words.length - 1] as string
  if (words.length >= 2 && STATE_ORGANS.has(head)) {
    const modifier = words.slice(0, -1).join(' ')
    // "russische Regierung", "US-Regierung", "US-amerikanische Streitkräfte", "Russlands Armee"
    return (
      adjectiveCountry(modifier) ??
      names.get(modifier) ??
      (modifier.endsWith('s') ? names.get(modifier.slice(0, -1)) : undefined)
    )
  }
  return undefined
}

export interface SystemActorNames {
  /** display name and every alias */
  names: string[]
  /** the state the actor is, or whose government its name stands for */
  country?: string
}

/** A gold name matches a system actor by name, or by the state both stand for. */
export function goldNameMatches(gold: string, actor: SystemActorNames): boolean {
  if (actor.names.some((n) => namesMatch(gold, n))) return true
  const country = countryOf(gold)
  return country !== undefined && country === actor.country
}

/** Gold and system sides agree: both name nobody, or some gold name matches some system actor. */
export function sidesAgree(gold: string[], system: SystemActorNames[]): boolean {
  if (gold.length === 0 || system.length === 0) return gold.length === system.length
  return gold.some((g) => system.some((s) => goldNameMatches(g, s)))
}
