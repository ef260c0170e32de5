/**
 * 走访与结对情况: for the staff member's subtree and one year (this year by
 * default), the filed households under the yearly visit target, those never
 * visited that year, the exit candidates (the latest updated incomes of the
 * year passed the exit test), the windows due and overdue now, and every
 * assignable helper's pairing count. Lists are capped; the counts are not.
 */
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { AppError } from '../../../src/domain/shared/app-error'
import { visitStatus } from '../../../src/domain/visit/visit-status'
import type { ComplianceFile, ComplianceView } from '../../../src/domain/visit/visit-views'
import type { ActionContext } from '../../core/action'
import { helperPairings } from './helper-pairings'
import { householdRef } from './my-households'
import { exitCandidateOf, filedOn } from './visit.doc'
import { filedIn, visitsOfYear } from './visit-queries'

const MAX_ROWS = 200

export async function compliance(ctx: ActionContext, input: { year?: number | undefined }): Promise<ComplianceView> {
  const staff = ctx.caller.staff
  if (!staff) throw new AppError('FORBIDDEN', '仅工会工作人员可以查看走访情况')
  const thisYear = Number(ctx.today.slice(0, 4))
  const year = input.year ?? thisYear
  const asOf = year < thisYear ? `${year}-12-31` : ctx.today
  const files = (await filedIn(ctx.deps.store, staff.unionId)).filter((f) => filedOn(f) <= asOf)
  const visits = await visitsOfYear(ctx.deps.store, year, staff.unionId)

  const view: ComplianceView = {
    year,
    counts: { files: files.length, visited: 0, underTarget: 0, neverVisited: 0, due: 0, overdue: 0, exitCandidates: 0 },
    underTarget: [],
    neverVisited: [],
    exitCandidates: [],
    helpers: await helperPairings(ctx.deps.store, staff, asOf),
  }
  const { counts } = view
  const add = (list: ComplianceFile[], row: ComplianceFile) => {
    if (list.length < MAX_ROWS) list.push(row)
  }
  for (const file of files) {
    const own = visits.get(file.id) ?? []
    const status = visitStatus({ filedOn: filedOn(file) }, own, asOf, resolvePolicy(file.regionCode, asOf).visits)
    const { visitsThisYear, target, lastVisitOn } = status
    const row: ComplianceFile = { ...householdRef(file), helperName: file.filed.helperName, visitsThisYear, target, lastVisitOn }
    const exit = exitCandidateOf(own)
    counts.visited += visitsThisYear > 0 ? 1 : 0
    counts.neverVisited += visitsThisYear === 0 ? 1 : 0
    counts.underTarget += visitsThisYear < target ? 1 : 0
    counts.exitCandidates += exit ? 1 : 0
    counts.due += status.due.length ? 1 : 0
    counts.overdue += status.overdue.length ? 1 : 0
    if (visitsThisYear === 0) add(view.neverVisited, row)
    if (visitsThisYear < target) add(view.underTarget, row)
    if (exit) add(view.exitCandidates, row)
  }
  return view
}
