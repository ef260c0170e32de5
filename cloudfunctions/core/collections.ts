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
  users: {
    fields: ['openid', 'staffUnionId', 'helperUnionPath', 'chairUnionId'],
    indexes: [['openid'], ['staffUnionId'], ['helperUnionPath'], ['chairUnionId']],
  },
  unions: { fields: ['parentId', 'path', 'level'], indexes: [['parentId'], ['path']] },
  profiles: { fields: ['unionPath', 'boundAt'], indexes: [['unionPath']] },
  notices: {
    fields: ['recipientId', 'createdAt', 'read', 'kind'],
    indexes: [
      ['recipientId', 'createdAt'],
      ['recipientId', 'read', 'kind'],
      ['recipientId', 'kind', 'createdAt'],
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
  /** Accepted images, id `<ownerId>:<uploadId>`; written only after the file is stored. */
  uploads: { fields: ['ownerId', 'createdAt'], indexes: [['ownerId', 'createdAt']] },
  /** Hardship applications; the form is sealed, the summary fields beside it serve lists. */
  applications: {
    fields: ['applicantId', 'unionPath', 'status', 'submittedAt', 'updatedAt', 'filed.helperId', 'filed.secondHelperId', 'unionId', 'exitYear'],
    indexes: [
      ['applicantId', 'submittedAt'],
      ['unionPath', 'updatedAt'],
      ['status', 'unionPath', 'updatedAt'],
      // A helper's households: the primary and the second helper of a filed case.
      ['filed.helperId', 'status'],
      ['filed.secondHelperId', 'status'],
      // A grassroots union's 脱困 exits of a year (解困脱困花名册).
      ['unionId', 'exitYear'],
    ],
  },
  /** 解困脱困认定书, id `<applicationId>:<year>`: one a file a year, evaluated by staff and helper, certified by the chair. */
  /** A grassroots union's roster of a year as reported up (花名册上报), id `<unionId>:<year>`. */
  rosterReports: { fields: ['unionPath', 'year'], indexes: [['year', 'unionPath']] },
  certificates: {
    fields: ['applicationId', 'unionId', 'year', 'unionPath'],
    indexes: [
      ['applicationId', 'year'],
      ['unionId', 'year'],
      ['year', 'unionPath'],
    ],
  },
  /** Helpers' home visits of filed households (入户走访); texts and location sealed. */
  visits: {
    fields: ['applicationId', 'happenedAt', 'year', 'unionPath'],
    indexes: [
      ['applicationId', 'happenedAt'],
      ['year', 'unionPath'],
    ],
  },
  /** Blacklisted people (建档黑名单), id = keyed hash of the ID number. */
  blacklist: { fields: [], indexes: [] },
  /** False declarations per person, id = keyed hash of the ID number: two blacklist (seed 001). */
  falseDeclarations: { fields: [], indexes: [] },
  /** Sequence counters, e.g. `fileNumber:<region>:<year>`, advanced with a version check. */
  counters: { fields: [], indexes: [] },
  /** WeChat subscribe-message credits, id `<userId>:<templateId>`: one per 允许 the user tapped. */
  subscriptions: { fields: [], indexes: [] },
} satisfies Record<string, CollectionSpec>

export type CollectionName = keyof typeof COLLECTIONS

export function specOf(collection: string): CollectionSpec {
  const spec = (COLLECTIONS as Record<string, CollectionSpec>)[collection]
  if (!spec) throw new Error(`unknown collection ${collection}`)
  return spec
}
