/**
 * The helpers (帮扶责任人) a staff member may pair with a household when
 * filing: users with the helper role whose union is the caller's union or
 * below it. Names and union names only: helpers' phone numbers are not kept,
 * and nothing else about them is needed to choose.
 */
import type { HelperOption } from '../../../src/domain/application/application-views'
import { AppError } from '../../../src/domain/shared/app-error'
import type { Union } from '../../../src/domain/union/union'
import { isWithin } from '../../../src/domain/union/union'
import type { ActionContext } from '../../core/action'
import type { UserDoc } from '../../core/caller'
import type { Doc, Store } from '../../core/ports/store.port'
import { inSubtree } from '../../core/subtree'

/** More helpers than this under one union is not a list to pick from. */
const MAX_HELPERS = 500

type StaffPlace = { unionPath: string }

export const NOT_ASSIGNABLE = '帮扶责任人不存在或不属于本工会，请重新选择'

/** True when `user` is a helper that staff of `staff.unionPath` may assign. */
export function isAssignableHelper(user: Pick<UserDoc, 'roles' | 'helperUnionPath'> | null, staff: StaffPlace): boolean {
  return Boolean(user?.roles.includes('helper') && user.helperUnionPath && isWithin(user.helperUnionPath, staff.unionPath))
}

async function unionNames(store: Pick<Store, 'get'>, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  for (const id of new Set(ids)) names.set(id, (await store.get<Union>('unions', id))?.name ?? '')
  return names
}

export async function assignableHelpers(ctx: ActionContext): Promise<{ helpers: HelperOption[] }> {
  const staff = ctx.caller.staff
  if (!staff) throw new AppError('FORBIDDEN', '仅工会工作人员可以选择帮扶责任人')
  const { store } = ctx.deps
  const page = await store.find<UserDoc>('users', { where: [inSubtree(staff.unionId, 'helperUnionIds')], limit: MAX_HELPERS })
  const helpers = page.items.filter((u): u is Doc<UserDoc> => isAssignableHelper(u, staff))
  const names = await unionNames(
    store,
    helpers.map((h) => h.helperUnionId ?? ''),
  )
  const options = helpers.map((h) => ({ id: h.id, name: h.displayName, unionName: names.get(h.helperUnionId ?? '') ?? '' }))
  options.sort((a, b) => a.unionName.localeCompare(b.unionName, 'zh') || a.name.localeCompare(b.name, 'zh'))
  return { helpers: options }
}
