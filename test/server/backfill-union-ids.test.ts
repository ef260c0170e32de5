/** A DATA_DIR from before `unionIds` existed: its documents are found by subtree after the next start. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { SqliteStore } from '../../cloudfunctions/adapters/sqlite/store.sqlite'
import { inSubtree } from '../../cloudfunctions/core/subtree'
import { makeLocalDeps } from '../../cloudfunctions/local-host/local-deps'

describe('backfilling union ids in an existing DATA_DIR', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'bangfu-backfill-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('derives unionIds / helperUnionIds from the stored path at open, keeps versions, and touches nothing twice', async () => {
    const old = new SqliteStore(path.join(dir, 'bangfu.sqlite'))
    await old.insert('applications', 'a1', { unionPath: '/p13/c1303/d130306/u01/', status: 'filed', updatedAt: '2026-01-01' })
    await old.update('applications', 'a1', 1, { status: 'filed' })
    await old.insert('visits', 'v1', { unionPath: '/p13/c1303/d130304/u03/', year: 2026 })
    await old.insert('profiles', 'p1', { unionPath: '/p13/c1303/d130306/u02/' })
    await old.insert('users', 'h1', { roles: ['helper'], helperUnionPath: '/p13/c1303/' })
    await old.insert('users', 's1', { roles: ['staff'], staffUnionId: 'u01' })
    await old.close()

    const deps = makeLocalDeps(dir)
    const { store } = deps
    expect(await store.get('applications', 'a1')).toMatchObject({ version: 2, unionIds: ['p13', 'c1303', 'd130306', 'u01'] })
    expect((await store.find('applications', { where: [inSubtree('d130306')] })).items.map((d) => d.id)).toEqual(['a1'])
    expect(await store.count('visits', [inSubtree('d130304')])).toBe(1)
    expect(await store.count('profiles', [inSubtree('u02')])).toBe(1)
    expect((await store.find('users', { where: [inSubtree('c1303', 'helperUnionIds')] })).items.map((d) => d.id)).toEqual(['h1'])
    expect(await store.get('users', 's1')).not.toHaveProperty('helperUnionIds')
    await store.close()

    const again = makeLocalDeps(dir)
    expect(await again.store.get('applications', 'a1')).toMatchObject({ version: 2 })
    await again.store.close()
  })
})
