import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readGermEval } from './germeval.ts'
import { classBigramLogLikelihood, exchangeClusters } from './word-clusters.ts'

// real German news text: the tokens of our own annotated Wikinews sentences (CC BY)
const GOLD = new URL('../../../eval/gold/ner/', import.meta.url)
const sentences = readdirSync(GOLD)
  .filter((f) => f.endsWith('.tsv'))
  .flatMap((f) => readGermEval(readFileSync(new URL(f, GOLD), 'utf8')).map((s) => s.words))
const options = { classes: 16, minCount: 3, iterations: 6, seed: 7 }

describe('exchangeClusters', () => {
  const clusters = exchangeClusters(sentences, options)

  it('gives a class to every word seen often enough, and to no other', () => {
    const counts = new Map<string, number>()
    for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1)
    const frequent = [...counts].filter(([, c]) => c >= options.minCount).map(([w]) => w)
    expect([...clusters.keys()].sort()).toEqual(frequent.sort())
    expect([...clusters.values()].every((c) => c >= 0 && c < options.classes)).toBe(true)
  })

  it('fits the text better than the words dealt round the classes and than a shuffled assignment', () => {
    const words = [...clusters.keys()]
    const dealt = new Map(words.map((w, i) => [w, i % options.classes]))
    const ids = [...clusters.values()].sort((a, b) => a - b)
    const shuffled = new Map(words.map((w, i) => [w, ids[(i * 7919) % ids.length] as number]))
    const learnt = classBigramLogLikelihood(sentences, clusters)
    expect(learnt).toBeGreaterThan(classBigramLogLikelihood(sentences, dealt))
    expect(learnt).toBeGreaterThan(classBigramLogLikelihood(sentences, shuffled))
  })

  it('puts the words that fill the same slots together more often than not', () => {
    // words after "in" and "nach": the places of news
    const classOf = (w: string) => clusters.get(w)
    const places = ['Deutschland', 'Berlin', 'Frankreich', 'Hamburg', 'München', 'Thailand'].map(classOf)
    const common = places.filter((c) => c !== undefined && places.filter((d) => d === c).length >= 2)
    expect(common.length).toBeGreaterThanOrEqual(3)
  })

  it('is the same for the same seed', () => {
    expect(exchangeClusters(sentences, options)).toEqual(clusters)
  })

  it('refuses fewer than two classes', () => {
    expect(() => exchangeClusters(sentences, { ...options, classes: 1 })).toThrow(/at least 2 classes/u)
  })
})
