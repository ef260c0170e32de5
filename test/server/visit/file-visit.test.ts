/** 上传走访记录: only the household's helper, with their own photos, not in the future; once per request; the right unions hear of it once. */
import type { FiledVisit, MyHousehold, VisitView } from '../../../src/domain/visit/visit-views'
import { dataOf, errorOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { chinaMinute } from '../../../cloudfunctions/core/ports/clock.port'
import { inbox } from '../application/support/application-form'
import { CITY_HELPER, COUNTY, filedCase, GRASSROOTS, HELPER, OTHER_HELPER, photos, visitAct, visitForm } from './support/visit-fixtures'

describe('visit.file', () => {
  let env: TestEnv
  let applicationId: string
  beforeEach(async () => {
    env = await makeTestEnv()
    applicationId = await filedCase(env)
  })
  afterEach(() => env.close())

  const file = async (patch: Record<string, unknown> = {}, userId = HELPER) =>
    visitAct(env, userId, 'file', visitForm(applicationId, await photos(env, userId, 2), patch))
  const visitNotices = async (userId: string) => (await inbox(env, userId)).items.filter((n) => n.kind === 'visitFiled')

  it('records a visit from the paired helper, sealed at rest, and shows it with its photos', async () => {
    const filed = dataOf<FiledVisit>(await file())
    expect(filed).toMatchObject({
      applicationId,
      happenedAt: '2026-11-22 10:00',
      receivedAt: '2026-11-22T02:00:00.000Z',
      exitCandidate: false,
      status: { year: 2026, visitsThisYear: 1, target: 2, lastVisitOn: '2026-11-22', due: [], overdue: [] },
    })
    const stored = JSON.stringify(await env.deps.store.get('visits', filed.id))
    expect(stored).not.toContain('妻子住院')
    expect(stored).not.toContain('李大勇家')

    const { household, visits } = dataOf<{ household: { name: string }; visits: VisitView[] }>(await visitAct(env, HELPER, 'list', { applicationId }))
    expect(household.name).toBe('李**')
    expect(visits).toEqual([
      expect.objectContaining({
        type: 'plan',
        typeLabel: '制定帮扶计划',
        helper: { id: HELPER, name: '林国栋' },
        situation: '妻子住院治疗，孩子上初中，家中收入仍靠本人工资',
        changes: '妻子病情稳定',
        acknowledgment: { acknowledged: true, by: '李大勇' },
        photos: [expect.objectContaining({ url: expect.any(String) }), expect.objectContaining({ url: expect.any(String) })],
      }),
    ])
    expect(visits[0]).not.toHaveProperty('location')
  })

  it('refuses helpers not paired with the household, as if it did not exist', async () => {
    for (const other of [OTHER_HELPER, CITY_HELPER]) {
      expect(errorOf(await file({}, other))).toEqual({ code: 'NOT_FOUND', message: '档案不存在或您无权查看' })
    }
    expect(errorOf(await visitAct(env, HELPER, 'file', visitForm('no-such-file', await photos(env, HELPER))))).toMatchObject({ code: 'NOT_FOUND' })
    expect(await env.deps.store.count('visits')).toBe(0)
  })

  it('refuses a date in the future or before the household was filed', async () => {
    expect(errorOf(await file({ happenedAt: '2026-11-23' })).fields).toEqual({ happenedAt: '走访时间不能晚于今天' })
    expect(errorOf(await file({ happenedAt: '2026-11-01' })).fields).toEqual({ happenedAt: '走访时间不能早于建档日期（2026-11-22）' })
    // Later today by the server's clock (10:00 China time now), beyond a phone clock's few minutes fast.
    expect(chinaMinute(env.clock.now())).toBe('2026-11-22 10:00')
    expect(errorOf(await file({ happenedAt: '2026-11-22 11:30' })).fields).toEqual({ happenedAt: '走访时间不能晚于现在' })
    expect(dataOf(await file({ happenedAt: '2026-11-22 10:05' }))).toMatchObject({ happenedAt: '2026-11-22 10:05' })
  })

  it('refuses photos that are not the helper’s own visit photos', async () => {
    const [theirs] = await photos(env, CITY_HELPER)
    const [paper] = await photos(env, HELPER, 1, 'attachment')
    const [own] = await photos(env, HELPER)
    const refused = errorOf(await visitAct(env, HELPER, 'file', visitForm(applicationId, [own!, theirs!, paper!])))
    expect(refused).toEqual({
      code: 'INVALID_INPUT',
      message: '第2张走访照片未上传或不属于您，请重新上传（共2处需要修改）',
      fields: { 'photos.1': '第2张走访照片未上传或不属于您，请重新上传', 'photos.2': '第3张走访照片未上传或不属于您，请重新上传' },
    })
    expect(await env.deps.store.count('visits')).toBe(0)
  })

  it('makes one visit of a request retried after a restart', async () => {
    const data = visitForm(applicationId, await photos(env, HELPER))
    const first = dataOf<FiledVisit>(await visitAct(env, HELPER, 'file', data, 'visit-retry-0001'))
    await env.reopen()
    const again = dataOf<FiledVisit>(await visitAct(env, HELPER, 'file', data, 'visit-retry-0001'))
    expect(again.id).toBe(first.id)
    expect(await env.deps.store.count('visits')).toBe(1)
    expect(await visitNotices(GRASSROOTS)).toHaveLength(1)
  })

  it('tells the grassroots union and the county cadre’s own union, once per visit', async () => {
    await file()
    expect(await visitNotices(GRASSROOTS)).toEqual([
      expect.objectContaining({
        title: '走访记录',
        body: '林国栋上传了青石机械厂工会困难职工李**家（档案号130306-2026-00001）的走访记录（制定帮扶计划，2026-11-22 10:00）。',
      }),
    ])
    expect(await visitNotices(COUNTY)).toHaveLength(1)
    for (const nobody of ['demo-staff-u02', 'demo-staff-c1303', 'demo-staff-d130304', HELPER]) expect(await visitNotices(nobody)).toHaveLength(0)
    await file({ type: 'routine' })
    expect(await visitNotices(GRASSROOTS)).toHaveLength(2)
  })

  it('tells only the grassroots union when the helper sits in it', async () => {
    await env.deps.store.update('users', HELPER, (await env.deps.store.get('users', HELPER))!.version, {
      helperUnionId: 'u01',
      helperUnionPath: '/p13/c1303/d130306/u01/',
    })
    await file()
    expect(await visitNotices(GRASSROOTS)).toHaveLength(1)
    expect(await visitNotices(COUNTY)).toHaveLength(0)
  })

  it('re-runs the engine on updated incomes and flags an exit candidate after 6 months above 低保', async () => {
    // 3 people, B = 550: 1800 a month is 600 each, above B in every month.
    const above = dataOf<FiledVisit>(await file({ monthlyIncome: [1800, 1800, 1800, 1800, 1800, 1800] }))
    expect(above.exitCandidate).toBe(true)
    const [notice] = await visitNotices(GRASSROOTS)
    expect(notice?.body).toContain('家庭人均收入已连续6个月高于低保标准，可列为脱困候选')
    const { visits } = dataOf<{ visits: VisitView[] }>(await visitAct(env, GRASSROOTS, 'list', { applicationId }))
    expect(visits[0]?.income).toMatchObject({ monthlyIncomeFen: Array(6).fill(180000), perCapitaMonthlyIncomeFen: 60000, exitCandidate: true })
    expect(visits[0]?.income?.assessment).toMatchObject({ perCapitaMonthlyIncomeFen: 60000 })
    const mine = () => visitAct(env, HELPER, 'mine').then((e) => dataOf<{ households: MyHousehold[] }>(e).households[0])
    expect(await mine()).toMatchObject({ exitCandidate: true })

    // One month at 1500 (500 each) breaks the run: no longer a candidate.
    const below = dataOf<FiledVisit>(await file({ happenedAt: '2026-11-22 10:05', monthlyIncome: [1800, 1800, 1800, 1800, 1800, 1500] }))
    expect(below.exitCandidate).toBe(false)
    expect(await mine()).toMatchObject({ exitCandidate: false })
  })
})
