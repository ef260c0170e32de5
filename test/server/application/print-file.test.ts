/**
 * Staff download the filed case's 困难职工档案表 and the case's 申报表: real
 * .docx bytes read back, audited, only for those responsible. The 档案表
 * prints what the union filed (category, type, criterion, the 解困脱困对象
 * section) and the people who built, reviewed and entered the file.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import JSZip from 'jszip'
import { sweepTemporaryDocuments } from '../../../cloudfunctions/core/temporary-document'
import { dataOf, errorOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { act, APPLICANT_ID, submitted } from './support/application-form'

const DAY = 86_400_000
const OWNER = 'demo-staff-u01'
const COUNTY = 'demo-staff-d130306'

async function filedCase(env: TestEnv): Promise<string> {
  const { id: applicationId } = await submitted(env)
  const run = async (userId: string, action: string, data: Record<string, unknown> = {}) => dataOf(await act(env, userId, action, { applicationId, ...data }))
  await run(OWNER, 'accept')
  await run(OWNER, 'recordInvestigation', { visitDate: '2026-11-22', investigators: ['孙建平', '何丽娟'], findings: '收入属实' })
  await run(OWNER, 'recordEvaluation', { meetingDate: '2026-11-22', attendance: 9, result: 'agree' })
  env.clock.advance(DAY)
  await run(OWNER, 'startPublicity', { startDate: '2026-11-23' })
  env.clock.advance(5 * DAY)
  await run(OWNER, 'endPublicity')
  await run(COUNTY, 'approve')
  await run(COUNTY, 'file', { ...FILING, applicationId })
  return applicationId
}

const FILING = {
  fileLevel: '县(区)级',
  category: '低保户',
  fileType: '困难农民工',
  filingCriterion: 'dibao-still-hard',
  helperId: 'demo-helper1',
  overrideReason: '经核实正在领取低保',
  targeting: {
    isTarget: true,
    decidedOn: '2026-11-20',
    keyGroups: ['urban-migrant-worker', 'other'],
    keyGroupNote: '子女重病',
    measures: ['social-assistance'],
    actionPlans: ['warmth'],
  },
}

/** Visible text of an OOXML part: the runs' text, tags dropped. */
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')

async function documentText(env: TestEnv, url: string): Promise<string> {
  const bytes = await env.deps.files.read(decodeURIComponent(url.slice('/files/'.length).split('?')[0]!))
  expect(bytes?.subarray(0, 2).toString()).toBe('PK')
  return textOf(await (await JSZip.loadAsync(bytes!)).file('word/document.xml')!.async('string'))
}

const user = async (env: TestEnv, id: string) => (await env.deps.store.get<{ displayName: string }>('users', id))!.displayName

