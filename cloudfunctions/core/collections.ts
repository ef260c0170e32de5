/**
 * Every collection and the fields it is queried by. The SQLite adapter turns
 * these into generated columns and indexes; the CloudBase deploy notes list
 * them as indexes to create. A query on any other field is refused, so a slow
 * scan can never slip in unnoticed.
 */
export type CollectionSpec = {
  /** Fields that may appear in `where` or `orderBy`. */
  fields: string[]
  /** Indexes to build, each a list of fields (most selective first). */
  indexes: string[][]
}

export const COLLECTIONS = {
  users: { fields: ['openid', 'staffUnionId'], indexes: [['openid'], ['staffUnionId']] },
  unions: { fields: ['parentId', 'path', 'level'], indexes: [['parentId'], ['path']] },
  profiles: { fields: ['unionPath', 'boundAt'], indexes: [['unionPath']] },
  notices: {
    fields: ['recipientId', 'createdAt', 'read'],
    indexes: [
      ['recipientId', 'createdAt'],
      ['recipientId', 'read'],
    ],
  },
  outbox: { fields: ['status', 'createdAt'], indexes: [['status', 'createdAt']] },
  /** Uniqueness claims, e.g. `idNumber:<hash>`: inserting one is the atomic "is it taken?" check. */
  claims: { fields: [], indexes: [] },
  requests: { fields: [], indexes: [] },
  audit: {
    fields: ['actorId', 'targetId', 'at'],
    indexes: [
      ['actorId', 'at'],
      ['targetId', 'at'],
    ],
  },
} satisfies Record<string, CollectionSpec>

export type CollectionName = keyof typeof COLLECTIONS

export function specOf(collection: string): CollectionSpec {
  const spec = (COLLECTIONS as Record<string, CollectionSpec>)[collection]
  if (!spec) throw new Error(`unknown collection ${collection}`)
  return spec
}
