import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { callAs, dataOf, errorOf, freshRequestId, makeTestEnv, type TestEnv } from '../../support/test-deps'
import {
  act,
  APPLICANT,
  APPLICANT_ID,
  applicationForm,
  CHILD_ID,
  declaration,
  idOf,
  inbox,
  SPOUSE_ID,
  submission,
  submitted,
  type Summary,
} from './support/application-form'

describe('application.submit', () => {
  let env: TestEnv
  beforeEach(async () => {
    env = await makeTestEnv()
  })
  afterEach(() => env.close())

  it('submits, keeps a summary for lists, and notifies the staff of the grassroots union only', async () => {
    const app = await submitted(env)
    expect(app).toMatchObject({
      status: 'submitted',
      applicantName: '李大勇',
      idNumberMasked: '130***********0310',
      householdSize: 3,
      perCapitaIncomeFen: 50000,
      suggestedCriterion: 1,
      suggestedCategory: '低保边缘户',
      union: { id: 'u01', name: '青石机械厂工会' },
    })
    const notices = (await inbox(env, 'demo-staff-u01')).items.filter((n) => n.kind === 'applicationSubmitted')
    expect(notices).toEqual([expect.objectContaining({ title: '新申请', body: '职工李**提交了困难职工建档申请（家庭3人），请及时受理。' })])
    expect((await inbox(env, 'demo-staff-u02')).items.some((n) => n.kind === 'applicationSubmitted')).toBe(false)
    const stored = await env.deps.store.get<{ consent: unknown }>('applications', app.id)
    expect(stored?.consent).toEqual({ version: expect.any(String), agreedAt: '2026-11-22T02:00:00.000Z' })
  })

  it('creates one application for one request sent twice, even after a restart', async () => {
    const requestId = freshRequestId()
    const first = await act(env, APPLICANT, 'submit', submission(), requestId)
    const again = await act(env, APPLICANT, 'submit', submission(), requestId)
    await env.reopen()
    const afterRestart = await act(env, APPLICANT, 'submit', submission(), requestId)
    expect(again).toEqual(first)
    expect(afterRestart).toEqual(first)
    expect(await env.deps.store.count('applications')).toBe(1)
    expect((await inbox(env, 'demo-staff-u01')).items.filter((n) => n.kind === 'applicationSubmitted')).toHaveLength(1)
  })

  it('refuses a household member already in another open application, naming the member', async () => {
    await submitted(env)
    // 张秀英 (u02) lists 刘建军 and 李大勇's child as her household members.
    const other = applicationForm(idOf('employee3'), [idOf('employee4'), CHILD_ID])
    const error = errorOf(await act(env, 'demo-employee3', 'submit', submission({ ...other, name: '张秀英' })))
    expect(error).toEqual({
      code: 'DUPLICATE',
      message: '家庭成员2的身份证号已在其他申请或档案中，不能重复申请',
      fields: { 'form.members.1.idNumber': '家庭成员2的身份证号已在其他申请或档案中，不能重复申请' },
    })
    expect(await env.deps.store.count('applications')).toBe(1)
  })

  it('refuses a second open application of the same applicant', async () => {
    await submitted(env)
    expect(errorOf(await act(env, APPLICANT, 'submit', submission()))).toMatchObject({
      code: 'DUPLICATE',
      message: '职工本人的身份证号已在其他申请或档案中，不能重复申请',
    })
  })

  it('refuses a blacklisted ID number', async () => {
    const hash = env.deps.keys.lookupHash('idNumber', SPOUSE_ID)
    await env.deps.store.insert('blacklist', hash, { at: '2026-01-01T00:00:00Z', applicationId: 'x', reason: '测试' })
    expect(errorOf(await act(env, APPLICANT, 'submit', submission()))).toEqual({
      code: 'CONFLICT',
      message: '家庭成员1的身份证号已列入建档黑名单，不能申请',
      fields: { 'form.members.0.idNumber': '家庭成员1的身份证号已列入建档黑名单，不能申请' },
    })
  })

  it('requires the consent, naming it', async () => {
    const noConsent = errorOf(await act(env, APPLICANT, 'submit', { form: applicationForm(), declaration: declaration() }))
    expect(noConsent).toMatchObject({ code: 'INVALID_INPUT', fields: { consent: '请阅读并同意授权书（声明书）后再提交' } })
    const stale = errorOf(await act(env, APPLICANT, 'submit', { ...submission(), consent: { version: 'old', agreed: true } }))
    expect(stale.fields).toEqual({ consent: '授权书（声明书）已更新，请重新阅读并同意' })
  })

  it('names bad form fields under form., and refuses a form for someone else', async () => {
    const bad = errorOf(await act(env, APPLICANT, 'submit', submission({ ...applicationForm(), address: '' })))
    expect(bad).toMatchObject({ code: 'INVALID_INPUT', fields: { 'form.address': '家庭住址不能为空' } })
    const notSelf = errorOf(await act(env, APPLICANT, 'submit', submission(applicationForm(idOf('employee3')))))
    expect(notSelf.fields).toEqual({ 'form.idNumber': '档案表中的身份证号应为您本人绑定的身份证号' })
  })

  it('refuses an employee who has not bound a union, in Chinese', async () => {
    expect(errorOf(await act(env, 'demo-employee1', 'submit', submission(applicationForm(idOf('employee1')))))).toEqual({
      code: 'CONFLICT',
      message: '您还没有绑定所属基层工会，请先绑定个人信息后再申请',
    })
  })

  it('keeps every ID and bank card number sealed: no plaintext anywhere in DATA_DIR', async () => {
    const app = await submitted(env)
    dataOf(await act(env, 'demo-staff-u01', 'reveal', { applicationId: app.id, field: 'form.members.0.idNumber' }))
    await env.reopen()
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    for (const file of files(env.dir)) {
      const bytes = readFileSync(file)
      for (const secret of [APPLICANT_ID, SPOUSE_ID, CHILD_ID, '6222021234567890123', '13800000002']) expect(bytes.includes(Buffer.from(secret))).toBe(false)
    }
  })

  it('lets only employees submit', async () => {
    expect(errorOf(await act(env, 'demo-staff-u01', 'submit', submission())).code).toBe('FORBIDDEN')
    expect(errorOf(await callAs(env, null, 'application', 'submit', submission(), freshRequestId())).code).toBe('UNAUTHENTICATED')
  })

  it('shows the applicant their own application and nobody else’s', async () => {
    const app: Summary = await submitted(env)
    const mine = dataOf<{ items: Summary[] }>(await act(env, APPLICANT, 'mine'))
    expect(mine.items.map((a) => a.id)).toEqual([app.id])
    expect(dataOf<{ items: Summary[] }>(await act(env, 'demo-employee3', 'mine')).items).toEqual([])
    expect(errorOf(await act(env, 'demo-employee3', 'detail', { applicationId: app.id })).code).toBe('FORBIDDEN')
  })
})
