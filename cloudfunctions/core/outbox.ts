/**
 * Delivering queued notices to the outside channel (WeChat subscribe
 * messages in cloud, a log file locally). A message moves
 *   pending → sending → sent | skipped
 *                     → failed (retried at `retryAt`, backing off) → … → dead
 * and a `sending` one whose sender died is tried again once `retryAt` (five
 * minutes after the claim) has passed. Claiming is a versioned update, so two
 * senders never both send a message. A write request sends only what it
 * queued itself (sendQueued); the scheduler's drain job sends the rest within
 * its own budget (drainOutbox), so nothing waits behind a backlog and a
 * message that keeps failing ends `dead`, listed for admins, instead of jamming.
 */
import type { BatchJob } from './batch-job'
import type { Deps } from './deps'
import type { OutboxDoc } from './notices'
import type { Doc } from './ports/store.port'

export const MAX_ATTEMPTS = 5
/** A claim older than this is taken to be a sender that died mid-send. */
export const SENDING_TIMEOUT_MS = 5 * 60_000
/** 2, 4, 8, 16 minutes after the 1st…4th failed attempt. */
const backoffMs = (attempts: number) => 2 ** attempts * 60_000

const later = (now: Date, ms: number) => new Date(now.getTime() + ms).toISOString()

/** Why the channel refused, short and free of message contents. */
function reason(error: unknown): string {
  const e = (typeof error === 'object' && error !== null ? error : {}) as { errCode?: unknown; code?: unknown; message?: unknown }
  const code = [e.errCode, e.code].find((c) => typeof c === 'string' || typeof c === 'number')
  const message = typeof e.message === 'string' ? e.message : typeof error === 'string' ? error : '发送失败'
  return `${code === undefined ? '' : `${code} `}${message}`.slice(0, 200)
}

type Outcome = OutboxDoc['status']

function outcome(now: Date, attempts: number, result: 'sent' | 'skipped' | undefined, failure: string | undefined): Partial<OutboxDoc> {
  if (result) return { status: result, retryAt: null }
  if (attempts >= MAX_ATTEMPTS) return { status: 'dead', retryAt: null, lastError: failure }
  return { status: 'failed', retryAt: later(now, backoffMs(attempts)), lastError: failure }
}

/**
 * Claims the messages still as they were read (one transaction), sends each, then records every outcome (one
 * more): two writes a batch instead of two a message. A message another sender changed meanwhile is left to it.
 */
export async function deliver(deps: Deps, messages: readonly Doc<OutboxDoc>[]): Promise<Outcome[]> {
  if (!messages.length) return []
  const now = deps.clock.now()
  const claimed = await deps.store.transaction(async (tx) => {
    const mine: Doc<OutboxDoc>[] = []
    for (const m of messages) {
      const current = await tx.get<OutboxDoc>('outbox', m.id)
      if (current?.version !== m.version) continue
      mine.push(await tx.update<OutboxDoc>('outbox', m.id, m.version, { status: 'sending', attempts: m.attempts + 1, retryAt: later(now, SENDING_TIMEOUT_MS) }))
    }
    return mine
  })
  const patches: [Doc<OutboxDoc>, Partial<OutboxDoc>][] = []
  for (const m of claimed) {
    let failure: string | undefined
    const result = await deps.notifier.send(m).catch((e: unknown) => void (failure = reason(e)))
    patches.push([m, outcome(now, m.attempts, result, failure)])
  }
  await deps.store
    .transaction(async (tx) => {
      for (const [m, patch] of patches) await tx.update<OutboxDoc>('outbox', m.id, m.version, patch)
    })
    // One message reclaimed meanwhile (its claim outlived SENDING_TIMEOUT_MS) must not cost the others their outcome.
    .catch(() => Promise.all(patches.map(([m, patch]) => deps.store.update<OutboxDoc>('outbox', m.id, m.version, patch).catch(() => null))))
  return patches.map(([, patch]) => patch.status ?? 'sending')
}

/** What a write request queued: sent right after its commit, the rest left to the drain. */
export async function sendQueued(deps: Deps, ids: Iterable<string>): Promise<number> {
  const waiting: Doc<OutboxDoc>[] = []
  for (const id of ids) {
    const message = await deps.store.get<OutboxDoc>('outbox', id)
    if (message?.status === 'pending') waiting.push(message)
  }
  return (await deliver(deps, waiting)).filter((s) => s === 'sent').length
}

/** One batch of the drain: the oldest pending messages, then failed or stuck ones whose retry time has come. */
export async function drainOutbox(deps: Deps, limit = 100): Promise<{ handled: number; sent: number; dead: number; more: boolean }> {
  const now = deps.clock.now().toISOString()
  const pending = await deps.store.find<OutboxDoc>('outbox', {
    where: [{ field: 'status', op: 'eq', value: 'pending' }],
    orderBy: { field: 'createdAt', direction: 'asc' },
    limit,
  })
  const retries = await deps.store.find<OutboxDoc>('outbox', {
    where: [
      { field: 'status', op: 'in', value: ['sending', 'failed'] },
      { field: 'retryAt', op: 'lte', value: now },
    ],
    orderBy: { field: 'retryAt', direction: 'asc' },
    limit,
  })
  const outcomes = await deliver(deps, [...pending.items, ...retries.items])
  const more = pending.nextCursor !== null || retries.nextCursor !== null
  return { handled: outcomes.length, sent: outcomes.filter((s) => s === 'sent').length, dead: outcomes.filter((s) => s === 'dead').length, more }
}

/** The scheduler's drain: every run sends what is waiting, a batch at a time, until nothing is or its budget ends. */
export const outboxDrainJob: BatchJob<Record<string, never>> = {
  name: 'outboxDrain',
  pass: (now) => now.toISOString(),
  start: () => ({}),
  async batch(ctx, state) {
    const { more, ...counts } = await drainOutbox(ctx.deps)
    return { state, done: !more, counts }
  },
}
