/**
 * 走访与结对情况: for the staff member's subtree and one year (this year by
 * default), the filed households under the yearly visit target, those never
 * visited that year, the exit candidates (the latest updated incomes of the
 * year passed the exit test), the windows due and overdue now, and every
 * assignable helper's pairing count.
 * This year's figures are the standing kept on each file (compliance-state.ts):
 * each count is one database count and each list an indexed page, so the
 * view costs the same requests at any size. An earlier year is read from that
 * year's visits (a walk: a report looked at rarely, never on a daily page), and
 * so is this year's until the daily refresh has run today.
 */
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { AppError } from '../../../src/domain/shared/app-error'
import { summaryStatus, visitStatus, type VisitStatus } from '../../../src/domain/visit/visit-status'
import type { ComplianceFile, ComplianceList, ComplianceListPage, ComplianceView } from '../../../src/domain/visit/visit-views'
import type { ActionContext } from '../../core/action'
import type { Caller } from '../../../src/domain/account/roles'
import type { Condition, Doc } from '../../core/ports/store.port'
import { inSubtree } from '../../core/subtree'
import { complianceWhere } from './compliance-state'
import { helperPairings, type HelperPage } from './helper-pairings'
import { householdRef } from './my-households'
import { exitCandidateOf, filedOn, type FileDoc } from './visit.doc'
import { filedIn, visitFiguresOf, visitsOfYear } from './visit-queries'
import type { JobDoc } from '../../core/batch-job'
import { complianceJob } from './compliance-sweep'

/** Rows of a list page. */
export const PAGE = 50

type Staff = NonNullable<Caller['staff']>

function staffOf(ctx: ActionContext): Staff {
  if (!ctx.caller.staff) throw new AppError('FORBIDDEN', '仅工会工作人员可以查看走访情况')
  return ctx.caller.staff
}

const rowOf = (file: Doc<FileDoc>, status: Pick<VisitStatus, 'visitsThisYear' | 'target' | 'lastVisitOn'>): ComplianceFile => ({
  ...householdRef(file),
  helperName: file.filed.helperName,
  visitsThisYear: status.visitsThisYear,
  target: status.target,
  lastVisitOn: status.lastVisitOn,
})

/** This year: the subtree's files stamped with this year's standing. */
const stamped = (staff: Staff, year: number, which: Parameters<typeof complianceWhere>[1]): Condition[] => [
  { field: 'status', op: 'eq', value: 'filed' },
  inSubtree(staff.unionId),
  ...complianceWhere(year, which),
]

async function currentPage(ctx: ActionContext, staff: Staff, year: number, list: ComplianceList, cursor?: string): Promise<ComplianceListPage> {
  const page = await ctx.deps.store.find<FileDoc>('applications', { where: stamped(staff, year, list), limit: PAGE, cursor, omit: ['sealed'] })
  const rows = page.items.map((file) =>
    rowOf(file, summaryStatus({ filedOn: filedOn(file) }, file.visitSummary, ctx.today, resolvePolicy(file.regionCode, ctx.today).visits)),
  )
  return { rows, nextCursor: page.nextCursor }
}

async function currentYear(ctx: ActionContext, staff: Staff, year: number): Promise<ComplianceView> {
  const count = (which: Parameters<typeof complianceWhere>[1]) => ctx.deps.store.count('applications', stamped(staff, year, which))
  // Every stamped file is either visited or not: never visited is the difference, not another count.
  const [files, visited, underTarget, due, overdue, exitCandidates] = await Promise.all(
    (['files', 'visited', 'underTarget', 'due', 'overdue', 'exitCandidates'] as const).map(count),
  )
  const [under, never, exits, helpers] = await Promise.all([
    currentPage(ctx, staff, year, 'underTarget'),
    currentPage(ctx, staff, year, 'neverVisited'),
    currentPage(ctx, staff, year, 'exitCandidates'),
    helperPairings(ctx.deps.store, staff, ctx.today),
  ])
  return {
    year,
    asOf: ctx.today,
    counts: {
      files: files!,
      visited: visited!,
      underTarget: underTarget!,
      neverVisited: files! - visited!,
      due: due!,
      overdue: overdue!,
      exitCandidates: exitCandidates!,
    },
    underTarget: under.rows,
    neverVisited: never.rows,
    exitCandidates: exits.rows,
    next: { underTarget: under.nextCursor, neverVisited: never.nextCursor, exitCandidates: exits.nextCursor, helpers: helpers.nextCursor },
    helpers: helpers.rows,
  }
}

type Walked = { row: ComplianceFile; visited: boolean; under: boolean; exit: boolean; due: boolean; overdue: boolean }

/**
 * Every file of the subtree filed by `asOf`, with its standing in `year` read from the data itself: this year's
 * from the figures on each file, an earlier year's from that year's visits.
 */
