/** Who administers which unions: the whole tree for `admin`, a subtree for `subtreeAdmin`, nothing for anyone else. */
import { resolveCaller } from '../../../cloudfunctions/core/caller'
import { administers } from '../../../cloudfunctions/features/admin/admin-scope'
import type { Union } from '../../../src/domain/union/union'
import { makeTestEnv, type TestEnv } from '../../support/test-deps'

describe('admin scope', () => {
  let env: TestEnv
  beforeAll(async () => {
    env = await makeTestEnv()
  })
  afterAll(() => env.close())

  const union = async (id: string) => (await env.deps.store.get<Union>('unions', id)) as Union
  const caller = async (userId: string) => {
    const found = await resolveCaller(env.deps, { kind: 'user', userId })
    if (!found) throw new Error(`no demo user ${userId}`)
    return found
  }

  it('gives the admin the whole tree', async () => {
    const admin = await caller('demo-admin')
    for (const id of ['p13', 'c1303', 'u04']) expect(administers(admin, await union(id))).toBe(true)
  })

  it('gives the city subtree admin the city and below, not the province', async () => {
    const cityAdmin = await caller('demo-admin-c1303')
    expect(cityAdmin.roles).toEqual(['subtreeAdmin'])
    expect(administers(cityAdmin, await union('c1303'))).toBe(true)
    expect(administers(cityAdmin, await union('u03'))).toBe(true)
    expect(administers(cityAdmin, await union('p13'))).toBe(false)
  })

  it('gives staff and chairs nothing to administer', async () => {
    for (const id of ['demo-staff-p13', 'demo-chair-u01']) expect(administers(await caller(id), await union('u01'))).toBe(false)
  })

  it('drops the subtree admin role when its union is gone', async () => {
    await env.deps.store.insert('users', 'orphan-admin', {
      displayName: '测试',
      roles: ['subtreeAdmin'],
      adminUnionId: 'missing',
      createdAt: env.clock.now().toISOString(),
    })
    expect((await caller('orphan-admin')).roles).toEqual([])
  })
})
