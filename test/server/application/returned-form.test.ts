/**
 * A returned application comes back to its applicant as they sent it (money
 * as yuan text, no derived facts, papers with links), so any phone can
 * correct it; sent back unchanged it is accepted as the same application.
 * Nobody else reads it, and only while it is returned.
 */
import { acceptUpload } from '../../../cloudfunctions/features/uploads/uploads'
import { dataOf, errorOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { png } from '../uploads/images'
import { act, APPLICANT, applicationForm, consent, submission, submitted, type Summary } from './support/application-form'

type Returned = { form: Record<string, unknown>; declaration: Record<string, unknown>; papers: { uploadId: string; type: string; url?: string }[] }

let env: TestEnv
beforeEach(async () => {
  env = await makeTestEnv()
})
afterEach(() => env.close())

it('gives the applicant their returned form as they typed it, which resubmits as the same application', async () => {
  const papers = [
    { type: 'id-card', name: '身份证复印件1', uploadId: 'paper-front-01' },
    { type: 'id-card', name: '身份证复印件2', uploadId: 'paper-back-001' },
    { type: 'household-register', name: '户口簿复印件1', uploadId: 'paper-hukou-01' },
  ]
  for (const { uploadId } of papers) await acceptUpload(env.deps, { userId: APPLICANT }, { uploadId, purpose: 'attachment', bytes: await png(300, 200) })
  const form = { ...applicationForm(), attachments: papers }
  const { id: applicationId } = await submitted(env, APPLICANT, submission(form))
  expect(errorOf(await act(env, APPLICANT, 'returnedForm', { applicationId })).code).toBe('CONFLICT')
  dataOf(await act(env, 'demo-staff-u01', 'return', { applicationId, reasons: ['银行卡号看不清'], fields: ['bankCardNumber'] }))

  const returned = dataOf<Returned>(await act(env, APPLICANT, 'returnedForm', { applicationId }))
  expect(returned.form).toMatchObject({ name: '李大勇', monthlyIncome: '1500.00', otherAnnualIncome: '1200.50' })
  expect(returned.form).not.toHaveProperty('derived')
  expect(returned.form).not.toHaveProperty('attachments')
  expect(returned.declaration).toMatchObject({ householdIncomeHalfYear: '9000.00', medicalExpense: '20000.00' })
  expect(returned.declaration).toMatchObject({ receivesDibao: false })
  expect(returned.papers).toEqual(papers.map(({ uploadId, type }) => ({ uploadId, type, url: expect.stringMatching(/sig=/) })))

  const attachments = returned.papers.map((p, i) => ({ type: p.type, name: `附件${i + 1}`, uploadId: p.uploadId }))
  const again = dataOf<Summary>(
    await act(env, APPLICANT, 'resubmit', { applicationId, form: { ...returned.form, attachments }, declaration: returned.declaration, consent: consent() }),
  )
  expect(again).toMatchObject({ id: applicationId, status: 'submitted' })
  expect(errorOf(await act(env, 'demo-employee3', 'returnedForm', { applicationId })).code).toBe('NOT_FOUND')
})
