/**
 * `node --import tsx eval/spkatt-errors.ts [--dir DIR] [--show CATEGORY] [--n N]`: where the quotes layer loses
 * SpkAtt subtask-2 tokens. Aligns system and gold top-level messages as the scorer does, then counts lost
 * tokens by category (missed gold message by form, spurious system message by rule, message extent, source
 * missing / wrong / too short / too long) and prints examples of one category. For tuning rules on train only.
 */
import { join } from 'node:path'
import { createEnv } from '../src/document/index.ts'
import { goldUnits, overlap, systemUnits } from './spkatt.ts'
import { maxWeightAssignment } from './spkatt-assignment.ts'
import { loadSpkattDir } from './spkatt-data.ts'

const args = process.argv.slice(2)
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? (args[i + 1] as string) : fallback
}
const dataDir = process.env.LAGEBILD_DATA ?? new URL('../../shared/data/', import.meta.url).pathname
const dir = opt('--dir', join(dataDir, 'spkatt2023-news', 'train'))
const show = opt('--show', '')
const limit = Number(opt('--n', '15'))

const env = createEnv()
const lost = new Map<string, { tokens: number; count: number }>()
const examples = new Map<string, string[]>()
const add = (category: string, tokens: number, example: () => string) => {
  const c = lost.get(category) ?? { tokens: 0, count: 0 }
  c.tokens += tokens
  c.count++
  lost.set(category, c)
  if (category.startsWith(show) && show) {
    const list = examples.get(category) ?? []
    if (list.length < limit) list.push(example())
    examples.set(category, list)
  }
}

for (const article of loadSpkattDir(dir)) {
  const { rebuilt, units } = systemUnits(article, env)
  const flat = article.sentences.flat()
  const sentenceOf: number[] = []
  article.sentences.forEach((s, i) => {
    for (const _ of s) sentenceOf.push(i)
  })
  const words = (set: Set<number>) =>
    [...set]
      .sort((a, b) => a - b)
      .map((i) => flat[i])
      .join(' ')
  const context = (set: Set<number>) => {
    const ss = [...new Set([...set].map((i) => sentenceOf[i] as number))].sort((a, b) => a - b)
    return ss.map((s) => article.sentences[s]?.join(' ')).join(' ‖ ')
  }
  const sys = units.filter((u) => !u.nested)
  const gold = goldUnits(article, rebuilt).filter((g) => !g.nested)
  const pairs = maxWeightAssignment(
    sys.map((s) => gold.map((g) => overlap(s.roles.message, g.roles.message))),
  )
  const mS = new Set(pairs.map(([i]) => i))
  const mG = new Set(pairs.map(([, j]) => j))
  gold.forEach((g, j) => {
    if (mG.has(j)) return
    add(
      `missed ${g.form}`,
      g.roles.message.size + g.roles.source.size,
      () =>
        `cue (${words(g.roles.cue)}) src [${words(g.roles.source)}]\n      ${context(g.roles.message)}\n      MSG ${words(g.roles.message)}`,
    )
  })
  sys.forEach((s, i) => {
    if (mS.has(i)) return
    add(
      `spurious ${s.rule}`,
      s.roles.message.size + s.roles.source.size,
      () =>
        `[${words(s.roles.source)}] (${words(s.roles.cue)}) ${words(s.roles.message)}\n      ${context(s.roles.message)}`,
    )
  })
  for (const [i, j] of pairs) {
    const s = sys[i] as (typeof sys)[number]
    const g = gold[j] as (typeof gold)[number]
    const msgFn = g.roles.message.size - overlap(s.roles.message, g.roles.message)
    const msgFp = s.roles.message.size - overlap(s.roles.message, g.roles.message)
    const ex = () =>
      `${s.rule} gold ${g.form} [${words(g.roles.source)}] (${words(g.roles.cue)}) ${words(g.roles.message)}\n      sys  [${words(s.roles.source)}] (${words(s.roles.cue)}) ${words(s.roles.message)}\n      ${context(new Set([...g.roles.message, ...s.roles.message]))}`
    if (msgFn > 0) add(`message short ${s.rule}`, msgFn, ex)
    if (msgFp > 0) add(`message long ${s.rule}`, msgFp, ex)
    const gs = g.roles.source
    const ss = s.roles.source
    const o = overlap(gs, ss)
    const cost = gs.size - o + (ss.size - o)
    if (cost === 0) continue
    let cat: string
    if (ss.size === 0) cat = 'source none'
    else if (gs.size === 0) cat = 'source gold-empty'
    else if (o === 0) cat = 'source wrong'
    else if (o === ss.size) cat = 'source short'
    else if (o === gs.size) cat = 'source long'
    else cat = 'source shifted'
    add(`${cat} ${s.rule}`, cost, ex)
  }
}

const rows = [...lost.entries()].sort((a, b) => b[1].tokens - a[1].tokens)
console.log('tokens lost  count  category')
for (const [cat, c] of rows)
  console.log(`${String(c.tokens).padStart(11)}  ${String(c.count).padStart(5)}  ${cat}`)
for (const [cat, list] of examples) {
  console.log(`\n## ${cat}`)
  for (const e of list) console.log(`  - ${e}`)
}
