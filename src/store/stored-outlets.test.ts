import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createEnv } from '../document/index.ts'
import { analyze } from '../pipeline.ts'
import { openStore } from './open-store.ts'

const env = createEnv()
const article = (sentence: string) => analyze(`Lage in Kiew\n\n${sentence}`, { published: '2022-01-21' }, env)

describe('stored outlets', () => {
  it('are saved under one name per publisher, and rows stored before get it when the store opens', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lagebild-outlets-')), 'corpus.sqlite')
    const store = await openStore({ path })
    const dw = article('Scholz reiste am Montag nach Kiew, sagte ein Sprecher.')
    const ntv = article('Der Kreml wies die Vorwürfe zurück, sagte Sprecher Dmitri Peskow.')
    const page = article('Die NATO verlegte weitere Soldaten nach Polen, hieß es in Brüssel.')
    await store.saveAnalysis(dw, { outlet: 'DW.COM' })
    await store.saveAnalysis(ntv, { outlet: 'n-tv', uri: 'https://www.n-tv.de/politik/1.html' })
    await store.saveAnalysis(page, { uri: 'https://www.kleinezeitung.at/politik/1' })
    const outlets = async () => Object.fromEntries((await store.listDocuments()).map((d) => [d.id, d.outlet]))
    expect(await outlets()).toEqual({ [dw.id]: 'DW', [ntv.id]: 'n-tv', [page.id]: 'Kleine Zeitung' })
    await store.close()

    // what an older release stored: the names as the pages gave them, a page with no outlet
    const old = new Sqlite(path)
    old.prepare('update documents set outlet = ? where id = ?').run('dw.com', dw.id)
    old.prepare('update documents set outlet = ? where id = ?').run('ntv.de', ntv.id)
    old.prepare('update documents set outlet = null where id = ?').run(page.id)
    old.close()
    const reopened = await openStore({ path })
    const documents = Object.fromEntries((await reopened.listDocuments()).map((d) => [d.id, d.outlet]))
    expect(documents).toEqual({ [dw.id]: 'DW', [ntv.id]: 'n-tv', [page.id]: 'Kleine Zeitung' })
    // asked for by any of its spellings
    for (const outlet of ['DW', 'dw.com', 'DW.COM'])
      expect((await reopened.listDocuments({ outlet })).map((d) => d.id)).toEqual([dw.id])
    expect(await reopened.countDocuments({ outlet: 'ntv.de' })).toBe(1)
    await reopened.close()
  })
})
