import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEnv } from '../src/document/index.ts'
import { analyze } from '../src/pipeline.ts'
import { openStore, type Store } from '../src/store/index.ts'

const read = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8')

// The founding article and two edited copies of the same APA story, one with another troop figure.
const COPIES = [
  { outlet: 'ORF.at', text: read('golden/orf-2022-01-21-blinken-lawrow/input.txt') },
  { outlet: 'Der Standard', text: read('disagreements/standard-127000.txt') },
  { outlet: 'Die Presse', text: read('disagreements/presse-copy.txt') },
]

let store: Store

beforeAll(async () => {
  store = await openStore({ path: join(mkdtempSync(join(tmpdir(), 'lagebild-copies-')), 'corpus.sqlite') })
  const env = createEnv()
  for (const { outlet, text } of COPIES) {
    const meta = { outlet, published: '2022-01-21' }
    await store.saveAnalysis(analyze(text, meta, env), meta)
  }
}, 60_000)

afterAll(async () => {
  await store.close()
})

describe('three outlets carrying one story', () => {
  it('dispute only the troop figure they report differently, not the figures all three agree on', async () => {
    const found = await store.listDisagreements()
    expect(found.map((d) => d.reports.map((r) => `${r.outlet}: ${r.text}`))).toEqual([
      ['Die Presse: 100.000', 'ORF.at: 100.000', 'Der Standard: 127.000'],
    ])
    // what each report says is its article's text at its span
    const texts = new Map(COPIES.map((c) => [c.outlet, c.text]))
    for (const r of found[0]?.reports ?? []) expect(texts.get(r.outlet ?? '')?.slice(...r.span)).toBe(r.text)
  })

  it('list each demand once, with all the outlets that report it', async () => {
    const demands = await store.listDemands()
    expect(await store.countDemands()).toBe(demands.length)
    const withdrawal = demands.filter((d) => d.text.includes('verlangen einen Rückzug'))
    expect(withdrawal).toHaveLength(1)
    expect([...(withdrawal[0]?.outlets ?? [])].sort()).toEqual(['Der Standard', 'Die Presse', 'ORF.at'])
    // the 127.000 copy's sentence is a report of the same demand
    expect(withdrawal[0]?.reports.map((r) => r.text).filter((t) => t.includes('127.000'))).toHaveLength(1)
    for (const d of demands) expect(d.outlets).toHaveLength(3)
    const texts = demands.map((d) => `${d.actors}|${d.recipients}|${d.text}`)
    expect(new Set(texts).size).toBe(texts.length)
  })
})
