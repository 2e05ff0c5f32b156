/**
 * One of two writers on one store, run as a child process by `store-writers.test.ts` (and by hand to measure):
 *
 *   node --import tsx test/store-writer.ts (--db FILE | --url URL) --writer a|b --steps N
 *
 * At each step it saves an article of its own and one that the other writer saves too. Both articles of a step
 * name three people the store has not seen yet, and the two writers name them in opposite orders: without a
 * stable order of the new actor keys two PostgreSQL transactions lock them crosswise and one dies of a deadlock;
 * on SQLite a deferred transaction that read before it wrote finds the file locked. Prints one JSON line:
 * `{"writer", "created", "stored", "failed", "errors"}` (the first few error messages).
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { type Analysis, createDocument, toAnalysis } from '../src/document/index.ts'
import { openStore } from '../src/store/index.ts'

const SURNAMES = ['Kowalenko', 'Brandt', 'Osei', 'Lindqvist', 'Haddad', 'Moreau', 'Tanaka', 'Nowak']
const GIVEN = ['Anna', 'Jonas', 'Kwame', 'Sofia', 'Omar', 'Claire', 'Kenji', 'Marta']

/** A step's own second surname, in syllables (names keep letters only): 0 → "Lalar", 1 → "Lelar", 31 → "Leler". */
function syllablesOf(n: number): string {
  const syllable = (i: number) => `${'lmnrst'[Math.floor(i / 5) % 6]}${'aeiou'[i % 5]}`
  return `${syllable(n % 30)
    .toUpperCase()
    .slice(0, 1)}${syllable(n % 30).slice(1)}${syllable(Math.floor(n / 30) % 30)}r`
}

/** The three people of a step: new to the store, the same for both writers. */
function peopleOf(step: number): string[] {
  return [0, 1, 2].map(
    (k) =>
      `${GIVEN[(step + k) % GIVEN.length]} ${SURNAMES[(step * 3 + k) % SURNAMES.length]}-${syllablesOf(step)}`,
  )
}

function article(text: string, names: string[], published: string): Analysis {
  const base = toAnalysis(createDocument({ text, source: { outlet: 'Testagentur', published } }))
  const actors = names.map((name) => ({
    id: `per:${name.toLowerCase().replace(/[^a-z0-9]+/gu, '-')}`,
    name,
    aliases: [name.split(' ').at(-1) as string],
    kind: 'person' as const,
  }))
  return { ...base, actors }
}

/** What a writer saves at a step: its own article, then the one both writers save. */
export function stepArticles(writer: 'a' | 'b', step: number): Analysis[] {
  const people = peopleOf(step)
  const named = writer === 'a' ? people : [...people].reverse()
  const day = `2022-01-${String((step % 28) + 1).padStart(2, '0')}`
  const own = article(
    `Gespräche in Genf, Runde ${step}\n\n${named.join(', ')} trafen sich am Montag in Genf. Bericht ${writer}-${step}: Die Delegationen sprachen über Sicherheitsgarantien.`,
    named,
    day,
  )
  const shared = article(
    `Erklärung nach Runde ${step}\n\n${people.join(' und ')} veröffentlichten eine gemeinsame Erklärung zu den Gesprächen in Genf.`,
    people,
    day,
  )
  return [own, shared]
}

async function main() {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      url: { type: 'string' },
      writer: { type: 'string' },
      steps: { type: 'string' },
      batch: { type: 'string' },
    },
  })
  const writer = values.writer === 'b' ? 'b' : 'a'
  const steps = Number(values.steps ?? 50)
  // 1: each article in its own transaction, as `lagebild ingest` saves; more: that many steps per saveAnalyses
  const batch = Math.max(1, Number(values.batch ?? 1))
  const store = await openStore(values.url ? { databaseUrl: values.url } : { path: values.db as string })
  const result = { writer, created: 0, stored: 0, failed: 0, errors: [] as string[] }
  try {
    for (let step = 0; step < steps; step += batch) {
      const articles: Analysis[] = []
      for (let s = step; s < Math.min(steps, step + batch); s++) articles.push(...stepArticles(writer, s))
      // one call per article (as ingest saves) or one per batch; a failed call loses what it held
      const calls =
        batch === 1
          ? articles.map((analysis) => async () => [await store.saveAnalysis(analysis)])
          : [() => store.saveAnalyses(articles.map((analysis) => ({ analysis })))]
      for (const [i, call] of calls.entries()) {
        try {
          for (const saved of await call()) result[saved.created ? 'created' : 'stored']++
        } catch (error) {
          result.failed += batch === 1 ? 1 : articles.length - i
          if (result.errors.length < 5) result.errors.push((error as Error).message)
        }
      }
    }
  } finally {
    await store.close()
  }
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

// run as a script; imported by the test only for `stepArticles`
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
