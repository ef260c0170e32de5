/**
 * The notification outbox cannot jam: a write sends only the notices it queued (a backlog is the drain's);
 * the drain works through a backlog in budgeted runs; a message that keeps failing backs off, then ends
 * `dead` and is listed for admins; one left `sending` by a sender that died is tried again after five minutes.
 */
import { runJob, type Budget } from '../../../cloudfunctions/core/batch-job'
import type { OutboxDoc } from '../../../cloudfunctions/core/notices'
import { MAX_ATTEMPTS, outboxDrainJob } from '../../../cloudfunctions/core/outbox'
import type { Notifier, OutgoingMessage } from '../../../cloudfunctions/core/ports/notifier.port'
import { submission } from '../application/support/application-form'
import { callAs, dataOf, freshRequestId, makeTestEnv, type TestEnv } from '../../support/test-deps'

const MINUTE = 60_000
let env: TestEnv
let sent: string[]
let failing: boolean

beforeEach(async () => {
  env = await makeTestEnv()
  sent = []
  failing = false
  const notifier: Notifier = {
    channel: 'test',
    templates: {},
    send: async (m: OutgoingMessage) => {
      if (failing) throw Object.assign(new Error('system busy'), { errCode: -1 })
      sent.push(m.id)
      return 'sent'
    },
  }
  env.deps.notifier = notifier
})
afterEach(() => env.close())

const submit = () => callAs(env, 'demo-employee2', 'application', 'submit', submission(), freshRequestId())
const outbox = (id: string) => env.deps.store.get<OutboxDoc>('outbox', id)
const drain = (budget: Budget = { ms: Number.POSITIVE_INFINITY }) => runJob(env.deps, outboxDrainJob, budget)

async function backlog(n: number) {
  for (let i = 0; i < n; i += 1) {
    const at = new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString()
    await env.deps.store.insert<OutboxDoc>('outbox', `backlog-${i}`, {
      recipientId: 'demo-staff-u02',
      kind: 'employeeBound',
      title: '新职工绑定',
      body: '职工王**已绑定。',
      createdAt: at,
      status: 'pending',
      attempts: 0,
      retryAt: null,
    })
  }
}

const U01_STAFF = ['demo-chair-u01', 'demo-staff-u01']

describe('notification outbox', () => {
  it('a write sends its own notices, not the backlog; the drain sends the backlog in budgeted runs', async () => {
    await backlog(250)
    dataOf(await submit())
    // The grassroots union's staff: 孙建平 and the union's chair.
    expect(sent.map((key) => key.split(':').pop()).sort()).toEqual(U01_STAFF)

    let t = 0
    const first = await drain({ ms: 3, elapsed: () => (t += 1) })
    expect(first).toMatchObject({ done: false, batches: 1 })
    for (let i = 0; i < 10 && !(await drain({ ms: 3, elapsed: () => (t += 1) })).done; i += 1);
    expect(sent).toHaveLength(252)
    expect(new Set(sent).size).toBe(252)
  })

  it('backs off a failing message, ends it dead after the last attempt, and lists it for admins only', async () => {
    failing = true
    dataOf(await submit())
    const failed = (await env.deps.store.find<OutboxDoc>('outbox', { where: [{ field: 'status', op: 'eq', value: 'failed' }] })).items
    expect(failed.map((n) => n.recipientId).sort()).toEqual(U01_STAFF)
    const notice = failed.find((n) => n.recipientId === 'demo-staff-u01')
    expect(notice).toMatchObject({ attempts: 1, lastError: '-1 system busy' })
    expect(await drain()).toMatchObject({ counts: { handled: 0 } }) // not before its retry time
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt += 1) {
      env.clock.advance(2 ** (attempt - 1) * MINUTE)
      expect(await drain()).toMatchObject({ counts: { handled: 2 } })
    }
    expect(await outbox(notice!.id)).toMatchObject({ status: 'dead', attempts: MAX_ATTEMPTS, retryAt: null })
    env.clock.advance(24 * 60 * MINUTE)
    expect(await drain()).toMatchObject({ counts: { handled: 0 } })

    const dead = dataOf<{ items: { recipientId: string }[] }>(await callAs(env, 'demo-admin', 'inbox', 'deadNotices', {}))
    expect(dead.items.map((n) => n.recipientId).sort()).toEqual(U01_STAFF)
    expect(dead.items.filter((n) => n.recipientId === 'demo-staff-u01')).toEqual([
      {
        id: notice!.id,
        recipientId: 'demo-staff-u01',
        kind: 'applicationSubmitted',
        title: '新申请',
        createdAt: notice!.createdAt,
        attempts: 5,
        lastError: '-1 system busy',
      },
    ])
    expect(await callAs(env, 'demo-staff-u01', 'inbox', 'deadNotices', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    // The in-app notice is untouched.
    expect(await env.deps.store.get('notices', notice!.id)).toMatchObject({ read: false })
  })

  it('retries a message left sending by a sender that died, once its claim is five minutes old', async () => {
    await backlog(1)
    const stuck = (await outbox('backlog-0'))!
    const claimedAt = env.clock.now().getTime()
    await env.deps.store.update<OutboxDoc>('outbox', stuck.id, stuck.version, {
      status: 'sending',
      attempts: 1,
      retryAt: new Date(claimedAt + 5 * MINUTE).toISOString(),
    })
    env.clock.advance(4 * MINUTE)
    expect(await drain()).toMatchObject({ counts: { handled: 0 } })
    env.clock.advance(2 * MINUTE)
    expect(await drain()).toMatchObject({ counts: { handled: 1, sent: 1 } })
    expect(await outbox('backlog-0')).toMatchObject({ status: 'sent', attempts: 2 })
  })
})
