/**
 * Every action × every role: a caller outside `allow` gets FORBIDDEN, nobody
 * signed in gets UNAUTHENTICATED, and an allowed caller never gets FORBIDDEN
 * from the gate (the use case may still refuse for its own reasons).
 */
import type { Role } from '../../src/domain/account/roles'
import { isAllowed } from '../../cloudfunctions/core/action'
import { FUNCTIONS } from '../../cloudfunctions/features/registry'
import { callAs, freshRequestId, makeTestEnv, type TestEnv } from '../support/test-deps'

const CALLERS: Record<Role, string> = {
  employee: 'demo-employee1',
  staff: 'demo-staff-u01',
  helper: 'demo-helper1',
  chair: 'demo-chair-u01',
  subtreeAdmin: 'demo-admin-c1303',
  admin: 'demo-admin',
}
/** The demo chair is a staff member of u01 marked chair: the gate sees both roles. */
const ROLES_OF: Record<Role, Role[]> = {
  employee: ['employee'],
  staff: ['staff'],
  helper: ['helper'],
  chair: ['staff', 'chair'],
  subtreeAdmin: ['subtreeAdmin'],
  admin: ['admin'],
}
const cases = Object.entries(FUNCTIONS).flatMap(([fn, actions]) =>
  Object.entries(actions).map(([name, action]) => [`${fn}.${name}`, fn, name, action] as const),
)

describe('authorization matrix', () => {
  let env: TestEnv
  beforeAll(async () => {
    env = await makeTestEnv()
  })
  afterAll(() => env.close())

  it('covers every action', () => expect(cases.length).toBeGreaterThanOrEqual(6))

  it('lets only admins list the notices the outside channel gave up on', () => expect(FUNCTIONS.inbox?.deadNotices?.allow).toEqual(['admin']))

  it('lets only staff read the helpers they may assign', async () => {
    expect(FUNCTIONS.application?.helpers?.allow).toEqual(['staff'])
    for (const userId of [CALLERS.employee, CALLERS.helper, CALLERS.admin]) {
      expect(await callAs(env, userId, 'application', 'helpers', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await callAs(env, CALLERS.staff, 'application', 'helpers', {})).toMatchObject({ ok: true })
  })

  it('lets helpers file and read visits, staff read them, see compliance and pair (relations: test/server/visit/visit-access.test.ts)', () => {
    const allow = Object.fromEntries(Object.entries(FUNCTIONS.visit ?? {}).map(([name, action]) => [name, action.allow]))
    expect(allow).toEqual({
      mine: ['helper'],
      file: ['helper'],
      list: ['helper', 'staff'],
      compliance: ['staff'],
      complianceList: ['staff'],
      complianceHelpers: ['staff'],
      pair: ['staff'],
    })
  })

  it('lets staff record aid and run campaigns, staff or the paired helper plan, the worker confirm (relations: test/server/assistance/)', () => {
    const allow = Object.fromEntries(Object.entries(FUNCTIONS.assistance ?? {}).map(([name, action]) => [name, action.allow]))
    expect(allow).toEqual({
      ...{ plan: ['staff', 'helper'], confirmPlan: ['employee'], overview: ['staff', 'helper', 'employee'], awaiting: ['staff'] },
      ...{ printCard: ['staff', 'helper', 'employee'], contact: ['staff', 'helper'], record: ['staff'], campaign: ['staff'], households: ['staff'] },
      ...{ ledger: ['staff', 'helper', 'employee'], reverse: ['staff'], export: ['staff', 'helper'] },
    })
    expect(FUNCTIONS.account?.setWorkProfile?.allow).toEqual(['staff', 'helper'])
  })

  it('lets staff and helpers fill the 认定书, only chairs certify, only staff cancel, restore and read rosters (relations: test/server/files)', () => {
    const allow = Object.fromEntries(Object.entries(FUNCTIONS.files ?? {}).map(([name, action]) => [name, action.allow]))
    expect(allow).toEqual({
      evaluate: ['staff', 'helper'],
      certify: ['chair'],
      cancel: ['staff'],
      restore: ['staff'],
      roster: ['staff'],
      rosterExport: ['staff'],
      printCertificate: ['staff', 'chair'],
      reportRoster: ['staff'],
      rosterReports: ['staff'],
      receiveRoster: ['staff'],
      yearEnd: ['staff'],
      certificates: ['chair', 'staff'],
    })
  })

  describe.each(cases)('%s', (_label, fn, name, action) => {
    it('refuses a caller who is not signed in', async () => {
      const result = await callAs(env, null, fn, name, {}, freshRequestId())
      expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    })

    it.each(Object.entries(CALLERS))('gates %s by its allow list', async (role, userId) => {
      const result = await callAs(env, userId, fn, name, {}, freshRequestId())
      const allowed = isAllowed(action.allow, { userId, displayName: '', roles: ROLES_OF[role as Role] })
      if (allowed) expect(result.ok || result.error.code !== 'FORBIDDEN').toBe(true)
      else expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    })
  })
})
