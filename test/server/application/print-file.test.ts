/** Staff download the filed case's 困难职工档案表: real .docx bytes, audited, only for those responsible. */
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
  await run(OWNER, 'startPublicity', { startDate: '2026-11-23' })
  env.clock.advance(6 * DAY)
  await run(OWNER, 'endPublicity')
  await run(COUNTY, 'approve')
  await run(COUNTY, 'file', { fileLevel: '县(区)级', category: '低保边缘户', fileType: '城镇困难职工', helperId: 'demo-helper1' })
  return applicationId
}

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
    for (const text of ['困难职工档案表', '130306-2026-00001', '低保边缘户', '林国栋', APPLICANT_ID]) expect(xml).toContain(text)

    expect(dataOf(await act(env, OWNER, 'print', { applicationId }))).toMatchObject({ fileNumber: '130306-2026-00001' })
    const audits = await env.deps.store.count('audit', [{ field: 'targetId', op: 'eq', value: applicationId }])
    expect(audits).toBeGreaterThanOrEqual(2)
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
