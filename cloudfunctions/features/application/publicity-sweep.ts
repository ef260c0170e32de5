/**
 * 公示期满: a daily pass of the scheduler (core/batch-job.ts) tells the
 * grassroots staff, once per application, that its publicity period is over
 * and it can go up for approval. A batch reads a page of applications under
 * publicity, the staff of all their unions in one query and the notices
 * already sent in another; it opens a transaction only when something is
 * left to announce, so a pass with nothing to do writes nothing.
 */
import { publicityOver } from '../../../src/domain/application/publicity'
import { maskName } from '../../../src/domain/shared/mask'
import { runJob, UNLIMITED, type BatchJob } from '../../core/batch-job'
import type { Deps } from '../../core/deps'
import { existingNotices, notify, staffOfUnions } from '../../core/notices'
import { chinaDate } from '../../core/ports/clock.port'
import type { Doc } from '../../core/ports/store.port'
import type { ApplicationDoc } from './application.doc'

const BATCH = 200

type Announcement = { app: Doc<ApplicationDoc>; endDate: string; eventKey: string; recipients: string[] }

export const publicityOverJob: BatchJob<{ cursor: string | null }> = {
  name: 'publicityOver',
  pass: (now) => chinaDate(now),
  start: () => ({ cursor: null }),
  async batch(ctx, state) {
    const page = await ctx.deps.store.find<ApplicationDoc>('applications', {
      where: [{ field: 'status', op: 'eq', value: 'publicizing' }],
      limit: BATCH,
      cursor: state.cursor ?? undefined,
      omit: ['sealed'],
    })
    const over = page.items.filter((app) => app.publicity?.endDate && publicityOver(app.publicity.endDate, ctx.today))
    const staff = await staffOfUnions(ctx.deps, [...new Set(over.map((app) => app.unionId))])
    const due: Announcement[] = over.map((app) => {
      const endDate = app.publicity?.endDate ?? ''
      return { app, endDate, eventKey: `${app.id}:publicityOver:${endDate}`, recipients: staff.get(app.unionId) ?? [] }
    })
    const existing = await existingNotices(
      ctx.deps,
      due.flatMap((a) => a.recipients.map((r) => `${a.eventKey}:${r}`)),
    )
    const fresh = due.filter((a) => a.recipients.some((r) => !existing.has(`${a.eventKey}:${r}`)))
    if (fresh.length) {
      await ctx.transact(async (tx) => {
        for (const a of fresh) {
          const body = `职工${maskName(a.app.applicantName)}的建档申请公示期已于${a.endDate}届满，请结束公示并报送审批。`
          await notify(ctx, tx, { kind: 'publicityOver', recipients: a.recipients, eventKey: a.eventKey, body })
        }
      })
    }
    return { state: { cursor: page.nextCursor }, done: page.nextCursor === null, counts: { announced: fresh.length } }
  },
}

/** The pass now, start to end, whatever ran today; returns how many applications were announced (each at most once, ever). */
export async function sweepEndedPublicity(deps: Deps): Promise<number> {
  return (await runJob(deps, publicityOverJob, UNLIMITED, { restart: true })).counts.announced ?? 0
}
