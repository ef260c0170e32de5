/**
 * The year's close for a staff member's subtree (seed 001 (二), seed 004 三(三)):
 * each active file with its 认定书 state (none / 待主席认定 / 已认定) — a file
 * without a certified 认定书 is not re-checked this year, and after 31
 * December it is overdue —, and the exit rate: the year's 脱困 exits over the
 * files active in the year (still active, or cancelled during it), against
 * the policy's target (Luzhou 2018: 20%).
 */
import { isActiveFile } from '../../../src/domain/file/file-machine'
import type { CertificateItem, YearEndFile, YearEndView } from '../../../src/domain/file/file-views'
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { AppError } from '../../../src/domain/shared/app-error'
import { maskName } from '../../../src/domain/shared/mask'
import type { Union } from '../../../src/domain/union/union'
import type { ActionContext } from '../../core/action'
import { findAll } from '../../core/find-all'
import { inSubtree } from '../../core/subtree'
import type { ApplicationDoc } from '../application/application.doc'
import type { CertificateDoc } from './certificate.doc'

export async function yearEnd(ctx: ActionContext, input: { year: number }): Promise<YearEndView> {
  const staff = ctx.caller.staff
  if (!staff) throw new AppError('FORBIDDEN', '您没有权限执行此操作')
  const subtree = inSubtree(staff.unionId)
  const filed = await findAll<ApplicationDoc>(ctx.deps.store, 'applications', [{ field: 'status', op: 'eq', value: 'filed' }, subtree], ['sealed'])
  const certs = await findAll<CertificateDoc>(ctx.deps.store, 'certificates', [{ field: 'year', op: 'eq', value: input.year }, subtree])
  const certOf = new Map(certs.map((c) => [c.applicationId, c]))
  const closed = ctx.today > `${input.year}-12-31`
  const active = filed.filter((f) => isActiveFile(f.fileStatus) && (f.filed?.filedAt.slice(0, 4) ?? '') <= String(input.year))
  const files: YearEndFile[] = active.map((f) => {
    const cert = certOf.get(f.id)
    return {
      applicationId: f.id,
      fileNumber: f.filed?.fileNumber ?? '',
      name: maskName(f.applicantName),
      unionName: f.unionName,
      helperName: f.filed?.helperName ?? '',
      certificate: cert?.status ?? 'none',
      ...(cert ? { proposal: cert.proposal } : {}),
      overdue: closed && cert?.status !== 'certified',
    }
  })
  const cancelledInYear = filed.filter((f) => f.cancellation?.date.startsWith(String(input.year)) && f.fileStatus !== 'restored')
  const exits = cancelledInYear.filter((f) => f.exitYear === input.year).length
  const base = active.length + cancelledInYear.length
  const union = await ctx.deps.store.get<Union>('unions', staff.unionId)
  const target = resolvePolicy(union?.regionCode ?? '', ctx.today).exitRateTargetPercent
  return {
    year: input.year,
    files: files.sort((a, b) => a.fileNumber.localeCompare(b.fileNumber)),
    notRechecked: files.filter((f) => f.certificate !== 'certified').length,
    overdue: files.filter((f) => f.overdue).length,
    exitRate: { exits, files: base, percent: base === 0 ? 0 : Math.round((exits * 1000) / base) / 10, targetPercent: target },
  }
}

/** The 认定书 of a year in the chair's union (or the staff member's own union): what awaits 认定 and what is done. */
export async function listCertificates(ctx: ActionContext, input: { year: number }): Promise<{ year: number; items: CertificateItem[] }> {
  const unionId = ctx.caller.chair?.unionId ?? ctx.caller.staff?.unionId
  if (!unionId) throw new AppError('FORBIDDEN', '您没有权限执行此操作')
  const certs = await findAll<CertificateDoc>(ctx.deps.store, 'certificates', [
    { field: 'unionId', op: 'eq', value: unionId },
    { field: 'year', op: 'eq', value: input.year },
  ])
  const items = certs.map((c) => ({
    applicationId: c.applicationId,
    year: c.year,
    fileNumber: c.fileNumber,
    name: c.nameMasked,
    status: c.status,
    proposal: c.proposal,
    perCapitaMonthlyIncome: c.perCapitaMonthlyIncomeFen / 100,
    description: c.description,
    causesRemoved: c.causesRemoved,
    exitTestMet: c.exitTestMet,
    ...(c.reason ? { reason: c.reason } : {}),
    evaluators: c.evaluators.map((e) => e.name),
    ...(c.certified ? { certifiedOn: c.certified.date, chairName: c.certified.chairName } : {}),
  }))
  return { year: input.year, items: items.sort((a, b) => a.fileNumber.localeCompare(b.fileNumber)) }
}