describe('application.print', () => {
  let env: TestEnv
  beforeEach(async () => {
    env = await makeTestEnv()
  })
  afterEach(() => env.close())

  it('gives the responsible staff a short-lived link to the .docx in the seed layout, and audits it', async () => {
    const applicationId = await filedCase(env)
    const answer = dataOf<{ fileNumber: string; url: string; expiresInSeconds: number }>(await act(env, COUNTY, 'print', { applicationId }))
    expect(answer).toMatchObject({
      fileNumber: '130306-2026-00001',
      expiresInSeconds: 300,
      url: expect.stringMatching(/^\/files\/temporary\/.+\/130306-2026-00001\.docx\?exp=\d+&sig=/),
    })

    const file = decodeURIComponent(answer.url.slice('/files/'.length).split('?')[0]!)
    const bytes = await env.deps.files.read(file)
    expect(bytes?.subarray(0, 2).toString()).toBe('PK')
    const xml = await (await JSZip.loadAsync(bytes!)).file('word/document.xml')!.async('string')
    for (const text of ['困难职工档案表', '130306-2026-00001', '林国栋', APPLICANT_ID]) expect(xml).toContain(text)

    expect(dataOf(await act(env, OWNER, 'print', { applicationId }))).toMatchObject({ fileNumber: '130306-2026-00001' })
    const audits = await env.deps.store.count('audit', [{ field: 'targetId', op: 'eq', value: applicationId }])
    expect(audits).toBeGreaterThanOrEqual(2)
  })

  it('prints the union’s decisions, the 解困脱困对象 section and the people’s names, not the applicant’s suggestions', async () => {
    const applicationId = await filedCase(env)
    const { url } = dataOf<{ url: string }>(await act(env, COUNTY, 'print', { applicationId }))
    const text = await documentText(env, url)
    for (const s of [
      '低保户',
      '困难农民工',
      '经政府救助后仍生活困难',
      '（√）4.城市困难农民工',
      '（√）6.其他（注明）子女重病',
      '（√）4.社会救助兜底',
      '（√）7.送温暖精准化计划',
    ])
      expect(text).toContain(s)
    expect(text).not.toContain('低保边缘户')
    expect(text).toContain('√是')
    expect(text).toContain('2026年11月20日')
    const [builtBy, reviewedBy] = [await user(env, OWNER), await user(env, COUNTY)]
    expect(text).toMatch(new RegExp(`建档人${builtBy}审核人${reviewedBy}帮扶单位青石区总工会帮扶责任人林国栋录入人${reviewedBy}`))
  })

  it('refuses a filing whose 解困脱困对象 section or criterion is not in the union’s lists, naming the field', async () => {
    const { id: applicationId } = await submitted(env)
    const run = async (userId: string, action: string, data: Record<string, unknown> = {}) => dataOf(await act(env, userId, action, { applicationId, ...data }))
    for (const [who, step, data] of [
      [OWNER, 'accept', {}],
      [OWNER, 'recordInvestigation', { visitDate: '2026-11-22', investigators: ['孙建平', '何丽娟'], findings: '收入属实' }],
      [OWNER, 'recordEvaluation', { meetingDate: '2026-11-22', attendance: 9, result: 'agree' }],
    ] as const)
      await run(who, step, data)
    env.clock.advance(DAY)
    await run(OWNER, 'startPublicity', { startDate: '2026-11-23' })
    env.clock.advance(5 * DAY)
    await run(OWNER, 'endPublicity')
    await run(COUNTY, 'approve')
    const bad = errorOf(await act(env, COUNTY, 'file', { ...FILING, applicationId, targeting: { ...FILING.targeting, measures: [], keyGroupNote: '' } }))
    expect(bad).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { 'targeting.measures': '请选择解困脱困措施', 'targeting.keyGroupNote': '选择了“其他”，请注明重点群体' },
    })
    const criterion = errorOf(await act(env, COUNTY, 'file', { ...FILING, applicationId, filingCriterion: 'rich' }))
    expect(criterion).toMatchObject({ code: 'INVALID_INPUT', fields: { filingCriterion: '建档标准不在可选范围内，请重新选择' } })
  })

  it('prints the 申报表 in the seed’s layout with its signature lines, for the same staff, audited', async () => {
    const { id: applicationId } = await submitted(env)
    const answer = dataOf<{ applicationId: string; url: string; expiresInSeconds: number }>(await act(env, OWNER, 'printDeclaration', { applicationId }))
    expect(answer).toMatchObject({ applicationId, expiresInSeconds: 300, url: expect.stringMatching(/\/declaration-2026\.docx\?exp=/) })
    const text = await documentText(env, answer.url)
    for (const s of ['2026年度困难职工家庭财产、收支情况及致困原因申报表', '李大勇', APPLICANT_ID, '3人', '9000.00 元', '500.00 元', '是否正在领取低保否'])
      expect(text).toContain(s)
    expect(text).toContain('2.医疗费（提供医疗费用结算收据复印件） 20000.00 元')
    expect(text).toContain('3.下岗失业☑')
    expect(text).toContain('1.家庭成员无劳动能力□')
    expect(text).toMatch(/申报人（签字）：\s*审核人（签字）：/)
    const audits = await env.deps.store.find<{ action: string }>('audit', { where: [{ field: 'targetId', op: 'eq', value: applicationId }] })
    expect(audits.items.map((a) => a.action)).toContain('application.printDeclaration')
    expect(errorOf(await act(env, 'demo-staff-u02', 'printDeclaration', { applicationId })).code).toBe('NOT_FOUND')
    expect(errorOf(await act(env, 'demo-employee2', 'printDeclaration', { applicationId })).code).toBe('FORBIDDEN')
  })

  it('leaves no plaintext ID number anywhere under DATA_DIR, and the printout goes once its link has expired', async () => {
    const applicationId = await filedCase(env)
    const { url } = dataOf<{ url: string }>(await act(env, COUNTY, 'print', { applicationId }))
    const file = url.slice('/files/'.length).split('?')[0]!
    expect((await env.deps.files.read(file))?.subarray(0, 2).toString()).toBe('PK')

    // Every file as stored (the SQLite database and its WAL included), and inside every zip, the contents unpacked.
    const leaks = await filesHolding(env.dir, APPLICANT_ID)
    expect(leaks).toEqual([])

    env.clock.advance(299_000)
    expect(await sweepTemporaryDocuments(env.deps)).toBe(0)
    expect(await env.deps.files.read(file)).not.toBeNull()
    env.clock.advance(2_000)
    expect(await sweepTemporaryDocuments(env.deps)).toBe(1)
    expect(await env.deps.files.read(file)).toBeNull()
    expect(await env.deps.store.count('temporaryFiles')).toBe(0)
  })

  it('is refused before filing, to sibling unions and to the applicant', async () => {
    const { id: applicationId } = await submitted(env)
    expect(errorOf(await act(env, OWNER, 'print', { applicationId }))).toEqual({ code: 'CONFLICT', message: '建档后才能打印档案表' })
    expect(errorOf(await act(env, 'demo-staff-u02', 'print', { applicationId })).code).toBe('NOT_FOUND')
    expect(errorOf(await act(env, 'demo-employee2', 'print', { applicationId })).code).toBe('FORBIDDEN')
  })
})

/** Paths under `dir` whose bytes, or whose unzipped entries, contain `needle`. */
async function filesHolding(dir: string, needle: string): Promise<string[]> {
  const found: string[] = []
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    const bytes = readFileSync(full)
    if (bytes.includes(needle)) found.push(full)
    if (bytes.subarray(0, 2).toString() !== 'PK') continue
    const zip = await JSZip.loadAsync(bytes)
    for (const inner of Object.values(zip.files)) {
      if ((await inner.async('string')).includes(needle)) found.push(`${full}!${inner.name}`)
    }
  }
  return found
}
