/**
 * The daily refresh of every file's standing against the visit rules
 * (compliance-state.ts). A visit rewrites its own file's standing at once;
 * this job catches what moves with the date alone: a window opening or
 * closing, a new year starting everyone at zero, a file cancelled or
 * superseded. It reads a page of filed households at a time (their figures
 * are on the file) and writes only the files whose standing changed, so a
 * quiet day costs a province a hundred reads and few writes.
 */
import { AppError } from '../../../src/domain/shared/app-error'
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import type { BatchJob } from '../../core/batch-job'
import type { ActionContext } from '../../core/action'
import { chinaDate } from '../../core/ports/clock.port'
import type { Doc } from '../../core/ports/store.port'
import type { ApplicationDoc } from '../application/application.doc'
import { complianceChanged, complianceStateOf, type ComplianceState } from './compliance-state'
import { filedOn, isFiled, type FileDoc } from './visit.doc'
import { visitFiguresOf } from './visit-queries'

const BATCH = 500

/** The standing `file` should have today: null when it is not an active file. */
function standingOf(ctx: ActionContext, file: Doc<FileDoc>, figures: FileDoc['visitSummary']): ComplianceState | null {
  return complianceStateOf(filedOn(file), figures, ctx.today, resolvePolicy(file.regionCode, ctx.today).visits)
}

async function refresh(ctx: ActionContext, page: Doc<ApplicationDoc>[]): Promise<number> {
  const active = page.filter((doc): doc is Doc<FileDoc> => isFiled(doc as Doc<FileDoc>))
  const figures = await visitFiguresOf(ctx.deps.store, active, Number(ctx.today.slice(0, 4)))
  let written = 0
  for (const doc of page) {
    const next = active.includes(doc as Doc<FileDoc>) ? standingOf(ctx, doc as Doc<FileDoc>, figures.get(doc.id)) : null
    const stale = next ? complianceChanged(doc.compliance, next) : doc.compliance != null
    if (!stale) continue
    try {
      await ctx.deps.store.update<ApplicationDoc>('applications', doc.id, doc.version, { compliance: next })
      written += 1
    } catch (error) {
      // A visit or a cancellation wrote the file meanwhile, and with it a standing computed from fresher data.
      if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error
    }
  }
  return written
}

export const complianceJob: BatchJob<{ cursor: string | null }> = {
  name: 'visitCompliance',
  pass: (now) => chinaDate(now),
  start: () => ({ cursor: null }),
  async batch(ctx, state) {
    const page = await ctx.deps.store.find<ApplicationDoc>('applications', {
      where: [{ field: 'status', op: 'eq', value: 'filed' }],
      limit: BATCH,
      cursor: state.cursor ?? undefined,
      omit: ['sealed'],
    })
    const written = await refresh(ctx, page.items)
    return { state: { cursor: page.nextCursor }, done: page.nextCursor === null, counts: { files: page.items.length, written } }
  },
}
