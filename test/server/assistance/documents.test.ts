/**
 * What leaves as a file or reaches the helper: the 帮扶台账 .xlsx read back
 * with exceljs (Chinese headers, amounts as numbers, totals), both 联系卡
 * copies as .docx, the helper's audited view of address and mobile, and the
 * 职务 and work phone the worker's card prints.
 */
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import type { HouseholdOverview } from '../../../src/domain/assistance/assistance-views'
import { callAs, dataOf, errorOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { aid, assist, fileHousehold, HOUSEHOLDS, planForm } from './support/households'

const { li } = HOUSEHOLDS

async function fileAt(env: TestEnv, url: string): Promise<Buffer> {
  const bytes = await env.deps.files.read(decodeURIComponent(url.slice('/files/'.length).split('?')[0] ?? ''))
  if (!bytes) throw new Error(`no file behind ${url}`)
  return bytes
}

describe('assistance documents', () => {
  let env: TestEnv
  let applicationId: string
  beforeAll(async () => {
    env = await makeTestEnv()
    applicationId = await fileHousehold(env, li)
    dataOf(await callAs(env, li.helper, 'account', 'setWorkProfile', { title: '青石区总工会副主席', workPhone: '0335-7000001' }, 'work-helper-1'))
    dataOf(await callAs(env, li.grassroots, 'account', 'setWorkProfile', { title: '工会主席', workPhone: '17000010001' }, 'work-staff-1'))
    dataOf(await assist(env, li.grassroots, 'plan', planForm(applicationId)))
    dataOf(await assist(env, li.grassroots, 'record', aid(applicationId, { amount: '300.50', goods: { name: '大米', value: 80 } })))
    env.clock.advance(60_000)
    dataOf(await assist(env, li.grassroots, 'record', aid(applicationId, { amount: 1000, kind: '医疗救助', fundLevel: '基层级' })))
  })
  afterAll(() => env.close())

  it('refuses a work phone that is no phone, naming it', async () => {
    expect(errorOf(await callAs(env, li.helper, 'account', 'setWorkProfile', { title: '干部', workPhone: '12345' }, 'work-bad-1')).fields).toHaveProperty(
      'workPhone',
    )
    expect(errorOf(await callAs(env, li.userId, 'account', 'setWorkProfile', { title: '干部', workPhone: '0335-7000001' }, 'work-bad-2'))).toMatchObject({
      code: 'FORBIDDEN',
    })
  })

  it('exports the ledger as .xlsx: Chinese headers, one row per aid, amounts as numbers, totals', async () => {
    const answer = dataOf<{ entries: number; url: string; expiresInSeconds: number }>(await assist(env, li.grassroots, 'export', { applicationId, year: 2026 }))
    expect(answer).toMatchObject({ entries: 2, expiresInSeconds: 300 })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await fileAt(env, answer.url)) as unknown as ArrayBuffer)
    const sheet = book.getWorksheet('帮扶台账')!
    expect(sheet.getCell('A1').value).toBe('李大勇家（档案号130306-2026-00001）2026年帮扶台账')
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['帮扶日期', '档案编号', '帮扶类别', '帮扶金额（元）', '资金级别', '项目名称']))
    expect(sheet.getCell('F3').value).toBe(300.5)
    expect(sheet.getCell('H3').value).toBe(80)
    expect(sheet.getCell('F4').value).toBe(1000)
    expect(sheet.getCell('A5').value).toBe('合计')
    expect(sheet.getCell('F5').value).toEqual({ formula: 'SUM(F3:F4)', result: 1300.5 })
    expect(sheet.getColumn(6).numFmt).toBe('#,##0.00')
    const summary = book.getWorksheet('汇总')!
    const rows = summary
      .getSheetValues()
      .slice(3)
      .map((r) => (Array.isArray(r) ? r.slice(1) : []))
    expect(rows).toEqual(
      expect.arrayContaining([
        ['资金级别：县(区)级', 300.5],
        ['资金级别：基层级', 1000],
        ['帮扶类别：医疗救助', 1000],
        ['帮扶金额合计', 1300.5],
      ]),
    )
  })

  it('lets staff export a union’s year, only within their subtree', async () => {
    const answer = dataOf<{ entries: number }>(await assist(env, 'demo-staff-d130306', 'export', { unionId: 'u01', year: 2026 }))
    expect(answer.entries).toBe(2)
    expect(errorOf(await assist(env, 'demo-staff-d130304', 'export', { unionId: 'u01', year: 2026 })).fields).toHaveProperty('unionId')
  })

  it('prints the helper’s copy with the household’s details and the worker’s copy with the contacts and ticks', async () => {
    const helperCopy = dataOf<{ url: string }>(await assist(env, li.helper, 'printCard', { applicationId, copy: 'helper' }))
    const helperXml = await (await JSZip.loadAsync(await fileAt(env, helperCopy.url))).file('word/document.xml')!.async('string')
    for (const text of [
      '困难职工解困脱困联系卡（帮扶责任人存）',
      '130306-2026-00001',
      '家庭住址',
      '家庭主要',
      '2027年12月底前实现解困脱困',
      '林国栋',
      '低保边缘户',
    ])
      expect(helperXml).toContain(text)
    const workerCopy = dataOf<{ url: string }>(await assist(env, li.userId, 'printCard', { applicationId, copy: 'worker' }))
    const workerXml = await (await JSZip.loadAsync(await fileAt(env, workerCopy.url))).file('word/document.xml')!.async('string')
    for (const text of [
      '困难职工解困脱困联系卡（困难职工存）',
      '青石区总工会副主席',
      '0335-7000001',
      '孙建平',
      '工会主席',
      '17000010001',
      '1.就业创业发展☑',
      '2.纳入社保制度覆盖□',
      '7.送温暖精准化计划☑',
    ]) {
      expect(workerXml).toContain(text)
    }
    expect(errorOf(await assist(env, li.userId, 'printCard', { applicationId, copy: 'helper' }))).toMatchObject({ code: 'FORBIDDEN' })
  })

  it('shows the worker’s copy on screen with the same contacts', async () => {
    const view = dataOf<HouseholdOverview>(await assist(env, li.userId, 'overview', { applicationId }))
    expect(view.card).toMatchObject({
      helper: { name: '林国栋', title: '青石区总工会副主席', phone: '0335-7000001' },
      contact: { name: '孙建平', title: '工会主席', phone: '17000010001' },
    })
    expect(view.card.measures.filter((m) => m.ticked).map((m) => m.label)).toEqual(['就业创业发展', '社会救助兜底'])
    expect(view.can).toMatchObject({ confirm: true, plan: false, record: false })
  })

  it('lets the paired helper and the owning staff see address and mobile, each view audited', async () => {
    const seen = dataOf<{ address: string; mobile: string }>(await assist(env, li.helper, 'contact', { applicationId }))
    expect(seen.address).toEqual(expect.any(String))
    expect(seen.mobile).toMatch(/^1\d{10}$/)
    dataOf(await assist(env, li.grassroots, 'contact', { applicationId }))
    expect(errorOf(await assist(env, 'demo-staff-d130306', 'contact', { applicationId }))).toMatchObject({ code: 'FORBIDDEN' })
    expect(errorOf(await assist(env, 'demo-helper2', 'contact', { applicationId }))).toMatchObject({ code: 'NOT_FOUND' })
    const audits = await env.deps.store.find<{ action: string; actorId: string }>('audit', {
      where: [{ field: 'targetId', op: 'eq', value: applicationId }],
      limit: 100,
    })
    const views = audits.items.filter((a) => a.action === 'assistance.contact').map((a) => a.actorId)
    expect(views.sort()).toEqual([li.helper, li.grassroots].sort())
  })
})
