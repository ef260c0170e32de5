/**
 * The slice of @cloudbase/node-sdk's database API the CloudBase store uses,
 * typed narrowly (the SDK's own typings are mostly `any`), and the
 * translation of our query language into its filters.
 */
import { assertArrayField, assertQueryable } from '../common/store-errors'
import type { Condition, Scalar } from '../../core/ports/store.port'

/** A stored document as CloudBase returns it: our id is `_id`. */
export type RawDoc = Record<string, unknown> & { _id: string }

export type Filter = object
type Range = 'gt' | 'gte' | 'lt' | 'lte'

export interface DbCommand {
  in(values: Scalar[]): Filter
  gt(value: Scalar): Filter
  gte(value: Scalar): Filter
  lt(value: Scalar): Filter
  lte(value: Scalar): Filter
  and(filters: Filter[]): Filter
  or(filters: Filter[]): Filter
}

export interface DbQuery {
  where(filter: Filter): DbQuery
  orderBy(field: string, direction: 'asc' | 'desc'): DbQuery
  limit(n: number): DbQuery
  /** `{ sealed: false }` leaves a field out on the server: it never crosses the wire. */
  field(projection: Record<string, boolean>): DbQuery
  get(): Promise<{ data: RawDoc[] }>
  count(): Promise<{ total: number }>
}

/** The aggregate pipeline, as far as grouped counts need it. */
export interface DbAggregate {
  match(filter: Filter): DbAggregate
  group(spec: object): DbAggregate
  limit(n: number): DbAggregate
  end(): Promise<{ data: Record<string, unknown>[] }>
}

export interface DbCollection extends DbQuery {
  doc(id: string): { get(): Promise<{ data: RawDoc[] }> }
  aggregate(): DbAggregate
}

/** Inside a transaction only these are transactional; `where().update()/remove()` would silently run outside it. */
export interface TxCollection {
  doc(id: string): {
    get(): Promise<{ data: RawDoc | null }>
    set(data: object): Promise<unknown>
    remove(): Promise<unknown>
  }
  add(data: object): Promise<unknown>
}

export type DbTransaction = { collection(name: string): TxCollection }

export interface Db {
  command: DbCommand
  collection(name: string): DbCollection
  runTransaction<R>(fn: (tx: DbTransaction) => Promise<R>, times?: number): Promise<R>
}

export function dbField(collection: string, field: string): string {
  assertQueryable(collection, field)
  return field === 'id' ? '_id' : field
}

function clausesOf(_: DbCommand, collection: string, c: Condition): Filter[] {
  if (c.op === 'has') {
    // Equality on an array field matches a document whose array holds the value, and the array's index serves it.
    assertArrayField(collection, c.field)
    return [{ [c.field]: c.value }]
  }
  const field = dbField(collection, c.field)
  switch (c.op) {
    case 'eq':
      // A plain value: `null` then also matches a missing field, as SQLite's NULL column does.
      return [{ [field]: c.value }]
    case 'in':
      return [{ [field]: _.in(c.value) }]
    case 'prefix':
      // A range, so the index on the field serves it (a regex would scan).
      return [{ [field]: _.gte(c.value) }, { [field]: _.lt(`${c.value}\uffff`) }]
    default:
      return [{ [field]: _[c.op satisfies Range](c.value) }]
  }
}

/** All conditions, ANDed; `extra` is the cursor's "strictly after" clause. */
export function filterOf(_: DbCommand, collection: string, where: Condition[], extra?: Filter): Filter | null {
  const clauses = where.flatMap((c) => clausesOf(_, collection, c))
  if (extra) clauses.push(extra)
  if (clauses.length === 0) return null
  return clauses.length === 1 ? (clauses[0] as Filter) : _.and(clauses)
}

/** Rows that sort strictly after (value, id) in the page order; ties on value are broken by id. */
export function afterFilter(_: DbCommand, field: string, direction: 'asc' | 'desc', value: Scalar, id: string): Filter {
  const beyond = direction === 'desc' ? _.lt.bind(_) : _.gt.bind(_)
  if (field === '_id') return { _id: beyond(id) }
  return _.or([{ [field]: beyond(value) }, { [field]: value, _id: beyond(id) }])
}
