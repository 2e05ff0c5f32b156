import { fileURLToPath } from 'node:url'
import { stages } from '../src/pipeline.ts'
import { cellOf, timeStagesHere, timeStagesInChild, totalOf } from './stage-timing.ts'

/**
 * `npm run bench -- --hostile [--timeout S] [--only NAME,…]`: CPU ms per stage for hostile or odd inputs (bare
 * commas, German quotation marks, colons, dashes, digits, text without punctuation, deeply nested HTML) and for ordinary
 * news text of growing size (issues 20 and 21). Each input runs in its own child process; a stage that takes longer
 * than the time limit (default 60 s wall) is reported as "timeout" and the next input starts. Numbers only, no
 * assertions: speed is measured here, never in timed tests.
 */

/** Ordinary German news sentences (written for this bench), repeated with changing numbers, names and places. */
const NEWS = [
  '{P} ({Q}) hat die Regierung in {C} aufgefordert, die Angriffe auf die Stadt sofort einzustellen.',
  '„Wir werden nicht zulassen, dass Zivilisten weiter leiden“, sagte {P} am Montag vor Journalisten in {C}.',
  'Nach Angaben des Innenministeriums wurden bei den Kämpfen am Wochenende mindestens {N} Menschen getötet.',
  'Die Armee verlegte rund {N} Soldaten und {M} Panzer an die Grenze, wie ein Sprecher des Verteidigungsministeriums mitteilte.',
  'Der Präsident kündigte an, die Gespräche mit der Opposition am {D}. März in {C} fortzusetzen.',
  'Tausende Menschen demonstrierten am Samstag in {C} gegen die Regierung; die Polizei nahm {M} Personen fest.',
  '{P} warf der Regierung vor, die Wahlen manipuliert zu haben, und forderte eine unabhängige Untersuchung.',
  'Die Vereinten Nationen riefen beide Seiten zu einer sofortigen Waffenruhe auf.',
  'Ein Sprecher der Hamas erklärte, man sei zu Verhandlungen bereit, wenn Israel die Blockade aufhebe.',
  'Laut einem Bericht der Nachrichtenagentur Reuters soll die Regierung {N} Millionen Euro für den Wiederaufbau bereitgestellt haben.',
  'Die Europäische Union verhängte neue Sanktionen gegen {M} Unternehmen, die Waffen geliefert haben sollen.',
  'Am Dienstag trafen sich die Außenminister in {C}, um über die Lage im Nahen Osten zu beraten.',
  '{P} sagte, die Lage sei „äußerst angespannt“, und warnte vor einer weiteren Eskalation.',
  'Die Staatsanwaltschaft ermittelt gegen den früheren Minister wegen des Verdachts der Bestechung.',
  'Bei einem Drohnenangriff auf ein Wohnhaus in {C} wurden nach ukrainischen Angaben {M} Menschen verletzt.',
]
const PEOPLE = [
  'Olaf Scholz',
  'Annalena Baerbock',
  'Emmanuel Macron',
  'Wolodymyr Selenskyj',
  'Antonio Guterres',
]
const PARTIES = ['SPD', 'Grüne', 'FDP', 'CDU', 'parteilos']
const CITIES = ['Berlin', 'Kiew', 'Paris', 'Gaza', 'Brüssel', 'Wien', 'Charkiw', 'Genf']

function news(bytes: number): string {
  const paragraphs: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const sentences: string[] = []
    for (let j = 0; j < 5; j++) {
      const k = i * 5 + j
      sentences.push(
        (NEWS[k % NEWS.length] ?? '')
          .replaceAll('{P}', PEOPLE[(k * 7) % PEOPLE.length] ?? '')
          .replaceAll('{Q}', PARTIES[(k * 3) % PARTIES.length] ?? '')
          .replaceAll('{C}', CITIES[(k * 5) % CITIES.length] ?? '')
          .replaceAll('{N}', String(10 + ((k * 37) % 990)))
          .replaceAll('{M}', String(2 + ((k * 13) % 40)))
          .replaceAll('{D}', String(1 + (k % 28))),
      )
    }
    const paragraph = sentences.join(' ')
    paragraphs.push(paragraph)
    size += Buffer.byteLength(paragraph) + 2
  }
  return paragraphs.join('\n\n')
}

