/** A person's own notices: newest first, 20 a page, with the unread count. */
import { NOTICE_KINDS, type NoticeKind, type NoticeView } from '../../../src/domain/notice/notice'
import type { ActionContext } from '../../core/action'
import type { NoticeDoc } from '../../core/notices'
import type { Doc } from '../../core/ports/store.port'

const PAGE_SIZE = 20

function toView(doc: Doc<NoticeDoc>): NoticeView {
  return { id: doc.id, kind: doc.kind, title: doc.title, body: doc.body, createdAt: doc.createdAt, read: doc.read }
}

export function countUnread(ctx: ActionContext): Promise<number> {
  return ctx.deps.store.count('notices', [
    { field: 'recipientId', op: 'eq', value: ctx.caller.userId },
    { field: 'read', op: 'eq', value: false },
  ])
}

/** Unread notices per kind (kinds with none left out), for the inbox's filter chips. */
function unreadByKind(ctx: ActionContext): Promise<Partial<Record<NoticeKind, number>>> {
  const unread = [
    { field: 'recipientId', op: 'eq', value: ctx.caller.userId },
    { field: 'read', op: 'eq', value: false },
  ] as const
  return ctx.deps.store.countEach('notices', [...unread], 'kind', Object.keys(NOTICE_KINDS))
}

/** Newest first, optionally one kind only; the counts come with the first page only. */
export async function listNotices(ctx: ActionContext, input: { cursor?: string; kind?: NoticeKind }) {
  const mine = { field: 'recipientId', op: 'eq', value: ctx.caller.userId } as const
  const page = await ctx.deps.store.find<NoticeDoc>('notices', {
    where: input.kind ? [mine, { field: 'kind', op: 'eq', value: input.kind }] : [mine],
    orderBy: { field: 'createdAt', direction: 'desc' },
    limit: PAGE_SIZE,
    cursor: input.cursor,
  })
  const first = input.cursor === undefined
  return {
    items: page.items.map(toView),
    nextCursor: page.nextCursor,
    unread: await countUnread(ctx),
    unreadByKind: first ? await unreadByKind(ctx) : null,
  }
}

/** Marks the caller's own notices read; ids that are not theirs are ignored, not revealed. */
export function markRead(ctx: ActionContext, input: { ids: string[] }) {
  return ctx.transact(async (tx) => {
    let marked = 0
    for (const id of new Set(input.ids)) {
      const notice = await tx.get<NoticeDoc>('notices', id)
      if (!notice || notice.recipientId !== ctx.caller.userId || notice.read) continue
      await tx.update<NoticeDoc>('notices', id, notice.version, { read: true })
      marked += 1
    }
    return { marked }
  })
}
