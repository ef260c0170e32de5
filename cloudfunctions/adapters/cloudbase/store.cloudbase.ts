/**
 * The Store on the CloudBase document database (@cloudbase/node-sdk).
 * Our `id` is CloudBase's `_id`; `version` is an ordinary field.
 *
 * Every write, even a lone insert, runs in `db.runTransaction` using only
 * document-level operations: a version check is "read the document in the
 * transaction, compare, then set it", which the database makes atomic.
 * The SDK re-runs the whole transaction on a write conflict; when conflicts
 * persist the caller gets CONFLICT, exactly like a stale version.
 */
import type { CloudBase } from '@cloudbase/node-sdk'
import { assertOmittable, conflict, decodeCursor, duplicate, encodeCursor } from '../common/store-errors'
import { DEFAULT_LIMIT, MAX_LIMIT, type Condition, type Doc, type DocOps, type Page, type Query, type Scalar, type Store } from '../../core/ports/store.port'
import { afterFilter, dbField, filterOf, type Db, type DbTransaction, type Filter, type RawDoc } from './cloudbase-db'

/** Fields CloudBase owns; they never reach a use case. */
const RESERVED = new Set(['_id', '_openid'])

/** Sort keys are scalars by construction; a missing one sorts (and pages) as null. */
const scalar = (v: unknown): Scalar => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null)

function toDoc<T>(raw: RawDoc): Doc<T> {
  const data: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(raw)) if (!RESERVED.has(key)) data[key] = value
  return { ...(data as T), id: raw._id, version: Number(raw.version) }
}

/** Key names MongoDB-style storage cannot hold (`$x`, `a.b`) or reserves (`_x`); fail before sending half a document. */
function checkKeys(value: unknown, prefix: string): void {
  if (Array.isArray(value)) return value.forEach((v, i) => checkKeys(v, `${prefix}${i}.`))
  if (typeof value !== 'object' || value === null) return
  for (const [key, v] of Object.entries(value)) {
    if (/^[_$]|\./.test(key)) throw new Error(`field name "${prefix}${key}" cannot be stored in CloudBase`)
    checkKeys(v, `${prefix}${key}.`)
  }
}

/** The stored body: the data without our id, with the version beside it. */
function body(data: object, version: number): Record<string, unknown> {
  const { id: _id, version: _version, ...rest } = data as Record<string, unknown>
  checkKeys(rest, '')
  return { ...rest, version }
}

type SdkError = { code?: unknown; message?: unknown }
const sdkError = (e: unknown): SdkError => (typeof e === 'object' && e !== null ? e : {})

/** The SDK re-runs the transaction on this code; when it gives up, the caller sees CONFLICT. */
const isConflict = (e: unknown) => sdkError(e).code === 'DATABASE_TRANSACTION_CONFLICT'

/** No documented code for a taken `_id`: recognise the database's own wording too. */
function isDuplicate(e: unknown): boolean {
  const { code, message } = sdkError(e)
  return (typeof code === 'string' && /DUPLICATE/i.test(code)) || (typeof message === 'string' && /E11000|duplicate key/i.test(message))
}

function txOps(tx: DbTransaction): DocOps {
  const read = async (collection: string, id: string) => (await tx.collection(collection).doc(id).get()).data
  const ops: DocOps = {
    get: async <T>(collection: string, id: string) => {
      const raw = await read(collection, id)
      return raw ? toDoc<T>(raw) : null
    },
    insert: async <T extends object>(collection: string, id: string, data: T) => {
      // Reading first makes the answer DUPLICATE whatever code the service uses for a taken _id.
      if (await read(collection, id)) throw duplicate()
      await tx
        .collection(collection)
        .add({ ...body(data, 1), _id: id })
        .catch((e: unknown) => {
          throw isDuplicate(e) ? duplicate() : e
        })
      return { ...data, id, version: 1 } as Doc<T>
    },
    update: async <T extends object>(collection: string, id: string, expectedVersion: number, patch: Partial<T>) => {
      const current = await ops.get<T>(collection, id)
      if (!current || current.version !== expectedVersion) throw conflict()
      const next = { ...current, ...patch, id, version: expectedVersion + 1 } as Doc<T>
      // `set` replaces the whole document, so a patched field is replaced, never deep-merged.
      await tx.collection(collection).doc(id).set(body(next, next.version))
      return next
    },
    remove: async (collection: string, id: string, expectedVersion: number) => {
      const current = await read(collection, id)
      if (!current || Number(current.version) !== expectedVersion) throw conflict()
      await tx.collection(collection).doc(id).remove()
    },
  }
  return ops
}