async function walkedRows(ctx: ActionContext, staff: Staff, year: number, asOf: string): Promise<Walked[]> {
  const files = (await filedIn(ctx.deps.store, staff.unionId)).filter((f) => filedOn(f) <= asOf)
  const thisYear = year === Number(ctx.today.slice(0, 4))
  const figures = thisYear ? await visitFiguresOf(ctx.deps.store, files, year) : null
  const visits = thisYear ? null : await visitsOfYear(ctx.deps.store, year, staff.unionId)
  return files.map((file) => {
    const policy = resolvePolicy(file.regionCode, asOf).visits
    const own = visits?.get(file.id) ?? []
    const status = figures
      ? summaryStatus({ filedOn: filedOn(file) }, figures.get(file.id), asOf, policy)
      : visitStatus({ filedOn: filedOn(file) }, own, asOf, policy)
    const latest = figures?.get(file.id)?.latestIncome
    const exit = figures ? (latest?.happenedAt.startsWith(`${year}-`) ? latest.exitCandidate : false) : exitCandidateOf(own)
    const { visitsThisYear, target } = status
    return {
      row: rowOf(file, status),
      visited: visitsThisYear > 0,
      under: visitsThisYear < target,
      exit,
      due: status.due.length > 0,
      overdue: status.overdue.length > 0,
    }
  })
}

const WALKED_LISTS: Record<ComplianceList, (r: Walked) => boolean> = {
  underTarget: (r) => r.under,
  neverVisited: (r) => !r.visited,
  exitCandidates: (r) => r.exit,
}

/** A page of a walked list; its cursor is the offset of the page's first row (digits only, unlike a database cursor). */
function walkedPage(rows: Walked[], list: ComplianceList, cursor = '0'): ComplianceListPage {
  const from = Number(cursor) || 0
  const all = rows.filter(WALKED_LISTS[list])
  return { rows: all.slice(from, from + PAGE).map((r) => r.row), nextCursor: from + PAGE < all.length ? String(from + PAGE) : null }
}

async function walkedView(ctx: ActionContext, staff: Staff, year: number, asOf: string): Promise<ComplianceView> {
  const rows = await walkedRows(ctx, staff, year, asOf)
  const helpers = await helperPairings(ctx.deps.store, staff, asOf)
  const tally = (pick: (r: Walked) => boolean) => rows.filter(pick).length
  const [under, never, exits] = (['underTarget', 'neverVisited', 'exitCandidates'] as const).map((list) => walkedPage(rows, list))
  return {
    year,
    asOf,
    counts: {
      ...{ files: rows.length, visited: tally((r) => r.visited), underTarget: tally((r) => r.under), neverVisited: tally((r) => !r.visited) },
      ...{ due: tally((r) => r.due), overdue: tally((r) => r.overdue), exitCandidates: tally((r) => r.exit) },
    },
    underTarget: under!.rows,
    neverVisited: never!.rows,
    exitCandidates: exits!.rows,
    next: { underTarget: under!.nextCursor, neverVisited: never!.nextCursor, exitCandidates: exits!.nextCursor, helpers: helpers.nextCursor },
    helpers: helpers.rows,
  }
}

/**
 * Whether every file's stored standing is today's: the daily job has finished today's pass (a visit, a filing and a
 * cancellation keep their own file's standing current in between). Until it has — the first minutes of a day, or
 * a deployment's first run — the view is read from the data itself.
 */
async function standingsAreCurrent(ctx: ActionContext): Promise<boolean> {
  const job = await ctx.deps.store.get<JobDoc>('jobs', complianceJob.name)
  return job?.pass === complianceJob.pass(new Date(ctx.now)) && job.done
}

export async function compliance(ctx: ActionContext, input: { year?: number | undefined }): Promise<ComplianceView> {
  const staff = staffOf(ctx)
  const thisYear = Number(ctx.today.slice(0, 4))
  const year = input.year ?? thisYear
  if (year < thisYear) return walkedView(ctx, staff, year, `${year}-12-31`)
  return (await standingsAreCurrent(ctx)) ? currentYear(ctx, staff, year) : walkedView(ctx, staff, year, ctx.today)
}

export async function complianceList(
  ctx: ActionContext,
  input: { year?: number | undefined; list: ComplianceList; cursor: string },
): Promise<ComplianceListPage> {
  const staff = staffOf(ctx)
  const thisYear = Number(ctx.today.slice(0, 4))
  const year = input.year ?? thisYear
  // Offsets page a walked list; a database cursor the stored standings.
  if (year === thisYear && !/^\d+$/.test(input.cursor)) return currentPage(ctx, staff, year, input.list, input.cursor)
  return walkedPage(await walkedRows(ctx, staff, year, year < thisYear ? `${year}-12-31` : ctx.today), input.list, input.cursor)
}

/** The next page of the helpers and their pairing counts (as of the year's end for an earlier year). */
export async function complianceHelpers(ctx: ActionContext, input: { year?: number | undefined; cursor: string }): Promise<HelperPage> {
  const staff = staffOf(ctx)
  const thisYear = Number(ctx.today.slice(0, 4))
  const year = input.year ?? thisYear
  return helperPairings(ctx.deps.store, staff, year < thisYear ? `${year}-12-31` : ctx.today, input.cursor)
}
