/**
 * This year's compliance figures from the standing kept on each file: the same view as reading the data itself,
 * kept current by visits, filings and cancellations, refreshed by the daily job, and paged without a cap.
 */
import { runJob } from '../../../cloudfunctions/core/batch-job'
import type { ApplicationDoc } from '../../../cloudfunctions/features/application/application.doc'
import { complianceJob } from '../../../cloudfunctions/features/visit/compliance-sweep'
import type { ComplianceListPage, ComplianceView, HelperPairingPage } from '../../../src/domain/visit/visit-views'
import { filesAct } from '../files/support'
import { dataOf, errorOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { COUNTY, filedCase, GRASSROOTS, HELPER, photos, visitAct, visitForm } from './support/visit-fixtures'

const at = (env: TestEnv, date: string) => (env.clock.current = new Date(`${date}T01:00:00Z`))

describe('visit.compliance from stored standings', () => {
  let env: TestEnv
  let applicationId: string
  beforeEach(async () => {
    env = await makeTestEnv()
    applicationId = await filedCase(env)
  })
  afterEach(() => env.close())

  const view = async (userId = COUNTY) => dataOf<ComplianceView>(await visitAct(env, userId, 'compliance', {}))
  const refresh = () => runJob(env.deps, complianceJob)
  const visit = async (happenedAt: string, patch: Record<string, unknown> = {}) =>
    dataOf(await visitAct(env, HELPER, 'file', visitForm(applicationId, await photos(env, HELPER), { happenedAt, ...patch })))
  /** `n` more households of the same union: copies of the filed one, each with its own id. */
  const copies = async (n: number) => {
    const file = (await env.deps.store.get<ApplicationDoc>('applications', applicationId))!
    const { id: _id, version: _v, ...data } = file
    for (let i = 0; i < n; i += 1) await env.deps.store.insert('applications', `ap_copy_${String(i).padStart(3, '0')}`, data)
  }

  it('gives the same view as reading the data, through a year of visits and a new year', async () => {
    for (const [date, patch] of [
      ['2027-03-05', { monthlyIncome: [1800, 1800, 1800, 1800, 1800, 1800] }],
      ['2027-04-10', null],
      ['2027-12-03', { type: 'evaluation' }],
      ['2028-01-05', null],
    ] as const) {
      at(env, date)
      if (patch) await visit(date, patch)
      const walked = await view()
      expect((await refresh()).counts).toMatchObject({ files: 1 })
      expect(await view()).toEqual(walked)
    }
  })

  it('is kept current by a visit and a cancellation between daily refreshes', async () => {
    at(env, '2027-03-05')
    await refresh()
    expect((await view()).counts).toMatchObject({ files: 1, visited: 0, neverVisited: 1, due: 1 })
    await visit('2027-03-05')
    expect((await view()).counts).toMatchObject({ files: 1, visited: 1, neverVisited: 0, due: 0 })
    const cancelled = await filesAct(env, GRASSROOTS, 'cancel', { applicationId, reason: '调离', date: '2027-03-05' })
    expect(cancelled).toMatchObject({ ok: true })
    expect((await view()).counts).toMatchObject({ files: 0, visited: 0 })
  })

  it('pages each list to its end, however long', async () => {
    at(env, '2027-04-10')
    await copies(120)
    await refresh()
    const first = await view()
    expect(first.counts).toMatchObject({ files: 121, neverVisited: 121 })
    const seen = first.neverVisited.map((r) => r.applicationId)
    let cursor = first.next.neverVisited
    while (cursor) {
      const page = dataOf<ComplianceListPage>(await visitAct(env, COUNTY, 'complianceList', { list: 'neverVisited', cursor }))
      seen.push(...page.rows.map((r) => r.applicationId))
      cursor = page.nextCursor
    }
    expect(new Set(seen).size).toBe(121)
    expect(seen).toHaveLength(121)
  })

  it('pages a walked list by offset before the daily refresh has run', async () => {
    at(env, '2027-04-10')
    await copies(60)
    const first = await view()
    expect(first.neverVisited).toHaveLength(50)
    expect(first.next.neverVisited).toBe('50')
    const rest = dataOf<ComplianceListPage>(await visitAct(env, COUNTY, 'complianceList', { list: 'neverVisited', cursor: '50' }))
    expect(rest).toMatchObject({ nextCursor: null })
    expect(rest.rows).toHaveLength(11)
  })

  it('refuses an unknown list and a cursor it cannot read, naming the field', async () => {
    expect(errorOf(await visitAct(env, COUNTY, 'complianceList', { list: 'all', cursor: '0' })).fields).toHaveProperty('list')
    at(env, '2027-04-10')
    await refresh()
    expect(errorOf(await visitAct(env, COUNTY, 'complianceList', { list: 'underTarget', cursor: 'not-a-cursor' })).code).toBe('BAD_REQUEST')
    expect(errorOf(await visitAct(env, HELPER, 'complianceList', { list: 'underTarget', cursor: '0' })).code).toBe('FORBIDDEN')
  })
})

describe('visit.compliance helpers', () => {
  let env: TestEnv
  beforeAll(async () => {
    env = await makeTestEnv()
    await filedCase(env)
    const helper = { displayName: '帮扶干部', roles: ['helper'], helperUnionId: 'd130306', helperUnionPath: '/p13/c1303/d130306/' }
    for (let i = 0; i < 150; i += 1)
      await env.deps.store.insert('users', `helper-many-${String(i).padStart(3, '0')}`, {
        ...helper,
        helperUnionIds: ['p13', 'c1303', 'd130306'],
        createdAt: env.clock.now().toISOString(),
      })
  })
  afterAll(() => env.close())

  it('come a page at a time, every one of them reached through the cursor', async () => {
    const first = dataOf<ComplianceView>(await visitAct(env, COUNTY, 'compliance', {}))
    expect(first.helpers.length).toBeLessThanOrEqual(100)
    const seen = first.helpers.map((h) => h.id)
    let cursor = first.next.helpers
    expect(cursor).not.toBeNull()
    while (cursor) {
      const page = dataOf<HelperPairingPage>(await visitAct(env, COUNTY, 'complianceHelpers', { cursor }))
      seen.push(...page.rows.map((h) => h.id))
      cursor = page.nextCursor
    }
    // The 150 added and the county's own 林国栋, each once, with his one household.
    expect(new Set(seen).size).toBe(151)
    expect(seen).toHaveLength(151)
    expect(first.helpers.find((h) => h.id === HELPER) ?? { households: 1 }).toMatchObject({ households: 1 })
  })
})
