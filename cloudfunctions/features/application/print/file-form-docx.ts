/**
 * The 困难职工档案表 as a Word document, in the seeds' layout (seed 002
 * 附件1, seed 000 附件): the header rows, the worker block as rows of labels
 * over rows of values, 家庭主要成员 one row per member (its header repeats
 * on each page), 致困原因, the bank account, 附件, the targeting decision,
 * 备注 and the signatures. A4 portrait, 宋体, every cell bordered.
 */
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun, type Table } from 'docx'
import { BODY_SIZE, PAGE, formTable, label, tableGap, value, type CellSpec, type RowSpec } from './docx-table'
import {
  chineseCount,
  MEMBER_COLUMNS,
  SENSITIVE_NOTICE,
  WORKER_PAIRS,
  WORKER_ROWS,
  type PrintableFile,
  type PrintableMember,
  type WorkerLabel,
} from './printable-file'

export const TITLE = '困难职工档案表'

/**
 * Relative widths of the worker block's cells, row by row: roughly the twips
 * the longer of label and value needs at 9 pt in 宋体 with Times New Roman digits
 * (an 18-digit ID 1,800), scaled to the page's width.
 */
const WORKER_WEIGHTS: Record<WorkerLabel, number> = {
  ...{ 姓名: 750, 民族: 700, 性别: 460, 政治面貌: 820, 身份证号: 1800, 出生日期: 950, 健康状况: 880, '疾病/残疾类别': 1200, 工作状态: 1000, 劳模类型: 980 },
  ...{ 住房类型: 1000, 建筑面积: 900, 手机号码: 1100, 其他联系方式: 1200, 邮政编码: 820, 工作时间: 820, 所属行业: 1300, 婚姻状况: 820, 户口类型: 900 },
  ...{ 家庭住址: 30, 工作单位: 20, 单位性质: 10, 企业状况: 8, 是否单亲: 6 },
  ...{ 本人月平均收入: 1350, 家庭其他非薪资年收入: 1900, 家庭年度总收入: 1350, 家庭人口: 820, 家庭月人均收入: 1350, 户口所在地行政区划: 1720, 医保状况: 820 },
  ...{ 是否有一定自救能力: 3, 是否为零就业家庭: 3 },
}

/** 家庭主要成员: the label column first, then the seed's columns (same units as above). */
const MEMBER_WEIGHTS = [450, 650, 460, 460, 820, 1800, 950, 720, 950, 1000, 820, 1126]

/** A label set down a narrow merged cell, a character or two a line, as the seed does. */
const down = (lines: string[], weight: number, merge: 'restart' | 'continue'): CellSpec => ({ lines, weight, merge })

function headerRows(p: PrintableFile): RowSpec[] {
  const pairs: [string, string][] = [
    ['职工编号', p.fileNumber],
    ['困难类别', p.category],
    ['档案类型', p.fileType],
    ['档案级别', p.fileLevel],
  ]
  return [{ cells: pairs.flatMap(([l, v]) => [label(l, 3), value(v, 5)]) }, { cells: [label('建档标准', 3), value(p.criterion, 29, 'left')] }]
}

function workerRows(p: PrintableFile): RowSpec[] {
  const rows = WORKER_ROWS.flatMap((labels): RowSpec[] => [
    { cells: labels.map((l) => label(l, WORKER_WEIGHTS[l])) },
    { cells: labels.map((l) => value(p.worker[l], WORKER_WEIGHTS[l], l === '家庭住址' || l === '工作单位' ? 'left' : 'center')) },
  ])
  const pairs = WORKER_PAIRS.flatMap((l) => [label(l, WORKER_WEIGHTS[l]), value(p.worker[l], 2)])
  return [...rows, { cells: pairs }]
}

/**
 * The label column reads as one cell, as in the seed, but is not merged: a
 * header row merged into the rows below would not repeat on the next page.
 */
function memberRows(p: PrintableFile): RowSpec[] {
  const weight = (i: number) => MEMBER_WEIGHTS[i] as number
  const title: CellSpec = { lines: ['家庭', '主要', '成员'], weight: weight(0), open: { bottom: true } }
  const header: RowSpec = { header: true, cells: [title, ...MEMBER_COLUMNS.map((c, i) => label(c, weight(i + 1)))] }
  const blank = Object.fromEntries(MEMBER_COLUMNS.map((c) => [c, ''])) as PrintableMember
  const members = p.members.length > 0 ? p.members : [blank, blank]
  const rows = members.map((m, index): RowSpec => {
    const side: CellSpec = { lines: [''], weight: weight(0), open: { top: true, bottom: index < members.length - 1 } }
    return { cells: [side, ...MEMBER_COLUMNS.map((c, i) => value(m[c], weight(i + 1), c === '单位或学校' ? 'left' : 'center'))] }
  })
  return [header, ...rows]
}

