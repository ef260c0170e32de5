/**
 * Who is calling. In cloud the runtime vouches for the WeChat OPENID; locally
 * the host vouches for a user id from a token it signed. A request body never
 * names its caller.
 */
import type { Caller, Role } from '../../src/domain/account/roles'
import type { Union } from '../../src/domain/union/union'
import type { Deps } from './deps'

export type Identity = { kind: 'openid'; openid: string } | { kind: 'user'; userId: string } | { kind: 'none' }

export type UserDoc = {
  displayName: string
  roles: Role[]
  openid?: string
  staffUnionId?: string
  /** For chairs (工会主席): the union they chair, assigned by an admin. */
  chairUnionId?: string
  /** For subtree admins (本级管理员): the union whose subtree they administer. */
  adminUnionId?: string
  /** For helpers: the union that assigns them, and its path (staff of that union or above may pair them with a household). */
  helperUnionId?: string
  helperUnionPath?: string
  /** The ids on `helperUnionPath`: staff of any of these unions may pair the helper (core/subtree.ts). */
  helperUnionIds?: string[]
  /** Staff and helpers: 职务 and the work phone (sealed), printed on the worker's 联系卡. */
  work?: { title: string; phoneSealed: string }
  createdAt: string
}

export function userIdForOpenid(deps: Deps, openid: string): string {
  return `wx_${deps.keys.lookupHash('openid', openid).slice(0, 32)}`
}

async function userFor(deps: Deps, identity: Identity) {
  if (identity.kind === 'none') return null
  if (identity.kind === 'user') return deps.store.get<UserDoc>('users', identity.userId)
  const id = userIdForOpenid(deps, identity.openid)
  const found = await deps.store.get<UserDoc>('users', id)
  if (found) return found
  // First contact from WeChat: everyone starts as an employee; staff roles are granted by an admin.
  const fresh: UserDoc = { displayName: '微信用户', roles: ['employee'], openid: identity.openid, createdAt: deps.clock.now().toISOString() }
  return deps.store.insert('users', id, fresh).catch(() => deps.store.get<UserDoc>('users', id))
}

export async function resolveCaller(deps: Deps, identity: Identity): Promise<Caller | null> {
  const user = await userFor(deps, identity)
  if (!user) return null
  const caller: Caller = { userId: user.id, displayName: user.displayName, roles: [...user.roles] }
  if (user.roles.includes('staff') && user.staffUnionId) {
    const union = await deps.store.get<Union>('unions', user.staffUnionId)
    if (union) caller.staff = { unionId: union.id, unionPath: union.path, level: union.level, unionName: union.name }
    else caller.roles = caller.roles.filter((r) => r !== 'staff')
  }
  if (user.roles.includes('chair') && user.chairUnionId) {
    const union = await deps.store.get<Union>('unions', user.chairUnionId)
    if (union) caller.chair = { unionId: union.id, unionName: union.name }
    else caller.roles = caller.roles.filter((r) => r !== 'chair')
  } else caller.roles = caller.roles.filter((r) => r !== 'chair')
  await resolveAdmin(deps, user, caller)
  return caller
}

/** An `admin` administers the whole tree; a `subtreeAdmin` their union's subtree, or nothing if that union is gone. */
async function resolveAdmin(deps: Deps, user: UserDoc, caller: Caller): Promise<void> {
  if (user.roles.includes('admin')) {
    caller.admin = { wholeTree: true }
    return
  }
  if (!user.roles.includes('subtreeAdmin')) return
  const union = user.adminUnionId ? await deps.store.get<Union>('unions', user.adminUnionId) : null
  if (union) caller.admin = { unionId: union.id, unionPath: union.path, unionName: union.name }
  else caller.roles = caller.roles.filter((r) => r !== 'subtreeAdmin')
}
