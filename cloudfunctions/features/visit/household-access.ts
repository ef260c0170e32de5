/**
 * Who may touch a household's visits, decided on the server from the caller
 * and the stored file, never from the request:
 *   helper — the caller is its primary or second helper;
 *   staff  — the caller is staff of a union whose subtree holds the file.
 * Anyone else, and any id that is not a filed case, reads as "not found", so
 * ids cannot be probed.
 */
import type { Caller } from '../../../src/domain/account/roles'
import { AppError } from '../../../src/domain/shared/app-error'
import { isWithin } from '../../../src/domain/union/union'
import type { ActionContext } from '../../core/action'
import type { Doc } from '../../core/ports/store.port'
import { helpersOf, isFiled, type FileDoc } from './visit.doc'

export type Relation = 'helper' | 'staff'

export const NOT_YOUR_HOUSEHOLD = '档案不存在或您无权查看'

export function relationsTo(caller: Caller, file: Pick<FileDoc, 'filed' | 'unionPath'>): Relation[] {
  const relations: Relation[] = []
  if (caller.roles.includes('helper') && helpersOf(file).includes(caller.userId)) relations.push('helper')
  if (caller.roles.includes('staff') && caller.staff && isWithin(file.unionPath, caller.staff.unionPath)) relations.push('staff')
  return relations
}

/** The filed case when the caller holds one of `allowed` towards it; NOT_FOUND otherwise. */
export async function loadFile(ctx: ActionContext, applicationId: string, allowed: readonly Relation[]): Promise<Doc<FileDoc>> {
  const app = await ctx.deps.store.get<FileDoc>('applications', applicationId)
  if (!isFiled(app) || !relationsTo(ctx.caller, app).some((r) => allowed.includes(r))) throw new AppError('NOT_FOUND', NOT_YOUR_HOUSEHOLD)
  return app
}
