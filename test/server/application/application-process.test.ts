import { FILE_NUMBER } from '../../../src/domain/application/file-number'
import type { MyApplication } from '../../../src/domain/application/application-views'
import { dataOf, errorOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { act, APPLICANT, inbox, SPOUSE_ID, submitted, type Summary } from './support/application-form'

const DAY = 86_400_000
const OWNER = 'demo-staff-u01'
const COUNTY = 'demo-staff-d130306'

type Detail = Summary & {
  form: { idNumber: string; bankCardNumber: string; members: { idNumber: string }[] }
  timeline: unknown[]
  assessment: { explanation: string }
}

describe('application process 申请 → 调查 → 评议 → 公示 → 审批 → 建档', () => {
  let env: TestEnv
  beforeEach(async () => {
    env = await makeTestEnv()
  })
  afterEach(() => env.close())

  const step = async (userId: string, action: string, data: Record<string, unknown>) => dataOf<Summary>(await act(env, userId, action, data))

  it('goes through every step with the right actors, and files with a unique number', async () => {
    const { id } = await submitted(env)
    const applicationId = id
    expect(await step(OWNER, 'accept', { applicationId })).toMatchObject({ status: 'investigating' })

    const investigated = await step(OWNER, 'recordInvestigation', {
      applicationId,
      visitDate: '2026-11-22',
      investigators: ['孙建平', '何丽娟'],
      findings: '家中有一名癌症病人，收入属实',
      verifiedMonthlyIncome: [1800, 1800, 1800, 1800, 1800, 1800],
    })
    expect(investigated).toMatchObject({
      status: 'evaluating',
      perCapitaIncomeFen: 60000,
      changes: ['家庭月人均收入由500元变为600元', expect.stringContaining('评估结果由')],
    })

    expect(await step(OWNER, 'recordEvaluation', { applicationId, meetingDate: '2026-11-22', attendance: 9, result: 'agree' })).toMatchObject({
      status: 'evaluated',
    })
    env.clock.advance(DAY) // Monday 2026-11-23: a publicity starts on a day that has come
    expect(await step(OWNER, 'startPublicity', { applicationId, startDate: '2026-11-23' })).toMatchObject({ status: 'publicizing' })

    // 5 working days from Monday 2026-11-23 end on Friday 11-27; it may be ended from 11-28.
    env.clock.advance(4 * DAY)
    expect(errorOf(await act(env, OWNER, 'endPublicity', { applicationId }))).toEqual({ code: 'CONFLICT', message: '公示期至2026-11-27，期满后才能结束公示' })
    env.clock.advance(DAY)
    expect(await step(OWNER, 'endPublicity', { applicationId })).toMatchObject({ status: 'awaitingApproval' })
    expect((await inbox(env, COUNTY)).items.filter((n) => n.kind === 'applicationAwaitingApproval')).toHaveLength(1)
    expect((await inbox(env, 'demo-staff-d130304')).items.some((n) => n.kind === 'applicationAwaitingApproval')).toBe(false)

    expect(errorOf(await act(env, OWNER, 'approve', { applicationId }))).toEqual({ code: 'FORBIDDEN', message: '您不能审批通过' })
    expect(await step(COUNTY, 'approve', { applicationId })).toMatchObject({ status: 'approved', available: expect.arrayContaining(['file']) })

    const file = { applicationId, fileLevel: '县(区)级', category: '低保户', fileType: '城镇困难职工', helperId: 'demo-helper1' }
    expect(errorOf(await act(env, COUNTY, 'file', { ...file, category: '低保边缘户', helperId: 'demo-staff-u01' })).fields).toEqual({
      helperId: '帮扶责任人不存在或不属于本工会，请重新选择',
    })
    expect(errorOf(await act(env, COUNTY, 'file', file)).fields).toEqual({ overrideReason: expect.stringContaining('请填写调整理由') })
    const filed = await step(COUNTY, 'file', { ...file, category: '低保边缘户' })
    expect(filed).toMatchObject({ status: 'filed', fileNumber: '130306-2026-00001' })
    expect(filed.fileNumber).toMatch(FILE_NUMBER)

    const mine = dataOf<{ items: MyApplication[] }>(await act(env, APPLICANT, 'mine')).items[0]!
    expect(mine.filed).toMatchObject({ fileNumber: '130306-2026-00001', category: '低保边缘户', fileLevel: '县(区)级', helper: { name: '林国栋' } })
    // The worker's copy of the 联系卡: the worker from their bound profile, the helper's own union as 帮扶单位.
    expect(mine.filed?.card).toEqual({
      fileNumber: '130306-2026-00001',
      name: '李大勇',
      sex: '男',
      birthMonth: '1976-11',
      category: '低保边缘户',
      helperUnit: '青石区总工会',
      helperName: '林国栋',
      unionName: '青石机械厂工会',
      valueListSet: 'national',
    })
    expect(mine.timeline.map((t) => [t.step, t.unionName])).toEqual([
      ['submit', '青石机械厂工会'],
      ['accept', '青石机械厂工会'],
      ['recordInvestigation', '青石机械厂工会'],
      ['recordEvaluation', '青石机械厂工会'],
      ['startPublicity', '青石机械厂工会'],
      ['endPublicity', '青石机械厂工会'],
      ['approve', '青石区总工会'],
      ['file', '青石区总工会'],
    ])
    expect(JSON.stringify(mine)).not.toMatch(/孙建平|吴海峰/)
    expect((await inbox(env, APPLICANT)).items.filter((n) => n.kind === 'applicationFiled')).toHaveLength(1)
    expect((await inbox(env, 'demo-helper1')).items.filter((n) => n.kind === 'applicationFiled')).toHaveLength(1)
    const bodies = [...(await inbox(env, APPLICANT)).items, ...(await inbox(env, OWNER)).items, ...(await inbox(env, COUNTY)).items].map((n) => n.body)
    expect(bodies.join()).not.toContain(SPOUSE_ID)
  })

  it('numbers the next file of the region in sequence', async () => {
    await env.deps.store.insert('counters', 'fileNumber:130306:2026', { seq: 41 })
    const { id: applicationId } = await submitted(env)
    for (const [user, action, data] of [
      [OWNER, 'accept', {}],
      [OWNER, 'recordInvestigation', { visitDate: '2026-11-22', investigators: ['甲乙', '丙丁'], findings: '属实' }],
      [OWNER, 'recordEvaluation', { meetingDate: '2026-11-22', attendance: 5, result: 'agree' }],
      [OWNER, 'startPublicity', { startDate: '2026-11-22' }],
      ['advance', '', {}],
      [OWNER, 'endPublicity', {}],
      [COUNTY, 'approve', {}],
    ] as const) {
      if (user === 'advance') env.clock.advance(10 * DAY)
      else await step(user, action, { applicationId, ...data })
    }
    const filed = await step(COUNTY, 'file', { applicationId, fileLevel: '基层级', category: '低保边缘户', fileType: '城镇困难职工', helperId: 'demo-helper1' })
    expect(filed.fileNumber).toBe('130306-2026-00042')
  })

  it('refuses steps out of order with the machine’s reason', async () => {
    const { id: applicationId } = await submitted(env)
    expect(errorOf(await act(env, OWNER, 'approve', { applicationId }))).toEqual({ code: 'CONFLICT', message: '当前状态为“已提交，待受理”，不能审批通过' })
  })

  it('keeps sibling unions out: they cannot list, see or act', async () => {
    const { id: applicationId } = await submitted(env)
    for (const sibling of ['demo-staff-u02', 'demo-staff-d130304']) {
      expect(dataOf<{ items: Summary[] }>(await act(env, sibling, 'list', {})).items).toEqual([])
      expect(errorOf(await act(env, sibling, 'detail', { applicationId })).code).toBe('NOT_FOUND')
      expect(errorOf(await act(env, sibling, 'accept', { applicationId })).code).toBe('NOT_FOUND')
      expect(errorOf(await act(env, sibling, 'reveal', { applicationId, field: 'form.idNumber' })).code).toBe('NOT_FOUND')
    }
    for (const above of [OWNER, COUNTY, 'demo-staff-c1303', 'demo-staff-p13']) {
      const list = dataOf<{ items: Summary[]; counts: Record<string, number> }>(await act(env, above, 'list', { status: 'submitted' }))
      expect(list.items.map((a) => a.id)).toEqual([applicationId])
      expect(list.counts).toMatchObject({ submitted: 1, filed: 0 })
    }
  })

  it('shows staff the detail masked, reveals one value on request, and audits it', async () => {
    const { id: applicationId } = await submitted(env)
    const detail = dataOf<Detail>(await act(env, OWNER, 'detail', { applicationId }))
    expect(detail.form.idNumber).toBe('130***********0310')
    expect(detail.form.members[0]!.idNumber).toMatch(/^130\*+\d{3}[\dX]$/)
    expect(detail.form.bankCardNumber).toBe('**** 0123')
    expect(detail.assessment.explanation).toContain('低保标准550元')
    expect(detail.available).toEqual(['accept', 'return', 'reject', 'markFalseDeclaration'])
    expect(JSON.stringify(detail)).not.toContain(SPOUSE_ID)

    const revealed = dataOf<{ value: string }>(await act(env, OWNER, 'reveal', { applicationId, field: 'form.members.0.idNumber' }))
    expect(revealed.value).toBe(SPOUSE_ID)
    const audits = await env.deps.store.find<{ action: string; fields: string[] }>('audit', { where: [{ field: 'targetId', op: 'eq', value: applicationId }] })
    expect(audits.items.filter((a) => a.action === 'application.reveal').map((a) => a.fields)).toEqual([['form.members.0.idNumber']])
  })
})
