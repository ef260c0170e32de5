/**
 * Which WeChat reminders a user can switch on, with the messages each has
 * left, and recording the 允许 they tapped. Template ids come from the
 * deployment's configuration; locally there are none and the inbox alone serves.
 */
import { NOTICE_KINDS, type NoticeKind } from '../../../src/domain/notice/notice'
import type { ActionContext } from '../../core/action'
import type { DocOps } from '../../core/ports/store.port'
import { addCredits, creditsOf } from '../../core/subscriptions'

export type SubscribableTemplate = { kind: string; title: string; templateId: string; credits: number }

export async function listSubscriptions(ctx: ActionContext, ops: Pick<DocOps, 'get'> = ctx.deps.store): Promise<{ templates: SubscribableTemplate[] }> {
  const templates: SubscribableTemplate[] = []
  for (const [kind, templateId] of Object.entries(ctx.deps.notifier.templates)) {
    const title = Object.hasOwn(NOTICE_KINDS, kind) ? NOTICE_KINDS[kind as NoticeKind] : kind
    templates.push({ kind, title, templateId, credits: await creditsOf(ops, ctx.caller.userId, templateId) })
  }
  return { templates }
}

/** Counts only templates this deployment uses; anything else a client reports is ignored. */
export async function recordSubscriptions(ctx: ActionContext, input: { accepted: string[] }) {
  const known = new Set(Object.values(ctx.deps.notifier.templates))
  const accepted = input.accepted.filter((id) => known.has(id))
  // The answer is made inside the transaction, so a retry of the same request is answered with it and counts nothing twice.
  return ctx.transact(async (tx) => {
    await addCredits(tx, ctx.caller.userId, accepted, ctx.now)
    return listSubscriptions(ctx, tx)
  })
}