function causeRows(p: PrintableFile): RowSpec[] {
  const c = p.causes
  const title = down(['致困原因', '(个人或家庭成员)'], 4, 'restart')
  const secondary = c.secondary.join('、')
  return [
    {
      cells: [
        title,
        value(`主要致困原因（限选一项）：${c.main}`, 13, 'left'),
        value(`次要致困原因（最多选${chineseCount(c.maxSecondary)}项）：${secondary}`, 19, 'left'),
      ],
    },
    {
      cells: [
        { ...title, merge: 'continue' },
        label('年度必要支出', 5),
        value(c.annualNecessaryExpense, 8),
        label('其他(文字描述)', 5),
        value(c.note, 14, 'left'),
      ],
    },
  ]
}

function bankRows(p: PrintableFile): RowSpec[] {
  const b = p.bank
  return [{ cells: [label('开户银行', 4), value(b.bankName, 6), label('支行名称', 4), value(b.branch, 7), label('银行卡号', 4), value(b.cardNumber, 11)] }]
}

function attachmentRows(p: PrintableFile): RowSpec[] {
  const title = down(['附件'], 4, 'restart')
  const rows = p.attachments.length > 0 ? p.attachments : [{ type: '', name: '', remark: '' }]
  return [
    { cells: [title, label('附件类型', 8), label('附件名称', 12), label('备注', 12)] },
    ...rows.map((a): RowSpec => ({ cells: [{ ...title, merge: 'continue' }, value(a.type, 8), value(a.name, 12, 'left'), value(a.remark, 12, 'left')] })),
  ]
}

function targetingRows(p: PrintableFile): RowSpec[] {
  const t = p.targeting
  const mark = (yes: boolean) => (t.isTarget === yes ? '√' : '  ')
  const when = t.decidedOn || '      年    月    日 '
  const question = `建档人或审核人确定困难职工是否为解困脱困对象（ ${mark(true)}是    ${mark(false)}否 ）（确定时间：${when}），对解困脱困对象确定以下类别中的选项`
  const groups = t.groups.flatMap((g): CellSpec[] => {
    const options = g.options.map((o, i) => `（${o.checked ? '√' : '  '}）${i + 1}.${o.label}`)
    return [
      { lines: g.titleLines, weight: 2.6 },
      { lines: options, weight: 10, align: 'left' },
    ]
  })
  return [{ cells: [value(question, 1, 'left')] }, { cells: groups }]
}

function signatureRows(p: PrintableFile): RowSpec[] {
  const people: [string, string][] = [
    ['建档人', p.builtBy],
    ['审核人', p.approvedBy],
    ['帮扶单位', p.helperUnit],
    ['帮扶责任人', p.helperName],
    ['录入人', p.enteredBy],
  ]
  const weights = [3, 4, 3, 4, 4, 5, 5, 4, 3, 4]
  return [
    {
      height: 900,
      cells: [label('备注', 4), value(p.remarks, 14, 'left'), label('职工签字', 4), value('', 6), label('填表日期', 4), value(p.filledOn, 6)],
    },
    { cells: people.flatMap(([l, v], i) => [label(l, weights[2 * i] as number), value(v, weights[2 * i + 1] as number)]) },
  ]
}

function bodyOf(p: PrintableFile): (Paragraph | Table)[] {
  const rest = [...causeRows(p), ...bankRows(p), ...attachmentRows(p), ...targetingRows(p), ...signatureRows(p)]
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: TITLE, bold: true, size: 36, font: { eastAsia: 'SimHei' } })],
    }),
    new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: `建档单位：${p.unionName}`, size: 21 })] }),
    // The first table always ends on page 1, so the members' top rule alone draws that line; the
    // members may end a page, so they and what follows each draw half of theirs.
    formTable([...headerRows(p), ...workerRows(p)], { bottom: 0 }),
    tableGap(),
    formTable(memberRows(p), { bottom: 2 }),
    tableGap(),
    formTable(rest, { top: 2 }),
  ]
}

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [SENSITIVE_NOTICE, '    第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'], size: 16 })],
      }),
    ],
  })
}

export async function renderFileFormDocx(p: PrintableFile): Promise<Buffer> {
  // 宋体 for Chinese, Times New Roman for digits and Latin letters, as Chinese official forms print them.
  const font = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Times New Roman' }
  const doc = new Document({
    title: `${TITLE}（${p.worker.姓名}）`,
    creator: p.unionName,
    styles: { default: { document: { run: { font, size: BODY_SIZE, language: { value: 'zh-CN', eastAsia: 'zh-CN' } } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: 1020, bottom: 1020, left: PAGE.margin, right: PAGE.margin } } },
        footers: { default: footer() },
        children: bodyOf(p),
      },
    ],
  })
  return Packer.toBuffer(doc)
}
