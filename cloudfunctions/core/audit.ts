/**
 * Append-only audit log: who did what to which record, and which fields —
 * never their values. Written inside the transaction of the change itself.
 */
import type { ActionContext } from './action'
import type { DocOps } from './ports/store.port'

export type AuditEntry = {
  action: string
  targetCollection: string
  targetId: string
  /** Names of the fields changed or revealed, not their contents. */
  fields: string[]
  note?: string
}

export async function audit(ctx: ActionContext, tx: DocOps, entry: AuditEntry): Promise<void> {
  await tx.insert('audit', ctx.deps.ids.next('a_'), {
    ...entry,
    actorId: ctx.caller.userId,
    targetId: entry.targetId,
    at: ctx.now,
  })
}
