/**
 * Every collection and the fields it is queried by. The SQLite adapter turns
 * these into generated columns and indexes; the CloudBase deploy notes list
 * them as indexes to create. A query on any other field is refused, so a slow
 * scan can never slip in unnoticed.
 */
export type CollectionSpec = {
  /** Scalar fields that may appear in `where` or `orderBy`. */
  fields: string[]
  /**
   * Array fields that may appear in a `has` condition (array contains), e.g. `unionIds` for union subtrees.
   * CloudBase indexes an array element by element; SQLite keeps a side table of (element, id) per array field.
   */
  arrays?: string[]
  /** Indexes to build, each a list of fields (most selective first). */
  indexes: string[][]
}

export const COLLECTIONS = {
  /** A helper's `helperUnionIds` are the ids on the path of the union that assigns them; a chair's `chairUnionId` the union they chair. */
  users: {
    fields: ['openid', 'staffUnionId', 'chairUnionId'],
    arrays: ['helperUnionIds'],
    indexes: [['openid'], ['staffUnionId'], ['helperUnionIds'], ['chairUnionId']],
  },
  unions: { fields: ['parentId', 'path', 'level'], indexes: [['parentId'], ['path']] },
  profiles: { fields: ['unionPath', 'boundAt'], arrays: ['unionIds'], indexes: [['unionIds']] },
  notices: {
    fields: ['recipientId', 'createdAt', 'read', 'kind'],
    indexes: [
      ['recipientId', 'createdAt'],
      ['recipientId', 'read', 'kind'],
      ['recipientId', 'kind', 'createdAt'],
      // Housekeeping removes notices past their retention, oldest first.
      ['createdAt'],
    ],
  },
  /** Outside-channel deliveries (core/outbox.ts); `retryAt` says when a failed or stuck one is tried again. */
  outbox: {
    fields: ['status', 'createdAt', 'retryAt'],
    indexes: [
      ['status', 'createdAt'],
      ['status', 'retryAt'],
    ],
  },
  /** Uniqueness claims, e.g. `idNumber:<hash>`: inserting one is the atomic "is it taken?" check. */
  claims: { fields: [], indexes: [] },
  /** Answers to write requests, id `<userId>:<requestId>`, kept for replays until housekeeping (core/retention.ts). */
  requests: { fields: ['at'], indexes: [['at']] },
  audit: {
    fields: ['actorId', 'targetId', 'at'],
    indexes: [
      ['actorId', 'at'],
      ['targetId', 'at'],
      // Housekeeping removes entries past their retention, oldest first.
      ['at'],
    ],
  },
  /** Checkpoints of scheduled batch jobs (core/batch-job.ts), id = job name. */
  jobs: { fields: [], indexes: [] },
  /** Accepted images, id `<ownerId>:<uploadId>`; written only after the file is stored. */
  uploads: { fields: ['ownerId', 'createdAt'], indexes: [['ownerId', 'createdAt']] },
  /**
   * Hardship applications; the form is sealed, the summary fields beside it serve lists.
   * A subtree is `unionIds` (own union and every ancestor) by equality: one index serves the filter and the sort.
   */
  applications: {
    fields: [
      ...['applicantId', 'unionPath', 'status', 'submittedAt', 'updatedAt', 'filed.helperId', 'filed.secondHelperId', 'unionId', 'exitYear'],
      // This year's standing against the visit rules (visit/compliance-state.ts): the compliance view's counts and lists.
      ...['compliance.year', 'compliance.visited', 'compliance.underTarget', 'compliance.due', 'compliance.overdue', 'compliance.exitCandidate'],
    ],
    arrays: ['unionIds'],
    indexes: [
      ['applicantId', 'submittedAt'],
      ['unionIds', 'updatedAt'],
      ['status', 'unionIds', 'updatedAt'],
      // A helper's households: the primary and the second helper of a filed case.
      ['filed.helperId', 'status'],
      ['filed.secondHelperId', 'status'],
      // Scheduled sweeps walk one status in id order (filed households, applications under publicity).
      ['status'],
      // A grassroots union's 脱困 exits of a year (解困脱困花名册).
      ['unionId', 'exitYear'],
      // A subtree's visit figures this year: counts and list pages by one flag at a time.
      ['status', 'unionIds', 'compliance.year'],
    ],
  },
  /** A grassroots union's roster of a year as reported up (花名册上报), id `<unionId>:<year>`. */
  rosterReports: { fields: ['year'], arrays: ['unionIds'], indexes: [['year', 'unionIds']] },
  /** 解困脱困认定书, id `<applicationId>:<year>`: one a file a year, evaluated by staff and helper, certified by the chair. */
  certificates: {
    fields: ['applicationId', 'unionId', 'year'],
    arrays: ['unionIds'],
    indexes: [
      ['applicationId', 'year'],
      ['unionId', 'year'],
      ['year', 'unionIds'],
    ],
  },
  /** Helpers' home visits of filed households (入户走访); texts and location sealed. */
  visits: {
    fields: ['applicationId', 'happenedAt', 'year', 'unionPath'],
    arrays: ['unionIds'],
    indexes: [
      ['applicationId', 'happenedAt'],
      ['year', 'unionIds'],
    ],
  },
  /** 一户一策: one plan per filed household (id = application id); the revision in force and the earlier ones. */
  plans: {
    fields: ['status', 'updatedAt'],
    arrays: ['unionIds'],
    indexes: [['status', 'unionIds', 'updatedAt']],
  },
  /** 帮扶台账: aid given, one entry each (reversals are entries too); amounts in fen. */
  aid: {
    fields: ['applicationId', 'applicantId', 'year', 'date', 'campaignId'],
    arrays: ['unionIds'],
    indexes: [['applicationId', 'date'], ['applicantId', 'date'], ['year', 'unionIds', 'date'], ['unionIds', 'date'], ['campaignId']],
  },
  /** Blacklisted people (建档黑名单), id = keyed hash of the ID number. */
  blacklist: { fields: [], indexes: [] },
  /** False declarations per person, id = keyed hash of the ID number: two blacklist (seed 001). */
  falseDeclarations: { fields: [], indexes: [] },
  /** Sequence counters, e.g. `fileNumber:<region>:<year>`, advanced with a version check. */
  counters: { fields: [], indexes: [] },
  /** Printouts and exports behind a 5-minute link, id = their folder: removed with their file once expired (core/temporary-document.ts). */
  temporaryFiles: { fields: ['expiresAt'], indexes: [['expiresAt']] },
  /** WeChat subscribe-message credits, id `<userId>:<templateId>`: one per 允许 the user tapped. */
  subscriptions: { fields: [], indexes: [] },
} satisfies Record<string, CollectionSpec>

export type CollectionName = keyof typeof COLLECTIONS

export function specOf(collection: string): CollectionSpec {
  const spec = (COLLECTIONS as Record<string, CollectionSpec>)[collection]
  if (!spec) throw new Error(`unknown collection ${collection}`)
  return spec
}
