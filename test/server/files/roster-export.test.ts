/** 花名册 export: the .xlsx read back has the seed's 附件5 columns, the exit with full numbers, the header, and the export is audited. */
import ExcelJS from 'exceljs'
import { ROSTER_COLUMNS } from '../../../cloudfunctions/features/files/roster-export'
import { dataOf, errorOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { APPLICANT_ID } from '../application/support/application-form'
import { COUNTY, filedCase, GRASSROOTS, HELPER } from '../visit/support/visit-fixtures'
import { CHAIR, evaluation, filesAct } from './support'

describe('files.rosterExport', () => {
  let env: TestEnv
  beforeAll(async () => {
    env = await makeTestEnv()
    const applicationId = await filedCase(env)
    dataOf(await filesAct(env, HELPER, 'evaluate', evaluation(applicationId)))
    dataOf(await filesAct(env, CHAIR, 'certify', { applicationId, year: 2026 }))
  })
  afterAll(() => env.close())

  it('gives a 5-minute link to an .xlsx with the 附件5 columns and the year’s exits', async () => {
    const answer = dataOf<{ url: string; expiresInSeconds: number; rows: number }>(await filesAct(env, COUNTY, 'rosterExport', { unionId: 'u01', year: 2026 }))
    expect(answer).toMatchObject({ expiresInSeconds: 300, rows: 1, url: expect.stringMatching(/^\/files\/temporary\/.+\.xlsx\?exp=\d+&sig=/) })
    const path = decodeURIComponent(answer.url.slice('/files/'.length).split('?')[0]!)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(new Uint8Array((await env.deps.files.read(path))!).buffer)
    const sheet = book.worksheets[0]!
    expect(sheet.getCell(1, 1).value).toBe('2026年困难职工解困脱困花名册')
    expect(sheet.getCell(2, 1).value).toBe('基层工会（盖章）：青石机械厂工会    填表人：吴海峰    填表时间：2026-11-22    工会主席(签字)：高振华')
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([...ROSTER_COLUMNS])
    const row = (sheet.getRow(4).values as unknown[]).slice(1)
    expect(row.slice(0, 5)).toEqual([1, '130306-2026-00001', '李大勇', '男', APPLICANT_ID])
    expect(row.slice(6)).toEqual(['低保边缘户', expect.any(String), '林国栋'])
    // Full numbers on the export, for the paper the chair signs; the on-screen roster is masked.
    expect(String(row[5])).toMatch(/^1\d{10}$/)
    expect(sheet.rowCount).toBe(4)
    const audits = await env.deps.store.find('audit', { where: [{ field: 'actorId', op: 'eq', value: COUNTY }], limit: 100 })
    expect(audits.items.map((a) => (a as unknown as { action: string }).action)).toContain('files.rosterExport')
  })

  it('refuses a union outside the caller’s subtree', async () => {
    expect(errorOf(await filesAct(env, GRASSROOTS, 'rosterExport', { unionId: 'u02', year: 2026 })).code).toBe('NOT_FOUND')
  })
})
