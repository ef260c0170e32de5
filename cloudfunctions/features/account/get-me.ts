import type { MeView } from '../../../src/domain/account/me'
import type { ActionContext } from '../../core/action'
import type { UserDoc } from '../../core/caller'
import { toProfileView, type ProfileDoc } from './profile.doc'

export async function getMe(ctx: ActionContext): Promise<MeView> {
  const { caller } = ctx
  const profile = caller.roles.includes('employee') ? await ctx.deps.store.get<ProfileDoc>('profiles', caller.userId) : null
  const work = caller.roles.some((r) => r === 'staff' || r === 'helper') ? (await ctx.deps.store.get<UserDoc>('users', caller.userId))?.work : undefined
  return {
    displayName: profile?.name ?? caller.displayName,
    roles: caller.roles,
    staff: caller.staff ? { unionId: caller.staff.unionId, unionName: caller.staff.unionName, level: caller.staff.level } : null,
    profile: profile ? toProfileView(profile) : null,
    work: work ? { title: work.title, workPhone: ctx.deps.keys.open(work.phoneSealed) } : null,
  }
}
