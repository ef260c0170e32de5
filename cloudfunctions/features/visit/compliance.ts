/**
 * 走访与结对情况: for the staff member's subtree and one year (this year by
 * default), the filed households under the yearly visit target, those never
 * visited that year, the exit candidates (the latest updated incomes of the
 * year passed the exit test), the windows due and overdue now, and every
 * assignable helper's pairing count. Lists are capped; the counts are not.
 */
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { AppError } from '../../../src/domain/shared/app-error'
import { summaryStatus, visitStatus, type VisitStatus } from '../../../src/domain/visit/visit-status'
import type { ComplianceFile, ComplianceView } from '../../../src/domain/visit/visit-views'
import type { ActionContext } from '../../core/action'
import { helperPairings } from './helper-pairings'
import { householdRef } from './my-households'
import type { Doc } from '../../core/ports/store.port'
import { exitCandidateOf, filedOn, type FileDoc } from './visit.doc'
import { filedIn, visitFiguresOf, visitsOfYear } from './visit-queries'

const MAX_ROWS = 200

type Standing = { status: VisitStatus; exit: boolean }

/**
 * Each file's standing in `year`. This year's comes from the figures kept on the file (no visit is read); an earlier
 * year's from that year's visits. Either way only `year`'s visits count: the last visit and the latest incomes of
 * another year are left out, as they always were here.
 */
async function standings(ctx: ActionContext, files: Doc<FileDoc>[], year: number, asOf: string, unionId: string): Promise<Map<string, Standing>> {
  const standing = new Map<string, Standing>()
  const policyOf = (file: Doc<FileDoc>) => resolvePolicy(file.regionCode, asOf).visits
  if (year === Number(ctx.today.slice(0, 4))) {
    const figures = await visitFiguresOf(ctx.deps.store, files, year)
    for (const file of files) {
      const own = figures.get(file.id)
      const current = own?.year === year ? own : undefined
      const status = summaryStatus({ filedOn: filedOn(file) }, current, asOf, policyOf(file))
      const exit = own?.latestIncome?.happenedAt.startsWith(`${year}-`) ? own.latestIncome.exitCandidate : false
      standing.set(file.id, { status, exit })
    }
    return standing
  }
  const visits = await visitsOfYear(ctx.deps.store, year, unionId)
  for (const file of files) {
    const own = visits.get(file.id) ?? []
    standing.set(file.id, { status: visitStatus({ filedOn: filedOn(file) }, own, asOf, policyOf(file)), exit: exitCandidateOf(own) })
  }
  return standing
}

export async function compliance(ctx: ActionContext, input: { year?: number | undefined }): Promise<ComplianceView> {
  const staff = ctx.caller.staff
  if (!staff) throw new AppError('FORBIDDEN', '仅工会工作人员可以查看走访情况')
  const thisYear = Number(ctx.today.slice(0, 4))
  const year = input.year ?? thisYear
  const asOf = year < thisYear ? `${year}-12-31` : ctx.today
  const files = (await filedIn(ctx.deps.store, staff.unionId)).filter((f) => filedOn(f) <= asOf)
  const standing = await standings(ctx, files, year, asOf, staff.unionId)

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
    const { status, exit } = standing.get(file.id)!
    const { visitsThisYear, target, lastVisitOn } = status
    const row: ComplianceFile = { ...householdRef(file), helperName: file.filed.helperName, visitsThisYear, target, lastVisitOn }
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
