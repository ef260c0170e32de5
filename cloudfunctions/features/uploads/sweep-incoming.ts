/**
 * Stale incoming files: a phone puts a photo at `incoming/<uploadId>` and then
 * registers it, and `register` removes the file whatever the outcome. A file
 * still there a day later was never registered (the app was removed, the user
 * gave up, or someone fills storage): its raw bytes (with EXIF and GPS) must
 * not stay. This sweep removes such files in batches within a time budget,
 * for the scheduler to call until it reports `done`.
 * It needs a Files adapter that can list: the local one can; in CloudBase the
 * scheduler's can (cloud/storage-listing.ts, through manager-node), and any
 * other answers `listing: 'unsupported'`.
 */
import type { BatchJob } from '../../core/batch-job'
import { chinaDate } from '../../core/ports/clock.port'
import type { Deps } from '../../core/deps'

export const INCOMING_FOLDER = 'incoming'
/** Long enough for any phone that uploaded and is about to register (the outbox retries for minutes, not days). */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000
const BATCH = 100

export type IncomingSweep = { removed: number; done: boolean; listing: 'supported' | 'unsupported' }

export async function sweepStaleIncoming(deps: Pick<Deps, 'files' | 'clock'>, opts: { budgetMs: number; now?: () => number }): Promise<IncomingSweep> {
  const { files } = deps
  if (!files.listOlderThan) return { removed: 0, done: true, listing: 'unsupported' }
  const now = opts.now ?? Date.now
  const stop = now() + opts.budgetMs
  const before = new Date(deps.clock.now().getTime() - STALE_AFTER_MS)
  let removed = 0
  while (now() < stop) {
    const stale = await files.listOlderThan(INCOMING_FOLDER, before, BATCH)
    for (const path of stale) {
      await files.remove(path)
      removed += 1
    }
    if (stale.length < BATCH) return { removed, done: true, listing: 'supported' }
  }
  return { removed, done: false, listing: 'supported' }
}

/** The scheduler's daily pass over `incoming/`: a few seconds a batch until nothing stale is left. */
export const staleIncomingJob: BatchJob<Record<string, never>> = {
  name: 'staleIncoming',
  pass: (now) => chinaDate(now),
  start: () => ({}),
  async batch(ctx, state) {
    const swept = await sweepStaleIncoming(ctx.deps, { budgetMs: 5_000 })
    return { state, done: swept.done, counts: { removed: swept.removed, ...(swept.listing === 'unsupported' ? { unsupported: 1 } : {}) } }
  },
}
