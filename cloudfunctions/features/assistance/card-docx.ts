/**
 * 困难职工解困脱困联系卡, both copies, in seed 001 附件3's layout: the title,
 * then one bordered table — the helper's copy (帮扶责任人存) with 职工编号,
 * name, sex, birth month, 家庭住址, 工作单位, 家庭主要成员, 致困原因 and
 * 困难类别, the deadline ("____年__月底前实现解困脱困") beside 联系方式,
 * 帮扶单位 and 帮扶责任人; the worker's copy (困难职工存) with the helper's
 * 职务 and 联系方式, the union contact's 姓名/职务/联系方式, the measures
 * and plans with a box each (☑ ticked, □ not) and 备注. A4 portrait, 宋体.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx'
import { CARD_COPY_LABELS, type CardCopy } from '../../../src/domain/assistance/assistance.schema'
import type { WorkerCard } from '../../../src/domain/assistance/assistance-views'
import { BODY_SIZE, PAGE, formTable, label, value, type RowSpec } from '../application/print/docx-table'
import type { HelperCard } from './card-facts'

export const CARD_TITLE = '困难职工解困脱困联系卡'
const TALL = 680

function helperRows(c: HelperCard): RowSpec[] {
  return [
    {
      cells: [
        label('职工编号', 10),
        value(c.fileNumber, 17),
        label('职工姓名', 10),
        value(c.name, 10),
        label('性别', 6),
        value(c.sex, 5),
        label('出生年月', 10),
        value(c.birthMonth, 10),
      ],
    },
    { cells: [label('家庭住址', 10), value(c.address, 68, 'left')] },
    { cells: [label('工作单位', 10), value(c.employer, 68, 'left')] },
    { cells: [{ lines: ['家庭主要', '成员'], weight: 10 }, value(c.members, 68, 'left')], height: TALL },
    { cells: [label('致困原因', 10), value(c.causes, 37, 'left'), label('困难类别', 10), value(c.category, 21)] },
    { cells: [{ lines: ['帮扶任务', '完成时限'], weight: 10 }, value(c.deadlineText, 37), label('联系方式', 10), value(c.mobile, 21)] },
    { cells: [label('帮扶单位', 10), value(c.helperUnit, 37), label('帮扶责任人', 10), value(c.helperName, 21)] },
  ]
}

const options = (items: WorkerCard['measures'], other: string | undefined) =>
  items
    .map(
      (item, i) =>
        `${i + 1}.${item.label.replace(/（注明）$/, '')}${item.ticked ? '☑' : '□'}${item.label.endsWith('（注明）') ? `（注明）：${other ?? ''}` : ''}`,
    )
    .join('； ')

function workerRows(c: WorkerCard): RowSpec[] {
  return [
    { cells: [label('职工姓名', 12), value(c.name, 16), label('性别', 8), value(c.sex, 10), label('出生年月', 12), value(c.birthMonth, 20)] },
    { cells: [label('帮扶单位', 12), value(c.helperUnit, 66, 'left')] },
    {
      cells: [label('帮扶责任人', 12), value(c.helper.name, 16), label('职务', 8), value(c.helper.title, 10), label('联系方式', 12), value(c.helper.phone, 20)],
    },
    {
      cells: [
        { lines: ['困难职工所属工会', '联络人姓名'], weight: 12 },
        value(c.contact.name, 16),
        label('职务', 8),
        value(c.contact.title, 10),
        label('联系方式', 12),
        value(c.contact.phone, 20),
      ],
    },
    { cells: [{ lines: ['解困脱困', '措施选项'], weight: 12 }, value(options(c.measures, c.otherMeasure), 66, 'left')], height: TALL },
    { cells: [{ lines: ['解困脱困', '计划选项'], weight: 12 }, value(options(c.plans, c.otherPlan), 66, 'left')], height: TALL },
    { cells: [label('备注', 12), value(c.notes ?? '', 66, 'left')], height: TALL },
  ]
}

const title = (copy: CardCopy) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    children: [new TextRun({ text: `${CARD_TITLE}（${CARD_COPY_LABELS[copy]}）`, bold: true, size: 32 })],
  })

export async function renderCardDocx(card: { copy: 'helper'; data: HelperCard } | { copy: 'worker'; data: WorkerCard }, creator: string): Promise<Buffer> {
  const font = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Times New Roman' }
  const table = card.copy === 'helper' ? formTable(helperRows(card.data)) : formTable(workerRows(card.data))
  const doc = new Document({
    title: `${CARD_TITLE}（${CARD_COPY_LABELS[card.copy]}）`,
    creator,
    styles: { default: { document: { run: { font, size: BODY_SIZE + 3, language: { value: 'zh-CN', eastAsia: 'zh-CN' } } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: 1440, bottom: 1440, left: PAGE.margin, right: PAGE.margin } } },
        children: [title(card.copy), table],
      },
    ],
  })
  return Packer.toBuffer(doc)
}
