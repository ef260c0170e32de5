/**
 * 帮扶台账: the aid entries of one household (its staff, its helpers, the
 * worker themself) or of a staff member's subtree, optionally one year, with
 * totals by fund level, kind and year. Reversals count negative, so totals
 * are what was really given. Amounts leave in yuan. In one household's
 * ledger its staff and helpers also get a 5-minute link to each signed
 * receipt (签收单照片), all signed in one batch; the worker and the
 * subtree-wide ledger get none.
 */
import type { AidEntryView, Ledger, LedgerTotals } from '../../../src/domain/assistance/assistance-views'
import { AppError } from '../../../src/domain/shared/app-error'
import { fenToYuan } from '../../../src/domain/shared/money'
import type { ActionContext } from '../../core/action'
import type { Condition, Doc } from '../../core/ports/store.port'
import { signedLinks } from '../uploads/uploads'
import { toAidView, type AidDoc } from './assistance.doc'
import { loadHousehold, subtreeOf } from './household'

/** A ledger answers at most this many entries; totals beyond it would need the statistics job. */
export const LEDGER_MAX = 5000

export type LedgerInput = { applicationId?: string | undefined; year?: number | undefined }

/** The entries to read, and whether the caller may see receipt photos (staff or helper of the one household asked for). */
async function whereOf(ctx: ActionContext, input: LedgerInput): Promise<{ where: Condition[]; receipts: boolean }> {
  const year: Condition[] = input.year ? [{ field: 'year', op: 'eq', value: input.year }] : []
  if (input.applicationId) {
    const { relations } = await loadHousehold(ctx, input.applicationId, ['staff', 'helper', 'worker'])
    const receipts = relations.includes('staff') || relations.includes('helper')
    return { where: [{ field: 'applicationId', op: 'eq', value: input.applicationId }, ...year], receipts }
  }
  if (ctx.caller.staff) return { where: [...year, subtreeOf(ctx.caller.staff.unionId)], receipts: false }
  if (ctx.caller.roles.includes('employee')) return { where: [{ field: 'applicantId', op: 'eq', value: ctx.caller.userId }, ...year], receipts: false }
  throw new AppError('INVALID_INPUT', '请选择要查看台账的帮扶户', { applicationId: '请选择要查看台账的帮扶户' })
}

/** Every entry matching, newest first, up to LEDGER_MAX. */
export async function aidEntries(ctx: ActionContext, where: Condition[]): Promise<{ docs: Doc<AidDoc>[]; truncated: boolean }> {
  const docs: Doc<AidDoc>[] = []
  let cursor: string | undefined
  do {
    const page = await ctx.deps.store.find<AidDoc>('aid', { where, orderBy: { field: 'date', direction: 'desc' }, limit: 1000, ...(cursor ? { cursor } : {}) })
    docs.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor && docs.length < LEDGER_MAX)
  return { docs: docs.slice(0, LEDGER_MAX), truncated: Boolean(cursor) || docs.length > LEDGER_MAX }
}

export type FenTotals = {
  byFundLevel: Record<string, number>
  byKind: Record<string, number>
  byYear: Record<string, number>
  amountFen: number
  goodsFen: number
}

export function totalsInFen(docs: readonly AidDoc[]): FenTotals {
  const t: FenTotals = { byFundLevel: {}, byKind: {}, byYear: {}, amountFen: 0, goodsFen: 0 }
  const add = (map: Record<string, number>, key: string, fen: number) => (map[key] = (map[key] ?? 0) + fen)
  for (const d of docs) {
    add(t.byFundLevel, d.fundLevel, d.amountFen)
    add(t.byKind, d.kind, d.amountFen)
    add(t.byYear, String(d.year), d.amountFen)
    t.amountFen += d.amountFen
    t.goodsFen += d.goods?.valueFen ?? 0
  }
  return t
}

const yuanOf = (map: Record<string, number>) => Object.fromEntries(Object.entries(map).map(([k, fen]) => [k, fenToYuan(fen)]))

export function toTotals(t: FenTotals): LedgerTotals & { goodsValue: number; total: number } {
  return {
    ...{ byFundLevel: yuanOf(t.byFundLevel), byKind: yuanOf(t.byKind), byYear: yuanOf(t.byYear) },
    ...{ amount: fenToYuan(t.amountFen), goodsValue: fenToYuan(t.goodsFen), total: fenToYuan(t.amountFen + t.goodsFen) },
  }
}

/** Each entry's view, with `receiptUrl` on those with a receipt when the caller may see it. */
async function entryViews(ctx: ActionContext, docs: readonly Doc<AidDoc>[], receipts: boolean): Promise<AidEntryView[]> {
  const withReceipt = receipts ? docs.filter((d) => d.receipt) : []
  const links = await (withReceipt.length
    ? signedLinks(
        ctx.deps,
        withReceipt.map((d) => d.receipt!),
      )
    : Promise.resolve([]))
  const linkOf = new Map(withReceipt.map((d, i) => [d.id, links[i]]))
  return docs.map((d) => {
    const url = linkOf.get(d.id)
    return url ? { ...toAidView(d), receiptUrl: url } : toAidView(d)
  })
}

export async function ledger(ctx: ActionContext, input: LedgerInput): Promise<Ledger> {
  const { where, receipts } = await whereOf(ctx, input)
  const { docs, truncated } = await aidEntries(ctx, where)
  return { entries: await entryViews(ctx, docs, receipts), totals: toTotals(totalsInFen(docs)), truncated }
}
