/**
 * 公示期满: a scheduled sweep tells the grassroots staff, once per application,
 * that its publicity period is over and it can go up for approval. Locally the
 * host runs it on an interval; in the cloud a timer trigger will (see README).
 */
import { publicityOver } from '../../../src/domain/application/publicity'
import { maskName } from '../../../src/domain/shared/mask'
import { systemContext } from '../../core/action'
import type { Deps } from '../../core/deps'
import { flushOutbox, notify } from '../../core/notices'
import { MAX_LIMIT } from '../../core/ports/store.port'
import type { ApplicationDoc } from './application.doc'
import { grassrootsStaff } from './application-recipients'

/** Returns how many applications were announced as over (each at most once, ever). */
export async function sweepEndedPublicity(deps: Deps): Promise<number> {
  const ctx = systemContext(deps, deps.clock.now())
  let announced = 0
  let cursor: string | undefined
  do {
    const page = await deps.store.find<ApplicationDoc>('applications', {
      where: [{ field: 'status', op: 'eq', value: 'publicizing' }],
      limit: MAX_LIMIT,
      cursor,
    })
    for (const app of page.items) {
      const endDate = app.publicity?.endDate
      if (!endDate || !publicityOver(endDate, ctx.today)) continue
      const recipients = await grassrootsStaff(deps, app)
      const eventKey = `${app.id}:publicityOver:${endDate}`
      const fresh = await ctx.transact(async (tx) => {
        // The notice ids are made from the event key, so a second sweep finds them and sends nothing.
        const already = await Promise.all(recipients.map((r) => tx.get('notices', `${eventKey}:${r}`)))
        if (already.every(Boolean)) return false
        await notify(ctx, tx, {
          kind: 'publicityOver',
          recipients,
          eventKey,
          body: `职工${maskName(app.applicantName)}的建档申请公示期已于${endDate}届满，请结束公示并报送审批。`,
        })
        return true
      })
      if (fresh) announced += 1
    }
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  if (announced > 0) await flushOutbox(deps)
  return announced
}
