/**
 * 我的帮扶户: the filed households the caller is paired with (as primary or
 * second helper), masked, each with this year's visits against the target,
 * the last visit, the windows due or overdue, and whether the latest updated
 * incomes make it an exit candidate. Most urgent first: overdue, then due.
 */
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { maskName } from '../../../src/domain/shared/mask'
import { summaryStatus } from '../../../src/domain/visit/visit-status'
import type { HouseholdRef, MyHousehold } from '../../../src/domain/visit/visit-views'
import type { ActionContext } from '../../core/action'
import type { Doc } from '../../core/ports/store.port'
import { filedOn, type FileDoc } from './visit.doc'
import { householdsOf, visitFiguresOf } from './visit-queries'

export function householdRef(file: Doc<FileDoc>): HouseholdRef {
  return {
    applicationId: file.id,
    fileNumber: file.filed.fileNumber,
    name: maskName(file.applicantName),
    idNumberMasked: file.idNumberMasked,
    category: file.filed.category,
    union: { id: file.unionId, name: file.unionName },
  }
}

const urgency = (h: MyHousehold) => (h.status.overdue.length ? 0 : h.status.due.length ? 1 : 2)

export async function myHouseholds(ctx: ActionContext): Promise<{ year: number; households: MyHousehold[] }> {
  const paired = await householdsOf(ctx.deps.store, ctx.caller.userId)
  // The figures kept on each file: no visit is read, however many the households have.
  const figures = await visitFiguresOf(
    ctx.deps.store,
    paired.map((p) => p.file),
    Number(ctx.today.slice(0, 4)),
  )
  const households = paired.map(({ file, role }): MyHousehold => {
    const own = figures.get(file.id)
    const status = summaryStatus({ filedOn: filedOn(file) }, own, ctx.today, resolvePolicy(file.regionCode, ctx.today).visits)
    return { ...householdRef(file), householdSize: file.householdSize, role, status, exitCandidate: own?.latestIncome?.exitCandidate ?? false }
  })
  households.sort((a, b) => urgency(a) - urgency(b) || a.fileNumber.localeCompare(b.fileNumber))
  return { year: Number(ctx.today.slice(0, 4)), households }
}
