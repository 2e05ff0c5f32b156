/**
 * `npm run eval -- pos-en [--split dev|train]`: English part-of-speech accuracy (Penn Treebank tags) of
 * src/text/en/tag-english.ts on GUM's held-out dev documents (models/en-pos.json is built from the train ones), over
 * GUM's own tokens so tokenising errors do not count; beside it the accuracy without the context rules, and on words
 * the model never saw. Last line: `pos-en accuracy=… unknown=… no-context=…`.
 */
import { createEnv, type Token } from '../src/document/index.ts'
import { lexicalTag, loadEnglishTagModel, tagEnglish } from '../src/text/en/index.ts'
import { gumSplit, readGum } from './gum.ts'

const pct = (a: number, n: number) => (n ? ((100 * a) / n).toFixed(1) : '-')

export function main(args: string[]): void {
  const split = args.includes('--split') ? (args[args.indexOf('--split') + 1] as string) : 'dev'
  const model = loadEnglishTagModel(createEnv())
  let n = 0
  let right = 0
  let lexicalRight = 0
  let unknown = 0
  let unknownRight = 0
  const confusions = new Map<string, number>()
  for (const name of gumSplit(split)) {
    const gum = readGum(name)
    const tokens: Token[] = gum.tokens.map((t) => ({
      span: t.span,
      kind: 'word',
      sentence: gum.sentences.findIndex(([s, e]) => t.span[0] >= s && t.span[1] <= e),
    }))
    const tagged = tagEnglish(gum.text, tokens, model)
    tagged.forEach((token, i) => {
      const gold = gum.tokens[i]?.xpos as string
      const word = gum.text.slice(token.span[0], token.span[1])
      const first = i === 0 || tagged[i - 1]?.sentence !== token.sentence
      n++
      if (token.pos === gold) right++
      else confusions.set(`${gold}→${token.pos}`, (confusions.get(`${gold}→${token.pos}`) ?? 0) + 1)
      if (lexicalTag(word, first, model) === gold) lexicalRight++
      if (!model.words.has(word) && !model.words.has(word.toLowerCase())) {
        unknown++
        if (token.pos === gold) unknownRight++
      }
    })
  }
  const top = [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 12)
  console.log(`GUM ${split}: ${n} tokens, ${unknown} unknown to the model`)
  console.log(`most frequent confusions (gold→ours): ${top.map(([k, c]) => `${k} ${c}`).join(', ')}`)
  console.log(
    `pos-en accuracy=${pct(right, n)} unknown=${pct(unknownRight, unknown)} no-context=${pct(lexicalRight, n)}`,
  )
}
