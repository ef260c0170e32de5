/**
 * The 家庭财产、收支情况及致困原因申报表 as a Word document, in seed 001
 * 附件2's layout: the title with its year, the header rows, income, assets,
 * the line of necessary expenses, the ten causes with boxes, and below the
 * table the signature lines of 申报人 and 审核人 with their dates. A4
 * portrait, 宋体, every cell bordered (docx-table.ts).
 */
import { AlignmentType, Document, Footer, Packer, Paragraph, TabStopType, TextRun } from 'docx'
import { BODY_SIZE, CONTENT_WIDTH, PAGE, formTable, label, value, type RowSpec } from './docx-table'
import { SENSITIVE_NOTICE } from './printable-file'
import type { PrintableDeclaration } from './to-printable-declaration'

export const DECLARATION_TITLE = '困难职工家庭财产、收支情况及致困原因申报表'

const yuan = (text: string) => `${text} 元`

function headerRows(p: PrintableDeclaration): RowSpec[] {
  const h = p.header
  return [
    { cells: [label('职工姓名', 3), value(h.name, 5), label('性别', 3), value(h.sex, 4), label('年龄', 3), value(h.age, 4)] },
    { cells: [label('身份证号', 3), value(h.idNumber, 9), label('婚姻状况', 3), value(h.maritalStatus, 7)] },
    { cells: [label('工作单位', 3), value(h.employer, 9, 'left'), label('家庭人口', 3), value(h.householdSize, 7)] },
  ]
}

function incomeRows(p: PrintableDeclaration): RowSpec[] {
  const i = p.income
  return [
    { cells: [label('本人近半年工薪总收入', 6), value(yuan(i.ownWagesHalfYear), 5), label('全家工薪总收入', 6), value(yuan(i.householdWagesHalfYear), 5)] },
    {
      cells: [
        label('本人本年度非工薪总收入（包括投资收入、利息、稿费、救济等）', 6),
        value(yuan(i.ownNonWageIncomeYear), 5),
        label('全家年度非工薪总收入（包括离退休金、社会救济、经营净收入、租金收入、利息、红利、稿费等所有收入）', 6),
        value(yuan(i.householdNonWageIncomeYear), 5),
      ],
    },
    {
      cells: [
        label('全部家庭成员近6个月总收入（包括离退休金、工薪收入、经营净收入、投资收入、租金、利息、稿费、救济等）', 6),
        value(yuan(i.householdIncomeHalfYear), 5),
        label('全部家庭成员人均每月收入', 6),
        value(yuan(i.monthlyPerCapita), 5),
      ],
    },
    { cells: [label('是否正在领取低保', 6), value(i.receivesDibao, 16)] },
  ]
}

function assetRows(p: PrintableDeclaration): RowSpec[] {
  const a = p.assets
  return [
    { cells: [label('自有产权住房（套）', 6), value(a.ownedHomes, 5), label('经营性商业店铺（m2）', 6), value(a.shopArea, 5)] },
    { cells: [label('非受雇佣机动车、船、工程机械及大型农机具等', 6), value(a.vehicles, 5, 'left'), label('其它资产', 6), value(a.otherAssets, 5, 'left')] },
  ]
}

function needRows(p: PrintableDeclaration): RowSpec[] {
  const causes = p.causes.map((c, i) => `${i + 1}.${c.label}${c.checked ? '☑' : '□'}`).join('    ')
  return [
    { height: 700, cells: [label('家庭生活年度必须支出项目', 6), value(p.expenses, 16, 'left')] },
    { height: 900, cells: [label('主要致困原因', 6), value(causes, 16, 'left')] },
  ]
}

/** 申报人 on the left, 审核人 on the right, each with a date line under it: signed by hand. */
function signatureLines(): Paragraph[] {
  const tabStops = [{ type: TabStopType.LEFT, position: Math.round(CONTENT_WIDTH * 0.55) }]
  const line = (left: string, right: string, before: number) =>
    new Paragraph({ tabStops, spacing: { before }, children: [new TextRun({ text: `${left}\t${right}`, size: 21 })] })
  return [line('申报人（签字）：', '审核人（签字）：', 480), line('        年    月    日', '        年    月    日', 360)]
}

export async function renderDeclarationDocx(p: PrintableDeclaration): Promise<Buffer> {
  const font = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Times New Roman' }
  const title = `${p.year}年度${DECLARATION_TITLE}`
  const doc = new Document({
    title: `${title}（${p.header.name}）`,
    creator: p.unionName,
    styles: { default: { document: { run: { font, size: BODY_SIZE, language: { value: 'zh-CN', eastAsia: 'zh-CN' } } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: 1020, bottom: 1020, left: PAGE.margin, right: PAGE.margin } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: SENSITIVE_NOTICE, size: 16 })] })],
          }),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 200 },
            children: [new TextRun({ text: title, bold: true, size: 32, font: { eastAsia: 'SimHei' } })],
          }),
          formTable([...headerRows(p), ...incomeRows(p), ...assetRows(p), ...needRows(p)]),
          ...signatureLines(),
        ],
      },
    ],
  })
  return Packer.toBuffer(doc)
}
