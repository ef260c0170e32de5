/**
 * Which unions an admin may act on. An `admin` administers the whole tree; a
 * `subtreeAdmin` (本级管理员) the union they were invited to and everything
 * below it. Every admin action that names a union asks here, so "above my
 * subtree" is refused in one place.
 */
import type { Caller } from '../../../src/domain/account/roles'
import { AppError } from '../../../src/domain/shared/app-error'
import { isWithin, type Union } from '../../../src/domain/union/union'
import type { ActionContext } from '../../core/action'

/** True when the caller administers `union` (the whole tree, or a subtree that contains it). */
export function administers(caller: Caller, union: Pick<Union, 'path'>): boolean {
  if (!caller.admin) return false
  if ('wholeTree' in caller.admin) return true
  return isWithin(union.path, caller.admin.unionPath)
}

/** The union `unionId`, if the caller administers it; otherwise a Chinese error naming the field. */
export async function administeredUnion(ctx: ActionContext, unionId: string, field = 'unionId'): Promise<Union> {
  const union = await ctx.deps.store.get<Union>('unions', unionId)
  if (!union) throw new AppError('NOT_FOUND', '找不到该工会', { [field]: '找不到该工会' })
  if (!administers(ctx.caller, union)) throw new AppError('FORBIDDEN', '您只能管理本级及下级工会', { [field]: '不在您管理的范围内' })
  return union
}

/** The root of what the caller administers: a union id, or null for the whole tree. */
export function administeredRoot(caller: Caller): string | null {
  if (!caller.admin || 'wholeTree' in caller.admin) return null
  return caller.admin.unionId
}
