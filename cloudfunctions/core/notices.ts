/**
 * Notices: written to the in-app inbox and queued in the outbox inside the
 * transaction that caused them (so a rolled-back change notifies nobody),
 * then handed to the outside channel once, after commit (core/outbox.ts).
 */
import type { NoticeKind } from '../../src/domain/notice/notice'
import { NOTICE_KINDS } from '../../src/domain/notice/notice'
import type { ActionContext } from './action'
import type { Deps } from './deps'
import { MAX_LIMIT, type DocOps } from './ports/store.port'

export type NoticeDoc = { recipientId: string; kind: NoticeKind; title: string; body: string; createdAt: string; read: boolean }
export type OutboxDoc = {
  recipientId: string
  kind: NoticeKind
  title: string
  body: string
  createdAt: string
  /** See core/outbox.ts for the moves between these. */
  status: 'pending' | 'sending' | 'sent' | 'skipped' | 'failed' | 'dead'
  attempts: number
  /** When a `failed` or `sending` message is tried again; null otherwise. */
  retryAt: string | null
  /** The channel's last refusal (a code and message, never the notice's contents). */
  lastError?: string
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
    await tx.insert<OutboxDoc>('outbox', id, { ...base, status: 'pending', attempts: 0, retryAt: null })
  }
}

export async function staffOfUnion(deps: Deps, unionId: string): Promise<string[]> {
  const page = await deps.store.find('users', { where: [{ field: 'staffUnionId', op: 'eq', value: unionId }], limit: 200 })
  return page.items.map((u) => u.id)
}

/** The staff of each of `unionIds`, in one query per 100 unions (a sweep's batch asks for many unions at once). */
export async function staffOfUnions(deps: Deps, unionIds: readonly string[]): Promise<Map<string, string[]>> {
  const staff = new Map<string, string[]>(unionIds.map((id) => [id, []]))
  for (let i = 0; i < unionIds.length; i += 100) {
    let cursor: string | undefined
    do {
      const where = [{ field: 'staffUnionId', op: 'in' as const, value: unionIds.slice(i, i + 100) }]
      const page = await deps.store.find<{ staffUnionId: string }>('users', { where, limit: MAX_LIMIT, cursor })
      for (const user of page.items) staff.get(user.staffUnionId)?.push(user.id)
      cursor = page.nextCursor ?? undefined
    } while (cursor)
  }
  return staff
}

/** Which of `ids` already exist in `notices`: one query per 100 ids instead of one read each. */
export async function existingNotices(deps: Deps, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>()
  for (let i = 0; i < ids.length; i += 100) {
    const page = await deps.store.find('notices', { where: [{ field: 'id', op: 'in', value: ids.slice(i, i + 100) }], limit: 100 })
    for (const notice of page.items) found.add(notice.id)
  }
  return found
}
