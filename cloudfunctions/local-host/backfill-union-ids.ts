/**
 * A DATA_DIR written before documents carried `unionIds` (applications,
 * visits, profiles) or `helperUnionIds` (helpers) gets them at open, derived
 * from the union path each document already stores. The version is left
 * alone: the field is derived, so a form opened before the upgrade can still
 * be saved. The side tables follow through their triggers. Documents that
 * already have the field are not touched, so this is a no-op after the first start.
 */
import type Database from 'better-sqlite3'
import { unionIdsOf } from '../core/subtree'
import { tableOf } from '../adapters/sqlite/sqlite-schema'

const PLACED: [collection: string, pathField: string, idsField: string][] = [
  ['applications', 'unionPath', 'unionIds'],
  ['visits', 'unionPath', 'unionIds'],
  ['profiles', 'unionPath', 'unionIds'],
  ['users', 'helperUnionPath', 'helperUnionIds'],
]

/** Returns how many documents were given their ids. */
export function backfillUnionIds(db: Database.Database): number {
  let changed = 0
  db.transaction(() => {
    for (const [collection, pathField, idsField] of PLACED) {
      const table = tableOf(collection)
      const rows = db
        .prepare(
          `SELECT id, json_extract(data, '$.${pathField}') AS path FROM ${table} WHERE json_type(data, '$.${pathField}') = 'text' AND json_type(data, '$.${idsField}') IS NULL`,
        )
        .all() as { id: string; path: string }[]
      const set = db.prepare(`UPDATE ${table} SET data = json_set(data, '$.${idsField}', json(?)) WHERE id = ?`)
      for (const row of rows) changed += set.run(JSON.stringify(unionIdsOf(row.path)), row.id).changes
    }
  })()
  return changed
}
