/**
 * The 入户调查 verifies assets too and records the exclusions only a visit can
 * see: the engine runs again on them and the change is named; a finding can
 * add an exclusion, never remove one the applicant declared.
 */
import type { AssessmentView } from '../../../src/domain/application/application-views'
import { dataOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { act, submitted } from './support/application-form'

const OWNER = 'demo-staff-u01'

let env: TestEnv
beforeEach(async () => {
  env = await makeTestEnv()
})
afterEach(() => env.close())

async function investigate(extra: Record<string, unknown>) {
  const { id: applicationId } = await submitted(env)
  dataOf(await act(env, OWNER, 'accept', { applicationId }))
  const base = { applicationId, visitDate: '2026-11-22', investigators: ['孙建平', '何丽娟'], findings: '入户核实' }
  const answer = dataOf<{ changes: string[] }>(await act(env, OWNER, 'recordInvestigation', { ...base, ...extra }))
  const detail = dataOf<{ assessment: AssessmentView; timeline: { remarks?: string }[] }>(await act(env, OWNER, 'detail', { applicationId }))
  return { changes: answer.changes, assessment: detail.assessment, remarks: detail.timeline.at(-1)?.remarks }
}

it.each([
  ['employsOthers', { employsOthers: true }, 'employsOthers'],
  ['a counted second home', { verifiedOwnedHomes: 2 }, 'twoOrMoreHomes'],
  ['a refusal to be checked', { refusedInvestigation: true }, 'refusedInvestigation'],
])('an investigation finding (%s) excludes the household and says so', async (_, extra, reason) => {
  const { changes, assessment } = await investigate(extra)
  expect(assessment).toMatchObject({ eligible: false, reasons: expect.arrayContaining([reason]) })
  expect(changes).toContainEqual(expect.stringMatching(/^评估结果由“符合第1项建档标准（低保边缘户）”变为“不符合建档标准”$/))
})

it('the step record names what was found', async () => {
  expect((await investigate({ employsOthers: true })).remarks).toMatch(/^2026-11-22入户调查（2人）；查实雇佣他人从事经营活动；/)
})

it('findings left off change nothing', async () => {
  const { changes, assessment } = await investigate({ employsOthers: false, verifiedOwnedHomes: 0 })
  expect(changes).toEqual([])
  expect(assessment).toMatchObject({ eligible: true, criterion: 1 })
})
