/**
 * 走访记录: one household's visits, the latest 20 first loaded and shown in
 * the order they happened, `nextCursor` for the earlier ones; texts opened,
 * photos through 5-minute links asked for in one batch per page. Its cost
 * (1 household read, 1 page, 1 count, ⌈photos/50⌉ link calls) does not grow
 * with the number of visits. For the household's helpers and the staff whose
 * subtree holds it; anyone else is told it does not exist.
 */
import { VISIT_TYPE_LABELS } from '../../../src/domain/visit/visit.schema'
import type { HouseholdRef, VisitView } from '../../../src/domain/visit/visit-views'
import type { ActionContext } from '../../core/action'
import type { Condition, Doc } from '../../core/ports/store.port'
import { signedLinks } from '../uploads/uploads'
import { loadFile } from './household-access'
import { householdRef } from './my-households'
import type { SealedVisit, VisitDoc } from './visit.doc'

export const VISITS_PAGE = 20

function viewOf(ctx: ActionContext, visit: Doc<VisitDoc>, links: string[]): VisitView {
  const sealed = JSON.parse(ctx.deps.keys.open(visit.sealed)) as SealedVisit
  const photos = visit.photos.map((p, i) => ({ uploadId: p.uploadId, url: links[i] ?? '' }))
  return {
    id: visit.id,
    type: visit.type,
    typeLabel: VISIT_TYPE_LABELS[visit.type],
    happenedAt: visit.happenedAt,
    receivedAt: visit.receivedAt,
    helper: { id: visit.helperId, name: visit.helperName },
    participants: visit.participants,
    situation: sealed.situation,
    ...(sealed.changes ? { changes: sealed.changes } : {}),
    measures: visit.measures,
    photos,
    ...(sealed.location ? { location: sealed.location } : {}),
    acknowledgment: visit.acknowledgment,
    ...(visit.income && sealed.monthlyIncomeFen ? { income: { ...visit.income, monthlyIncomeFen: sealed.monthlyIncomeFen } } : {}),
  }
}

const inOrder = (a: VisitDoc, b: VisitDoc) => a.happenedAt.localeCompare(b.happenedAt) || a.receivedAt.localeCompare(b.receivedAt)

export type VisitList = { household: HouseholdRef; visits: VisitView[]; total: number; nextCursor: string | null }

export async function listVisits(ctx: ActionContext, input: { applicationId: string; cursor?: string | undefined }): Promise<VisitList> {
  const file = await loadFile(ctx, input.applicationId, ['helper', 'staff'])
  const where: Condition[] = [{ field: 'applicationId', op: 'eq', value: file.id }]
  const [page, total] = await Promise.all([
    ctx.deps.store.find<VisitDoc>('visits', { where, orderBy: { field: 'happenedAt', direction: 'desc' }, limit: VISITS_PAGE, cursor: input.cursor }),
    ctx.deps.store.count('visits', where),
  ])
  const visits = page.items.sort(inOrder)
  const links = await signedLinks(
    ctx.deps,
    visits.flatMap((v) => v.photos),
  )
  let at = 0
  const views = visits.map((v) => viewOf(ctx, v, links.slice(at, (at += v.photos.length))))
  return { household: householdRef(file), visits: views, total, nextCursor: page.nextCursor }
}
