/**
 * The roster as .xlsx (seed 001 附件5 columns), with full ID numbers and
 * phones for the paper the chair signs: made on demand, audited, stored
 * privately and reached through a 5-minute link (core/temporary-document.ts).
 */
import ExcelJS from 'exceljs'
import type { RosterInput } from '../../../src/domain/file/file.schema'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import { temporaryDocument } from '../../core/temporary-document'
import { buildRoster, type Roster } from './roster'
import { renderRosterDocx } from './roster-docx'

export const ROSTER_COLUMNS = ['序号', '档案号', '姓名', '性别', '身份证号', '联系方式', '困难类别', '工作单位或家庭住址', '帮扶责任人姓名'] as const

export async function rosterXlsx(roster: Roster): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet(`${roster.year}年花名册`)
  sheet.mergeCells(1, 1, 1, ROSTER_COLUMNS.length)
  sheet.getCell(1, 1).value = `${roster.year}年困难职工解困脱困花名册`
  sheet.getCell(1, 1).font = { bold: true, size: 16 }
  sheet.getCell(1, 1).alignment = { horizontal: 'center' }
  sheet.mergeCells(2, 1, 2, ROSTER_COLUMNS.length)
  sheet.getCell(2, 1).value =
    `基层工会（盖章）：${roster.unionName}    填表人：${roster.filledBy}    填表时间：${roster.filledOn}    工会主席(签字)：${roster.chairName}`
  sheet.addRow([...ROSTER_COLUMNS]).font = { bold: true }
  for (const r of roster.rows) sheet.addRow([r.index, r.fileNumber, r.name, r.sex, r.idNumber, r.contact, r.category, r.unitOrAddress, r.helperName])
  sheet.columns.forEach((column, i) => (column.width = [6, 20, 10, 6, 22, 14, 12, 30, 14][i] ?? 12))
  return Buffer.from(await book.xlsx.writeBuffer())
}

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const

export async function rosterExport(
  ctx: ActionContext,
  input: RosterInput & { format?: 'xlsx' | 'docx' | undefined },
): Promise<{ url: string; expiresInSeconds: number; rows: number }> {
  const roster = await buildRoster(ctx, input, false)
  const format = input.format ?? 'xlsx'
  const bytes = format === 'xlsx' ? await rosterXlsx(roster) : await renderRosterDocx(roster)
  // A read action: the audit entry is written on its own, the export being the only effect.
  await audit(ctx, ctx.deps.store, { action: 'files.rosterExport', targetCollection: 'unions', targetId: roster.unionId, fields: ['idNumber', 'mobile'] })
  const name = `roster-${roster.unionId}-${roster.year}.${format}`
  return { ...(await temporaryDocument(ctx, { name, bytes, contentType: TYPES[format] })), rows: roster.rows.length }
}
