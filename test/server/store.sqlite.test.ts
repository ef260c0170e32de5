import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { SqliteStore } from '../../cloudfunctions/adapters/sqlite/store.sqlite'
import { storeContract } from './support/store-contract'

storeContract('SQLite', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bangfu-store-'))
  const file = path.join(dir, 'db.sqlite')
  let store = new SqliteStore(file)
  return {
    store,
    reopen: async () => {
      await store.close()
      store = new SqliteStore(file)
      return store
    },
    done: async () => {
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
})

describe('SQLite store specifics', () => {
  it('indexes the declared fields as generated columns and uses them', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bangfu-store-'))
    const store = new SqliteStore(path.join(dir, 'db.sqlite'))
    const plan = store.database.prepare(`EXPLAIN QUERY PLAN SELECT id FROM c_notices WHERE f_recipientId = ? ORDER BY f_createdAt DESC`).all('u') as {
      detail: string
    }[]
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX ix_notices_f_recipientId_f_createdAt/)
    expect(store.database.pragma('journal_mode', { simple: true })).toBe('wal')
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  })
})

describe('SQLite array fields (union subtrees)', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'bangfu-store-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('serves "has unionIds, newest first" and the per-status count from the side table’s indexes, with no sort step', async () => {
    const store = new SqliteStore(path.join(dir, 'db.sqlite'))
    const plan = (sql: string) => (store.database.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join(' | ')
    const list = plan(`SELECT id FROM a_applications__unionIds WHERE v = 'c1303' ORDER BY f_updatedAt DESC, id DESC LIMIT 21`)
    expect(list).toMatch(/USING (COVERING )?INDEX ix_a_applications__unionIds_v_f_updatedAt/)
    expect(list).not.toMatch(/TEMP B-TREE/)
    const byStatus = plan(`SELECT id FROM a_applications__unionIds WHERE f_status = 'filed' AND v = 'c1303' ORDER BY f_updatedAt DESC, id DESC LIMIT 21`)
    expect(byStatus).toMatch(/USING (COVERING )?INDEX ix_a_applications__unionIds_f_status_v_f_updatedAt/)
    expect(byStatus).not.toMatch(/TEMP B-TREE/)
    await store.close()
  })

  it('fills a missing side table from the documents already stored, and keeps it in step inside a rolled-back transaction', async () => {
    const file = path.join(dir, 'db.sqlite')
    let store = new SqliteStore(file)
    await store.insert('applications', 'a1', { unionIds: ['p13', 'c1303'], status: 'filed', updatedAt: '2026-01-01' })
    store.database.exec('DROP TABLE a_applications__unionIds')
    await store.close()
    store = new SqliteStore(file)
    expect(await store.count('applications', [{ field: 'unionIds', op: 'has', value: 'c1303' }])).toBe(1)
    await expect(
      store.transaction(async (tx) => {
        await tx.insert('applications', 'a2', { unionIds: ['p13', 'c1303'], status: 'filed', updatedAt: '2026-01-02' })
        throw new Error('changed my mind')
      }),
    ).rejects.toThrow('changed my mind')
    expect(await store.count('applications', [{ field: 'unionIds', op: 'has', value: 'p13' }])).toBe(1)
    await store.close()
  })
})
