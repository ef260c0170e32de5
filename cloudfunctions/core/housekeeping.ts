/**
 * Housekeeping: a daily pass that removes what has outlived its retention
 * (core/retention.ts) from the collections that grow with every request,
 * 100 documents a batch, oldest first, through the batch-job runner. Removed
 * documents leave the query, so the only position to keep is which rule is
 * being worked on.
 */
import type { BatchJob } from './batch-job'
import type { Deps } from './deps'
import { chinaDate } from './ports/clock.port'
import type { Condition } from './ports/store.port'
import { RETENTION_DAYS } from './retention'

type Rule = { name: string; collection: string; field: string; days: number; where?: Condition[] }

export const HOUSEKEEPING_RULES: readonly Rule[] = [
  { name: 'requests', collection: 'requests', field: 'at', days: RETENTION_DAYS.requests },
  { name: 'notices', collection: 'notices', field: 'createdAt', days: RETENTION_DAYS.notices },
  {
    name: 'outboxDelivered',
    collection: 'outbox',
    field: 'createdAt',
    days: RETENTION_DAYS.outboxDelivered,
    where: [{ field: 'status', op: 'in', value: ['sent', 'skipped'] }],
  },
  { name: 'outboxDead', collection: 'outbox', field: 'createdAt', days: RETENTION_DAYS.outboxDead, where: [{ field: 'status', op: 'eq', value: 'dead' }] },
  { name: 'audit', collection: 'audit', field: 'at', days: RETENTION_DAYS.audit },
]

const BATCH = 100

/** Removes up to one batch of `rule`'s expired documents; true when none are left. */
async function purge(deps: Deps, rule: Rule): Promise<{ removed: number; finished: boolean }> {
  const cutoff = new Date(deps.clock.now().getTime() - rule.days * 86_400_000).toISOString()
  const page = await deps.store.find(rule.collection, {
    where: [...(rule.where ?? []), { field: rule.field, op: 'lt', value: cutoff }],
    orderBy: { field: rule.field, direction: 'asc' },
    limit: BATCH,
  })
  const removed = await deps.store.removeMany(
    rule.collection,
    page.items.map((d) => d.id),
  )
  return { removed, finished: page.nextCursor === null }
}

export const housekeepingJob: BatchJob<{ rule: number }> = {
  name: 'housekeeping',
  pass: (now) => chinaDate(now),
  start: () => ({ rule: 0 }),
  async batch(ctx, state) {
    const rule = HOUSEKEEPING_RULES[state.rule]
    if (!rule) return { state, done: true }
    const { removed, finished } = await purge(ctx.deps, rule)
    const next = finished ? state.rule + 1 : state.rule
    return { state: { rule: next }, done: next >= HOUSEKEEPING_RULES.length, counts: { [rule.name]: removed } }
  },
}
