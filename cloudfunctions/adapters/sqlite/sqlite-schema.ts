/**
 * One table per collection: `id`, `version`, the JSON `data`, and a virtual
 * generated column per queried field, indexed as `COLLECTIONS` says.
 * Safe to run at every start: it only adds what is missing.
 * Rowid tables, not WITHOUT ROWID: SQLite then answers a COUNT from the index
 * alone (measured 0.24 ms vs 7.6 ms for 6,700 matching rows of 100,000).
 *
 * An array field (`unionIds`) gets a side table: one row per element, with a
 * copy of the collection's scalar fields, kept by triggers in the same
 * transaction as the write. That is CloudBase's multikey index made visible:
 * `unionIds has X, order by updatedAt` is one walk of the side table's
 * (v, updatedAt, id) index, never a sort of the subtree.
 */
import type Database from 'better-sqlite3'
import { COLLECTIONS, type CollectionSpec } from '../../core/collections'

export const tableOf = (collection: string) => `c_${collection}`
export const columnOf = (field: string) => (field === 'id' ? 'id' : `f_${field.replace(/\./g, '__')}`)
export const arrayTableOf = (collection: string, field: string) => `a_${collection}__${field.replace(/\./g, '__')}`
/** The element column of a side table. */
export const ELEMENT = 'v'

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
  const arrays = spec.arrays ?? []
  for (const fields of spec.indexes.filter((f) => !f.some((x) => arrays.includes(x)))) {
    const columns = fields.map(columnOf)
    db.exec(`CREATE INDEX IF NOT EXISTS ix_${name}_${columns.join('_')} ON ${table} (${[...columns, 'id'].join(', ')})`)
  }
  for (const field of arrays) ensureArrayTable(db, name, spec, field)
}

/** The side table of one array field, its triggers and indexes; rebuilt from the documents when its columns change. */
function ensureArrayTable(db: Database.Database, name: string, spec: CollectionSpec, field: string): void {
  const table = tableOf(name)
  const side = arrayTableOf(name, field)
  const copies = spec.fields.map(columnOf)
  const wanted = ['id', ELEMENT, ...copies]
  const have = (db.prepare(`SELECT name FROM pragma_table_xinfo('${side}')`).all() as { name: string }[]).map((r) => r.name)
  const fresh = have.join() !== wanted.join()
  if (fresh) {
    db.exec(`DROP TABLE IF EXISTS ${side}`)
    db.exec(`CREATE TABLE ${side} (id TEXT NOT NULL, ${ELEMENT} TEXT NOT NULL${copies.map((c) => `, ${c}`).join('')})`)
  }
  // Elements are de-duplicated so a document appears once per element it holds.
  const fill = (src: string, from = '') =>
    `INSERT INTO ${side} (${wanted.join(', ')}) SELECT DISTINCT ${src}.id, j.value${spec.fields.map((f) => `, json_extract(${src}.data, '$.${f}')`).join('')}` +
    ` FROM ${from}json_each(${src}.data, '$.${field}') j WHERE j.type = 'text'`
  for (const [event, body] of [
    ['INSERT', `${fill('NEW')};`],
    ['UPDATE', `DELETE FROM ${side} WHERE id = OLD.id; ${fill('NEW')};`],
    ['DELETE', `DELETE FROM ${side} WHERE id = OLD.id;`],
  ] as const) {
    db.exec(`DROP TRIGGER IF EXISTS tr_${side}_${event}`)
    db.exec(`CREATE TRIGGER tr_${side}_${event} AFTER ${event} ON ${table} BEGIN ${body} END`)
  }
  db.exec(`CREATE INDEX IF NOT EXISTS ix_${side}_id ON ${side} (id)`)
  for (const fields of spec.indexes.filter((f) => f.includes(field))) {
    const columns = fields.map((f) => (f === field ? ELEMENT : columnOf(f)))
    db.exec(`CREATE INDEX IF NOT EXISTS ix_${side}_${columns.join('_')} ON ${side} (${[...columns, 'id'].join(', ')})`)
  }
  // A new side table (new field, new copied column, or a DATA_DIR from before it existed) is filled from the documents.
  if (fresh) db.exec(fill('t', `${table} t, `))
}

export function ensureSchema(db: Database.Database): void {
  db.transaction(() => {
    for (const [name, spec] of Object.entries(COLLECTIONS)) ensureCollection(db, name, spec)
  })()
}
