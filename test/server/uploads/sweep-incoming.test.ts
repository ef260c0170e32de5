/**
 * Incoming files never registered are removed after a day, in batches within
 * a time budget (the scheduler calls again until `done`); a fresh upload that
 * is about to be registered stays. A Files adapter that cannot list (CloudBase
 * outside the scheduler) is reported as such, not silently skipped.
 */
import { utimes } from 'node:fs/promises'
import path from 'node:path'
import { withListing } from '../../../cloudfunctions/cloud/storage-listing'
import { sweepStaleIncoming } from '../../../cloudfunctions/features/uploads/sweep-incoming'
import { runSchedule } from '../../../cloudfunctions/features/schedule'
import { makeTestEnv, type TestEnv } from '../../support/test-deps'

let env: TestEnv
beforeEach(async () => {
  env = await makeTestEnv({ demo: false })
})
afterEach(() => env.close())

async function incoming(name: string, ageHours: number): Promise<void> {
  await env.deps.files.put(`incoming/${name}`, Buffer.from('raw photo bytes'), 'image/jpeg')
  const at = new Date(env.deps.clock.now().getTime() - ageHours * 3_600_000)
  await utimes(path.join(env.dir, 'files', 'incoming', name), at, at)
}

it('removes incoming files older than a day in batches within the budget, and keeps fresh ones', async () => {
  for (let i = 0; i < 150; i += 1) await incoming(`stale-upload-${String(i).padStart(3, '0')}`, 30)
  await incoming('fresh-upload-001', 1)

  // A clock whose budget runs out after one batch (read at the start, before the batch, after it): the scheduler comes back for the rest.
  const readings = [0, 0, 10]
  const first = await sweepStaleIncoming(env.deps, { budgetMs: 1, now: () => readings.shift() ?? 10 })
  expect(first).toEqual({ removed: 100, done: false, listing: 'supported' })

  const second = await sweepStaleIncoming(env.deps, { budgetMs: 60_000 })
  expect(second).toEqual({ removed: 50, done: true, listing: 'supported' })
  expect(await env.deps.files.read('incoming/fresh-upload-001')).not.toBeNull()
  expect(await env.deps.files.read('incoming/stale-upload-000')).toBeNull()
})

it('says so when the storage cannot list (CloudBase through @cloudbase/node-sdk)', async () => {
  const local = env.deps.files
  const files = {
    put: (p: string, b: Buffer, t: string) => local.put(p, b, t),
    read: (p: string) => local.read(p),
    signedUrl: (p: string, ttl: number) => local.signedUrl(p, ttl),
    signedUrls: (ps: readonly string[], ttl: number) => local.signedUrls(ps, ttl),
    remove: (p: string) => local.remove(p),
  }
  expect(await sweepStaleIncoming({ files, clock: env.deps.clock }, { budgetMs: 1000 })).toEqual({ removed: 0, done: true, listing: 'unsupported' })
})

it('runs daily in the scheduler, which removes a stale upload and keeps a fresh one', async () => {
  await incoming('stale-upload-sched', 30)
  await incoming('fresh-upload-sched', 1)
  const runs = await runSchedule(env.deps, 60_000)
  expect(runs.find((r) => r.job === 'staleIncoming')).toMatchObject({ done: true, counts: { removed: 1 } })
  expect(await env.deps.files.read('incoming/stale-upload-sched')).toBeNull()
  expect(await env.deps.files.read('incoming/fresh-upload-sched')).not.toBeNull()
})

describe('the scheduler’s listing of CloudBase storage (manager-node’s directory walk)', () => {
  const day = 86_400_000
  const listed = (now: Date) => [
    { Key: 'incoming/new-upload', LastModified: new Date(now.getTime() - 3_600_000).toUTCString() },
    { Key: 'incoming/old-upload-b', LastModified: new Date(now.getTime() - 2 * day).toUTCString() },
    { Key: 'incoming/old-upload-a', LastModified: new Date(now.getTime() - 3 * day).toUTCString() },
    // The walk is recursive: files in deeper folders are not this folder's.
    { Key: 'incoming/nested/old-upload', LastModified: new Date(now.getTime() - 3 * day).toUTCString() },
    { Key: 'incoming/unreadable-date', LastModified: 'not a date' },
  ]

  it('lists the folder’s own files written before the date, oldest first, up to the limit', async () => {
    const now = env.deps.clock.now()
    const asked: string[] = []
    const files = withListing(env.deps.files, (folder) => (asked.push(folder), Promise.resolve(listed(now))))
    const before = new Date(now.getTime() - day)
    expect(await files.listOlderThan!('incoming', before, 10)).toEqual(['incoming/old-upload-a', 'incoming/old-upload-b'])
    expect(await files.listOlderThan!('incoming', before, 1)).toEqual(['incoming/old-upload-a'])
    expect(asked).toEqual(['incoming', 'incoming'])
  })

  it('sweeps through the listing and removes through the wrapped storage', async () => {
    await incoming('old-upload-a', 72)
    const now = env.deps.clock.now()
    const files = withListing(env.deps.files, () => Promise.resolve(listed(now).filter((f) => f.Key === 'incoming/old-upload-a')))
    expect(await sweepStaleIncoming({ files, clock: env.deps.clock }, { budgetMs: 1000 })).toEqual({ removed: 1, done: true, listing: 'supported' })
    expect(await env.deps.files.read('incoming/old-upload-a')).toBeNull()
  })
})
