/** The 解困脱困花名册 as .docx, seed 001 附件5: title, the 基层工会/填表人/填表时间/工会主席 line, one row an exit. */
import { AlignmentType, Document, Packer, PageOrientation, Paragraph, TextRun } from 'docx'
import { chineseDate } from '../application/print/to-printable'
import { BODY_SIZE, formTable, label, value, type RowSpec } from '../application/print/docx-table'
import type { Roster } from './roster'
import { ROSTER_COLUMNS } from './roster-export'

const WEIGHTS = [1, 3, 2, 1, 3.5, 2.5, 2, 4, 2]

export async function renderRosterDocx(roster: Roster): Promise<Buffer> {
  const header: RowSpec = { cells: ROSTER_COLUMNS.map((c, i) => label(c, WEIGHTS[i] ?? 2)), header: true }
  const rows: RowSpec[] = roster.rows.map((r) => ({
    cells: [String(r.index), r.fileNumber, r.name, r.sex, r.idNumber, r.contact, r.category, r.unitOrAddress, r.helperName].map((text, i) =>
      value(text, WEIGHTS[i] ?? 2, i === 7 ? 'left' : 'center'),
    ),
  }))
  const font = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Times New Roman' }
  const line = `基层工会（盖章）：${roster.unionName}    填表人：${roster.filledBy}    填表时间：${chineseDate(roster.filledOn)}    工会主席(签字)：${roster.chairName}`
  const doc = new Document({
    title: `${roster.year}年困难职工解困脱困花名册（${roster.unionName}）`,
    creator: roster.unionName,
    styles: { default: { document: { run: { font, size: BODY_SIZE + 2, language: { value: 'zh-CN', eastAsia: 'zh-CN' } } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 850, bottom: 850, left: 850, right: 850 } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${roster.year}年困难职工解困脱困花名册`, bold: true, size: 32 })] }),
          new Paragraph({ spacing: { before: 120, after: 120 }, children: [new TextRun({ text: line })] }),
          formTable([header, ...rows]),
        ],
      },
    ],
  })
  return Packer.toBuffer(doc)
}
