import JSZip from 'jszip'
import { renderFileFormDocx, TITLE } from '../../../cloudfunctions/features/application/print/file-form-docx'
import { MEMBER_COLUMNS, SENSITIVE_NOTICE, WORKER_LABELS, type PrintableFile } from '../../../cloudfunctions/features/application/print/printable-file'
import { toPrintable, type PrintMeta } from '../../../cloudfunctions/features/application/print/to-printable'
import { fileFormSchema } from '../../../src/domain/file-form/file-form.schema'
import { targetingSchema } from '../../../src/domain/file-form/targeting.schema'
import { valueListsFor } from '../../../src/domain/value-lists/value-list-sets'
import { CHILD_ID, SPOUSE_ID, TODAY, WORKER_ID, completeForm } from '../../domain/file-form/file-form-fixture'

const lists = valueListsFor('jingmen')
/** The fixture in Jingmen's own lists: no 非劳模 (劳模类别 left blank), 工作状况 without 失（无）业 (seed 002 填表说明 5, 6). */
function jingmenForm(): Record<string, unknown> {
  const { modelWorkerType: _, ...form } = completeForm()
  const members = (form.members as Record<string, unknown>[]).map(({ modelWorkerType: __, ...m }) => ({ ...m, workStatus: 'laid-off' }))
  return { ...form, members }
}
const form = fileFormSchema({ today: TODAY }, lists).parse(jingmenForm())

const meta: PrintMeta = {
  fileNumber: '4208020001',
  fileLevel: '市级',
  category: '低保户',
  fileType: '困难农民工',
  filingCriterion: 'dibao-still-hard',
  enteredBy: '王录入',
  builtBy: '张建档',
  approvedBy: '刘审核',
  filledOn: TODAY,
  helperName: '赵帮扶',
  helperUnit: '东宝区总工会',
  unionName: '荆门纺织厂工会',
  perCapitaMonthlyIncomeFen: 80018,
  targeting: targetingSchema({ today: TODAY }, lists).parse({
    isTarget: true,
    decidedOn: '2026-11-20',
    keyGroups: ['expenditure-hardship', 'other'],
    keyGroupNote: '妻子重病',
    measures: ['medical-protection', 'study-aid'],
    actionPlans: ['study-aid'],
  }),
}

