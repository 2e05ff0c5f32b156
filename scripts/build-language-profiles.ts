/**
 * Builds lexicons/language-trigrams.json: the most frequent letter trigrams of German and English words with their
 * log frequencies, which tell the two apart where a text is too short for function words ("Putin trifft Xi").
 * Built from data whose licence allows it: GermEval 2014 train (CC BY 4.0, German Wikipedia and news sentences) and
 * the GUM news and interview documents of GUM's train split (CC BY 4.0 annotations, Wikinews texts CC BY 2.5).
 *
 *   LAGEBILD_DATA=/work/shared/data node --import tsx scripts/build-language-profiles.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { wordTrigrams } from '../src/text/index.ts'

const DATA = process.env.LAGEBILD_DATA ?? new URL('../../shared/data', import.meta.url).pathname
const KEEP = 4000

/** The GUM documents kept aside for evaluation (splits.md: dev and test). */
function gumHeldOut(): Set<string> {
  const splits = readFileSync(join(DATA, 'english/gum_news/splits.md'), 'utf8')
  const held = new Set<string>()
  let section = ''
  for (const line of splits.split('\n')) {
    const heading = /^##\s+(\w+)/u.exec(line)
    if (heading) section = heading[1] as string
    const doc = /^\s*\*\s+(GUM_\w+)/u.exec(line)
    if (doc && section !== 'train') held.add(doc[1] as string)
  }
  return held
}

function germanText(): string {
  const lines = readFileSync(join(DATA, 'germeval2014/train.tsv'), 'utf8').split('\n')
  return lines
    .filter((l) => /^\d/u.test(l))
    .map((l) => l.split('\t')[1])
    .join(' ')
}

function englishText(): string {
  const held = gumHeldOut()
  const dir = join(DATA, 'english/gum_news/dep')
  const texts: string[] = []
  for (const file of readdirSync(dir).sort()) {
    if (held.has(file.replace(/\.conllu$/u, ''))) continue
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n'))
      if (line.startsWith('# text = ')) texts.push(line.slice(9))
  }
  return texts.join(' ')
}

function profile(text: string): Record<string, number> {
  const counts = new Map<string, number>()
  let total = 0
  for (const trigram of wordTrigrams(text)) {
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1)
    total++
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, KEEP)
  return Object.fromEntries(top.map(([t, n]) => [t, Math.round(Math.log(n / total) * 100) / 100]))
}

const profiles = { de: profile(germanText()), en: profile(englishText()) }
// an unseen trigram counts a little less than the rarest kept one
const floor = Math.min(...Object.values(profiles).flatMap((p) => Object.values(p))) - 1
const out = {
  $comment:
    'Log frequencies of the most frequent letter trigrams of words (padded with a space at each end), built by scripts/build-language-profiles.ts from GermEval 2014 train (CC BY 4.0) and the train split of GUM news/interviews (CC BY 4.0; Wikinews texts CC BY 2.5). Tells German from English in texts too short for function words.',
  floor,
  profiles,
}
writeFileSync(new URL('../lexicons/language-trigrams.json', import.meta.url), `${JSON.stringify(out)}\n`)
console.log(
  `language-trigrams: de ${Object.keys(out.profiles.de).length}, en ${Object.keys(out.profiles.en).length}`,
)
