import type { MyApplication } from '../../../src/domain/application/application-views'
import { dataOf, errorOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { act, APPLICANT, APPLICANT_ID, applicationForm, CHILD_ID, inbox, SPOUSE_ID, submission, submitted, type Summary } from './support/application-form'

const OWNER = 'demo-staff-u01'

describe('application: return, resubmit, reject, false declaration', () => {
  let env: TestEnv
  beforeEach(async () => {
    env = await makeTestEnv()
  })
  afterEach(() => env.close())

  it('returns with reasons and fields, and a resubmission replaces the form under the same id', async () => {
    const { id: applicationId } = await submitted(env)
    const returned = dataOf<Summary>(await act(env, OWNER, 'return', { applicationId, reasons: ['缺少子女在读证明'], fields: ['form.members.1'] }))
    expect(returned.status).toBe('returned')
    const mine = dataOf<{ items: MyApplication[] }>(await act(env, APPLICANT, 'mine')).items[0]!
    expect(mine).toMatchObject({ status: 'returned', available: ['resubmit'], returned: { reasons: ['缺少子女在读证明'], fields: ['form.members.1'] } })
    expect((await inbox(env, APPLICANT)).items.find((n) => n.kind === 'applicationReturned')?.body).toContain('缺少子女在读证明')

    // Only the spouse now: the child's claim is released, the spouse's kept.
    const again = dataOf<Summary>(await act(env, APPLICANT, 'resubmit', { applicationId, ...submission(applicationForm(APPLICANT_ID, [SPOUSE_ID])) }))
    expect(again).toMatchObject({ id: applicationId, status: 'submitted', householdSize: 2 })
    expect(await env.deps.store.count('applications')).toBe(1)
    expect(await env.deps.store.get('claims', `household:${env.deps.keys.lookupHash('idNumber', CHILD_ID)}`)).toBeNull()
    expect(await env.deps.store.get('claims', `household:${env.deps.keys.lookupHash('idNumber', SPOUSE_ID)}`)).toMatchObject({ ownerId: applicationId })
    expect((await inbox(env, OWNER)).items.filter((n) => n.kind === 'applicationResubmitted')).toHaveLength(1)
    expect(errorOf(await act(env, APPLICANT, 'resubmit', { applicationId, ...submission() }))).toEqual({
      code: 'CONFLICT',
      message: '当前状态为“已提交，待受理”，不能修改后重新提交',
    })
    expect(errorOf(await act(env, 'demo-employee3', 'resubmit', { applicationId, ...submission() })).code).toBe('NOT_FOUND')
  })

  it('releases the household on refusal, so the same people may apply again', async () => {
    const { id: applicationId } = await submitted(env)
    expect(dataOf<Summary>(await act(env, OWNER, 'reject', { applicationId, reason: '家庭人均收入高于标准' })).status).toBe('rejected')
    expect((await inbox(env, APPLICANT)).items.find((n) => n.kind === 'applicationRejected')?.body).toBe('您的建档申请不予建档：家庭人均收入高于标准。')
    const second = await submitted(env)
    expect(second).toMatchObject({ status: 'submitted' })
    expect(second.id).not.toBe(applicationId)
  })

  it('blacklists the applicant at the second false declaration', async () => {
    const first = await submitted(env)
    const answer = dataOf<Summary>(await act(env, OWNER, 'markFalseDeclaration', { applicationId: first.id, reason: '隐瞒配偶收入' }))
    expect(answer).toMatchObject({ status: 'rejected', blacklisted: false })
    const second = await submitted(env)
    expect(dataOf<Summary>(await act(env, OWNER, 'markFalseDeclaration', { applicationId: second.id, reason: '再次隐瞒收入' })).blacklisted).toBe(true)
    expect(errorOf(await act(env, APPLICANT, 'submit', submission()))).toMatchObject({
      code: 'CONFLICT',
      message: '职工本人的身份证号已列入建档黑名单，不能申请',
    })
  })

  it('blacklists at once when fraud is proven', async () => {
    const { id: applicationId } = await submitted(env)
    const answer = dataOf<Summary>(await act(env, OWNER, 'markFalseDeclaration', { applicationId, reason: '伪造收入证明', fraudProven: true }))
    expect(answer.blacklisted).toBe(true)
    expect(await env.deps.store.get('blacklist', env.deps.keys.lookupHash('idNumber', APPLICANT_ID))).toMatchObject({ applicationId })
    expect(errorOf(await act(env, APPLICANT, 'submit', submission())).code).toBe('CONFLICT')
  })

  it('does not let a grassroots sibling refuse, nor a step run twice', async () => {
    const { id: applicationId } = await submitted(env)
    expect(errorOf(await act(env, 'demo-staff-u02', 'reject', { applicationId, reason: '无' })).code).toBe('NOT_FOUND')
    dataOf(await act(env, OWNER, 'reject', { applicationId, reason: '不符合条件' }))
    expect(errorOf(await act(env, OWNER, 'reject', { applicationId, reason: '不符合条件' }))).toEqual({
      code: 'CONFLICT',
      message: '当前状态为“不予建档”，不能不予建档',
    })
  })
})