export class CloudbaseStore implements Store {
  private readonly db: Db

  /** `app` is an initialised SDK instance; tests pass one pointed at a local server through `serviceUrl`. */
  constructor(app: Pick<CloudBase, 'database'>) {
    // The SDK's Db is typed `any` where it matters; Db states what this adapter relies on.
    this.db = app.database() as unknown as Db
  }

  async get<T>(collection: string, id: string): Promise<Doc<T> | null> {
    const res = await this.db.collection(collection).doc(id).get()
    const raw = res.data[0]
    return raw ? toDoc<T>(raw) : null
  }

  insert<T extends object>(collection: string, id: string, data: T): Promise<Doc<T>> {
    return this.transaction((tx) => tx.insert(collection, id, data))
  }

  update<T extends object>(collection: string, id: string, expectedVersion: number, patch: Partial<T>): Promise<Doc<T>> {
    return this.transaction((tx) => tx.update(collection, id, expectedVersion, patch))
  }

  remove(collection: string, id: string, expectedVersion: number): Promise<void> {
    return this.transaction((tx) => tx.remove(collection, id, expectedVersion))
  }

  async find<T>(collection: string, query: Query): Promise<Page<Doc<T>>> {
    const limit = Math.min(Math.max(query.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT)
    const order = query.orderBy ?? { field: 'id', direction: 'asc' as const }
    const field = dbField(collection, order.field)
    const _ = this.db.command
    const after = (value: Scalar, id: string) => afterFilter(_, field, order.direction, value, id)
    const start = query.cursor ? after(...decodeCursor(query.cursor)) : undefined
    const omit = query.omit ?? []
    assertOmittable(omit)
    const page = (extra: Filter | undefined, n: number) =>
      this.fetch(collection, filterOf(_, collection, query.where ?? [], extra), { field, direction: order.direction, omit }, n)

    // One row more than asked tells whether another page exists; the SDK caps a read at 1000,
    // so a full 1000-row page needs a one-row probe instead.
    const rows = await page(start, Math.min(limit + 1, MAX_LIMIT))
    const items = rows.slice(0, limit)
    const last = items[items.length - 1]
    let more = rows.length > limit
    if (!more && last && rows.length === MAX_LIMIT) more = (await page(after(scalar(last[field]), last._id), 1)).length > 0
    return { items: items.map((r) => toDoc<T>(r)), nextCursor: more && last ? encodeCursor(scalar(last[field]), last._id) : null }
  }

  async count(collection: string, where: Condition[] = []): Promise<number> {
    const filter = filterOf(this.db.command, collection, where)
    const coll = this.db.collection(collection)
    const res = await (filter ? coll.where(filter) : coll).count()
    return res.total
  }

  /** One aggregate request (match, then group by the field), however many values: a fixed cost for a list's tabs or a page of helpers. */
  async countEach(collection: string, where: Condition[], field: string, values: readonly string[]): Promise<Record<string, number>> {
    if (values.length === 0) return {}
    const filter = filterOf(this.db.command, collection, [...where, { field, op: 'in', value: [...values] }]) ?? {}
    const res = await this.db
      .collection(collection)
      .aggregate()
      .match(filter)
      .group({ _id: `$${dbField(collection, field)}`, n: { $sum: 1 } })
      .limit(values.length)
      .end()
    return Object.fromEntries(res.data.filter((row) => typeof row._id === 'string' && Number(row.n) > 0).map((row) => [row._id as string, Number(row.n)]))
  }

  /** Errors thrown by `fn` (a use case's AppError, a replay) come out as they went in; the SDK has rolled back. */
  async transaction<R>(fn: (tx: DocOps) => Promise<R>): Promise<R> {
    try {
      return await this.db.runTransaction((tx) => fn(txOps(tx)))
    } catch (error) {
      throw isConflict(error) ? conflict() : error
    }
  }

  async close(): Promise<void> {
    // The SDK holds no connection to release: every call is one HTTP request.
  }

  private async fetch(
    collection: string,
    filter: Filter | null,
    how: { field: string; direction: 'asc' | 'desc'; omit: string[] },
    n: number,
  ): Promise<RawDoc[]> {
    const { field, direction, omit } = how
    const coll = this.db.collection(collection)
    let q = (filter ? coll.where(filter) : coll).orderBy(field, direction)
    if (field !== '_id') q = q.orderBy('_id', direction)
    if (omit.length) q = q.field(Object.fromEntries(omit.map((f) => [f, false])))
    const res = await q.limit(n).get()
    return res.data
  }
}
