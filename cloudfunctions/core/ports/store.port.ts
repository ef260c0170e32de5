/**
 * Store: named collections of JSON documents, each with an id and a version.
 * The query language is deliberately narrow (what CloudBase and an indexed
 * SQLite table can both do fast); transactions address documents by id only,
 * because that is all a CloudBase transaction can do.
 */

export type Doc<T> = T & { id: string; version: number }

export type Scalar = string | number | boolean | null

export type Condition =
  | { field: string; op: 'eq'; value: Scalar }
  | { field: string; op: 'in'; value: Scalar[] }
  | { field: string; op: 'gt' | 'gte' | 'lt' | 'lte'; value: string | number }
  /** String prefix on a scalar field. Not for union subtrees: those are `has` on `unionIds` (core/subtree.ts). */
  | { field: string; op: 'prefix'; value: string }
  /** Array contains: the document's array `field` (declared in `arrays` of COLLECTIONS) holds `value`. */
  | { field: string; op: 'has'; value: string }

export type Query = {
  where?: Condition[]
  orderBy?: { field: string; direction: 'asc' | 'desc' }
  /** 1..1000; defaults to 20. */
  limit?: number
  /** Opaque, from the previous page's `nextCursor`. */
  cursor?: string
  /** Top-level fields left out of the returned documents (e.g. `sealed` in lists): they never leave the database. */
  omit?: string[]
}

export type Page<T> = { items: T[]; nextCursor: string | null }

/** Document operations addressed by id: the only ones allowed inside a transaction. */
export interface DocOps {
  get<T>(collection: string, id: string): Promise<Doc<T> | null>
  /** Fails with DUPLICATE when the id exists. */
  insert<T extends object>(collection: string, id: string, data: T): Promise<Doc<T>>
  /** Replaces the fields given; fails with CONFLICT unless the stored version is `expectedVersion`. */
  update<T extends object>(collection: string, id: string, expectedVersion: number, patch: Partial<T>): Promise<Doc<T>>
  /** Fails with CONFLICT unless the stored version is `expectedVersion`. */
  remove(collection: string, id: string, expectedVersion: number): Promise<void>
}

export interface Store extends DocOps {
  find<T>(collection: string, query: Query): Promise<Page<Doc<T>>>
  count(collection: string, where?: Condition[]): Promise<number>
  /**
   * How many documents matching `where` have each of `values` in `field` (values with none left out): one GROUP BY
   * locally, one count per value in CloudBase. For a handful of known values, e.g. unread notices per kind.
   */
  countEach(collection: string, where: Condition[], field: string, values: readonly string[]): Promise<Record<string, number>>
  /** Runs `fn` atomically: all its writes land or none do. */
  transaction<R>(fn: (tx: DocOps) => Promise<R>): Promise<R>
  close(): Promise<void>
}

export const MAX_LIMIT = 1000
export const DEFAULT_LIMIT = 20
