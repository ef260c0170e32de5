/**
 * Admins see the notices the outside channel gave up on (status `dead` in the
 * outbox, core/outbox.ts): who should have heard what, when, how often it was
 * tried and why it failed. The in-app notice itself is unaffected. The body is
 * left out: admins need to find the fault, not read other people's messages.
 */
import type { ActionContext } from '../../core/action'
import type { OutboxDoc } from '../../core/notices'

const PAGE_SIZE = 20

export async function listDeadNotices(ctx: ActionContext, input: { cursor?: string }) {
  const page = await ctx.deps.store.find<OutboxDoc>('outbox', {
    where: [{ field: 'status', op: 'eq', value: 'dead' }],
    orderBy: { field: 'createdAt', direction: 'desc' },
    limit: PAGE_SIZE,
    cursor: input.cursor,
  })
  return {
    items: page.items.map((m) => ({
      id: m.id,
      recipientId: m.recipientId,
      kind: m.kind,
      title: m.title,
      createdAt: m.createdAt,
      attempts: m.attempts,
      lastError: m.lastError ?? null,
    })),
    nextCursor: page.nextCursor,
  }
}
