/**
 * The photographed papers of an application: each 附件 row's photo must be
 * the applicant's own upload for papers. Someone else's upload, a visit
 * photo, or an id never uploaded is refused naming the row, and nothing is
 * written.
 */
import { acceptUpload } from '../../../cloudfunctions/features/uploads/uploads'
import { dataOf, errorOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { png } from '../uploads/images'
import { act, APPLICANT, applicationForm, submission } from './support/application-form'

let env: TestEnv
beforeEach(async () => {
  env = await makeTestEnv()
})
afterEach(() => env.close())

const upload = async (userId: string, uploadId: string, purpose = 'attachment') =>
  acceptUpload(env.deps, { userId }, { uploadId, purpose, bytes: await png(400, 300) })

/** The photographed rows first; then, on paper, what policy still requires (both sides of the ID card, the household register). */
const withPapers = (...uploadIds: string[]) => {
  const photos = uploadIds.map((uploadId, i) => ({ type: 'id-card', name: `身份证复印件${i + 1}`, uploadId }))
  const onPaper = [
    ...(uploadIds.length < 2 ? [{ type: 'id-card', name: '身份证复印件（纸质）' }] : []),
    { type: 'household-register', name: '户口簿复印件（纸质）' },
  ]
  return submission({ ...applicationForm(), attachments: [...photos, ...onPaper] })
}

const applications = () => env.deps.store.find('applications', {})

describe('application papers', () => {
  it('accepts the applicant’s own paper photos and keeps them on the form', async () => {
    await upload(APPLICANT, 'paper-front-01')
    await upload(APPLICANT, 'paper-back-001')
    const app = dataOf<{ id: string }>(await act(env, APPLICANT, 'submit', withPapers('paper-front-01', 'paper-back-001')))
    expect(app.id).toMatch(/^ap_/)
  })

  it('shows the papers to the responsible staff through short-lived links, and to nobody else', async () => {
    await upload(APPLICANT, 'paper-front-01')
    const { id: applicationId } = dataOf<{ id: string }>(await act(env, APPLICANT, 'submit', withPapers('paper-front-01')))
    const detail = dataOf<{ papers: { index: number; name: string; url?: string }[]; valueListSet: string }>(
      await act(env, 'demo-staff-u01', 'detail', { applicationId }),
    )
    expect(detail.valueListSet).toBe('national')
    expect(detail.papers).toEqual([{ index: 0, type: 'id-card', name: '身份证复印件1', url: expect.stringMatching(/exp=\d+.*sig=/) }])
    expect(errorOf(await act(env, 'demo-staff-u02', 'detail', { applicationId })).code).toBe('NOT_FOUND')
  })

  it.each([
    ['someone else’s upload', async () => upload('demo-employee3', 'paper-other-01'), 'paper-other-01'],
    ['a visit photo', async () => upload(APPLICANT, 'visit-photo-01', 'visitPhoto'), 'visit-photo-01'],
    ['an id never uploaded', async () => undefined, 'never-uploaded-1'],
  ])('refuses %s, naming the row, and writes nothing', async (_, prepare, uploadId) => {
    await upload(APPLICANT, 'paper-front-01')
    await prepare()
    const error = errorOf(await act(env, APPLICANT, 'submit', withPapers('paper-front-01', uploadId)))
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      message: '附件2的照片未上传或不属于您，请重新上传',
      fields: { 'form.attachments.1.uploadId': '附件2的照片未上传或不属于您，请重新上传' },
    })
    expect(await applications()).toMatchObject({ items: [] })
  })
})
