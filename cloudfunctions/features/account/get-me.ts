import type { MeView } from '../../../src/domain/account/me'
import type { ActionContext } from '../../core/action'
import { toProfileView, type ProfileDoc } from './profile.doc'

export async function getMe(ctx: ActionContext): Promise<MeView> {
  const { caller } = ctx
  const profile = caller.roles.includes('employee') ? await ctx.deps.store.get<ProfileDoc>('profiles', caller.userId) : null
  return {
    displayName: profile?.name ?? caller.displayName,
    roles: caller.roles,
    staff: caller.staff ? { unionId: caller.staff.unionId, unionName: caller.staff.unionName, level: caller.staff.level } : null,
    profile: profile ? toProfileView(profile) : null,
  }
}
