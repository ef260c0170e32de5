/**
 * 花名册上报 (seed 001: 上报一份《困难职工解困脱困花名册》给上级工会作为确认脱困人数依据):
 * the grassroots union's staff report the year's roster up; the parent
 * union's staff are notified, see each lower union's roster with its status
 * (reported / received) and mark it received. One report a union a year,
 * id `<unionId>:<year>`; reporting again after more exits updates the count.
 */
import { AppError } from '../../../src/domain/shared/app-error'
import type { RosterInput } from '../../../src/domain/file/file.schema'
import { isWithin, type Union } from '../../../src/domain/union/union'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import { notify, staffOfUnion } from '../../core/notices'
import { MAX_LIMIT } from '../../core/ports/store.port'
import { inSubtree, placedIn } from '../../core/subtree'
import { buildRoster, rosterUnion } from './roster'

export type RosterReportDoc = {
  unionId: string
  unionName: string
  unionPath: string
  unionIds: string[]
  year: number
  status: 'reported' | 'received'
  exits: number
  reportedAt: string
  reportedBy: string
  receivedAt?: string
  receivedBy?: string
}

export const REPORT_STATUS_LABELS = { reported: '已上报', received: '上级已接收' } as const

const reportId = (unionId: string, year: number) => `${unionId}:${year}`

export async function reportRoster(ctx: ActionContext, input: RosterInput) {
  const union = await rosterUnion(ctx, input.unionId)
  if (ctx.caller.staff?.unionId !== union.id || union.level !== 'grassroots') throw new AppError('FORBIDDEN', '只有本基层工会的工作人员可以上报本会花名册')
  const roster = await buildRoster(ctx, input, true)
  const upper = union.parentId ? await staffOfUnion(ctx.deps, union.parentId) : []
  const id = reportId(union.id, input.year)
  return ctx.transact(async (tx) => {
    const prior = await tx.get<RosterReportDoc>('rosterReports', id)
    const doc: RosterReportDoc = {
      ...placedIn(union),
      ...{ unionName: union.name, year: input.year },
      ...{ status: 'reported', exits: roster.rows.length, reportedAt: ctx.now, reportedBy: ctx.caller.displayName },
    }
    const saved = prior ? await tx.update<RosterReportDoc>('rosterReports', id, prior.version, doc) : await tx.insert<RosterReportDoc>('rosterReports', id, doc)
    await audit(ctx, tx, { action: 'files.reportRoster', targetCollection: 'rosterReports', targetId: id, fields: ['status'] })
    const body = `${union.name}上报了${input.year}年困难职工解困脱困花名册（脱困${doc.exits}户），请查收。`
    await notify(ctx, tx, { kind: 'rosterReported', recipients: upper, eventKey: `roster:${id}:${saved.version}`, body })
    return { ...saved, statusLabel: REPORT_STATUS_LABELS.reported }
  })
}

/** The reports of the unions below the caller's, for a year. */
export async function listRosterReports(ctx: ActionContext, input: { year: number }) {
  const staff = ctx.caller.staff
  if (!staff) throw new AppError('FORBIDDEN', '您没有权限执行此操作')
  const page = await ctx.deps.store.find<RosterReportDoc>('rosterReports', {
    where: [{ field: 'year', op: 'eq', value: input.year }, inSubtree(staff.unionId)],
    limit: MAX_LIMIT,
  })
  const items = page.items.filter((r) => r.unionPath !== staff.unionPath).sort((a, b) => a.unionPath.localeCompare(b.unionPath))
  return { year: input.year, items: items.map((r) => ({ ...r, statusLabel: REPORT_STATUS_LABELS[r.status] })) }
}

/** The upper union (the caller's union strictly above the reporting one) acknowledges a roster. */
export async function receiveRoster(ctx: ActionContext, input: RosterInput) {
  const union = await ctx.deps.store.get<Union>('unions', input.unionId)
  const staff = ctx.caller.staff
  const id = reportId(input.unionId, input.year)
  const report = await ctx.deps.store.get<RosterReportDoc>('rosterReports', id)
  if (!union || !staff || !isWithin(union.path, staff.unionPath) || union.path === staff.unionPath || !report) {
    throw new AppError('NOT_FOUND', '花名册不存在或不在您的管辖范围内')
  }
  if (report.status === 'received') throw new AppError('CONFLICT', '该花名册已接收')
  return ctx.transact(async (tx) => {
    const saved = await tx.update<RosterReportDoc>('rosterReports', id, report.version, {
      status: 'received',
      receivedAt: ctx.now,
      receivedBy: staff.unionName,
    })
    await audit(ctx, tx, { action: 'files.receiveRoster', targetCollection: 'rosterReports', targetId: id, fields: ['status'] })
    return { ...saved, statusLabel: REPORT_STATUS_LABELS.received }
  })
}

/** The report state of one union's roster, or null before it is reported. */
export async function rosterReportOf(ctx: ActionContext, input: RosterInput) {
  const report = await ctx.deps.store.get<RosterReportDoc>('rosterReports', reportId(input.unionId, input.year))
  return report
    ? { status: report.status, statusLabel: REPORT_STATUS_LABELS[report.status], reportedAt: report.reportedAt, receivedAt: report.receivedAt ?? null }
    : null
}
