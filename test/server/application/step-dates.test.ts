/** Back-dated steps: each staff step's date follows the submission and the step before it, and none is in the future. */
import { dataOf, errorOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { act, submitted } from './support/application-form'

const DAY = 86_400_000
const OWNER = 'demo-staff-u01'

describe('staff steps in date order', () => {
  let env: TestEnv
  beforeEach(async () => {
    env = await makeTestEnv()
  })
  afterEach(() => env.close())

  it('refuses a date before the submission or the step before, or after today, naming the field; nothing is written', async () => {
    // Submitted on 2026-11-22 (China time); the clock moves on to 2026-11-25.
    const { id: applicationId } = await submitted(env)
    env.clock.advance(3 * DAY)
    const step = (action: string, data: Record<string, unknown>) => act(env, OWNER, action, { applicationId, ...data })
    dataOf(await step('accept', {}))

    const early = errorOf(await step('recordInvestigation', { visitDate: '2026-11-21', investigators: ['孙建平', '何丽娟'], findings: '属实' }))
    expect(early).toEqual({
      code: 'INVALID_INPUT',
      message: '入户调查日期不能早于申请提交日期（2026-11-22）',
      fields: { visitDate: '入户调查日期不能早于申请提交日期（2026-11-22）' },
    })
    dataOf(await step('recordInvestigation', { visitDate: '2026-11-23', investigators: ['孙建平', '何丽娟'], findings: '属实' }))

    expect(errorOf(await step('recordEvaluation', { meetingDate: '2026-11-22', attendance: 7, result: 'agree' })).fields).toEqual({
      meetingDate: '评议会议日期不能早于入户调查日期（2026-11-23）',
    })
    dataOf(await step('recordEvaluation', { meetingDate: '2026-11-24', attendance: 7, result: 'agree' }))

    expect(errorOf(await step('startPublicity', { startDate: '2026-11-20' })).fields).toEqual({ startDate: '公示开始日期不能早于评议会议日期（2026-11-24）' })
    expect(errorOf(await step('startPublicity', { startDate: '2026-11-26' })).fields).toEqual({ startDate: '公示开始日期不能晚于今天' })
    const app = await env.deps.store.get<{ status: string; publicity?: unknown }>('applications', applicationId)
    expect(app).toMatchObject({ status: 'evaluated' })
    expect(app?.publicity).toBeUndefined()
    expect(dataOf(await step('startPublicity', { startDate: '2026-11-25' }))).toMatchObject({ status: 'publicizing' })
  })
})
