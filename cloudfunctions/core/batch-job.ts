/**
 * Scheduled work in checkpointed batches, the one shape every sweep takes
 * (publicity, visit reminders, the weekly digest, the outbox drain,
 * housekeeping). A job walks its data in passes; a pass is named by the job
 * (a China date, an ISO week…) and runs batch by batch, each batch bounded
 * work (one page of documents), its position saved in `jobs/<name>` at
 * least every 2 seconds and at the end of every run. A run stops when the time budget would not fit another
 * batch; the next run picks up at the saved cursor. A finished pass waits
 * for the next pass name, so a run with nothing to do costs one read.
 * Batches must be idempotent (notices are keyed by event), because a run
 * that dies repeats, on the next run, the batches since its last checkpoint.
 */
import { systemContext, type ActionContext } from './action'
import type { Deps } from './deps'
import { chinaMinute } from './ports/clock.port'

export type BatchOutcome<S> = { state: S; done: boolean; counts?: Record<string, number> }

export type BatchJob<S> = {
  name: string
  /** The pass `now` belongs to; null while no pass should start (e.g. before 09:00 China time). */
  pass(now: Date): string | null
  /** The state a new pass starts from (a cursor at the beginning). */
  start(): S
  /** One batch from `state`: a page of at most a few hundred documents. */
  batch(ctx: ActionContext, state: S): Promise<BatchOutcome<S>>
}

export type JobDoc = {
  pass: string
  state: unknown
  done: boolean
  batches: number
  counts: Record<string, number>
  /** Another run holds the job until then (a run never outlives its budget). */
  leaseUntil: string
  updatedAt: string
}

export type Budget = {
  /** Milliseconds this run may spend; a batch starts only if the longest one so far still fits. */
  ms: number
  /** Monotonic milliseconds; performance.now() unless a test drives it. */
  elapsed?: () => number
  maxBatches?: number
  /** Save the checkpoint after a batch once this long has passed since the last save (and always at the end of a run). */
  checkpointMs?: number
}

export type JobRun = { job: string; pass: string | null; batches: number; done: boolean; counts: Record<string, number> }

export const UNLIMITED: Budget = { ms: Number.POSITIVE_INFINITY }

/** For passes that notify people: none starts before this hour, China time, so nobody is woken by a reminder. */
export const fromHour = (now: Date, hour: number) => Number(chinaMinute(now).slice(11, 13)) >= hour

const add = (a: Record<string, number>, b: Record<string, number> = {}) => {
  const sum = { ...a }
  for (const [k, v] of Object.entries(b)) sum[k] = (sum[k] ?? 0) + v
  return sum
}

/** Claims the job for this run: its checkpoint, or why not ('done': the pass is finished; 'held': another run has it). */
async function claim<S>(deps: Deps, job: BatchJob<S>, pass: string, now: Date, lease: string, restart: boolean) {
  const current = await deps.store.get<JobDoc>('jobs', job.name)
  const fresh = restart || !current || current.pass !== pass
  if (!fresh && current.done) return 'done' as const
  if (current && !restart && current.leaseUntil > now.toISOString()) return 'held' as const
  const base: JobDoc = fresh
    ? { pass, state: job.start(), done: false, batches: 0, counts: {}, leaseUntil: lease, updatedAt: now.toISOString() }
    : { ...current, leaseUntil: lease, updatedAt: now.toISOString() }
  // A versioned write: of two runs that read the same checkpoint, one claims it and the other stops.
  const claimed = current
    ? await deps.store.update<JobDoc>('jobs', job.name, current.version, base).catch(() => null)
    : await deps.store.insert<JobDoc>('jobs', job.name, base).catch(() => null)
  return claimed ?? ('held' as const)
}

/** Runs batches of `job` until its pass is done or the budget is spent; `restart` begins a new pass now. */
export async function runJob<S>(deps: Deps, job: BatchJob<S>, budget: Budget = UNLIMITED, opts: { restart?: boolean } = {}): Promise<JobRun> {
  const elapsed = budget.elapsed ?? (() => performance.now())
  const began = elapsed()
  const now = deps.clock.now()
  const pass = opts.restart ? `restart:${now.toISOString()}` : job.pass(now)
  const run: JobRun = { job: job.name, pass, batches: 0, done: false, counts: {} }
  if (pass === null || budget.ms <= 0) return run
  const lease = new Date(now.getTime() + Math.min(budget.ms, 15 * 60_000) + 60_000).toISOString()
  const claimed = await claim(deps, job, pass, now, lease, opts.restart ?? false)
  if (typeof claimed === 'string') return { ...run, done: claimed === 'done' }
  let doc = claimed
  const ctx = systemContext(deps, now)
  let longest = 0
  let more = true
  let saved = elapsed()
  let unsaved = { state: doc.state as S, done: false, batches: 0, counts: {} as Record<string, number> }
  while (more) {
    const t = elapsed()
    const out = await job.batch(ctx, unsaved.state)
    run.batches += 1
    run.counts = add(run.counts, out.counts)
    unsaved = { state: out.state, done: out.done, batches: unsaved.batches + 1, counts: add(unsaved.counts, out.counts) }
    longest = Math.max(longest, elapsed() - t)
    more = !out.done && run.batches < (budget.maxBatches ?? Number.POSITIVE_INFINITY) && elapsed() - began + longest <= budget.ms
    if (more && elapsed() - saved < (budget.checkpointMs ?? 2_000)) continue
    // The last checkpoint of a run releases the lease, so the next run need not wait for it to expire.
    doc = await deps.store.update<JobDoc>('jobs', job.name, doc.version, {
      state: unsaved.state,
      done: unsaved.done,
      batches: doc.batches + unsaved.batches,
      counts: add(doc.counts, unsaved.counts),
      leaseUntil: more ? lease : now.toISOString(),
      updatedAt: deps.clock.now().toISOString(),
    })
    unsaved = { ...unsaved, batches: 0, counts: {} }
    saved = elapsed()
  }
  return { ...run, done: doc.done }
}
