/**
 * 解困脱困花名册 (seed 001 附件5): a grassroots union's 脱困 exits of a year,
 * with the seed's columns. Staff of that union or above read it, masked; the
 * export (roster-export.ts) carries full numbers and is audited. The header
 * names the 填表人 (the caller), the 填表时间 and the union's chair.
 */
import type { RosterInput } from '../../../src/domain/file/file.schema'
import { personFacts } from '../../../src/domain/file-form/file-facts'
import { AppError } from '../../../src/domain/shared/app-error'
import { maskIdNumber, maskMobile } from '../../../src/domain/shared/mask'
import { isWithin, type Union } from '../../../src/domain/union/union'
import type { ActionContext } from '../../core/action'
import { MAX_LIMIT } from '../../core/ports/store.port'
import { openSealed, type ApplicationDoc } from '../application/application.doc'
import type { RosterRowView } from '../../../src/domain/file/file-views'
import { chairNameOf } from './file-recipients'

/** A row as shown (file-views.ts), with the file it comes from. */
export type RosterRow = RosterRowView & { applicationId: string }

export type Roster = { unionId: string; unionName: string; year: number; filledBy: string; filledOn: string; chairName: string; rows: RosterRow[] }

export const NOT_YOUR_UNION = '工会不存在或不在您的管辖范围内'

export async function rosterUnion(ctx: ActionContext, unionId: string): Promise<Union> {
  const union = await ctx.deps.store.get<Union>('unions', unionId)
  const staff = ctx.caller.staff
  if (!union || !staff || !isWithin(union.path, staff.unionPath)) throw new AppError('NOT_FOUND', NOT_YOUR_UNION, { unionId: NOT_YOUR_UNION })
  return union
}

/** The roster with full numbers when `masked` is false (only for the audited export). */
export async function buildRoster(ctx: ActionContext, input: RosterInput, masked: boolean): Promise<Roster> {
  const union = await rosterUnion(ctx, input.unionId)
  const page = await ctx.deps.store.find<ApplicationDoc>('applications', {
    where: [
      { field: 'unionId', op: 'eq', value: union.id },
      { field: 'exitYear', op: 'eq', value: input.year },
    ],
    limit: MAX_LIMIT,
  })
  const exits = page.items.filter((a) => a.filed && a.cancellation).sort((a, b) => (a.filed?.fileNumber ?? '').localeCompare(b.filed?.fileNumber ?? ''))
  const rows = exits.map((app, i): RosterRow => {
    const { form } = openSealed((s) => ctx.deps.keys.open(s), app)
    const mobile = form.mobile ?? ''
    return {
      index: i + 1,
      fileNumber: app.filed?.fileNumber ?? '',
      name: app.applicantName,
      sex: personFacts(form.idNumber, ctx.today).sex,
      idNumber: masked ? maskIdNumber(form.idNumber) : form.idNumber,
      contact: masked ? maskMobile(mobile) : mobile,
      category: app.filed?.category ?? '',
      unitOrAddress: form.employer || form.address,
      helperName: app.filed?.helperName ?? '',
      exitDate: app.cancellation?.date ?? '',
      applicationId: app.id,
    }
  })
  const chairName = await chairNameOf(ctx.deps, union.id)
  return { unionId: union.id, unionName: union.name, year: input.year, filledBy: ctx.caller.displayName, filledOn: ctx.today, chairName, rows }
}
