/**
 * Every page of a query, for the few reads that need a whole (bounded) set,
 * such as a union's filed households. `omit` leaves sealed blobs in the database.
 */
import { MAX_LIMIT, type Condition, type Doc, type Store } from './ports/store.port'

export async function findAll<T>(store: Store, collection: string, where: Condition[], omit?: string[]): Promise<Doc<T>[]> {
  const items: Doc<T>[] = []
  let cursor: string | undefined
  do {
    const page = await store.find<T>(collection, { where, limit: MAX_LIMIT, cursor, ...(omit ? { omit } : {}) })
    items.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return items
}
