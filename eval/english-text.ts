/**
 * `npm run eval -- en-text [--split dev|test|train|all]`: English sentence splitting and tokens against GUM's news
 * and interview documents (CC BY; gum_news/dep/*.conllu, their text rebuilt from the tokens and `SpaceAfter=No`,
 * paragraphs from `# newpar`). Sentences score by their end (P/R/F1 of sentence ends) and whole (both ends right);
 * tokens by exact span. GUM splits hyphens and contractions as we do. Last line:
 * `en-text sentences F1=… exact=… tokens F1=…`.
 */
import { createEnv } from '../src/document/index.ts'
import { analyzeText } from '../src/pipeline.ts'
import { gumSplit, readGum } from './gum.ts'

const f1 = (right: number, found: number, gold: number) => {
  const p = found ? right / found : 0
  const r = gold ? right / gold : 0
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 }
}
const pct = (x: number) => (100 * x).toFixed(1)

export function main(args: string[]): void {
  const split =
    args[args.indexOf('--split') + 1] && args.includes('--split')
      ? (args[args.indexOf('--split') + 1] as string)
      : 'all'
  const env = createEnv()
  const totals = {
    goldEnds: 0,
    foundEnds: 0,
    rightEnds: 0,
    exact: 0,
    goldTokens: 0,
    foundTokens: 0,
    rightTokens: 0,
  }
  const misses: string[] = []
  const names = gumSplit(split)
  if (names.length === 0)
    throw new Error(`no GUM documents of split "${split}" here (the test split is held back)`)
  for (const name of names) {
    const gum = readGum(name)
    const doc = analyzeText(gum.text, { lang: 'en' }, env)
    if (doc.text !== gum.text)
      throw new Error(`${name}: normalisation changed the text; spans would not compare`)
    const found = doc.layers.sentences ?? []
    const foundEnds = new Set(found.map((s) => s[1]))
    const goldEnds = new Set(gum.sentences.map((s) => s[1]))
    const foundWhole = new Set(found.map((s) => `${s[0]}:${s[1]}`))
    totals.goldEnds += goldEnds.size
    totals.foundEnds += foundEnds.size
    for (const end of goldEnds) {
      if (foundEnds.has(end)) totals.rightEnds++
      else if (misses.length < 15)
        misses.push(
          `missed end  ${name}: …${gum.text.slice(end - 50, end)}⟧${gum.text.slice(end, end + 30).replaceAll('\n', '¶')}`,
        )
    }
    for (const end of foundEnds)
      if (!goldEnds.has(end) && misses.length < 30)
        misses.push(
          `extra end   ${name}: …${gum.text.slice(end - 50, end)}⟧${gum.text.slice(end, end + 30).replaceAll('\n', '¶')}`,
        )
    for (const s of gum.sentences) if (foundWhole.has(`${s[0]}:${s[1]}`)) totals.exact++
    const ours = new Set((doc.layers.tokens ?? []).map((t) => `${t.span[0]}:${t.span[1]}`))
    totals.goldTokens += gum.tokens.length
    totals.foundTokens += ours.size
    for (const t of gum.tokens) if (ours.has(`${t.span[0]}:${t.span[1]}`)) totals.rightTokens++
  }
  if (args.includes('--errors')) for (const m of misses) console.log(m)
  const ends = f1(totals.rightEnds, totals.foundEnds, totals.goldEnds)
  const tokens = f1(totals.rightTokens, totals.foundTokens, totals.goldTokens)
  console.log(`GUM ${split}: ${totals.goldEnds} sentences, ${totals.goldTokens} tokens`)
  console.log(
    `sentence ends  P ${pct(ends.p)}  R ${pct(ends.r)}  F1 ${pct(ends.f)}   whole sentences right ${pct(totals.exact / totals.goldEnds)}%`,
  )
  console.log(`tokens         P ${pct(tokens.p)}  R ${pct(tokens.r)}  F1 ${pct(tokens.f)}`)
  console.log(
    `en-text sentences F1=${pct(ends.f)} exact=${pct(totals.exact / totals.goldEnds)} tokens F1=${pct(tokens.f)}`,
  )
}
