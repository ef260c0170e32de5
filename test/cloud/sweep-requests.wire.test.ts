/**
 * The visit reminder sweep against the CloudBase stand-in, counting requests: a batch reads with a handful of
 * queries whatever the data size (a page of households, their visits, the reminders already sent), writes only
 * the reminders still to send, and a finished pass costs one read. Measured before batching: 277 → 9,946 requests
 * on a first run and 23 → 1,263 on a run that sends nothing, at 10 → 1,000 households.
 */
import { CloudbaseStore } from '../../cloudfunctions/adapters/cloudbase/store.cloudbase'
import { runJob, UNLIMITED } from '../../cloudfunctions/core/batch-job'
import type { Deps } from '../../cloudfunctions/core/deps'
import { SWEEP_BATCH, visitReminderJob } from '../../cloudfunctions/features/visit/visit-reminders'
import { makeTestEnv, type TestEnv } from '../support/test-deps'
import { FakeCloudbase } from './support/fake-cloudbase'

let fake: FakeCloudbase
let env: TestEnv
let deps: Deps

beforeEach(async () => {
  fake = await new FakeCloudbase().start()
  env = await makeTestEnv({ demo: false })
  deps = { ...env.deps, store: new CloudbaseStore(fake.app()) }
})
afterEach(async () => {
  await fake.close()
  await env.close()
})

/** `n` filed households under one union, every 4th with a second helper and every 5th visited in March. */
function seed(n: number): { reminders: number } {
  let reminders = 0
  const households = Array.from({ length: n }, (_, i) => {
    const second = i % 4 === 0 ? { secondHelperId: 'helper-b' } : {}
    if (i % 5 !== 0) reminders += i % 4 === 0 ? 2 : 1
    return {
      _id: `ap${String(i).padStart(5, '0')}`,
      version: 1,
      status: 'filed',
      applicantName: '李大勇',
      unionId: 'u01',
      unionName: '青石机械厂工会',
      unionPath: '/p13/c1303/d130306/u01/',
      regionCode: '130306',
      filed: { fileNumber: `130306-2026-${i}`, helperId: 'helper-a', filedAt: '2026-11-22T02:00:00.000Z', ...second },
    }
  })
  fake.seed('applications', households)
  const visited = households.filter((_, i) => i % 5 === 0)
  fake.seed(
    'visits',
    visited.map((h) => ({ _id: `v-${h._id}`, version: 1, applicationId: h._id, year: 2027, happenedAt: '2027-03-02', receivedAt: '2027-03-02T02:00:00Z' })),
  )
  return { reminders }
}

type Measure = { runs: number[]; reads: number[]; notices: number[]; total: number }

/** A pass one batch per run, as a tight budget makes it: requests per run, and reads (outside transactions) per run. */
async function pass(): Promise<Measure> {
  const m: Measure = { runs: [], reads: [], notices: [], total: 0 }
  for (let done = false; !done; ) {
    fake.requests.length = 0
    const run = await runJob(deps, visitReminderJob, { ...UNLIMITED, maxBatches: 1 })
    done = run.done
    m.runs.push(fake.requests.length)
    m.reads.push(fake.requests.filter((r) => r.action === 'database.getDocument' && !r.transactionId).length)
    m.notices.push(fake.requests.filter((r) => r.action === 'database.insertDocument' && r.collectionName === 'notices').length)
    m.total += fake.requests.length
  }
  return m
}

async function measure(n: number) {
  const { reminders } = seed(n)
  env.clock.current = new Date('2027-03-05T01:30:00Z') // 09:30 China time, March window open
  const first = await pass()
  fake.requests.length = 0
  await runJob(deps, visitReminderJob)
  const finished = fake.requests.length
  env.clock.advance(86_400_000)
  const quiet = await pass()
  return { reminders, first, finished, quiet, stored: await deps.store.count('notices') }
}

/** Each notice a reminder writes costs 5 requests in a transaction (its existence check, then notice and outbox entry, each read-then-add). */
const PER_NOTICE = 5
/** What a batch costs besides its notices: the checkpoint, its reads, the transactions' start and commit. */
const PER_BATCH = 25

describe('visit reminder sweep on the wire', () => {
  it('costs the same few requests per batch at 10 and at 1,000 households, and one once the pass is done', async () => {
    const results = []
    for (const n of [10, 1000]) {
      await fake.close()
      fake = await new FakeCloudbase().start()
      deps = { ...env.deps, store: new CloudbaseStore(fake.app()) }
      const r = await measure(n)
      results.push(r)
      expect(r.stored).toBe(r.reminders)
      expect(r.first.notices.reduce((a, b) => a + b, 0)).toBe(r.reminders)
      expect(r.first.runs).toHaveLength(Math.ceil(n / SWEEP_BATCH))
      r.first.runs.forEach((requests, i) => expect(requests - PER_NOTICE * (r.first.notices[i] ?? 0)).toBeLessThanOrEqual(PER_BATCH))
      for (const reads of [...r.first.reads, ...r.quiet.reads]) expect(reads).toBeLessThanOrEqual(6)
      for (const requests of r.quiet.runs) expect(requests).toBeLessThanOrEqual(15)
      expect(r.finished).toBe(1)
    }
    // Figures for the closing note: first run, then a run that sends nothing, at 10 and at 1,000 households.
    console.log(results.map((r) => `first ${r.first.total} (${r.first.runs.length} batches), quiet ${r.quiet.total}, finished ${r.finished}`).join('\n'))
  }, 300_000)
})
