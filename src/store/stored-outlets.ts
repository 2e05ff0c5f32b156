import type { Kysely } from 'kysely'
import { outletName } from '../ingest/index.ts'
import type { Database } from './schema.ts'

/**
 * Gives rows stored before outlets were normalised (or under an older table) the names new rows get: "DW.COM"
 * and "dw.com" become DW, a page stored without an outlet takes one from its address. Run when the store opens;
 * it reads only the distinct outlet names and the rows that have none, so it costs little on a large corpus.
 */
export async function normalizeStoredOutlets(db: Kysely<Database>): Promise<number> {
  let changed = 0
  const names = await db
    .selectFrom('documents')
    .select('outlet')
    .distinct()
    .where('outlet', 'is not', null)
    .execute()
  for (const { outlet } of names) {
    const name = outletName({ name: outlet })
    if (!outlet || !name || name === outlet) continue
    const result = await db
      .updateTable('documents')
      .set({ outlet: name })
      .where('outlet', '=', outlet)
      .executeTakeFirst()
    changed += Number(result.numUpdatedRows)
  }
  const nameless = await db
    .selectFrom('documents')
    .select(['id', 'uri'])
    .where('outlet', 'is', null)
    .where('uri', 'like', 'http%')
    .execute()
  for (const { id, uri } of nameless) {
    const name = outletName({ url: uri })
    if (!name) continue
    await db.updateTable('documents').set({ outlet: name }).where('id', '=', id).execute()
    changed++
  }
  return changed
}
