/**
 * One staff step on an application, the same way every time: load it with the
 * caller's relations, let the transition table decide (CONFLICT for the
 * wrong status, FORBIDDEN for the wrong relation), then in one transaction
 * re-read it (a change since is a CONFLICT), write the step's changes, append
 * the timeline entry (the acting union, never the staff member), audit and
 * notify. Recipients are read before the transaction, as queries must be.
 */
import type { ApplicationStatus, ApplicationStep } from '../../../src/domain/application/application-machine'
import { availableSteps } from '../../../src/domain/application/application-machine'
import type { ApplicationSummary } from '../../../src/domain/application/application-views'
import { AppError } from '../../../src/domain/shared/app-error'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import { notify, type NewNotice } from '../../core/notices'
import type { Doc, DocOps } from '../../core/ports/store.port'
import { toSummary, type ApplicationDoc } from './application.doc'
import { loadApplication, type Loaded } from './load-application'
import { requireStep } from './relations'

export type StepPlan = {
  patch: Partial<ApplicationDoc>
  remarks?: string | undefined
  /** Names of the fields the step records, for the audit log. */
  audited: string[]
  notices?: NewNotice[]
  /** Further writes in the same transaction; what they return joins the patch. */
  also?: (tx: DocOps, app: Doc<ApplicationDoc>) => Promise<Partial<ApplicationDoc>>
  /** What the step adds to the answer, from the saved application. */
  answer?: (saved: Doc<ApplicationDoc>) => Record<string, unknown>
}

export type StepAnswer = ApplicationSummary & { available: ApplicationStep[] } & Record<string, unknown>

export async function runStep(
  ctx: ActionContext,
  step: ApplicationStep,
  applicationId: string,
  planFor: (loaded: Loaded, to: ApplicationStatus) => StepPlan | Promise<StepPlan>,
): Promise<StepAnswer> {
  const loaded = await loadApplication(ctx, applicationId)
  const { app, actors } = loaded
  const to = requireStep(step, app, actors)
  const plan = await planFor(loaded, to)
  const unionName = ctx.caller.staff?.unionName ?? app.unionName

  return ctx.transact(async (tx) => {
    const fresh = await tx.get<ApplicationDoc>('applications', app.id)
    if (!fresh || fresh.version !== app.version) throw new AppError('CONFLICT', '申请已被他人处理，请刷新后再操作')
    const extra = plan.also ? await plan.also(tx, fresh) : {}
    const entry = { step, status: to, at: ctx.now, unionName, ...(plan.remarks ? { remarks: plan.remarks } : {}) }
    const saved = await tx.update<ApplicationDoc>('applications', app.id, fresh.version, {
      ...plan.patch,
      ...extra,
      status: to,
      timeline: [...fresh.timeline, entry],
      updatedAt: ctx.now,
    })
    await audit(ctx, tx, { action: `application.${step}`, targetCollection: 'applications', targetId: app.id, fields: plan.audited })
    for (const notice of plan.notices ?? []) await notify(ctx, tx, notice)
    return { ...plan.answer?.(saved), ...toSummary(saved), available: availableSteps(to, actors) }
  })
}

/** An event key unique to this step on this version of the application. */
export function stepEvent(app: Doc<ApplicationDoc>, step: ApplicationStep): string {
  return `application:${app.id}:${step}:${app.version}`
}
