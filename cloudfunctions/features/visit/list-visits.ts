/**
 * 走访记录: every visit of one household in the order they happened, texts
 * opened, photos through 5-minute links. For the household's helpers and the
 * staff whose subtree holds it; anyone else is told it does not exist.
 */
import { VISIT_TYPE_LABELS } from '../../../src/domain/visit/visit.schema'
import type { HouseholdRef, VisitView } from '../../../src/domain/visit/visit-views'
import type { ActionContext } from '../../core/action'
import type { Doc } from '../../core/ports/store.port'
import { signedLink } from '../uploads/uploads'
import { loadFile } from './household-access'
import { householdRef } from './my-households'
import type { SealedVisit, VisitDoc } from './visit.doc'
import { visitsOf } from './visit-queries'

async function viewOf(ctx: ActionContext, visit: Doc<VisitDoc>): Promise<VisitView> {
  const sealed = JSON.parse(ctx.deps.keys.open(visit.sealed)) as SealedVisit
  const photos = await Promise.all(visit.photos.map(async (p) => ({ uploadId: p.uploadId, url: await signedLink(ctx.deps, p) })))
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

export async function listVisits(ctx: ActionContext, input: { applicationId: string }): Promise<{ household: HouseholdRef; visits: VisitView[] }> {
  const file = await loadFile(ctx, input.applicationId, ['helper', 'staff'])
  const visits = ((await visitsOf(ctx.deps.store, [file.id])).get(file.id) ?? []).sort(inOrder)
  return { household: householdRef(file), visits: await Promise.all(visits.map((v) => viewOf(ctx, v))) }
}