/** `unit` repeated up to about `bytes` bytes of UTF-8. */
function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(unit))))
}

const WORDS = news(4000)
  .replace(/[^\p{L}\p{N} ]+/gu, ' ')
  .replace(/ +/g, ' ')
  .trim()

const KB = 1000
const MB = 1000 * KB

interface Input {
  name: string
  build(): string
  html?: boolean
}

const INPUTS: Input[] = [
  { name: 'news 11 KB', build: () => news(11 * KB) },
  { name: 'news 100 KB', build: () => news(100 * KB) },
  { name: 'news 1 MB', build: () => news(1 * MB) },
  { name: 'commas 10 KB', build: () => fill(',', 10 * KB) },
  { name: 'commas 100 KB', build: () => fill(',', 100 * KB) },
  { name: 'word commas 100 KB', build: () => fill('Haus, ', 100 * KB) },
  { name: 'quote marks 100 KB', build: () => fill('„“', 100 * KB) },
  { name: 'quoted words 100 KB', build: () => fill('„Wort“ ', 100 * KB) },
  { name: 'colons 100 KB', build: () => fill('Berlin: Polizei: ', 100 * KB) },
  { name: 'dashes 100 KB', build: () => fill('-', 100 * KB) },
  { name: 'spaced dashes 100 KB', build: () => fill('Krieg – ', 100 * KB) },
  { name: 'digits 100 KB', build: () => fill('1234567890', 100 * KB) },
  { name: 'spaced digits 100 KB', build: () => fill('4711 ', 100 * KB) },
  { name: 'no punctuation 100 KB', build: () => fill(`${WORDS} `, 100 * KB) },
  { name: 'no punctuation 1 MB', build: () => fill(`${WORDS} `, 1 * MB) },
  { name: 'no punctuation 2 MB', build: () => fill(`${WORDS} `, 2 * MB) },
  { name: 'nested div 1000', html: true, build: () => nestedDivs(1000) },
  { name: 'nested div 2000', html: true, build: () => nestedDivs(2000) },
]

function nestedDivs(depth: number): string {
  const body = `<p>${news(600)}</p>`
  return `<!doctype html><html><head><title>Test</title></head><body>${'<div>'.repeat(depth)}${body}${'</div>'.repeat(depth)}</body></html>`
}

/** In the child: warm up (lexicons and models), then time each stage and report it as one JSON line. */
function child(name: string): void {
  const input = INPUTS.find((i) => i.name === name)
  if (!input) throw new Error(`no input ${name}`)
  timeStagesHere(input.build(), { warmUp: news(2 * KB), ...(input.html ? { html: true } : {}) })
}

export async function main(args: string[]): Promise<void> {
  const childArg = args.indexOf('--child')
  if (childArg >= 0) return child(args[childArg + 1] ?? '')
  const timeoutArg = args.indexOf('--timeout')
  const timeoutS = timeoutArg >= 0 ? Number(args[timeoutArg + 1]) : 60
  const onlyArg = args.indexOf('--only')
  const only = onlyArg >= 0 ? (args[onlyArg + 1] ?? '').split(',') : undefined
  const inputs = INPUTS.filter((i) => !only || only.some((o) => i.name.includes(o)))
  const columns = ['html', ...stages.map((s) => s.name)]
  console.log(`CPU ms per stage (lexicons loaded before timing; "timeout": over ${timeoutS} s wall)`)
  console.log(
    [
      'input'.padEnd(22),
      'bytes'.padStart(8),
      'total'.padStart(8),
      ...columns.map((c) => c.padStart(10)),
    ].join(' '),
  )
  for (const input of inputs) {
    const row = await timeStagesInChild(
      input.name,
      fileURLToPath(import.meta.url),
      ['--child', input.name],
      timeoutS,
    )
    console.log(
      [
        row.name.padEnd(22),
        String(row.bytes ?? '').padStart(8),
        totalOf(row).padStart(8),
        ...columns.map((c) => cellOf(row, c).padStart(10)),
      ].join(' '),
    )
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.slice(2))
