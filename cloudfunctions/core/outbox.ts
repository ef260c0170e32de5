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
  const code = e.errCode ?? e.code
  return `${code === undefined ? '' : `${String(code)} `}${typeof e.message === 'string' ? e.message : String(error)}`.slice(0, 200)
}

/** Claims and sends one message; null when another sender had claimed it first. */
export async function deliver(deps: Deps, message: Doc<OutboxDoc>): Promise<OutboxDoc['status'] | null> {
  const now = deps.clock.now()
  const attempts = message.attempts + 1
  const claimed = await deps.store
    .update<OutboxDoc>('outbox', message.id, message.version, { status: 'sending', attempts, retryAt: later(now, SENDING_TIMEOUT_MS) })
    .catch(() => null)
  if (!claimed) return null
  let failure: string | undefined
  const result = await deps.notifier.send(message).catch((e: unknown) => void (failure = reason(e)))
  const patch: Partial<OutboxDoc> = result
    ? { status: result, retryAt: null }
    : attempts >= MAX_ATTEMPTS
      ? { status: 'dead', retryAt: null, lastError: failure }
      : { status: 'failed', retryAt: later(now, backoffMs(attempts)), lastError: failure }
  await deps.store.update<OutboxDoc>('outbox', message.id, claimed.version, patch)
  return patch.status ?? null
}

/** What a write request queued: sent right after its commit, the rest left to the drain. */
export async function sendQueued(deps: Deps, ids: Iterable<string>): Promise<number> {
  let sent = 0
  for (const id of ids) {
    const message = await deps.store.get<OutboxDoc>('outbox', id)
    if (message?.status === 'pending' && (await deliver(deps, message)) === 'sent') sent += 1
  }
  return sent
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
  const out = { handled: 0, sent: 0, dead: 0, more: pending.nextCursor !== null || retries.nextCursor !== null }
  for (const message of [...pending.items, ...retries.items]) {
    const status = await deliver(deps, message)
    out.handled += 1
    if (status === 'sent') out.sent += 1
    if (status === 'dead') out.dead += 1
  }
  return out
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
