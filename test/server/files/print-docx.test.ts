/** The 认定书 (附件4) and the 花名册 (附件5) as .docx, read back: the seed's labels, the figures, the ticked proposal, the chair. */
import JSZip from 'jszip'
import { dataOf, errorOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { APPLICANT_ID } from '../application/support/application-form'
import { COUNTY, filedCase, GRASSROOTS, HELPER } from '../visit/support/visit-fixtures'
import { CHAIR, evaluation, filesAct } from './support'

async function textOfDocx(env: TestEnv, url: string): Promise<string> {
  const path = decodeURIComponent(url.slice('/files/'.length).split('?')[0]!)
  const zip = await JSZip.loadAsync((await env.deps.files.read(path))!)
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|')
}

describe('files.printCertificate and the roster .docx', () => {
  let env: TestEnv
  let applicationId: string
  beforeAll(async () => {
    env = await makeTestEnv()
    applicationId = await filedCase(env)
    dataOf(await filesAct(env, HELPER, 'evaluate', evaluation(applicationId)))
    dataOf(await filesAct(env, CHAIR, 'certify', { applicationId, year: 2026 }))
  })
  afterAll(() => env.close())

  it('prints the 认定书 in the 附件4 layout with the proposal ticked and the chair’s 认定', async () => {
    const { url } = dataOf<{ url: string }>(await filesAct(env, CHAIR, 'printCertificate', { applicationId, year: 2026 }))
    const text = await textOfDocx(env, url)
    for (const expected of ['困难职工解困脱困认定书（基层工会存）', '职工姓名', '|李大勇|', '|男|', '出生年月', '档案号', '130306-2026-00001', APPLICANT_ID])
      expect(text).toContain(expected)
    expect(text).toContain('家庭人均收入达到820.00（元/月）')
    expect(text).toContain('☑脱困，建议注销档案')
    expect(text).toContain('□解困，建议继续帮扶')
    expect(text).toContain('工会主席（签字）：高振华')
    expect(text).toContain('认定日期：2026年11月22日')
    expect(errorOf(await filesAct(env, HELPER, 'printCertificate', { applicationId, year: 2026 })).code).toBe('FORBIDDEN')
  })

  it('prints the roster in the 附件5 layout', async () => {
    const { url } = dataOf<{ url: string }>(await filesAct(env, GRASSROOTS, 'rosterExport', { unionId: 'u01', year: 2026, format: 'docx' }))
    expect(url).toMatch(/\.docx\?/)
    const text = await textOfDocx(env, url)
    expect(text).toContain('2026年困难职工解困脱困花名册')
    expect(text).toContain('填表人：孙建平')
    expect(text).toContain('工会主席(签字)：高振华')
    expect(text).toContain('|序号|档案号|姓名|性别|身份证号|联系方式|困难类别|工作单位或家庭住址|帮扶责任人姓名|')
    expect(text).toContain(`|1|130306-2026-00001|李大勇|男|${APPLICANT_ID}|`)
    expect(errorOf(await filesAct(env, COUNTY, 'rosterExport', { unionId: 'u01', year: 2026, format: 'pdf' })).fields).toEqual({
      format: '导出格式应为xlsx或docx',
    })
  })
})
