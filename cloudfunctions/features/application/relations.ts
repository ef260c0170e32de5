/**
 * The caller's relations to an application, resolved on the server from the
 * caller and the stored application, never from the request:
 *   applicant — the caller is the employee who applied;
 *   owner     — staff whose union's subtree holds the application;
 *   approver  — such staff whose union is at or above the policy's approving level.
 * A caller with none of them is refused without learning anything about it.
 */
import type { Caller } from '../../../src/domain/account/roles'
import { checkStep, type Actor, type ApplicationStep } from '../../../src/domain/application/application-machine'
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { AppError } from '../../../src/domain/shared/app-error'
import { isAtOrAbove, isWithin } from '../../../src/domain/union/union'
import type { ApplicationDoc } from './application.doc'

type Located = Pick<ApplicationDoc, 'applicantId' | 'unionPath' | 'regionCode'>

export function actorsOf(caller: Caller, app: Located, today: string): Actor[] {
  const actors: Actor[] = []
  if (caller.roles.includes('employee') && caller.userId === app.applicantId) actors.push('applicant')
  const staff = caller.roles.includes('staff') ? caller.staff : undefined
  if (staff && isWithin(app.unionPath, staff.unionPath)) {
    actors.push('owner')
    if (isAtOrAbove(staff.level, resolvePolicy(app.regionCode, today).approvingLevel)) actors.push('approver')
  }
  return actors
}

export const NOT_YOURS = '申请不存在或您无权查看'

/** The caller's relations, or NOT_FOUND when there are none (so ids cannot be probed). */
export function requireRelation(caller: Caller, app: Located | null, today: string): Actor[] {
  const actors = app ? actorsOf(caller, app, today) : []
  if (!app || actors.length === 0) throw new AppError('NOT_FOUND', NOT_YOURS)
  return actors
}

const EVERYONE: Actor[] = ['applicant', 'owner', 'approver']

/** The machine's verdict as an error: CONFLICT when the status forbids the step, FORBIDDEN when the caller does. */
export function requireStep(step: ApplicationStep, app: Pick<ApplicationDoc, 'status'>, actors: Actor[]) {
  const check = checkStep(step, app.status, actors)
  if (check.ok) return check.to
  const statusAllows = checkStep(step, app.status, EVERYONE).ok
  throw new AppError(statusAllows ? 'FORBIDDEN' : 'CONFLICT', check.reason)
}
