/**
 * What the CloudBase store actually sends. @cloudbase/node-sdk is pointed at a
 * local server (`serviceUrl`) that records every request body; the shapes
 * asserted here were first recorded from the SDK, and the answers follow
 * what the SDK source reads back.
 */
import { CloudbaseStore } from '../../cloudfunctions/adapters/cloudbase/store.cloudbase'
import { fromEjson, FakeCloudbase, type Body } from './support/fake-cloudbase'

let fake: FakeCloudbase
let store: CloudbaseStore

beforeEach(async () => {
  fake = await new FakeCloudbase().start()
  store = new CloudbaseStore(fake.app())
})
afterEach(() => fake.close())

const decoded = (value: unknown) => fromEjson(JSON.parse(String(value)))
const writes = (bodies: Body[]) => bodies.filter((b) => /insertDocument|modifyDocument|removeDocument/.test(b.action))

async function seedNotices(n: number) {
  for (let i = 0; i < n; i += 1) await store.insert('notices', `n${i}`, { recipientId: 'u1', createdAt: `2026-01-0${i % 3}`, read: false })
  fake.requests.length = 0
}

describe('CloudBase store on the wire', () => {
  it('removes many documents with one WHERE remove on _id, outside any transaction', async () => {
    await seedNotices(3)
    expect(await store.removeMany('notices', ['n0', 'n2'])).toBe(2)
    expect(fake.requests).toHaveLength(1)
    expect(fake.requests[0]).toMatchObject({ action: 'database.removeDocument', collectionName: 'notices', queryType: 'WHERE', multi: true })
    expect(decoded(fake.requests[0]?.query)).toEqual({ _id: { $in: ['n0', 'n2'] } })
    expect(fake.requests[0]).not.toHaveProperty('transactionId')
  })

  it('gets a document by _id with a DOC query outside any transaction', async () => {
    await store.get('users', 'u1')
    expect(fake.requests).toEqual([
      expect.objectContaining({ action: 'database.getDocument', collectionName: 'users', queryType: 'DOC', query: '{"_id":"u1"}', multi: false }),
    ])
    expect(fake.requests[0]).not.toHaveProperty('transactionId')
  })

  it('finds with where, order by the field then _id, and limit + 1', async () => {
    await store.find('profiles', {
      where: [
        { field: 'unionPath', op: 'prefix', value: '/p13/c1303/' },
        { field: 'boundAt', op: 'gte', value: '2026-01-01' },
      ],
      orderBy: { field: 'boundAt', direction: 'desc' },
      limit: 20,
    })
    const [body] = fake.requests
    expect(body).toMatchObject({ action: 'database.getDocument', collectionName: 'profiles', queryType: 'WHERE', limit: 21 })
    expect(decoded(body?.query)).toEqual({
      $and: [{ unionPath: { $gte: '/p13/c1303/' } }, { unionPath: { $lt: '/p13/c1303/\uffff' } }, { boundAt: { $gte: '2026-01-01' } }],
    })
    // Key order is the sort order: the field first, then _id to break ties.
    expect(Object.entries(decoded(body?.order) as object)).toEqual([
      ['boundAt', -1],
      ['_id', -1],
    ])
  })

  it('turns a cursor into "strictly after the last row" on (field, _id)', async () => {
    await seedNotices(5)
    const first = await store.find<{ createdAt: string }>('notices', {
      where: [{ field: 'recipientId', op: 'eq', value: 'u1' }],
      orderBy: { field: 'createdAt', direction: 'asc' },
      limit: 2,
    })
    const last = first.items[1]!
    expect(first.nextCursor).not.toBeNull()
    fake.requests.length = 0
    const second = await store.find('notices', {
      where: [{ field: 'recipientId', op: 'eq', value: 'u1' }],
      orderBy: { field: 'createdAt', direction: 'asc' },
      limit: 2,
      cursor: first.nextCursor!,
    })
    expect(decoded(fake.requests[0]?.query)).toEqual({
      $and: [{ recipientId: 'u1' }, { $or: [{ createdAt: { $gt: last.createdAt } }, { createdAt: last.createdAt, _id: { $gt: last.id } }] }],
    })
    expect(second.items.map((d) => d.id)).not.toContain(last.id)
  })

  it('orders by _id alone when no order is given and pages on _id', async () => {
    await seedNotices(3)
    const page = await store.find('notices', { limit: 2 })
    await store.find('notices', { limit: 2, cursor: page.nextCursor! })
    expect(Object.keys(decoded(fake.requests[0]?.order) as object)).toEqual(['_id'])
    expect(fake.requests[0]).not.toHaveProperty('query')
    expect(decoded(fake.requests[1]?.query)).toEqual({ _id: { $gt: page.items[1]!.id } })
  })

  it('counts with calculateDocument and the same filter', async () => {
    await seedNotices(3)
    expect(
      await store.count('notices', [
        { field: 'recipientId', op: 'eq', value: 'u1' },
        { field: 'read', op: 'in', value: [false] },
      ]),
    ).toBe(3)
    expect(fake.requests).toEqual([expect.objectContaining({ action: 'database.calculateDocument', collectionName: 'notices', queryType: 'WHERE' })])
    expect(decoded(fake.requests[0]?.query)).toEqual({ $and: [{ recipientId: 'u1' }, { read: { $in: [false] } }] })
  })

  it('inserts inside a transaction: read the _id, add it, commit', async () => {
    await store.insert('users', 'u1', { displayName: '甲', roles: ['employee'] })
    expect(fake.actions()).toEqual(['database.startTransaction', 'database.getDocument', 'database.insertDocument', 'database.commitTransaction'])
    const [, read, add, commit] = fake.requests
    expect(read).toMatchObject({ transactionId: 'tx-1', queryType: 'DOC', query: '{"_id":"u1"}' })
    expect(add).toMatchObject({ transactionId: 'tx-1', collectionName: 'users' })
    expect(decoded((add?.data as string[])[0])).toEqual({ _id: 'u1', displayName: '甲', roles: ['employee'], version: 1 })
    expect(commit).toMatchObject({ transactionId: 'tx-1' })
  })

  it('updates by reading the version in the transaction, then setting the whole document', async () => {
    await store.insert('users', 'u1', { displayName: '甲', roles: ['employee'] })
    fake.requests.length = 0
    const saved = await store.update('users', 'u1', 1, { displayName: '乙' })
    expect(saved).toMatchObject({ id: 'u1', version: 2, displayName: '乙', roles: ['employee'] })
    expect(fake.actions()).toEqual(['database.startTransaction', 'database.getDocument', 'database.modifyDocument', 'database.commitTransaction'])
    const [, read, modify, commit] = fake.requests
    expect(modify).toMatchObject({ queryType: 'DOC', query: '{"_id":"u1"}', merge: false, multi: false })
    expect([read?.transactionId, modify?.transactionId]).toEqual([commit?.transactionId, commit?.transactionId])
    expect(decoded(modify?.data)).toEqual({ displayName: '乙', roles: ['employee'], version: 2 })
  })

  it('removes by _id inside a transaction after checking the version', async () => {
    await store.insert('users', 'u1', { displayName: '甲' })
    fake.requests.length = 0
    await store.remove('users', 'u1', 1)
    expect(fake.actions()).toEqual(['database.startTransaction', 'database.getDocument', 'database.removeDocument', 'database.commitTransaction'])
    expect(fake.requests[2]).toMatchObject({ queryType: 'DOC', query: '{"_id":"u1"}', multi: false })
    expect(fake.stored('users', 'u1')).toBeUndefined()
  })

  it('never writes by a where-query and never writes outside a transaction', async () => {
    await store.transaction(async (tx) => {
      await tx.insert('profiles', 'p1', { unionPath: '/a/' })
      await tx.insert('claims', 'idNumber:h', { ownerId: 'u1' })
      await tx.update('profiles', 'p1', 1, { unionPath: '/b/' })
      await tx.remove('claims', 'idNumber:h', 1)
    })
    await store.update('profiles', 'p1', 2, { unionPath: '/c/' })
    await store.remove('profiles', 'p1', 3)
    const all = writes(fake.requests)
    expect(all).toHaveLength(6)
    for (const w of all) {
      expect(typeof w.transactionId).toBe('string')
      if (w.action !== 'database.insertDocument') expect(w).toMatchObject({ queryType: 'DOC', multi: false })
    }
  })

  it('answers CONFLICT for a stale version and aborts without writing', async () => {
    await store.insert('users', 'u1', { displayName: '甲' })
    fake.requests.length = 0
    await expect(store.update('users', 'u1', 7, { displayName: '乙' })).rejects.toMatchObject({ code: 'CONFLICT', message: '数据已被他人修改，请刷新后重试' })
    await expect(store.remove('users', 'u1', 7)).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(fake.actions()).toEqual([
      'database.startTransaction',
      'database.getDocument',
      'database.abortTransaction',
      'database.startTransaction',
      'database.getDocument',
      'database.abortTransaction',
    ])
  })

  it('answers DUPLICATE for a taken id, whether the read or the service notices it', async () => {
    await store.insert('users', 'u1', { displayName: '甲' })
    fake.requests.length = 0
    await expect(store.insert('users', 'u1', { displayName: '乙' })).rejects.toMatchObject({ code: 'DUPLICATE' })
    expect(fake.actions()).toEqual(['database.startTransaction', 'database.getDocument', 'database.abortTransaction'])

    // A racing insert lands between our read and our add: the service refuses the add.
    fake.intercept = (b) => (b.action === 'database.insertDocument' ? { code: 'DATABASE_REQUEST_FAILED', message: 'E11000 duplicate key error' } : undefined)
    await expect(store.insert('users', 'u2', { displayName: '丙' })).rejects.toMatchObject({ code: 'DUPLICATE' })
    expect(fake.actions().slice(-1)).toEqual(['database.abortTransaction'])
  })

  it('lets the SDK retry a conflicting transaction, then answers CONFLICT and rolls back', async () => {
    await store.insert('users', 'u1', { displayName: '甲' })
    fake.requests.length = 0
    fake.intercept = (b) =>
      b.action === 'database.modifyDocument' ? { code: 'DATABASE_TRANSACTION_CONFLICT', message: 'database transaction conflict' } : undefined
    await expect(store.update('users', 'u1', 1, { displayName: '乙' })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(fake.actions().filter((a) => a === 'database.startTransaction').length).toBeGreaterThan(1)
    expect(fake.actions().slice(-1)).toEqual(['database.abortTransaction'])
    expect(fake.actions()).not.toContain('database.commitTransaction')
  })

  it('keeps a use case error thrown inside a transaction as it is, and rolls back', async () => {
    const mine = Object.assign(new Error('mine'), { code: 'DUPLICATE_CLAIM' })
    await expect(
      store.transaction(async (tx) => {
        await tx.insert('claims', 'c1', { ownerId: 'u1' })
        throw mine
      }),
    ).rejects.toBe(mine)
    expect(fake.actions().slice(-1)).toEqual(['database.abortTransaction'])
    expect(fake.stored('claims', 'c1')).toBeUndefined()
  })

  it('refuses to send a field name the database cannot hold', async () => {
    await expect(store.insert('requests', 'r1', { result: { 'a.b': 1 } })).rejects.toThrow(/result\.a\.b/)
    await expect(store.insert('requests', 'r2', { _secret: 1 })).rejects.toThrow(/_secret/)
    expect(writes(fake.requests)).toHaveLength(0)
  })
})
