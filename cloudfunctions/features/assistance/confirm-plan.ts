/**
 * 签字确认: the worker confirms the plan in force. Who and when are recorded
 * on that revision; a later change makes a new revision that needs its own
 * confirmation. Confirming a plan already confirmed answers it unchanged.
 * The plan's maker and the staff of the file's union are told.
 */
import type { PlanView } from '../../../src/domain/assistance/assistance-views'
import { AppError } from '../../../src/domain/shared/app-error'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import { notify, staffOfUnion } from '../../core/notices'
import { toPlanView, type PlanDoc } from './assistance.doc'
import { loadHousehold } from './household'

export async function confirmPlan(ctx: ActionContext, input: { applicationId: string }): Promise<PlanView> {
  const { file } = await loadHousehold(ctx, input.applicationId, ['worker'])
  const open = (s: string) => ctx.deps.keys.open(s)
  const stored = await ctx.deps.store.get<PlanDoc>('plans', file.id)
  if (!stored) throw new AppError('CONFLICT', '您家还没有帮扶计划，请等待工会或帮扶责任人制定')
  if (stored.status === 'confirmed') return ctx.transact(() => Promise.resolve(toPlanView(stored, open)))
  const recipients = [stored.current.madeBy.id, ...(await staffOfUnion(ctx.deps, file.unionId))]
  const confirmation = { userId: ctx.caller.userId, name: file.applicantName, at: ctx.now }
  return ctx.transact(async (tx) => {
    const saved = await tx.update<PlanDoc>('plans', file.id, stored.version, {
      status: 'confirmed',
      current: { ...stored.current, confirmation },
      updatedAt: ctx.now,
    })
    await audit(ctx, tx, {
      action: 'assistance.confirmPlan',
      targetCollection: 'plans',
      targetId: file.id,
      fields: ['confirmation'],
      note: `revision ${stored.revision}`,
    })
    const body = `${file.applicantName}已签字确认帮扶计划（档案号${file.filed.fileNumber}，第${stored.revision}版）。`
    await notify(ctx, tx, { kind: 'planConfirmed', recipients, eventKey: `planConfirmed:${file.id}:${stored.revision}`, body })
    return toPlanView(saved, open)
  })
}
