import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createEnv } from '../document/index.ts'
import { analyze } from '../pipeline.ts'
import { openStore } from '../store/index.ts'
import { prepareRows } from './prepare-rows.ts'

const FOUNDING = readFileSync(
  new URL('../../test/fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
  'utf8',
)
const env = createEnv()
const founding = analyze(FOUNDING, { published: '2022-01-21', outlet: 'ORF.at' }, env)
// the same agency text in another outlet, cut short: a near-duplicate, found by the prepared signature
const dupe = analyze(FOUNDING.slice(0, Math.floor(FOUNDING.length * 0.7)), { outlet: 'Kurier' }, env)

function tables(path: string) {
  const db = new Sqlite(path, { readonly: true })
  try {
    return {
      documents: db.prepare('SELECT id, story_id FROM documents ORDER BY rowid').all(),
      signatures: db.prepare('SELECT * FROM document_signatures ORDER BY rowid').all(),
      bands: db.prepare('SELECT * FROM story_bands ORDER BY rowid').all(),
      search: db.prepare('SELECT kind, ref, body, stems FROM search_rows ORDER BY rowid').all(),
    }
  } finally {
    db.close()
  }
}

describe('rows prepared beside the analysis', () => {
  it('store exactly what the writer derives itself, after crossing a thread as a structured clone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lagebild-prepared-'))
    const [own, prepared] = [join(dir, 'own.sqlite'), join(dir, 'prepared.sqlite')]
    const items = [founding, dupe].map((analysis) => ({ analysis }))
    const ownStore = await openStore({ path: own })
    await ownStore.saveAnalyses(items)
    await ownStore.close()
    const preparedStore = await openStore({ path: prepared })
    const saved = await preparedStore.saveAnalyses(
      items.map(({ analysis }) => ({ analysis, prepared: structuredClone(prepareRows(analysis)) })),
    )
    await preparedStore.close()
    expect(saved.map((s) => s.storyId)).toEqual([founding.id, founding.id])
    const rows = tables(prepared)
    expect(rows).toEqual(tables(own))
    expect(rows.search).toHaveLength(2 + founding.quotes.length + dupe.quotes.length)
    expect(String((rows.search[0] as { stems: string }).stems)).toContain('lawrow')
  })
  it('are what the writer stores, not computed again', async () => {
    const store = await openStore({ path: ':memory:' })
    try {
      const rows = prepareRows(founding)
      // a marker stem no text has: found by search only if the prepared stems were the ones written
      rows.stems[0] = `${rows.stems[0]} zzvorbereitet`
      await store.saveAnalyses([{ analysis: founding, prepared: rows }])
      expect((await store.search('zzvorbereitet')).map((hit) => hit.documentId)).toEqual([founding.id])
    } finally {
      await store.close()
    }
  })
})
