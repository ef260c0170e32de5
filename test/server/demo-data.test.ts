import type { Union } from '../../src/domain/union/union'
import { parseIdNumber } from '../../src/domain/shared/id-number'
import { DEMO_ACCOUNTS } from '../../cloudfunctions/local-host/demo-data'
import { quietLog, makeTestEnv, type TestEnv } from '../support/test-deps'
import { loadDemoData } from '../../cloudfunctions/local-host/demo-data'

describe('demo data', () => {
  let env: TestEnv
  beforeAll(async () => {
    env = await makeTestEnv()
  })
  afterAll(() => env.close())

  it('builds the union tree: 1 province, 1 city, 2 counties, 4 grassroots unions, with real region codes', async () => {
    const unions = (await env.deps.store.find<Union>('unions', { limit: 100 })).items
    const count = (level: string) => unions.filter((u) => u.level === level).length
    expect([count('province'), count('city'), count('county'), count('grassroots')]).toEqual([1, 1, 2, 4])
    expect(unions.find((u) => u.id === 'd130306')).toMatchObject({ regionCode: '130306', path: '/p13/c1303/d130306/' })
    for (const u of unions.filter((x) => x.level === 'grassroots')) expect(u.path).toMatch(/^\/p13\/c1303\/d13030[46]\/u0\d\/$/)
  })

  it('has staff at every level, 3 helpers and 5 employees with valid fictional ID numbers', () => {
    const staffUnions = DEMO_ACCOUNTS.filter((a) => a.roles.includes('staff')).map((a) => a.unionId)
    expect(staffUnions).toEqual(expect.arrayContaining(['p13', 'c1303', 'd130306', 'd130304', 'u01', 'u02', 'u03', 'u04']))
    expect(DEMO_ACCOUNTS.filter((a) => a.roles.includes('helper'))).toHaveLength(3)
    const employees = DEMO_ACCOUNTS.filter((a) => a.employee)
    expect(employees).toHaveLength(5)
    for (const e of employees) expect(parseIdNumber(e.employee!.idNumber, '2026-11-22')).toMatchObject({ valid: true })
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.name)).size).toBe(DEMO_ACCOUNTS.length)
  })

  it('loads once: a restart keeps the data and adds nothing', async () => {
    const before = await env.deps.store.count('users')
    await env.reopen()
    expect(await loadDemoData(env.deps, quietLog)).toBe(false)
    expect(await env.deps.store.count('users')).toBe(before)
    expect(await env.deps.store.count('profiles')).toBe(4)
  })
})
