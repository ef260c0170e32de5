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
