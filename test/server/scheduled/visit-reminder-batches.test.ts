/**
 * The reminder sweep at province scale: 20,000 households (plus the one filed through the actions) swept in
 * checkpointed batches under a budget that stops every run after a few batches. Each run picks up where the last
 * stopped; every helper gets each March reminder exactly once, the outbox drain (budgeted too) sends each once,
 * and a re-run — the same day or the next — sends nothing.
 */
import { runJob, type BatchJob, type Budget } from '../../../cloudfunctions/core/batch-job'
import { outboxDrainJob } from '../../../cloudfunctions/core/outbox'
import type { Notifier, OutgoingMessage } from '../../../cloudfunctions/core/ports/notifier.port'
import { visitReminderJob } from '../../../cloudfunctions/features/visit/visit-reminders'
import { makeTestEnv, type TestEnv } from '../../support/test-deps'
import { seedHouseholds } from '../visit/support/many-households'
import { filedCase } from '../visit/support/visit-fixtures'

const N = 20_000
let env: TestEnv

/** A budget of 10 ticks on a stopwatch that ticks once per reading: three batches a run, whatever the machine. */
function tickingBudget(): Budget {
  let t = 0
  return { ms: 10, elapsed: () => (t += 1) }
}

async function untilDone<S>(job: BatchJob<S>) {
  const runs = []
  for (let i = 0; i < 1000; i += 1) {
    const run = await runJob(env.deps, job, tickingBudget())
    runs.push(run)
    if (run.done) break
  }
  return runs
}

beforeAll(async () => {
  env = await makeTestEnv()
  await filedCase(env) // filed 2026-11-22: the March 2027 window is required
}, 60_000)
afterAll(() => env.close())

describe(`the visit reminder sweep over ${N.toLocaleString()} households`, () => {
  it('sends every March reminder exactly once across many budgeted runs, and nothing on a re-run', async () => {
    const template = env.deps.store.database.prepare("SELECT id FROM c_applications WHERE json_extract(data, '$.status') = 'filed'").get() as { id: string }
    const seeded = seedHouseholds(env.deps, template, N)
    env.clock.current = new Date('2027-03-05T01:30:00Z') // 09:30 China time

    const runs = await untilDone(visitReminderJob)
    const batches = runs.reduce((n, r) => n + r.batches, 0)
    expect(runs.length).toBeGreaterThanOrEqual(3)
    expect(Math.max(...runs.map((r) => r.batches))).toBeLessThanOrEqual(4)
    expect(batches).toBe(Math.ceil((N + 1) / 200))
    const due = runs.reduce((n, r) => n + (r.counts.due ?? 0), 0)
    expect(due).toBe(N - seeded.visited + 1)

    const db = env.deps.store.database
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n
    const reminders = seeded.expectedReminders + 1
    expect(count("SELECT COUNT(*) AS n FROM c_notices WHERE f_kind = 'visitDue'")).toBe(reminders)
    expect(count("SELECT COUNT(*) AS n FROM c_outbox WHERE json_extract(data, '$.kind') = 'visitDue'")).toBe(reminders)

    // The drain sends each queued message once, in budgeted runs too.
    const sent: string[] = []
    const notifier: Notifier = { channel: 'test', templates: {}, send: async (m: OutgoingMessage) => (sent.push(m.id), 'sent') }
    env.deps.notifier = notifier

    const drains = await untilDone(outboxDrainJob)
    expect(drains.length).toBeGreaterThanOrEqual(3)
    expect(sent.filter((id) => id.startsWith('visitReminder:'))).toHaveLength(reminders)
    expect(new Set(sent).size).toBe(sent.length)
    expect(count("SELECT COUNT(*) AS n FROM c_outbox WHERE f_status <> 'sent'")).toBe(0)

    // Same day: the pass is done, one read. Next day: a whole pass that finds every reminder already sent.
    expect(await runJob(env.deps, visitReminderJob, tickingBudget())).toMatchObject({ batches: 0, done: true })
    env.clock.advance(86_400_000)
    const again = await untilDone(visitReminderJob)
    expect(again.reduce((n, r) => n + (r.counts.due ?? 0) + (r.counts.overdue ?? 0), 0)).toBe(0)
    expect(count("SELECT COUNT(*) AS n FROM c_notices WHERE f_kind = 'visitDue'")).toBe(reminders)
  }, 180_000)
})
