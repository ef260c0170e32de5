/**
 * What the staff step forms record beyond the status: the helpers a union may
 * assign (its own subtree, names only), objections received during publicity
 * (counted on the timeline, sealed at rest, opened on the detail) and the
 * minutes photo of the evaluation (an attachment of the recording staff's own).
 */
import { acceptUpload } from '../../../cloudfunctions/features/uploads/uploads'
import type { HelperOption } from '../../../src/domain/application/application-views'
import { dataOf, errorOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { png } from '../uploads/images'
import { act, submitted, type Summary } from './support/application-form'

const OWNER = 'demo-staff-u01'
const COUNTY = 'demo-staff-d130306'

type Detail = Summary & {
  publicity: { objectionCount: number; objections: string[] } | null
  evaluation: { minutesUrl?: string } | null
  timeline: { step: string; remarks?: string }[]
}

const DAY = 86_400_000

describe('staff step records', () => {
  let env: TestEnv
  beforeEach(async () => {
    env = await makeTestEnv()
  })
  afterEach(() => env.close())

  const step = async (userId: string, action: string, data: Record<string, unknown>) => dataOf<Summary>(await act(env, userId, action, data))
  const helpersOf = async (userId: string) => dataOf<{ helpers: HelperOption[] }>(await act(env, userId, 'helpers', {})).helpers
  const detailOf = async (applicationId: string) => dataOf<Detail>(await act(env, OWNER, 'detail', { applicationId }))

  async function evaluated(extra: Record<string, unknown> = {}) {
    const { id: applicationId } = await submitted(env)
    await step(OWNER, 'accept', { applicationId })
    await step(OWNER, 'recordInvestigation', { applicationId, visitDate: '2026-11-22', investigators: ['孙建平', '何丽娟'], findings: '属实' })
    await step(OWNER, 'recordEvaluation', { applicationId, meetingDate: '2026-11-22', attendance: 7, result: 'agree', ...extra })
    return applicationId
  }

  it('lists the helpers of the caller’s union subtree, by name and union only', async () => {
    expect(await helpersOf(COUNTY)).toEqual([{ id: 'demo-helper1', name: '林国栋', unionName: '青石区总工会' }])
    expect((await helpersOf('demo-staff-c1303')).map((h) => h.name).sort()).toEqual(['唐永红', '林国栋', '谢春梅'].sort())
    expect(await helpersOf(OWNER)).toEqual([])
    expect(errorOf(await act(env, 'demo-helper1', 'helpers', {})).code).toBe('FORBIDDEN')
  })

  it('files only with a helper the filing union may assign', async () => {
    const applicationId = await evaluated()
    await step(OWNER, 'startPublicity', { applicationId, startDate: '2026-11-22' })
    env.clock.advance(10 * DAY)
    await step(OWNER, 'endPublicity', { applicationId })
    await step(COUNTY, 'approve', { applicationId })
    const file = { applicationId, fileLevel: '县(区)级', category: '低保边缘户', fileType: '城镇困难职工' }
    // 唐永红 belongs to the city union, above the county: not the county's to assign.
    expect(errorOf(await act(env, COUNTY, 'file', { ...file, helperId: 'demo-helper3' })).fields).toEqual({
      helperId: '帮扶责任人不存在或不属于本工会，请重新选择',
    })
    expect(await step(COUNTY, 'file', { ...file, helperId: 'demo-helper1' })).toMatchObject({ status: 'filed' })
  })

  it('records objections received during publicity: counted on the timeline, sealed at rest, opened for staff', async () => {
    const applicationId = await evaluated()
    await step(OWNER, 'startPublicity', { applicationId, startDate: '2026-11-22' })
    env.clock.advance(10 * DAY)
    expect(errorOf(await act(env, OWNER, 'endPublicity', { applicationId, objections: [''] })).fields).toEqual({ 'objections.0': '异议内容不能为空' })
    const objections = ['有职工反映其配偶经营小卖部，经核实已于2025年停业', '反映家中有车，经核实为单位公车']
    await step(OWNER, 'endPublicity', { applicationId, objections, remarks: '异议均已核实' })
    const detail = await detailOf(applicationId)
    expect(detail.publicity).toMatchObject({ objectionCount: 2, objections })
    expect(detail.timeline.at(-1)?.remarks).toBe('公示期满，收到异议2条；异议均已核实')
    const stored = JSON.stringify(await env.deps.store.get('applications', applicationId))
    expect(stored).not.toContain('小卖部')
  })

  it('keeps the minutes photo only when it is the recording staff’s own attachment', async () => {
    const bytes = await png(200, 100)
    await acceptUpload(env.deps, { userId: OWNER }, { uploadId: 'minutes-0001', purpose: 'attachment', bytes })
    await acceptUpload(env.deps, { userId: OWNER }, { uploadId: 'visit-00001', purpose: 'visitPhoto', bytes })
    await acceptUpload(env.deps, { userId: 'demo-staff-u02' }, { uploadId: 'minutes-0002', purpose: 'attachment', bytes })
    const { id: applicationId } = await submitted(env)
    await step(OWNER, 'accept', { applicationId })
    await step(OWNER, 'recordInvestigation', { applicationId, visitDate: '2026-11-22', investigators: ['孙建平', '何丽娟'], findings: '属实' })
    const evaluation = { applicationId, meetingDate: '2026-11-22', attendance: 7, result: 'agree' }
    for (const minutesUploadId of ['visit-00001', 'minutes-0002', 'never-uploaded']) {
      expect(errorOf(await act(env, OWNER, 'recordEvaluation', { ...evaluation, minutesUploadId }))).toMatchObject({
        code: 'INVALID_INPUT',
        fields: { minutesUploadId: '评议会议记录照片未上传或不属于您，请重新上传' },
      })
    }
    await step(OWNER, 'recordEvaluation', { ...evaluation, minutesUploadId: 'minutes-0001' })
    expect((await detailOf(applicationId)).evaluation?.minutesUrl).toEqual(expect.any(String))
  })
})
