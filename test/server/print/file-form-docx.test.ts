import JSZip from 'jszip'
import { renderFileFormDocx, TITLE } from '../../../cloudfunctions/features/application/print/file-form-docx'
import { MEMBER_COLUMNS, SENSITIVE_NOTICE, WORKER_LABELS, type PrintableFile } from '../../../cloudfunctions/features/application/print/printable-file'
import { toPrintable, type PrintMeta } from '../../../cloudfunctions/features/application/print/to-printable'
import { fileFormSchema } from '../../../src/domain/file-form/file-form.schema'
import { targetingSchema } from '../../../src/domain/file-form/targeting.schema'
import { valueListsFor } from '../../../src/domain/value-lists/value-list-sets'
import { CHILD_ID, SPOUSE_ID, TODAY, WORKER_ID, completeForm } from '../../domain/file-form/file-form-fixture'

const lists = valueListsFor('jingmen')
const form = fileFormSchema({ today: TODAY }, lists).parse(completeForm())

const meta: PrintMeta = {
  fileNumber: '4208020001',
  fileLevel: '市级',
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

  it('prints labels, not codes, and money in yuan with two decimals', () => {
    expect(p.category).not.toBe(form.hardshipCategory)
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
