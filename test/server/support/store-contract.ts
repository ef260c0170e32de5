/**
 * The Store contract, written once. Every adapter runs it; the CloudBase
 * adapter runs it against a wire-level stand-in of the service (test/cloud),
 * and its exact requests are checked there too.
 */
import type { Store } from '../../../cloudfunctions/core/ports/store.port'

type Row = { unionPath: string; boundAt: string; name: string }

export function storeContract(name: string, open: () => Promise<{ store: Store; reopen: () => Promise<Store>; done: () => Promise<void> }>) {
  describe(`Store contract: ${name}`, () => {
    let store: Store
    let reopen: () => Promise<Store>
    let done: () => Promise<void>

    beforeEach(async () => {
      ;({ store, reopen, done } = await open())
    })
    afterEach(() => done())

    it('inserts, gets and versions a document', async () => {
      const doc = await store.insert('profiles', 'p1', { unionPath: '/a/', boundAt: '2026-01-01', name: '甲' })
      expect(doc).toMatchObject({ id: 'p1', version: 1, name: '甲' })
      expect(await store.get('profiles', 'p1')).toEqual(doc)
      expect(await store.get('profiles', 'nope')).toBeNull()
    })

    it('refuses a second insert with the same id', async () => {
      await store.insert('profiles', 'p1', { name: '甲' })
      await expect(store.insert('profiles', 'p1', { name: '乙' })).rejects.toMatchObject({ code: 'DUPLICATE' })
      expect(await store.get('profiles', 'p1')).toMatchObject({ name: '甲' })
    })

    it('updates only with the version it read, and refuses stale writes', async () => {
      await store.insert('profiles', 'p1', { name: '甲', unionPath: '/a/' })
      const v2 = await store.update<Row>('profiles', 'p1', 1, { name: '乙' })
      expect(v2).toMatchObject({ version: 2, name: '乙', unionPath: '/a/' })
      await expect(store.update<Row>('profiles', 'p1', 1, { name: '丙' })).rejects.toMatchObject({ code: 'CONFLICT' })
      await expect(store.update<Row>('profiles', 'missing', 1, { name: '丙' })).rejects.toMatchObject({ code: 'CONFLICT' })
      expect(await store.get('profiles', 'p1')).toMatchObject({ version: 2, name: '乙' })
    })

    it('removes only with the current version', async () => {
      await store.insert('profiles', 'p1', { name: '甲' })
      await expect(store.remove('profiles', 'p1', 7)).rejects.toMatchObject({ code: 'CONFLICT' })
      await store.remove('profiles', 'p1', 1)
      expect(await store.get('profiles', 'p1')).toBeNull()
    })

    it('commits all of a transaction or none of it', async () => {
      await store.insert('profiles', 'p1', { name: '甲' })
      await expect(
        store.transaction(async (tx) => {
          await tx.insert('profiles', 'p2', { name: '乙' })
          await tx.update('profiles', 'p1', 1, { name: '改' })
          await tx.insert('profiles', 'p1', { name: '重复' })
        }),
      ).rejects.toMatchObject({ code: 'DUPLICATE' })
      expect(await store.get('profiles', 'p2')).toBeNull()
      expect(await store.get('profiles', 'p1')).toMatchObject({ name: '甲', version: 1 })

      await store.transaction(async (tx) => {
        await tx.insert('profiles', 'p2', { name: '乙' })
        await tx.update('profiles', 'p1', 1, { name: '改' })
      })
      expect(await store.get('profiles', 'p2')).toMatchObject({ name: '乙' })
      expect(await store.get('profiles', 'p1')).toMatchObject({ name: '改', version: 2 })
    })

    it('serialises concurrent transactions so one stale update loses', async () => {
      await store.insert('profiles', 'p1', { name: '甲' })
      const attempts = await Promise.allSettled(['乙', '丙'].map((name) => store.transaction(async (tx) => tx.update('profiles', 'p1', 1, { name }))))
      expect(attempts.map((a) => a.status).sort()).toEqual(['fulfilled', 'rejected'])
      expect(await store.get('profiles', 'p1')).toMatchObject({ version: 2 })
    })

    it('finds by equality, in, range and path prefix', async () => {
      const rows: [string, Row][] = [
        ['a', { unionPath: '/p13/c1303/d130306/u01/', boundAt: '2026-01-03', name: '甲' }],
        ['b', { unionPath: '/p13/c1303/d130306/u02/', boundAt: '2026-01-01', name: '乙' }],
        ['c', { unionPath: '/p13/c1303/d130304/u03/', boundAt: '2026-01-02', name: '丙' }],
        ['d', { unionPath: '/p13/c1303/d1303060/', boundAt: '2026-01-04', name: '丁' }],
      ]
      for (const [id, row] of rows) await store.insert('profiles', id, row)
      const ids = async (q: Parameters<Store['find']>[1]) => (await store.find('profiles', q)).items.map((d) => d.id)

      expect(await ids({ where: [{ field: 'unionPath', op: 'prefix', value: '/p13/c1303/d130306/' }] })).toEqual(['a', 'b'])
      expect(await ids({ where: [{ field: 'unionPath', op: 'eq', value: '/p13/c1303/d130304/u03/' }] })).toEqual(['c'])
      expect(await ids({ where: [{ field: 'boundAt', op: 'in', value: ['2026-01-01', '2026-01-04'] }] })).toEqual(['b', 'd'])
      expect(
        await ids({
          where: [
            { field: 'boundAt', op: 'gte', value: '2026-01-02' },
            { field: 'boundAt', op: 'lt', value: '2026-01-04' },
          ],
        }),
      ).toEqual(['a', 'c'])
      expect(await ids({ orderBy: { field: 'boundAt', direction: 'desc' } })).toEqual(['d', 'a', 'c', 'b'])
      expect(await store.count('profiles', [{ field: 'unionPath', op: 'prefix', value: '/p13/' }])).toBe(4)
      expect(await store.count('profiles')).toBe(4)
    })

    it('pages with a cursor without skipping or repeating ties', async () => {
      for (let i = 0; i < 45; i += 1)
        await store.insert('notices', `n${String(i).padStart(2, '0')}`, { recipientId: 'u', createdAt: `2026-01-0${i % 3}`, read: i % 2 === 0 })
      const seen: string[] = []
      let cursor: string | undefined
      do {
        const page = await store.find('notices', {
          where: [{ field: 'recipientId', op: 'eq', value: 'u' }],
          orderBy: { field: 'createdAt', direction: 'desc' },
          limit: 20,
          cursor,
        })
        expect(page.items.length).toBeLessThanOrEqual(20)
        seen.push(...page.items.map((d) => d.id))
        cursor = page.nextCursor ?? undefined
      } while (cursor)
      expect(seen).toHaveLength(45)
      expect(new Set(seen).size).toBe(45)
      expect(await store.count('notices', [{ field: 'read', op: 'eq', value: false }])).toBe(22)
    })

    it('counts each of a few values of a field, leaving out values with none', async () => {
      for (let i = 0; i < 7; i += 1) {
        const kind = i < 4 ? 'applicationSubmitted' : 'publicityOver'
        await store.insert('notices', `k${i}`, { recipientId: i === 6 ? 'other' : 'me', kind, createdAt: `2026-01-0${i + 1}`, read: i === 0 })
      }
      const mine = [{ field: 'recipientId', op: 'eq' as const, value: 'me' }]
      expect(await store.countEach('notices', mine, 'kind', ['applicationSubmitted', 'publicityOver', 'visitDue'])).toEqual({
        applicationSubmitted: 4,
        publicityOver: 2,
      })
      const unread = [...mine, { field: 'read', op: 'eq' as const, value: false }]
      expect(await store.countEach('notices', unread, 'kind', ['applicationSubmitted', 'publicityOver'])).toEqual({ applicationSubmitted: 3, publicityOver: 2 })
      await expect(store.countEach('notices', mine, 'body', ['x'])).rejects.toThrow(/not declared/)
    })

    it('finds and counts by an array element (a union subtree), sorted and paged by another field', async () => {
      const apps: [string, string[], string, string][] = [
        ['a1', ['p13', 'c1303', 'd130306', 'u01'], 'submitted', '2026-01-05'],
        ['a2', ['p13', 'c1303', 'd130306', 'u02'], 'filed', '2026-01-04'],
        ['a3', ['p13', 'c1303', 'd130304', 'u03'], 'submitted', '2026-01-03'],
        ['a4', ['p13', 'c1303', 'd130306'], 'submitted', '2026-01-02'],
        ['a5', ['p14', 'c1401'], 'submitted', '2026-01-06'],
      ]
      for (const [id, unionIds, status, updatedAt] of apps) await store.insert('applications', id, { unionIds, status, updatedAt, sealed: 'x'.repeat(50) })
      const ids = async (q: Parameters<Store['find']>[1]) => (await store.find('applications', q)).items.map((d) => d.id)
      const newest = { field: 'updatedAt', direction: 'desc' as const }

      expect(await ids({ where: [{ field: 'unionIds', op: 'has', value: 'd130306' }], orderBy: newest })).toEqual(['a1', 'a2', 'a4'])
      expect(
        await ids({
          where: [
            { field: 'status', op: 'eq', value: 'submitted' },
            { field: 'unionIds', op: 'has', value: 'c1303' },
          ],
          orderBy: newest,
        }),
      ).toEqual(['a1', 'a3', 'a4'])
      expect(await store.count('applications', [{ field: 'unionIds', op: 'has', value: 'p13' }])).toBe(4)
      expect(await store.countEach('applications', [{ field: 'unionIds', op: 'has', value: 'd130306' }], 'status', ['submitted', 'filed'])).toEqual({
        submitted: 2,
        filed: 1,
      })
      const first = await store.find('applications', { where: [{ field: 'unionIds', op: 'has', value: 'p13' }], orderBy: newest, limit: 3 })
      const rest = await store.find('applications', {
        where: [{ field: 'unionIds', op: 'has', value: 'p13' }],
        orderBy: newest,
        limit: 3,
        cursor: first.nextCursor ?? '',
      })
      expect([...first.items, ...rest.items].map((d) => d.id)).toEqual(['a1', 'a2', 'a3', 'a4'])
      expect(rest.nextCursor).toBeNull()

      // An update that moves a document to another union moves it out of the old subtree at once.
      await store.update('applications', 'a1', 1, { unionIds: ['p14', 'c1401'] })
      expect(await ids({ where: [{ field: 'unionIds', op: 'has', value: 'd130306' }], orderBy: newest })).toEqual(['a2', 'a4'])
      await store.remove('applications', 'a2', 1)
      expect(await store.count('applications', [{ field: 'unionIds', op: 'has', value: 'd130306' }])).toBe(1)
      await expect(store.find('applications', { where: [{ field: 'unionIds', op: 'eq', value: 'p13' }] })).rejects.toThrow(/not declared/)
      await expect(store.find('applications', { where: [{ field: 'status', op: 'has', value: 'filed' }] })).rejects.toThrow(/not declared as an array/)
    })

    it('finds and counts by a nested field (filed.helperId), as the database reads dotted paths', async () => {
      await store.insert('applications', 'f1', { status: 'filed', filed: { helperId: 'h1', secondHelperId: 'h2' } })
      await store.insert('applications', 'f2', { status: 'filed', filed: { helperId: 'h2' } })
      await store.insert('applications', 'f3', { status: 'submitted' })
      const ids = async (field: string, value: string) => (await store.find('applications', { where: [{ field, op: 'eq', value }] })).items.map((d) => d.id)
      expect(await ids('filed.helperId', 'h2')).toEqual(['f2'])
      expect(await ids('filed.secondHelperId', 'h2')).toEqual(['f1'])
      expect(
        await store.count('applications', [
          { field: 'filed.helperId', op: 'in', value: ['h1', 'h2'] },
          { field: 'status', op: 'eq', value: 'filed' },
        ]),
      ).toBe(2)
      expect(await store.count('applications', [{ field: 'filed.helperId', op: 'eq', value: null }])).toBe(1)
      const sorted = await store.find('applications', {
        where: [{ field: 'status', op: 'eq', value: 'filed' }],
        orderBy: { field: 'filed.helperId', direction: 'desc' },
      })
      expect(sorted.items.map((d) => d.id)).toEqual(['f2', 'f1'])
    })

    it('leaves omitted fields out of what a find returns, and nothing else', async () => {
      await store.insert('applications', 's1', { unionIds: ['p13'], updatedAt: '2026-01-01', sealed: { iv: 'i', data: 'd' }, name: '甲' })
      const page = await store.find<{ sealed?: unknown; name: string }>('applications', {
        where: [{ field: 'unionIds', op: 'has', value: 'p13' }],
        omit: ['sealed'],
      })
      expect(page.items).toEqual([{ id: 's1', version: 1, unionIds: ['p13'], updatedAt: '2026-01-01', name: '甲' }])
      expect(await store.get('applications', 's1')).toMatchObject({ sealed: { iv: 'i', data: 'd' } })
      await expect(store.find('applications', { omit: ['a.b'] })).rejects.toThrow(/cannot omit/)
    })

    it('refuses a query on a field that is not declared queryable', async () => {
      await expect(store.find('profiles', { where: [{ field: 'name', op: 'eq', value: '甲' }] })).rejects.toThrow(/not declared/)
    })

    it('keeps committed data across a reopen', async () => {
      await store.insert('profiles', 'p1', { name: '甲' })
      store = await reopen()
      expect(await store.get('profiles', 'p1')).toMatchObject({ name: '甲', version: 1 })
    })
  })
}
