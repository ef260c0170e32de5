/**
 * The household as assistance sees it, and who may act on it, decided from
 * the caller and the stored file, never from the request:
 *   staff  — staff of a union whose subtree holds the file (the owning union or above);
 *   helper — its primary or second helper;
 *   worker — the applicant themself.
 * Anyone else, and any id that is not an active file, reads as NOT_FOUND.
 *
 * Two shared decisions live here as one function each until their owners'
 * pieces land (see the brief): the subtree condition (`subtreeOf`, now
 * `inSubtree` on `unionIds`) and "is this an active file" (`isActiveFile`, to become the
 * file machine's question).
 */
import { AppError } from '../../../src/domain/shared/app-error'
import type { ActionContext } from '../../core/action'
import type { Condition, Doc } from '../../core/ports/store.port'
import { inSubtree } from '../../core/subtree'
import { relationsTo } from '../visit/household-access'
import { isFiled, type FileDoc } from '../visit/visit.doc'

export type HouseholdRelation = 'staff' | 'helper' | 'worker'

export const NOT_YOUR_HOUSEHOLD = '档案不存在或您无权查看'

/** The only way assistance queries a union subtree (core/subtree.ts). */
export function subtreeOf(unionId: string): Condition {
  return inSubtree(unionId)
}

/** A filed household whose file is not suspended or cancelled. */
export function isActiveFile(app: Doc<Omit<FileDoc, 'filed' | 'status'> & { status: string; filed?: FileDoc['filed'] }> | null): app is Doc<FileDoc> {
  const state = (app as { fileState?: string } | null)?.fileState
  return isFiled(app as Doc<FileDoc> | null) && (state === undefined || state === 'active' || state === 'restored')
}

export function householdRelations(ctx: ActionContext, file: Doc<FileDoc>): HouseholdRelation[] {
  const relations: HouseholdRelation[] = relationsTo(ctx.caller, file)
  if (ctx.caller.roles.includes('employee') && file.applicantId === ctx.caller.userId) relations.push('worker')
  return relations
}

export async function loadHousehold(
  ctx: ActionContext,
  applicationId: string,
  allowed: readonly HouseholdRelation[],
): Promise<{ file: Doc<FileDoc>; relations: HouseholdRelation[] }> {
  const app = await ctx.deps.store.get<FileDoc>('applications', applicationId)
  if (!isActiveFile(app)) throw new AppError('NOT_FOUND', NOT_YOUR_HOUSEHOLD)
  const relations = householdRelations(ctx, app)
  if (!relations.some((r) => allowed.includes(r))) throw new AppError('NOT_FOUND', NOT_YOUR_HOUSEHOLD)
  return { file: app, relations }
}
