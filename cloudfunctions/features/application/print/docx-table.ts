/**
 * A form table the way Word draws one by hand: each row divides the full
 * width its own way (the seed's rows have 10, 9, 5 or 7 cells), and the
 * table's grid is the union of every row's cell edges, so each cell spans the
 * grid columns between its edges. Rows give their cells as weights.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IBorderOptions,
} from 'docx'

/** A4 portrait in twips (1/20 pt), 15 mm margins. */
export const PAGE = { width: 11906, height: 16838, margin: 850 } as const
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin

/** 小五 (9 pt), in half-points. */
export const BODY_SIZE = 18

export type CellSpec = {
  /** One paragraph per line. */
  lines: readonly string[]
  weight: number
  align?: 'center' | 'left'
  bold?: boolean
  /** Part of a cell merged down: 'restart' on the first row, 'continue' below (same weight in each row). */
  merge?: 'restart' | 'continue'
  /** Leave out the top or bottom edge: a column that reads as one cell over rows that must stay separate. */
  open?: { top?: boolean; bottom?: boolean }
}

export type RowSpec = {
  cells: readonly CellSpec[]
  /** Minimum height in twips. */
  height?: number
  /** Repeated at the top of each page (only leading rows repeat). */
  header?: boolean
}

export const label = (text: string, weight: number): CellSpec => ({ lines: [text], weight })
export const value = (text: string, weight: number, align: 'center' | 'left' = 'center'): CellSpec => ({ lines: [text], weight, align })

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const ROW_HEIGHT = 454 // 8 mm
const CELL_MARGIN = 43 // 0.75 mm

/** Cell edges of a row, in twips from the table's left edge; the last is always the full width. */
function edgesOf(row: RowSpec): number[] {
  const total = row.cells.reduce((sum, cell) => sum + cell.weight, 0)
  let acc = 0
  return row.cells.map((cell) => {
    acc += cell.weight
    return Math.round((acc / total) * CONTENT_WIDTH)
  })
}

function paragraphs(cell: CellSpec): Paragraph[] {
  const alignment = cell.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER
  return cell.lines.map((line) => new Paragraph({ alignment, children: [new TextRun({ text: line, bold: cell.bold })] }))
}

function tableRow(row: RowSpec, grid: readonly number[]): TableRow {
  let start = 0
  const cells = edgesOf(row).map((end, index) => {
    const spec = row.cells[index] as CellSpec
    const columnSpan = grid.filter((edge) => edge > start && edge <= end).length
    const cell = new TableCell({
      children: spec.merge === 'continue' ? [new Paragraph({})] : paragraphs(spec),
      width: { size: end - start, type: WidthType.DXA },
      columnSpan: columnSpan > 1 ? columnSpan : undefined,
      verticalAlign: VerticalAlignTable.CENTER,
      verticalMerge: spec.merge === undefined ? undefined : spec.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
      borders: spec.open ? { ...(spec.open.top ? { top: NONE } : {}), ...(spec.open.bottom ? { bottom: NONE } : {}) } : undefined,
    })
    start = end
    return cell
  })
  return new TableRow({
    children: cells,
    cantSplit: true,
    tableHeader: row.header,
    height: { value: row.height ?? ROW_HEIGHT, rule: HeightRule.ATLEAST },
  })
}

/** Top and bottom rule widths in eighths of a point: 4 is the form's ½ pt line, 0 none. */
export type TableEdges = { top?: number; bottom?: number }

const rule = (size: number): IBorderOptions => (size > 0 ? { ...LINE, size } : NONE)

/**
 * One table of rows. Where two tables meet, their edges share the one line:
 * both half-width (they print as one), or one of them none.
 */
export function formTable(rows: readonly RowSpec[], edges: TableEdges = {}): Table {
  const grid = [...new Set(rows.flatMap(edgesOf))].sort((a, b) => a - b)
  const columnWidths = grid.map((edge, index) => edge - (index === 0 ? 0 : (grid[index - 1] as number)))
  return new Table({
    rows: rows.map((row) => tableRow(row, grid)),
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 28, bottom: 28 },
    borders: { top: rule(edges.top ?? 4), bottom: rule(edges.bottom ?? 4), left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
  })
}

/**
 * What goes between two tables that should read as one: a paragraph a tenth
 * of a point high. Without it Word and LibreOffice join adjacent tables into
 * one, and a header row that is no longer the table's first stops repeating.
 */
export function tableGap(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: 2, lineRule: LineRuleType.EXACT }, children: [new TextRun({ text: '', size: 2 })] })
}
