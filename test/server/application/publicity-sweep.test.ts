/** 公示期满: the scheduled sweep tells the grassroots staff once, and only when the period is over. */
import { sweepEndedPublicity } from '../../../cloudfunctions/features/application/publicity-sweep'
import { dataOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { act, inbox, submitted } from './support/application-form'

const DAY = 86_400_000
const OWNER = 'demo-staff-u01'

describe('publicity sweep', () => {
  let env: TestEnv
  beforeEach(async () => {
    env = await makeTestEnv()
  })
  afterEach(() => env.close())

  it('announces 公示期满 to the grassroots staff once, after the last day', async () => {
    const { id: applicationId } = await submitted(env)
    const run = async (action: string, data: Record<string, unknown> = {}) => dataOf(await act(env, OWNER, action, { applicationId, ...data }))
    await run('accept')
    await run('recordInvestigation', { visitDate: '2026-11-22', investigators: ['孙建平', '何丽娟'], findings: '收入属实' })
    await run('recordEvaluation', { meetingDate: '2026-11-22', attendance: 9, result: 'agree' })
    env.clock.advance(DAY)
    await run('startPublicity', { startDate: '2026-11-23' }) // 5 working days: ends Friday 2026-11-27

    env.clock.advance(4 * DAY) // 2026-11-27, the last day
    expect(await sweepEndedPublicity(env.deps)).toBe(0)
    env.clock.advance(DAY)
    expect(await sweepEndedPublicity(env.deps)).toBe(1)
    expect(await sweepEndedPublicity(env.deps)).toBe(0)

    const notices = (await inbox(env, OWNER)).items.filter((n) => n.kind === 'publicityOver')
    expect(notices).toEqual([expect.objectContaining({ title: '公示期满', body: '职工李**的建档申请公示期已于2026-11-27届满，请结束公示并报送审批。' })])
    expect((await inbox(env, 'demo-staff-u02')).items.some((n) => n.kind === 'publicityOver')).toBe(false)

    await run('endPublicity')
    env.clock.advance(DAY)
    expect(await sweepEndedPublicity(env.deps)).toBe(0)
  })
})
