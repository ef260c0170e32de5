import type { UnionLevel } from '../union/union'

export const ROLES = ['employee', 'helper', 'staff', 'chair', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  employee: '职工',
  helper: '帮扶责任人',
  staff: '工会工作人员',
  chair: '工会主席',
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
}

export function hasRole(caller: Caller, role: Role): boolean {
  return caller.roles.includes(role)
}
