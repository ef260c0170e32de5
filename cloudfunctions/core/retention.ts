/**
 * How long the collections that grow with every request are kept, in one
 * place (the README's housekeeping section quotes these figures). The
 * housekeeping job (core/housekeeping.ts) removes older documents in batches.
 * - requests: a write's answer, replayed when the phone retries it. A phone's
 *   outbox keeps retrying across days offline, so 90 days outlasts any retry.
 * - notices: the in-app inbox keeps a year of messages, read or not.
 * - outbox: a delivered or skipped message is history after 30 days; a dead
 *   one stays 180 days for admins to see (inbox.deadNotices).
 * - audit: who revealed or changed what, kept 10 years like the paper files.
 * Pending, sending and failed outbox messages are never removed.
 */
export const RETENTION_DAYS = {
  requests: 90,
  notices: 365,
  outboxDelivered: 30,
  outboxDead: 180,
  audit: 3650,
} as const