/** Visible text of an OOXML part: the runs' text, tags dropped. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
}

async function unpack(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer)
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? ''
  return { zip, document: await part('word/document.xml'), footer: await part('word/footer1.xml') }
}

/** The table whose first row holds the member columns: its rows' texts, header first. */
function memberTableRows(documentXml: string): string[] {
  const tables = documentXml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []
  const table = tables.find((t) => textOf(t).includes('单位或学校')) ?? ''
  return (table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map(textOf)
}

describe('toPrintable', () => {
  const p: PrintableFile = toPrintable(form, lists, meta)

  it('prints what the union filed, not what the applicant suggested', () => {
    expect(form.hardshipCategory).toBe('dibao-edge')
    expect([p.category, p.fileType, p.fileLevel]).toEqual(['低保户', '困难农民工', '市级'])
    expect(p.criterion).toContain('经政府救助后仍生活困难')
    expect([p.builtBy, p.approvedBy, p.enteredBy, p.helperUnit]).toEqual(['张建档', '刘审核', '王录入', '东宝区总工会'])
    const { category: _, fileType: __, filingCriterion: ___, ...older } = meta
    expect(toPrintable(form, lists, older)).toMatchObject({ category: '低保边缘户', fileType: '城镇困难职工' })
  })

  it('prints 建筑面积 in m², with Shaoxing’s band, and an older form’s band as it was', () => {
    expect(p.worker.建筑面积).toBe('35.5㎡')
    expect(toPrintable(form, valueListsFor('shaoxing'), meta).worker.建筑面积).toBe('35.5㎡（20至50）')
    expect(toPrintable({ ...form, floorArea: '20-50' as unknown as number }, lists, meta).worker.建筑面积).toBe('20至50㎡')
  })

  it('prints labels, not codes, and money in yuan with two decimals', () => {
    expect(p.worker.民族).toBe('汉族')
    expect(p.worker.本人月平均收入).toBe('1500.00元')
    expect(p.worker.家庭其他非薪资年收入).toBe('1200.50元')
    expect(p.worker.家庭年度总收入).toBe('28806.50元') // 12 × (1500 + 800.50 + 0) + 1200.50
    expect(p.worker.家庭人口).toBe('3人')
    expect(p.worker.户口所在地行政区划).toBe('420802 湖北省荆门市东宝区')
    expect(p.members.map((m) => [m.姓名, m.关系, m.性别, m.月收入])).toEqual([
      ['李秀英', '妻子', '女', '800.50元'],
      ['王小明', '儿子', '男', '0.00元'],
    ])
    expect(p.causes.secondary).toEqual(['重特大疾病', '子女上学'])
    expect(p.filledOn).toBe('2026年11月22日')
  })

  it('titles the targeting groups as the region does, with the chosen options ticked', () => {
    expect(p.targeting.groups.map((g) => g.titleLines.join(''))).toEqual(['四类重点群体', '“五个一批”措施', '五个行动计划'])
    expect(p.targeting.groups[0]?.options.filter((o) => o.checked).map((o) => o.label)).toEqual(['支出性生活困难', '其他（注明）妻子重病'])
    expect(toPrintable(form, valueListsFor('national'), { ...meta, targeting: undefined }).targeting).toMatchObject({ isTarget: undefined, decidedOn: '' })
  })
})

describe('renderFileFormDocx', () => {
  let buffer: Buffer
  let parts: Awaited<ReturnType<typeof unpack>>

  beforeAll(async () => {
    buffer = await renderFileFormDocx(toPrintable(form, lists, meta))
    parts = await unpack(buffer)
  })

  it('is a zip (PK) holding word/document.xml', () => {
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK')
    expect(parts.zip.file('word/document.xml')).not.toBeNull()
  })

  it('prints the title, the file number and every label of the seed’s worker block', () => {
    const text = textOf(parts.document)
    expect(text).toContain(TITLE)
    expect(text).toContain('4208020001')
    for (const l of WORKER_LABELS) expect(text).toContain(l)
    for (const l of ['致困原因', '年度必要支出', '开户银行', '支行名称', '银行卡号', '备注', '建档人', '审核人', '填表日期', '职工签字'])
      expect(text).toContain(l)
    for (const person of ['张建档', '刘审核', '王录入', '赵帮扶', '东宝区总工会']) expect(text).toContain(person)
  })

  it('prints full numbers and money in yuan with two decimals', () => {
    const text = textOf(parts.document)
    for (const s of [WORKER_ID, SPOUSE_ID, CHILD_ID, '6222021234567890123', '1500.00', '1200.50', '28806.50', '800.50', '30000.00']) expect(text).toContain(s)
  })

  it('has a member table with its header and one row per member, relations as labels', () => {
    const rows = memberTableRows(parts.document)
    expect(rows).toHaveLength(1 + form.members.length)
    expect(rows[0]).toContain(MEMBER_COLUMNS.join(''))
    expect(rows[1]).toContain('李秀英妻子')
    expect(rows[2]).toContain('王小明儿子')
    expect(rows.join('')).not.toMatch(/wife|son/)
    expect(parts.document).toMatch(/<w:tblHeader\/>/)
  })

  it('marks every page as holding sensitive personal information', () => {
    expect(textOf(parts.footer)).toContain(SENSITIVE_NOTICE)
  })

  it('prints two empty member rows when the worker lives alone', async () => {
    const alone = toPrintable({ ...form, members: [] }, lists, meta)
    expect(memberTableRows((await unpack(await renderFileFormDocx(alone))).document)).toHaveLength(3)
  })
})
