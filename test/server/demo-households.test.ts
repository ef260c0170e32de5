/** `npm start` on a fresh DATA_DIR gives helper1 林国栋 a filed household to visit, through the real actions. */
import type { MyHousehold } from '../../src/domain/visit/visit-views'
import { loadDemoHouseholds } from '../../cloudfunctions/local-host/demo-households'
import { callAs, dataOf, makeTestEnv, quietLog, type TestEnv } from '../support/test-deps'

describe('demo households', () => {
  let env: TestEnv
  beforeAll(async () => {
    env = await makeTestEnv()
    env.clock.current = new Date('2026-12-02T02:00:00Z') // the 年终评价 window is open
  })
  afterAll(() => env.close())

  it('files 张秀英’s household (青石街道工会联合会) with 林国栋 as helper, due for its December visit', async () => {
    const started = Date.now()
    expect(await loadDemoHouseholds(env.deps, quietLog)).toBe(true)
    expect(Date.now() - started).toBeLessThan(3_000)
    const mine = dataOf<{ households: MyHousehold[] }>(await callAs(env, 'demo-helper1', 'visit', 'mine'))
    expect(mine.households).toEqual([
      expect.objectContaining({ name: '张**', role: 'primary', union: { id: 'u02', name: '青石街道工会联合会' }, category: '低保边缘户', householdSize: 2 }),
    ])
    expect(mine.households[0]?.status).toMatchObject({ visitsThisYear: 0, lastVisitOn: null, due: ['evaluation'] })
    expect(mine.households[0]?.idNumberMasked).not.toMatch(/\d{17}[\dX]/)
    // Her year's plan waits for her confirmation; the ledger holds two entries, one with goods.
    const ledger = dataOf<{ entries: unknown[]; totals: { amount: number; goodsValue: number } }>(
      await callAs(env, 'demo-employee3', 'assistance', 'ledger', {}),
    )
    expect(ledger.entries).toHaveLength(2)
    expect(ledger.totals).toMatchObject({ amount: 2500, goodsValue: 150 })
    const plans = dataOf<{ items: { status: string; name: string }[] }>(await callAs(env, 'demo-staff-u02', 'assistance', 'awaiting', {}))
    expect(plans.items).toEqual([expect.objectContaining({ status: 'awaitingConfirmation', name: '张秀英' })])
  })

  it('leaves 李大勇 (employee2) without an application, and loads once', async () => {
    const his = dataOf<{ items: unknown[] }>(await callAs(env, 'demo-employee2', 'application', 'mine'))
    expect(his.items).toEqual([])
    expect(await loadDemoHouseholds(env.deps, quietLog)).toBe(false)
    expect(await env.deps.store.count('applications')).toBe(1)
  })
})
