import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createDocument, createEnv, runStages } from '../src/document/index.ts'
import { structureStage } from '../src/structure/index.ts'
import { textStage } from '../src/text/index.ts'
import { loadSpkattArticles, sharedDataDir } from './corpus.ts'

/** GUM's news and interview documents (English Wikinews, CC BY): each sentence's `# text` line, one paragraph each. */
function gumTexts(dataDir: string): string[] {
  const dir = join(dataDir, 'english/gum_news/dep')
  return readdirSync(dir)
    .sort()
    .map((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('# text = '))
        .map((l) => l.slice(9))
        .join('\n'),
    )
}

const wordCount = (text: string) => (text.match(/\p{L}+/gu) ?? []).length

/** CPU time of the structure and text stages per 1,000 words, warm, the best of `rounds` passes. */
function msPerKiloWord(texts: string[], lang: string, rounds: number): { words: number; ms: number } {
  const env = createEnv()
  const docs = texts.map((text) => createDocument({ text, lang }))
  const words = texts.reduce((sum, t) => sum + wordCount(t), 0)
  for (const doc of docs.slice(0, 3)) runStages(doc, [structureStage, textStage], env)
  let best = Number.POSITIVE_INFINITY
  for (let r = 0; r < rounds; r++) {
    const start = process.cpuUsage()
    for (const doc of docs) runStages(doc, [structureStage, textStage], env)
    const used = process.cpuUsage(start)
    best = Math.min(best, (used.user + used.system) / 1000)
  }
  return { words, ms: (1000 * best) / words }
}

/**
 * `npm run bench -- --text-languages [--rounds N]`: the text stage's cost per word in German (SpkAtt dev news) and
 * English (GUM news and interviews), so English stays about as fast per word as German.
 */
export function main(args: string[]): void {
  const roundsArg = args.indexOf('--rounds')
  const rounds = roundsArg >= 0 ? Number(args[roundsArg + 1]) : 3
  const dataDir = sharedDataDir()
  const german = loadSpkattArticles(join(dataDir, 'spkatt2023-news/dev')).map((a) => a.text)
  const english = gumTexts(dataDir)
  for (const [lang, texts] of [
    ['de', german],
    ['en', english],
  ] as const) {
    const { words, ms } = msPerKiloWord(texts, lang, rounds)
    console.log(
      `${lang}: ${texts.length} texts, ${words} words; structure+text ${ms.toFixed(2)} ms CPU per 1,000 words`,
    )
  }
}
