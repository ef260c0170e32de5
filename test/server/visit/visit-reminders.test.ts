/** The visit sweep on a controlled clock: 走访提醒 when a window opens, 走访逾期 after it, never twice; the weekly digest once a week. */
import { sweepVisitReminders } from '../../../cloudfunctions/features/visit/visit-reminders'
import { makeTestEnv, type TestEnv } from '../../support/test-deps'
import { inbox } from '../application/support/application-form'
import { COUNTY, filedCase, GRASSROOTS, HELPER, photos, visitAct, visitForm } from './support/visit-fixtures'

/** 09:00 China time on `date`. */
const at = (env: TestEnv, date: string) => (env.clock.current = new Date(`${date}T01:00:00Z`))
const kinds = async (userId: string, kind: string) => (await inbox(env, userId)).items.filter((n) => n.kind === kind)
let env: TestEnv

describe('visit reminders', () => {
  let applicationId: string
  beforeEach(async () => {
    env = await makeTestEnv()
    applicationId = await filedCase(env) // filed 2026-11-22: this year's March window is not required
  })
  afterEach(() => env.close())

  const sweep = () => sweepVisitReminders(env.deps)

  it('reminds the helper when the December window opens, once', async () => {
    expect(await sweep()).toMatchObject({ due: 0, overdue: 0 })
    at(env, '2026-12-01')
    expect(await sweep()).toMatchObject({ due: 1, overdue: 0 })
    expect(await sweep()).toMatchObject({ due: 0, overdue: 0 })
    expect(await kinds(HELPER, 'visitDue')).toEqual([
      expect.objectContaining({
        title: '走访提醒',
        body: '青石机械厂工会困难职工李**家（档案号130306-2026-00001）的年终评价走访期为2026-12-01至2026-12-31，请按时入户走访并上传走访记录。',
      }),
    ])
    expect(await kinds(GRASSROOTS, 'visitDue')).toHaveLength(0)
  })

  it('reminds in March, warns once when March passed without a visit, and stays quiet after', async () => {
    at(env, '2027-02-28')
    expect(await sweep()).toMatchObject({ due: 0, overdue: 0 })
    at(env, '2027-03-01')
    expect(await sweep()).toMatchObject({ due: 1, overdue: 0 })
    at(env, '2027-03-31')
    expect(await sweep()).toMatchObject({ due: 0, overdue: 0 })
    at(env, '2027-04-01')
    expect(await sweep()).toMatchObject({ due: 0, overdue: 1 })
    at(env, '2027-04-02')
    expect(await sweep()).toMatchObject({ due: 0, overdue: 0 })
    expect((await kinds(HELPER, 'visitDue')).map((n) => n.body)).toEqual([expect.stringContaining('制定帮扶计划走访期为2027-03-01至2027-03-31')])
    expect(await kinds(HELPER, 'visitOverdue')).toEqual([
      expect.objectContaining({ title: '走访逾期', body: expect.stringContaining('制定帮扶计划走访（2027-03-01至2027-03-31）已逾期') }),
    ])
  })

  it('sends no overdue warning when the household was visited in March', async () => {
    at(env, '2027-03-05')
    await sweep()
    await visitAct(env, HELPER, 'file', visitForm(applicationId, await photos(env, HELPER), { happenedAt: '2027-03-05' }))
    at(env, '2027-04-01')
    expect(await sweep()).toMatchObject({ due: 0, overdue: 0 })
    expect(await kinds(HELPER, 'visitOverdue')).toHaveLength(0)
  })

  it('reminds a second helper paired later, and the first helper not again', async () => {
    at(env, '2027-03-01')
    await sweep()
    expect(await visitAct(env, 'demo-staff-c1303', 'pair', { applicationId, helperId: HELPER, secondHelperId: 'demo-helper3' })).toMatchObject({ ok: true })
    expect(await sweep()).toMatchObject({ due: 1 })
    expect(await kinds('demo-helper3', 'visitDue')).toHaveLength(1)
    expect(await kinds(HELPER, 'visitDue')).toHaveLength(1)
  })

  it('sends each union with households in its subtree one digest a week', async () => {
    expect((await sweep()).digests).toBe(4) // u01, d130306, c1303, p13 (Sunday 2026-11-22, week 47)
    expect((await sweep()).digests).toBe(0)
    at(env, '2026-11-23') // Monday: week 48
    expect((await sweep()).digests).toBe(4)
    at(env, '2026-11-29')
    expect((await sweep()).digests).toBe(0)
    const digests = await kinds(GRASSROOTS, 'visitDigest')
    expect(digests).toHaveLength(2)
    expect(digests[0]).toMatchObject({
      title: '走访周报',
      body: '本周走访情况（青石机械厂工会及下级工会）：在档困难职工1户，今年已走访0户，未达年度走访次数1户；当前待走访0户，走访逾期0户；脱困候选0户。详情请查看“走访与结对情况”。',
    })
    expect(await kinds(COUNTY, 'visitDigest')).toHaveLength(2)
    for (const other of ['demo-staff-u02', 'demo-staff-d130304']) expect(await kinds(other, 'visitDigest')).toHaveLength(0)
  })
})
