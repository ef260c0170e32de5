/** How a visit saved on the phone shows in the outbox list. Pure. */
import type { OutboxItem, OutboxState } from '../../../outbox/outbox.types'

/** Visit items are named by the draft's request id (file/visit-draft.ts); photos by their upload id. */
export const isVisitItem = (item: Pick<OutboxItem, 'id'>) => item.id.startsWith('visit-')

/**
 * A visit waits behind its photos' own uploads: while one of them failed (or
 * stalled), the visit shows that state and failure, not 待上传.
 */
export function shownState(item: OutboxItem, items: readonly OutboxItem[]): { state: OutboxState; error?: string } {
  if (item.state !== 'pending') return { state: item.state, error: item.lastError }
  const waitingOn = new Set(item.steps.flatMap((s) => (s.type === 'upload' && !s.done ? [s.uploadId] : [])))
  const failed = items.find((i) => waitingOn.has(i.id) && (i.state === 'failed' || i.state === 'stalled'))
  return failed ? { state: failed.state, error: failed.lastError } : { state: 'pending' }
}
