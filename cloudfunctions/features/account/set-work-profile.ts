/**
 * Staff and helpers keep their 职务 and work phone: the worker's copy of the
 * 联系卡 shows them. The phone is sealed at rest like every phone number;
 * the change is audited (field names only).
 */
import type { WorkProfile } from '../../../src/domain/account/work-profile.schema'
import { AppError } from '../../../src/domain/shared/app-error'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import type { UserDoc } from '../../core/caller'

export async function setWorkProfile(ctx: ActionContext, input: WorkProfile): Promise<WorkProfile> {
  const user = await ctx.deps.store.get<UserDoc>('users', ctx.caller.userId)
  if (!user) throw new AppError('NOT_FOUND', '账号不存在')
  return ctx.transact(async (tx) => {
    await tx.update<UserDoc>('users', user.id, user.version, { work: { title: input.title, phoneSealed: ctx.deps.keys.seal(input.workPhone) } })
    await audit(ctx, tx, { action: 'account.setWorkProfile', targetCollection: 'users', targetId: user.id, fields: ['title', 'workPhone'] })
    return input
  })
}
