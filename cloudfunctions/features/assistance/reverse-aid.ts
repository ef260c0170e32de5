/**
 * 冲销: an aid entry is never edited. Staff of the owning union or above
 * reverse it with a reason: a new entry with the negated amounts points at
 * the original, and the original is marked with who reversed it, when and
 * why. Both stay in the ledger; a corrected entry is then recorded anew.
 * A reversal cannot itself be reversed, nor an entry twice.
 * The reversal is dated the day it is made (and `recordedBy.at` keeps the
 * moment, for the audit trail) but counts in the year of the entry it
 * reverses, so reversing last year's aid nets last year's totals.
 */
import type { AidEntryView } from '../../../src/domain/assistance/assistance-views'
import { AppError } from '../../../src/domain/shared/app-error'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import { toAidView, type AidDoc } from './assistance.doc'
import { loadHousehold } from './household'

const NOT_FOUND = '帮扶记录不存在或您无权修改'

export async function reverseAid(ctx: ActionContext, input: { entryId: string; reason: string }): Promise<{ reversed: AidEntryView; reversal: AidEntryView }> {
  const original = await ctx.deps.store.get<AidDoc>('aid', input.entryId)
  if (!original) throw new AppError('NOT_FOUND', NOT_FOUND)
  await loadHousehold(ctx, original.applicationId, ['staff']).catch(() => {
    throw new AppError('NOT_FOUND', NOT_FOUND)
  })
  if (original.reverses) throw new AppError('CONFLICT', '冲销记录不能再冲销，如有错误请重新登记一笔帮扶')
  if (original.reversedBy) throw new AppError('CONFLICT', `该记录已于${original.reversedBy.at.slice(0, 10)}由${original.reversedBy.name}冲销`)
  const id = ctx.deps.ids.next('aid_')
  const { id: _id, version: _version, reversedBy: _r, campaignId: _c, receipt: _receipt, ...kept } = original
  const reversal: AidDoc = {
    ...kept,
    amountFen: -original.amountFen,
    ...(original.goods ? { goods: { name: original.goods.name, valueFen: -original.goods.valueFen } } : {}),
    date: ctx.today,
    year: original.year,
    remarks: `冲销${original.date}的记录：${input.reason}`,
    handledBy: ctx.caller.displayName,
    recordedBy: { id: ctx.caller.userId, name: ctx.caller.displayName, at: ctx.now },
    reverses: { entryId: original.id, reason: input.reason },
  }
  return ctx.transact(async (tx) => {
    const saved = await tx.insert<AidDoc>('aid', id, reversal)
    const reversedBy = { entryId: id, name: ctx.caller.displayName, at: ctx.now, reason: input.reason }
    const marked = await tx.update<AidDoc>('aid', original.id, original.version, { reversedBy })
    await audit(ctx, tx, { action: 'assistance.reverse', targetCollection: 'aid', targetId: original.id, fields: ['reversedBy'], note: `aid/${id}` })
    return { reversed: toAidView(marked), reversal: toAidView(saved) }
  })
}
