/**
 * 帮扶台账 as .xlsx: per household (its staff and helpers) or per union and
 * year (staff, a union in their subtree). One row per aid entry, reversals
 * included, then totals by fund level and kind and the grand total; amounts
 * are numbers in yuan. Making it is audited; the file is handed out through
 * a five-minute link and the answer recorded for a retry holds no link.
 */
import { AppError } from '../../../src/domain/shared/app-error'
import { fenToYuan } from '../../../src/domain/shared/money'
import type { Union } from '../../../src/domain/union/union'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import type { Condition, Doc } from '../../core/ports/store.port'
import { renderWorkbook, XLSX_TYPE, type SheetColumn, type SheetSpec } from '../../core/xlsx'
import { totalFen, type AidDoc } from './assistance.doc'
import { handOut } from './hand-out'
import { loadHousehold, subtreeOf } from './household'
import { aidEntries, totalsInFen } from './ledger'

export type ExportInput = { applicationId?: string | undefined; unionId?: string | undefined; year?: number | undefined }

export const LEDGER_COLUMNS: SheetColumn[] = [
  { key: 'date', header: '帮扶日期', width: 12 },
  { key: 'fileNumber', header: '档案编号', width: 20 },
  { key: 'name', header: '职工姓名', width: 10 },
  { key: 'union', header: '所属工会', width: 20 },
  { key: 'kind', header: '帮扶类别', width: 10 },
  { key: 'amount', header: '帮扶金额（元）', kind: 'money' },
  { key: 'goods', header: '物资', width: 14 },
  { key: 'goodsValue', header: '物资折价（元）', kind: 'money' },
  { key: 'total', header: '合计（元）', kind: 'money' },
  { key: 'fundLevel', header: '资金级别', width: 10 },
  { key: 'fund', header: '资金来源', width: 14 },
  { key: 'project', header: '项目名称', width: 16 },
  { key: 'handledBy', header: '经办人', width: 10 },
  { key: 'remarks', header: '备注', width: 30 },
]

function rowOf(d: AidDoc) {
  const reversal = d.reverses ? '（冲销）' : d.reversedBy ? `（已于${d.reversedBy.at.slice(0, 10)}冲销）` : ''
  return {
    ...{ date: d.date, fileNumber: d.fileNumber, name: d.applicantName, union: d.unionName, kind: d.kind, amount: fenToYuan(d.amountFen) },
    ...{ goods: d.goods?.name ?? '', goodsValue: fenToYuan(d.goods?.valueFen ?? 0), total: fenToYuan(totalFen(d)), fundLevel: d.fundLevel },
    ...{ fund: d.fund ?? '', project: d.project ?? '', handledBy: d.handledBy, remarks: `${reversal}${d.remarks ?? ''}` },
  }
}

async function scopeOf(ctx: ActionContext, input: ExportInput): Promise<{ where: Condition[]; title: string; name: string }> {
  const year: Condition[] = input.year ? [{ field: 'year', op: 'eq', value: input.year }] : []
  const yearText = input.year ? `${input.year}年` : ''
  if (input.applicationId) {
    const { file } = await loadHousehold(ctx, input.applicationId, ['staff', 'helper'])
    const where: Condition[] = [{ field: 'applicationId', op: 'eq', value: file.id }, ...year]
    return { where, title: `${file.applicantName}家（档案号${file.filed.fileNumber}）${yearText}帮扶台账`, name: `ledger-${file.filed.fileNumber}.xlsx` }
  }
  const staff = ctx.caller.staff
  if (!staff) throw new AppError('INVALID_INPUT', '请选择要导出台账的帮扶户', { applicationId: '请选择要导出台账的帮扶户' })
  const union = await ctx.deps.store.get<Union>('unions', input.unionId ?? staff.unionId)
  if (!union || !union.path.startsWith(staff.unionPath))
    throw new AppError('INVALID_INPUT', '只能导出本工会及下级工会的台账', { unionId: '只能导出本工会及下级工会的台账' })
  return {
    where: [...year, subtreeOf(union.id)],
    title: `${union.name}${yearText}帮扶台账`,
    name: `ledger-${union.id}${input.year ? `-${input.year}` : ''}.xlsx`,
  }
}

export function ledgerSheets(title: string, docs: readonly Doc<AidDoc>[]): SheetSpec[] {
  const t = totalsInFen(docs)
  const group = (label: string, map: Record<string, number>) =>
    Object.entries(map).map(([key, fen]) => ({ label: `${label}：${key}`, values: { amount: fenToYuan(fen) }, sum: false }))
  const rows = [...docs].sort((a, b) => a.date.localeCompare(b.date) || a.recordedBy.at.localeCompare(b.recordedBy.at)).map(rowOf)
  return [
    { name: '帮扶台账', title, columns: LEDGER_COLUMNS, rows, totals: [{ label: '合计' }] },
    {
      name: '汇总',
      title: `${title}汇总（元）`,
      columns: [
        { key: 'item', header: '项目', width: 24 },
        { key: 'amount', header: '帮扶金额（元）', kind: 'money' },
      ],
      rows: [
        ...group('资金级别', t.byFundLevel).map((g) => ({ item: g.label, amount: g.values.amount })),
        ...group('帮扶类别', t.byKind).map((g) => ({ item: g.label, amount: g.values.amount })),
        ...group('年度', t.byYear).map((g) => ({ item: g.label, amount: g.values.amount })),
        { item: '物资折价合计', amount: fenToYuan(t.goodsFen) },
        { item: '帮扶金额合计', amount: fenToYuan(t.amountFen) },
      ],
    },
  ]
}

export async function exportLedger(ctx: ActionContext, input: ExportInput): Promise<{ entries: number; url?: string; expiresInSeconds?: number }> {
  const scope = await scopeOf(ctx, input)
  const { docs } = await aidEntries(ctx, scope.where)
  const bytes = await renderWorkbook(ledgerSheets(scope.title, docs))
  const recorded = await ctx.transact(async (tx) => {
    await audit(ctx, tx, {
      action: 'assistance.export',
      targetCollection: 'aid',
      targetId: input.applicationId ?? input.unionId ?? ctx.caller.staff?.unionId ?? '',
      fields: ['ledger'],
      note: scope.title,
    })
    return { entries: docs.length }
  })
  return { ...recorded, ...(await handOut(ctx, { name: scope.name, bytes, contentType: XLSX_TYPE })) }
}
