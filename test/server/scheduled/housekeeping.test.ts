/**
 * Housekeeping removes what outlived its retention (core/retention.ts), in batches of 100 through the batch-job
 * runner, and nothing younger: request replays after 90 days, notices after a year, delivered outbox entries after
 * 30 days and dead ones after 180, audit entries after ten years; waiting outbox messages never.
 */
import { runJob } from '../../../cloudfunctions/core/batch-job'
import { housekeepingJob } from '../../../cloudfunctions/core/housekeeping'
import { RETENTION_DAYS } from '../../../cloudfunctions/core/retention'
import { makeTestEnv, type TestEnv } from '../../support/test-deps'

const DAY = 86_400_000
let env: TestEnv
beforeEach(async () => {
  env = await makeTestEnv({ demo: false })
})
afterEach(() => env.close())

const ago = (days: number) => new Date(env.clock.now().getTime() - days * DAY).toISOString()
const count = (collection: string) => env.deps.store.count(collection)

async function seed(collection: string, n: number, doc: (i: number) => Record<string, unknown>) {
  const db = env.deps.store.database
  const insert = db.prepare(`INSERT INTO c_${collection} (id, version, data) VALUES (?, 1, ?)`)
  db.transaction(() => {
    for (let i = 0; i < n; i += 1) insert.run(`${collection}-${i}`, JSON.stringify(doc(i)))
  })()
}

describe('housekeeping', () => {
  it('removes each collection’s expired documents in batches and keeps the rest', async () => {
    // Half of each set just past its retention, half just inside it.
    const edge = (days: number, i: number) => ago(i % 2 === 0 ? days + 1 : days - 1)
    await seed('requests', 250, (i) => ({ action: 'inbox.markRead', result: null, at: edge(RETENTION_DAYS.requests, i) }))
    await seed('notices', 40, (i) => ({
      recipientId: 'u',
      kind: 'employeeBound',
      title: 't',
      body: 'b',
      read: true,
      createdAt: edge(RETENTION_DAYS.notices, i),
    }))
    const message = (status: string, days: number) => (i: number) => ({ recipientId: 'u', status, attempts: 1, retryAt: null, createdAt: edge(days, i) })
    await seed('outbox', 20, message('sent', RETENTION_DAYS.outboxDelivered))
    const db = env.deps.store.database
    const more = (status: string, days: number, n: number) => {
      const insert = db.prepare('INSERT INTO c_outbox (id, version, data) VALUES (?, 1, ?)')
      for (let i = 0; i < n; i += 1) insert.run(`${status}-${i}`, JSON.stringify(message(status, days)(i)))
    }
    more('dead', RETENTION_DAYS.outboxDead, 10)
    more('pending', 1000, 4)
    more('failed', 1000, 4)
    await seed('audit', 10, (i) => ({ action: 'reveal', actorId: 'a', targetId: 't', fields: [], at: edge(RETENTION_DAYS.audit, i) }))

    const run = await runJob(env.deps, housekeepingJob, { ms: Number.POSITIVE_INFINITY })
    expect(run).toMatchObject({ done: true, counts: { requests: 125, notices: 20, outboxDelivered: 10, outboxDead: 5, audit: 5 } })
    expect(run.batches).toBe(6) // requests take two batches (100, then 25), the other rules one each
    expect(await count('requests')).toBe(125)
    expect(await count('notices')).toBe(20)
    expect(await count('audit')).toBe(5)
    // Pending and failed messages stay whatever their age; delivered and dead ones inside retention too.
    expect(await count('outbox')).toBe(10 + 5 + 8)

    // Once a day: the same day costs nothing; two days on, the other half has expired too.
    expect(await runJob(env.deps, housekeepingJob)).toMatchObject({ batches: 0, done: true })
    env.clock.advance(2 * DAY)
    expect((await runJob(env.deps, housekeepingJob)).counts).toEqual({ requests: 125, notices: 20, outboxDelivered: 10, outboxDead: 5, audit: 5 })
  })
})
