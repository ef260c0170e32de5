import type { UnionLevel } from '../union/union'

export const ROLES = ['employee', 'helper', 'staff', 'chair', 'subtreeAdmin', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  employee: '职工',
  helper: '帮扶责任人',
  staff: '工会工作人员',
  chair: '工会主席',
  subtreeAdmin: '本级管理员',
  admin: '管理员',
}

/** The signed-in person as the server resolved them; never taken from the request body. */
export type Caller = {
  userId: string
  displayName: string
  roles: Role[]
  /** Present for staff: the union they act for and its subtree path. */
  staff?: { unionId: string; unionPath: string; level: UnionLevel; unionName: string }
  /** Present for a chair (工会主席): the union they chair (confirms its 解困脱困认定书). */
  chair?: { unionId: string; unionName: string }
  /**
   * Present for `admin` (the whole tree: no union) and `subtreeAdmin` (the
   * union they administer and everything below it). Checked only through
   * `administeredUnion` in cloudfunctions/features/admin/admin-scope.ts.
   */
  admin?: { unionId: string; unionPath: string; unionName: string } | { wholeTree: true }
}

export function hasRole(caller: Caller, role: Role): boolean {
  return caller.roles.includes(role)
}
