/**
 * The batch-job runner every sweep uses: batches until the budget would not fit another, a checkpoint after each,
 * the next run resuming there (also after a run that died mid-pass), one pass per pass name, one run at a time.
 */
import { runJob, type BatchJob, type JobDoc } from '../../../cloudfunctions/core/batch-job'
import { makeTestEnv, type TestEnv } from '../../support/test-deps'

let env: TestEnv
let seen: number[]
let failAt: number | null
beforeEach(async () => {
  env = await makeTestEnv({ demo: false })
  seen = []
  failAt = null
})
afterEach(() => env.close())

/** Ten items, two a batch; a pass a China date, none before 09:00. */
const job: BatchJob<{ next: number }> = {
  name: 'counting',
  pass: (now) => (now.getUTCHours() >= 1 ? now.toISOString().slice(0, 10) : null),
  start: () => ({ next: 0 }),
  async batch(_ctx, state) {
    if (failAt === state.next) throw new Error('the function timed out')
    seen.push(state.next, state.next + 1)
    const next = state.next + 2
    return { state: { next }, done: next >= 10, counts: { items: 2 } }
  },
}

const ticking = (ms: number) => {
  let t = 0
  return { ms, elapsed: () => (t += 1) }
}

describe('batch-job runner', () => {
  it('stops when the budget would not fit another batch and resumes at the checkpoint', async () => {
    expect(await runJob(env.deps, job, ticking(3))).toMatchObject({ batches: 1, done: false, counts: { items: 2 } })
    expect(await runJob(env.deps, job, ticking(6))).toMatchObject({ batches: 2, done: false })
    expect(await runJob(env.deps, job, { ms: 1e9 })).toMatchObject({ batches: 2, done: true })
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(await env.deps.store.get<JobDoc>('jobs', 'counting')).toMatchObject({ done: true, batches: 5, counts: { items: 10 } })
    // The pass is done: the next run the same day reads the checkpoint and does nothing.
    expect(await runJob(env.deps, job, { ms: 1e9 })).toMatchObject({ batches: 0, done: true })
  })

  it('resumes after a run that died mid-pass, repeating nothing already checkpointed', async () => {
    failAt = 4
    // A checkpoint after every batch (each reading of this stopwatch is a second later).
    let t = 0
    await expect(runJob(env.deps, job, { ms: 1e9, elapsed: () => (t += 1000) })).rejects.toThrow('timed out')
    failAt = null
    // The dead run's lease holds the job for a while, so a second scheduler cannot run beside it; then it resumes.
    expect(await runJob(env.deps, job, { ms: 1e9 })).toMatchObject({ batches: 0, done: false })
    env.clock.advance(20 * 60_000)
    expect(await runJob(env.deps, job, { ms: 1e9 })).toMatchObject({ batches: 3, done: true })
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  })

  it('saves the checkpoint at most every 2 seconds within a run, so a run that dies repeats only the batches since', async () => {
    failAt = 6
    let t = 0
    // Each reading of this stopwatch is 0.3 s later: saved after the 2nd batch, not after the 3rd; the 4th dies.
    const slow = { ms: 1e9, elapsed: () => (t += 300) }
    await expect(runJob(env.deps, job, slow)).rejects.toThrow('timed out')
    expect(await env.deps.store.get<JobDoc>('jobs', 'counting')).toMatchObject({ batches: 2, state: { next: 4 } })
    failAt = null
    env.clock.advance(20 * 60_000)
    await runJob(env.deps, job, { ms: 1e9 })
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 4, 5, 6, 7, 8, 9])
  })

  it('starts a new pass with a new pass name, and none while the pass name is null', async () => {
    await runJob(env.deps, job, { ms: 1e9 })
    env.clock.current = new Date('2026-11-23T00:30:00Z')
    expect(await runJob(env.deps, job, { ms: 1e9 })).toMatchObject({ pass: null, batches: 0 })
    env.clock.current = new Date('2026-11-23T01:00:00Z')
    expect(await runJob(env.deps, job, { ms: 1e9 })).toMatchObject({ pass: '2026-11-23', batches: 5, done: true })
    expect(seen).toHaveLength(20)
  })
})
