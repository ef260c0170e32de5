/**
 * Staff's worklist: applications in their union's subtree (`inSubtree`),
 * newest activity first, 20 a page, optionally one status, with the
 * count per status for the tabs. Summaries only: names and masked IDs; the
 * sealed form is left in the database.
 */
import type { z } from 'zod'
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../src/domain/application/application-machine'
import type { ApplicationSummary } from '../../../src/domain/application/application-views'
import type { listApplicationsInput } from '../../../src/domain/application/steps.schema'
import { AppError } from '../../../src/domain/shared/app-error'
import type { ActionContext } from '../../core/action'
import type { Condition } from '../../core/ports/store.port'
import { inSubtree } from '../../core/subtree'
import { toSummary, type ApplicationDoc } from './application.doc'

type Input = z.output<ReturnType<typeof listApplicationsInput>>

/** `counts` comes with the first page only: later pages need not count the subtree again. */
export type ApplicationList = { items: ApplicationSummary[]; nextCursor: string | null; counts: Record<ApplicationStatus, number> | null }

export const PAGE_SIZE = 20

export async function listApplications(ctx: ActionContext, input: Input): Promise<ApplicationList> {
  const staff = ctx.caller.staff
  if (!staff) throw new AppError('FORBIDDEN', '您没有权限执行此操作')
  const { store } = ctx.deps
  const subtree = inSubtree(staff.unionId)
  const where: Condition[] = input.status ? [{ field: 'status', op: 'eq', value: input.status }, subtree] : [subtree]
  const page = await store.find<ApplicationDoc>('applications', {
    where,
    orderBy: { field: 'updatedAt', direction: 'desc' },
    limit: PAGE_SIZE,
    omit: ['sealed'],
    ...(input.cursor ? { cursor: input.cursor } : {}),
  })
  return { items: page.items.map(toSummary), nextCursor: page.nextCursor, counts: input.cursor ? null : await countByStatus(ctx, subtree) }
}

async function countByStatus(ctx: ActionContext, subtree: Condition): Promise<Record<ApplicationStatus, number>> {
  const counted = await ctx.deps.store.countEach('applications', [subtree], 'status', APPLICATION_STATUSES)
  return Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, counted[status] ?? 0])) as Record<ApplicationStatus, number>
}
