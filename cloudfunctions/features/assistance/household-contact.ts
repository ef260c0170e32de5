/**
 * 入户联系: the household's paired helpers and the owning staff see its
 * address and the worker's mobile number — their job is to visit. Each view
 * is audited, and the answer recorded for a retry holds neither (a replay
 * asks the client to tap again), like every reveal.
 */
import { AppError } from '../../../src/domain/shared/app-error'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import { openSealed } from '../application/application.doc'
import { loadHousehold } from './household'

export type HouseholdContact = { name: string; address?: string; mobile?: string; replayed?: boolean }

export async function householdContact(ctx: ActionContext, input: { applicationId: string }): Promise<HouseholdContact> {
  const { file, relations } = await loadHousehold(ctx, input.applicationId, ['staff', 'helper'])
  const owning = relations.includes('helper') || (relations.includes('staff') && ctx.caller.staff?.unionId === file.unionId)
  if (!owning) throw new AppError('FORBIDDEN', '只有结对的帮扶责任人和建档工会的工作人员可以查看住址和手机号')
  const { form } = openSealed((s) => ctx.deps.keys.open(s), file)
  await ctx.transact(async (tx) => {
    await audit(ctx, tx, { action: 'assistance.contact', targetCollection: 'applications', targetId: file.id, fields: ['address', 'mobile'] })
    return { name: file.applicantName, replayed: true }
  })
  return { name: file.applicantName, address: form.address, ...(form.mobile ? { mobile: form.mobile } : {}) }
}
