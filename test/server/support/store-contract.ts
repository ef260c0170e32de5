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

    it('removes many documents by id in one call, whatever their version, and counts what was there', async () => {
      for (const id of ['p1', 'p2', 'p3']) await store.insert('profiles', id, { name: id })
      await store.update<Row>('profiles', 'p2', 1, { name: '乙' })
      expect(await store.removeMany('profiles', ['p1', 'p2', 'missing'])).toBe(2)
      expect(await store.get('profiles', 'p1')).toBeNull()
      expect(await store.get('profiles', 'p2')).toBeNull()
      expect(await store.get('profiles', 'p3')).toMatchObject({ name: 'p3' })
      expect(await store.removeMany('profiles', [])).toBe(0)
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
