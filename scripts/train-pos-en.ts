/**
 * `npm run train -- pos-en`: builds models/en-pos.json, the English part-of-speech tagger's tables
 * (src/text/en/tag-english.ts), from the train documents of GUM's news and interviews (gum_news, CC BY 4.0; the dev
 * documents are kept for `npm run eval -- pos-en`, the test ones are held back).
 */
import { writeFileSync } from 'node:fs'
import { gumSplit, readGum } from '../eval/gum.ts'
import { type EnglishTagModel, lexicalTag, prepareTagModel } from '../src/text/en/index.ts'

/** a word must be seen this often before its context rule counts */
const MIN_CONTEXT = 2
/** rare words (seen at most this often) teach the endings of unknown ones */
const RARE = 2

type Counts = Map<string, Map<string, number>>
const add = (counts: Counts, key: string, tag: string) => {
  const row = counts.get(key) ?? new Map<string, number>()
  counts.set(key, row)
  row.set(tag, (row.get(tag) ?? 0) + 1)
}
const best = (row: Map<string, number>): [string, number, number] => {
  let tag = ''
  let n = 0
  let total = 0
  for (const [t, c] of [...row].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    total += c
    if (c > n) [tag, n] = [t, c]
  }
  return [tag, n, total]
}

export function trainEnglishTagger(names: string[]): EnglishTagModel {
  const words: Counts = new Map()
  const lower: Counts = new Map()
  const pairs: Counts = new Map()
  const tagCounts = new Map<string, number>()
  const capitalUnknown = new Map<string, number>()
  const sentences = names.flatMap((name) => {
    const gum = readGum(name)
    return gum.sentences.map(([s, e]) =>
      gum.tokens
        .filter((t) => t.span[0] >= s && t.span[1] <= e)
        .map((t) => ({ word: gum.text.slice(t.span[0], t.span[1]), tag: t.xpos })),
    )
  })
  for (const sentence of sentences)
    for (const { word, tag } of sentence) {
      add(words, word, tag)
      add(lower, word.toLowerCase(), tag)
      tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1)
    }
  const wordTag = new Map([...words].map(([w, row]) => [w, best(row)[0]]))
  for (const sentence of sentences) {
    let previous = '<s>'
    for (const { word, tag } of sentence) {
      add(pairs, `${previous} ${word.toLowerCase()}`, tag)
      previous = tag
    }
  }
  const model: EnglishTagModel = {
    words: {},
    context: {},
    classes: {},
    next: {},
    suffixes: {},
    capitalised: 'NNP',
    fallback: 'NN',
  }
  for (const [word, tag] of wordTag) model.words[word] = tag
  for (const [word, row] of lower) if (!(word in model.words)) model.words[word] = best(row)[0]
  for (const [key, row] of pairs) {
    const [tag, n, total] = best(row)
    const word = key.slice(key.indexOf(' ') + 1)
    const usual = model.words[word]
    if (tag !== usual && n >= MIN_CONTEXT && n / total > 0.6) model.context[key] = tag
  }
  const suffixes: Counts = new Map()
  for (const [word, row] of words) {
    const [tag, , total] = best(row)
    if (total > RARE) continue
    if (/^\p{Lu}/u.test(word)) {
      capitalUnknown.set(tag, (capitalUnknown.get(tag) ?? 0) + 1)
      continue
    }
    const l = word.toLowerCase()
    for (let n = 1; n <= 4 && n < l.length; n++) add(suffixes, l.slice(-n), tag)
  }
  for (const [suffix, row] of suffixes) {
    const [tag, n] = best(row)
    if (n >= 3) model.suffixes[suffix] = tag
  }
  model.capitalised = best(capitalUnknown)[0] || 'NNP'
  model.fallback = best(new Map([...tagCounts].filter(([t]) => /^[NVJ]/u.test(t))))[0] || 'NN'
  learnClassRules(model, sentences)
  return model
}

/**
 * Rules over kinds of words, learnt where the word's own tag is wrong: the tag before it and its own tag ("VBZ VBD"
 * → VBN), the word and the next word's own tag ("to VB" → TO). Each must be right in most of its cases.
 */
function learnClassRules(model: EnglishTagModel, sentences: { word: string; tag: string }[][]): void {
  const prepared = prepareTagModel(model)
  const classes: Counts = new Map()
  const next: Counts = new Map()
  for (const sentence of sentences) {
    const lexical = sentence.map((t, i) => lexicalTag(t.word, i === 0, prepared))
    sentence.forEach(({ word, tag }, i) => {
      const previous = i === 0 ? '<s>' : (sentence[i - 1]?.tag as string)
      const after = i + 1 < sentence.length ? (lexical[i + 1] as string) : '</s>'
      add(classes, `${previous} ${lexical[i]}`, tag)
      add(next, `${word.toLowerCase()} ${after}`, tag)
    })
  }
  const keep = (counts: Counts, own: (key: string) => string | undefined, into: Record<string, string>) => {
    for (const [key, row] of counts) {
      const [tag, n, total] = best(row)
      const usual = own(key)
      // the rule must win more often than the usual tag it replaces
      if (tag !== usual && n >= 3 && n / total > 0.6 && n - (row.get(usual ?? '') ?? 0) >= 2) into[key] = tag
    }
  }
  keep(classes, (key) => key.slice(key.indexOf(' ') + 1), model.classes)
  keep(next, (key) => model.words[key.slice(0, key.indexOf(' '))], model.next)
}

export function main(): void {
  const names = gumSplit('train')
  const model = trainEnglishTagger(names)
  const out = {
    $comment: `English part-of-speech tables (Penn Treebank tags) built by npm run train -- pos-en from ${names.length} GUM train documents (gum_news, CC BY 4.0; Wikinews texts CC BY 2.5). Read by src/text/en/tag-english.ts.`,
    ...model,
  }
  writeFileSync(new URL('../models/en-pos.json', import.meta.url), `${JSON.stringify(out)}\n`)
  console.log(
    `en-pos: ${Object.keys(model.words).length} words, ${Object.keys(model.context).length} word-in-context rules, ${Object.keys(model.classes).length + Object.keys(model.next).length} class rules, ${Object.keys(model.suffixes).length} endings`,
  )
}
