/**
 * Every scheduled job, in the order a scheduler run gives them time: the
 * `scheduler` function's timer (cloudfunctions/functions/scheduler, every 5
 * minutes) and the local host's interval both call runSchedule. Each job is a
 * checkpointed batch job (core/batch-job.ts): it may use what is left of the
 * run's budget, less a reserve for the jobs after it, and resumes next run
 * where it stopped. A job whose pass is done costs one read.
 */
import { runJob, type BatchJob, type JobRun } from '../core/batch-job'
import { sweepTemporaryDocuments } from '../core/temporary-document'
import type { Deps } from '../core/deps'
import { housekeepingJob } from '../core/housekeeping'
import { outboxDrainJob } from '../core/outbox'
import { publicityOverJob } from './application/publicity-sweep'
import { staleIncomingJob } from './uploads/sweep-incoming'
import { complianceJob } from './visit/compliance-sweep'
import { visitDigestJob } from './visit/visit-digest'
import { visitReminderJob } from './visit/visit-reminders'

/** Printouts whose 5-minute link has expired (core/temporary-document.ts): every run, 100 a batch, until none is left. */
const temporaryDocumentsJob: BatchJob<Record<string, never>> = {
  name: 'temporaryDocuments',
  pass: (now) => now.toISOString(),
  start: () => ({}),
  async batch(ctx, state) {
    const removed = await sweepTemporaryDocuments(ctx.deps)
    return { state, done: removed < 100, counts: { removed } }
  },
}

export const JOBS: readonly BatchJob<unknown>[] = [
  temporaryDocumentsJob,
  publicityOverJob,
  complianceJob,
  visitReminderJob,
  visitDigestJob,
  outboxDrainJob,
  housekeepingJob,
  staleIncomingJob,
]

/** Kept back for each later job, so one long sweep never starves the others of their (usually tiny) run. */
const RESERVE_MS = 2_000

/** The cloud run: 50 s of the function's 60 s timeout (functions/scheduler/config.json). */
export const SCHEDULER_BUDGET_MS = 50_000

export async function runSchedule(deps: Deps, budgetMs = SCHEDULER_BUDGET_MS, elapsed = () => performance.now()): Promise<JobRun[]> {
  const began = elapsed()
  const runs: JobRun[] = []
  for (const [i, job] of JOBS.entries()) {
    const left = budgetMs - (elapsed() - began) - RESERVE_MS * (JOBS.length - 1 - i)
    runs.push(await runJob(deps, job, { ms: Math.max(left, 0), elapsed }))
  }
  return runs
}
