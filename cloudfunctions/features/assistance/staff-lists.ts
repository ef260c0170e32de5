/**
 * Staff's lists over their subtree: plans waiting for the worker's
 * confirmation, and the filed households a campaign may pick by union,
 * category, cause or a member at school. Causes and schooling are the
 * non-identifying flags derived when the file was made (`facets`); no form
 * is opened. Summaries only: names, file numbers, levels.
 */
import type { CampaignHousehold, PlanView } from '../../../src/domain/assistance/assistance-views'
import { MAX_CAMPAIGN } from '../../../src/domain/assistance/assistance.schema'
import { AppError } from '../../../src/domain/shared/app-error'
import type { Union } from '../../../src/domain/union/union'
import type { ActionContext } from '../../core/action'
import type { ApplicationDoc } from '../application/application.doc'
import type { FileDoc } from '../visit/visit.doc'
import { toPlanView, type PlanDoc } from './assistance.doc'
import { isActiveFile, subtreeOf } from './household'

function staffOf(ctx: ActionContext) {
  const staff = ctx.caller.staff
  if (!staff) throw new AppError('FORBIDDEN', '您没有权限执行此操作')
  return staff
}

export async function awaitingPlans(ctx: ActionContext): Promise<{ items: (Omit<PlanView, 'notes'> & { name: string })[] }> {
  const staff = staffOf(ctx)
  const page = await ctx.deps.store.find<PlanDoc>('plans', {
    where: [{ field: 'status', op: 'eq', value: 'awaitingConfirmation' }, subtreeOf(staff.unionId)],
    orderBy: { field: 'updatedAt', direction: 'desc' },
    limit: 100,
  })
  const names = new Map<string, string>()
  const apps = await ctx.deps.store.find<ApplicationDoc>('applications', { where: [{ field: 'id', op: 'in', value: page.items.map((p) => p.id) }], limit: 100 })
  for (const a of apps.items) names.set(a.id, a.applicantName)
  // A list does not open anyone's notes.
  const view = (p: (typeof page.items)[number]) => {
    const { notes: _notes, ...rest } = toPlanView(p, () => '')
    return { ...rest, name: names.get(p.id) ?? '' }
  }
  return { items: page.items.map(view) }
}

export type HouseholdFilter = { unionId?: string | undefined; category?: string | undefined; cause?: string | undefined; atSchool?: boolean | undefined }

export async function campaignHouseholds(ctx: ActionContext, filter: HouseholdFilter): Promise<{ items: CampaignHousehold[]; truncated: boolean }> {
  const staff = staffOf(ctx)
  const union = filter.unionId ? await ctx.deps.store.get<Union>('unions', filter.unionId) : null
  if (filter.unionId && (!union || !union.path.startsWith(staff.unionPath)))
    throw new AppError('INVALID_INPUT', '只能选择本工会及下级工会', { unionId: '只能选择本工会及下级工会' })
  const where = [{ field: 'status', op: 'eq' as const, value: 'filed' }, subtreeOf(union?.id ?? staff.unionId)]
  const items: CampaignHousehold[] = []
  let cursor: string | undefined
  do {
    const page = await ctx.deps.store.find<FileDoc>('applications', {
      where,
      orderBy: { field: 'updatedAt', direction: 'desc' },
      limit: 1000,
      ...(cursor ? { cursor } : {}),
    })
    for (const app of page.items) if (isActiveFile(app) && matches(app, filter)) items.push(toHousehold(app))
    cursor = page.nextCursor ?? undefined
  } while (cursor && items.length < MAX_CAMPAIGN)
  return { items: items.slice(0, MAX_CAMPAIGN), truncated: items.length > MAX_CAMPAIGN || Boolean(cursor) }
}

function matches(app: FileDoc, f: HouseholdFilter): boolean {
  if (f.category && app.filed.category !== f.category) return false
  if (f.cause && !app.facets?.causes.includes(f.cause)) return false
  if (f.atSchool !== undefined && (app.facets?.atSchool ?? false) !== f.atSchool) return false
  return true
}

const toHousehold = (app: FileDoc & { id: string }): CampaignHousehold => ({
  ...{ applicationId: app.id, name: app.applicantName, fileNumber: app.filed.fileNumber, fileLevel: app.filed.fileLevel },
  ...{ category: app.filed.category, union: { id: app.unionId, name: app.unionName } },
})
