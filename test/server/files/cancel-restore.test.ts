/** 注销 and 档案恢复: only the file's subtree cancels (never a helper); claims released except for fraud; a restored file keeps its number and both periods. */
import type { MyApplication } from '../../../src/domain/application/application-views'
import { dataOf, errorOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { act, APPLICANT, submission } from '../application/support/application-form'
import { COUNTY, filedCase, GRASSROOTS, HELPER } from '../visit/support/visit-fixtures'
import { filesAct } from './support'

const cancel = (applicationId: string, patch: Record<string, unknown> = {}) => ({
  applicationId,
  reason: '调离',
  date: '2026-11-22',
  remarks: '调往外省工作',
  ...patch,
})

describe('files.cancel and files.restore', () => {
  let env: TestEnv
  let applicationId: string
  beforeEach(async () => {
    env = await makeTestEnv()
    applicationId = await filedCase(env)
  })
  afterEach(() => env.close())

  it('lets only staff of the file’s subtree cancel, with a reason from the list', async () => {
    expect(errorOf(await filesAct(env, HELPER, 'cancel', cancel(applicationId))).code).toBe('FORBIDDEN')
    for (const outsider of ['demo-staff-u02', 'demo-staff-d130304'])
      expect(errorOf(await filesAct(env, outsider, 'cancel', cancel(applicationId))).code).toBe('NOT_FOUND')
    expect(errorOf(await filesAct(env, GRASSROOTS, 'cancel', cancel(applicationId, { reason: '搬家' }))).fields).toEqual({
      reason: '注销原因应为死亡、调离、解除（终止）劳动合同、辞职、脱困、不再符合建档条件、弄虚作假之一',
    })
    expect(errorOf(await filesAct(env, GRASSROOTS, 'cancel', cancel(applicationId, { date: '2026-11-23' }))).fields).toEqual({ date: '注销日期不能晚于今天' })
    const done = dataOf<{ fileStatus: string; cancellation: { reason: string } }>(await filesAct(env, COUNTY, 'cancel', cancel(applicationId)))
    expect(done).toMatchObject({ fileStatus: 'cancelled', cancellation: { reason: '调离', date: '2026-11-22', remarks: '调往外省工作' } })
    expect(errorOf(await filesAct(env, GRASSROOTS, 'cancel', cancel(applicationId))).code).toBe('CONFLICT')

    const mine = dataOf<{ items: MyApplication[] }>(await act(env, APPLICANT, 'mine', {})).items[0]
    expect(mine?.file).toMatchObject({ statusLabel: '已注销', cancelled: { date: '2026-11-22', reason: '调离', exited: false } })
    expect(dataOf<{ status: string }>(await act(env, APPLICANT, 'submit', submission())).status).toBe('submitted')
  })

  it('keeps the household claimed and blacklists the worker on 弄虚作假; such a file cannot be restored', async () => {
    dataOf(await filesAct(env, GRASSROOTS, 'cancel', cancel(applicationId, { reason: '弄虚作假', remarks: '隐瞒经营收入' })))
    expect(errorOf(await act(env, APPLICANT, 'submit', submission())).message).toMatch(/黑名单/)
    expect(errorOf(await filesAct(env, GRASSROOTS, 'restore', { applicationId }))).toEqual({ code: 'CONFLICT', message: '因弄虚作假注销的档案不能恢复' })
  })

  it('restores a cancelled file through the filing process with its old number and both periods', async () => {
    expect(errorOf(await filesAct(env, GRASSROOTS, 'restore', { applicationId })).code).toBe('CONFLICT')
    dataOf(await filesAct(env, GRASSROOTS, 'cancel', cancel(applicationId, { reason: '不再符合建档条件' })))
    expect(errorOf(await filesAct(env, HELPER, 'restore', { applicationId })).code).toBe('FORBIDDEN')
    const { applicationId: restoredId } = dataOf<{ applicationId: string }>(await filesAct(env, GRASSROOTS, 'restore', { applicationId }))
    expect(restoredId).not.toBe(applicationId)
    // The household is claimed again by the restoring application.
    expect(errorOf(await act(env, APPLICANT, 'submit', submission())).code).toBe('DUPLICATE')

    const steps: [string, string, Record<string, unknown>][] = [
      [GRASSROOTS, 'accept', {}],
      [GRASSROOTS, 'recordInvestigation', { visitDate: '2026-11-22', investigators: ['孙建平', '何丽娟'], findings: '家庭再次陷入困难' }],
      [GRASSROOTS, 'recordEvaluation', { meetingDate: '2026-11-22', attendance: 7, result: 'agree' }],
      [GRASSROOTS, 'startPublicity', { startDate: '2026-11-22' }],
      ['now', '', {}],
      [GRASSROOTS, 'endPublicity', {}],
      [COUNTY, 'approve', {}],
      [COUNTY, 'file', { fileLevel: '县(区)级', category: '低保边缘户', fileType: '城镇困难职工', helperId: HELPER }],
    ]
    let fileNumber = ''
    for (const [user, step, data] of steps) {
      // The publicity runs its working days before it ends.
      if (user === 'now') env.clock.advance(30 * 86_400_000)
      else fileNumber = String(dataOf<{ fileNumber?: string }>(await act(env, user, step, { applicationId: restoredId, ...data })).fileNumber)
    }
    expect(fileNumber).toBe('130306-2026-00001')

    const items = dataOf<{ items: MyApplication[] }>(await act(env, APPLICANT, 'mine', {})).items
    const restored = items.find((a) => a.id === restoredId)
    expect(restored?.file).toMatchObject({
      status: 'active',
      previousPeriods: [{ fileNumber: '130306-2026-00001', cancelledOn: '2026-11-22', reason: '不再符合建档条件' }],
    })
    expect(items.find((a) => a.id === applicationId)?.file?.status).toBe('restored')
    expect(errorOf(await filesAct(env, GRASSROOTS, 'restore', { applicationId })).code).toBe('CONFLICT')
  })
})
