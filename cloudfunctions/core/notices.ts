/**
 * Notices: written to the in-app inbox and queued in the outbox inside the
 * transaction that caused them (so a rolled-back change notifies nobody),
 * then handed to the outside channel once, after commit.
 */
import type { NoticeKind } from '../../src/domain/notice/notice'
import { NOTICE_KINDS } from '../../src/domain/notice/notice'
import type { ActionContext } from './action'
import type { Deps } from './deps'
import type { DocOps } from './ports/store.port'

export type NoticeDoc = { recipientId: string; kind: NoticeKind; title: string; body: string; createdAt: string; read: boolean }
export type OutboxDoc = {
  recipientId: string
  kind: NoticeKind
  title: string
  body: string
  createdAt: string
  status: 'pending' | 'sending' | 'sent' | 'skipped' | 'failed'
  attempts: number
}

export type NewNotice = {
  kind: NoticeKind
  recipients: string[]
  body: string
  /** Identifies the event; the same event never notifies a recipient twice. */
  eventKey: string
}

export async function notify(ctx: ActionContext, tx: DocOps, notice: NewNotice): Promise<void> {
  for (const recipientId of new Set(notice.recipients)) {
    const id = `${notice.eventKey}:${recipientId}`
    if (await tx.get('notices', id)) continue
    const base = { recipientId, kind: notice.kind, title: NOTICE_KINDS[notice.kind], body: notice.body, createdAt: ctx.now }
    await tx.insert<NoticeDoc>('notices', id, { ...base, read: false })
    await tx.insert<OutboxDoc>('outbox', id, { ...base, status: 'pending', attempts: 0 })
  }
}

const MAX_ATTEMPTS = 5

/** Sends what is pending. Claiming a message is a versioned update, so two flushers never send it twice. */
export async function flushOutbox(deps: Deps, limit = 50): Promise<number> {
  const page = await deps.store.find<OutboxDoc>('outbox', {
    where: [{ field: 'status', op: 'in', value: ['pending', 'failed'] }],
    orderBy: { field: 'createdAt', direction: 'asc' },
    limit,
  })
  let sent = 0
  for (const message of page.items) {
    if (message.attempts >= MAX_ATTEMPTS) continue
    const claimed = await deps.store
      .update<OutboxDoc>('outbox', message.id, message.version, { status: 'sending', attempts: message.attempts + 1 })
      .catch(() => null)
    if (!claimed) continue
    const status = await deps.notifier.send(message).then(
      (r): OutboxDoc['status'] => r,
      (): OutboxDoc['status'] => 'failed',
    )
    await deps.store.update<OutboxDoc>('outbox', message.id, claimed.version, { status })
    if (status === 'sent') sent += 1
  }
  return sent
}

export async function staffOfUnion(deps: Deps, unionId: string): Promise<string[]> {
  const page = await deps.store.find('users', { where: [{ field: 'staffUnionId', op: 'eq', value: unionId }], limit: 200 })
  return page.items.map((u) => u.id)
}
