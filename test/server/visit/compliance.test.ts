/** 走访与结对情况: the yearly target, households never visited, exit candidates and helpers' pairing counts, per subtree and year. */
import type { ComplianceView } from '../../../src/domain/visit/visit-views'
import { dataOf, errorOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { COUNTY, filedCase, GRASSROOTS, HELPER, photos, visitAct, visitForm } from './support/visit-fixtures'

const CITY = 'demo-staff-c1303'
const at = (env: TestEnv, date: string) => (env.clock.current = new Date(`${date}T01:00:00Z`))

describe('visit.compliance', () => {
  let env: TestEnv
  let applicationId: string
  beforeEach(async () => {
    env = await makeTestEnv()
    applicationId = await filedCase(env)
  })
  afterEach(() => env.close())

  const view = async (userId: string, data: Record<string, unknown> = {}) => dataOf<ComplianceView>(await visitAct(env, userId, 'compliance', data))
  const visit = async (happenedAt: string, patch: Record<string, unknown> = {}) =>
    dataOf(await visitAct(env, HELPER, 'file', visitForm(applicationId, await photos(env, HELPER), { happenedAt, ...patch })))

  it('counts a household never visited this year as under target, and flags cadres below 5 households', async () => {
    at(env, '2027-04-10')
    const county = await view(COUNTY)
    expect(county).toMatchObject({
      year: 2027,
      counts: { files: 1, visited: 0, underTarget: 1, neverVisited: 1, due: 0, overdue: 1, exitCandidates: 0 },
      underTarget: [
        expect.objectContaining({ applicationId, fileNumber: '130306-2026-00001', name: '李**', helperName: '林国栋', visitsThisYear: 0, target: 2 }),
      ],
      neverVisited: [expect.objectContaining({ applicationId, lastVisitOn: null })],
      exitCandidates: [],
    })
    expect(county.helpers).toEqual([{ id: HELPER, name: '林国栋', unionName: '青石区总工会', households: 1, minimum: 5, belowMinimum: true }])
    // The city sees every helper of its subtree: the city cadre 唐永红 and both county cadres, each below 5.
    expect((await view(CITY)).helpers.map((h) => [h.name, h.households, h.belowMinimum])).toEqual([
      ['唐永红', 0, true],
      ['谢春梅', 0, true],
      ['林国栋', 1, true],
    ])
    expect((await view(GRASSROOTS)).helpers).toEqual([])
  })

  it('follows the visits of the year: visited, still under target, then on target; exit candidates from the latest incomes', async () => {
    at(env, '2027-03-05')
    await visit('2027-03-05', { monthlyIncome: [1800, 1800, 1800, 1800, 1800, 1800] })
    at(env, '2027-06-01')
    expect(await view(GRASSROOTS)).toMatchObject({
      counts: { files: 1, visited: 1, underTarget: 1, neverVisited: 0, overdue: 0, exitCandidates: 1 },
      exitCandidates: [expect.objectContaining({ applicationId, visitsThisYear: 1, lastVisitOn: '2027-03-05' })],
    })
    at(env, '2027-12-03')
    await visit('2027-12-03', { type: 'evaluation' })
    expect((await view(GRASSROOTS)).counts).toMatchObject({ visited: 1, underTarget: 0, due: 0, exitCandidates: 1 })
    // Last year's figures stay readable.
    at(env, '2028-01-05')
    expect((await view(GRASSROOTS, { year: 2027 })).counts).toMatchObject({ files: 1, underTarget: 0 })
    expect((await view(GRASSROOTS)).counts).toMatchObject({ files: 1, visited: 0, neverVisited: 1, exitCandidates: 0 })
    expect(errorOf(await visitAct(env, GRASSROOTS, 'compliance', { year: 2029 })).fields).toEqual({ year: '年份不能晚于今年' })
  })

  it('leaves out households filed after the year asked for', async () => {
    expect((await view(GRASSROOTS, { year: 2025 })).counts.files).toBe(0)
  })
})
