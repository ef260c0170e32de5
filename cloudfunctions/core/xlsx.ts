/**
 * Spreadsheets (.xlsx) made with exceljs, the one library the repo uses for
 * them. A sheet is a title row, Chinese headers, one row per record and
 * optional total rows; money columns hold numbers (yuan, two decimals shown)
 * so WPS and Excel can add them up, and a total is a SUM formula that also
 * carries its computed value (readers that do not recalculate still show it).
 * Used by every export (帮扶台账, rosters…): build the bytes here, hand them
 * to the temporary-document helper.
 */
import ExcelJS from 'exceljs'

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export type ColumnKind = 'text' | 'money' | 'integer' | 'date'

export type SheetColumn = { key: string; header: string; kind?: ColumnKind; width?: number }

export type SheetRow = Record<string, string | number | null | undefined>

export type SheetSpec = {
  name: string
  /** Printed above the headers, merged across the columns (e.g. "青石区总工会 2026年帮扶台账"). */
  title?: string
  columns: SheetColumn[]
  rows: SheetRow[]
  /** Rows after the data: `label` in the first column, every money column summed unless `values` gives it. */
  totals?: { label: string; values?: SheetRow; sum?: boolean }[]
}

const MONEY_FORMAT = '#,##0.00'

function columnLetter(index: number): string {
  let n = index + 1
  let letters = ''
  while (n > 0) {
    const rem = (n - 1) % 26
    letters = String.fromCharCode(65 + rem) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name.slice(0, 31))
  const headerRowNumber = spec.title ? 2 : 1
  if (spec.title) {
    sheet.addRow([spec.title]).font = { bold: true, size: 14 }
    sheet.mergeCells(1, 1, 1, spec.columns.length)
  }
  const header = sheet.addRow(spec.columns.map((c) => c.header))
  header.font = { bold: true }
  spec.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1)
    column.width = c.width ?? (c.kind === 'money' ? 12 : 14)
    if (c.kind === 'money') column.numFmt = MONEY_FORMAT
  })
  for (const row of spec.rows) sheet.addRow(spec.columns.map((c) => row[c.key] ?? null))
  const first = headerRowNumber + 1
  const last = headerRowNumber + spec.rows.length
  for (const total of spec.totals ?? []) {
    const values = spec.columns.map((c, i) => {
      if (i === 0) return total.label
      const given = total.values?.[c.key]
      if (given !== undefined) return given
      if (c.kind !== 'money' || total.sum === false) return null
      const result = spec.rows.reduce((sum, r) => sum + (typeof r[c.key] === 'number' ? Math.round((r[c.key] as number) * 100) : 0), 0) / 100
      const letter = columnLetter(i)
      return spec.rows.length ? { formula: `SUM(${letter}${first}:${letter}${last})`, result } : 0
    })
    sheet.addRow(values).font = { bold: true }
  }
  sheet.views = [{ state: 'frozen', ySplit: headerRowNumber }]
}

/** One workbook, one sheet per spec, as the bytes of a .xlsx file. */
export async function renderWorkbook(sheets: SheetSpec[], meta: { creator: string } = { creator: 'bangfu' }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = meta.creator
  for (const spec of sheets) addSheet(workbook, spec)
  const bytes = await workbook.xlsx.writeBuffer()
  return Buffer.from(bytes as ArrayBuffer)
}
