/**
 * The scheduled visit sweeps at province scale for `npm run bench`: 20,000 filed households (copies of one
 * filed through the real actions, seeded into SQLite), every 10th visited in March. Times the reminder pass
 * on its first run (sending ~18,000 reminders) and on a run that sends nothing (the next day), and the weekly
 * digest's pass, each with the peak memory seen while it ran.
 */
import { performance } from 'node:perf_hooks'
import { runJob, UNLIMITED, type BatchJob } from '../../cloudfunctions/core/batch-job'
import { visitDigestJob } from '../../cloudfunctions/features/visit/visit-digest'
import { visitReminderJob } from '../../cloudfunctions/features/visit/visit-reminders'
import { makeTestEnv, type TestEnv } from '../support/test-deps'
import { seedHouseholds } from '../server/visit/support/many-households'
import { filedCase } from '../server/visit/support/visit-fixtures'

export type SweepRow = { name: string; ms: number; batches: number; sent: number; peakHeapMB: number; peakRssMB: number }

const MB = 1024 * 1024

async function measured(name: string, env: TestEnv, job: BatchJob<unknown>): Promise<SweepRow> {
  global.gc?.()
  let heap = 0
  let rss = 0
  const sample = () => {
    const m = process.memoryUsage()
    heap = Math.max(heap, m.heapUsed)
    rss = Math.max(rss, m.rss)
  }
  const timer = setInterval(sample, 10)
  const t = performance.now()
  const run = await runJob(env.deps, job, UNLIMITED)
  const ms = performance.now() - t
  clearInterval(timer)
  sample()
  const sent = Object.values(run.counts).reduce((a, b) => a + b, 0)
  return { name, ms, batches: run.batches, sent, peakHeapMB: heap / MB, peakRssMB: rss / MB }
}

export async function benchSweep(households: number): Promise<SweepRow[]> {
  const env = await makeTestEnv()
  try {
    const template = { id: await filedCase(env) }
    seedHouseholds(env.deps, template, households)
    env.clock.current = new Date('2027-03-08T01:30:00Z') // Monday 09:30 China time: March window open, a new week
    const rows = [
      await measured(`reminders, first run (${households.toLocaleString()} households)`, env, visitReminderJob),
      await measured('weekly digest (count, then send)', env, visitDigestJob),
      await measured('reminders, same day again (pass done)', env, visitReminderJob),
    ]
    env.clock.advance(86_400_000)
    rows.push(await measured('reminders, next day (sends nothing)', env, visitReminderJob))
    return rows
  } finally {
    await env.close()
  }
}
