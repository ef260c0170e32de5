/**
 * 困难职工解困脱困认定书（基层工会存）in the layout of seed 001 附件4: the
 * worker and the helpers above, the measures and plans as the seed lists
 * them, the 效果评价 with the figure and the ticked proposal, and the 认定意见
 * with the chair's name and date once certified.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx'
import { PROPOSALS, PROPOSAL_LABELS, type Proposal } from '../../../src/domain/file/file.schema'
import { chineseDate } from '../application/print/to-printable'
import { BODY_SIZE, formTable, label, PAGE, value, type RowSpec } from '../application/print/docx-table'

export const CERTIFICATE_TITLE = '困难职工解困脱困认定书（基层工会存）'

export type PrintableCertificate = {
  name: string
  sex: string
  birthMonth: string
  unitOrAddress: string
  contact: string
  fileNumber: string
  idNumber: string
  helperUnit: string
  helperName: string
  unionName: string
  perCapitaMonthlyIncome: string
  description: string
  proposal: Proposal
  chairName: string
  certifiedOn: string
}

const MEASURES = '1.就业创业发展；2.纳入社保制度覆盖；3.纳入大病保险和医疗互助保险保障；4.社会救助兜底；5.其他（注明）：'
const PLANS = '1.技能培训促就业计划；2.创业援助计划；3.阳光就业计划；4.职工医疗互助计划；5.金秋助学计划；6.一帮一结对计划；7.送温暖精准化计划；8.其他（注明）'

function rows(c: PrintableCertificate): RowSpec[] {
  const ticks = PROPOSALS.map((p, i) => `${i === 0 ? '2.符合：' : '      '}${p === c.proposal ? '☑' : '□'}${PROPOSAL_LABELS[p]}${i === 2 ? '。' : '；'}`)
  const date = c.certifiedOn ? chineseDate(c.certifiedOn) : '      年    月    日'
  return [
    { cells: [label('职工姓名', 2), value(c.name, 3), label('性别', 1), value(c.sex, 1), label('出生年月', 2), value(c.birthMonth, 2)] },
    { cells: [label('工作单位或家庭住址', 3), value(c.unitOrAddress, 5, 'left'), label('联系方式', 1.5), value(c.contact, 2.5)] },
    { cells: [label('档案号', 2), value(c.fileNumber, 3), label('身份证号', 2), value(c.idNumber, 4)] },
    { cells: [label('帮扶单位', 2), value(c.helperUnit, 9, 'left')] },
    { cells: [label('帮扶责任人', 2), value(c.helperName, 3), label('职务', 1), value('', 2), label('联系方式', 1.5), value('', 1.5)] },
    { cells: [label('困难职工所属工会联络人姓名', 2), value(c.unionName, 3), label('职务', 1), value('', 2), label('联系方式', 1.5), value('', 1.5)] },
    { cells: [label('解困脱困措施', 2), value(MEASURES, 9, 'left')], height: 800 },
    { cells: [label('解困脱困计划', 2), value(PLANS, 9, 'left')], height: 800 },
    {
      cells: [
        label('效果评价', 2),
        { lines: [`1.效果描述：家庭人均收入达到${c.perCapitaMonthlyIncome}（元/月）或其它效果：${c.description}。`, ...ticks], weight: 9, align: 'left' },
      ],
      height: 1800,
    },
    {
      cells: [
        label('解困脱困认定意见', 2),
        {
          lines: [PROPOSAL_LABELS[c.proposal], `工会主席（签字）：${c.chairName}`, `基层工会（盖章）：${c.unionName}`, `认定日期：${date}`],
          weight: 9,
          align: 'left',
        },
      ],
      height: 1800,
    },
  ]
}

export async function renderCertificateDocx(c: PrintableCertificate): Promise<Buffer> {
  const font = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Times New Roman' }
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 200 },
    children: [new TextRun({ text: CERTIFICATE_TITLE, bold: true, size: 32 })],
  })
  const doc = new Document({
    title: `${CERTIFICATE_TITLE}（${c.name}）`,
    creator: c.unionName,
    styles: { default: { document: { run: { font, size: BODY_SIZE + 4, language: { value: 'zh-CN', eastAsia: 'zh-CN' } } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: 1020, bottom: 1020, left: PAGE.margin, right: PAGE.margin } } },
        children: [title, formTable(rows(c))],
      },
    ],
  })
  return Packer.toBuffer(doc)
}
