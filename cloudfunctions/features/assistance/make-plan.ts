/**
 * 制定帮扶计划 (一户一策, seed 004 step 4): the staff of the owning union (or
 * above) or a paired helper draw up the household's plan — measures and
 * plans from the region's lists, the deadline, notes. Every change is a new
 * revision that waits for the worker's confirmation (签字确认); the earlier
 * revision is kept in `history`. The worker is told; an unchanged plan that
 * still waits is not issued again.
 */
import type { PlanView } from '../../../src/domain/assistance/assistance-views'
import type { PlanInput } from '../../../src/domain/assistance/assistance.schema'
import { AppError } from '../../../src/domain/shared/app-error'
import type { ActionContext } from '../../core/action'
import { audit } from '../../core/audit'
import { notify, staffOfUnion } from '../../core/notices'
import { toPlanView, type PlanDoc, type PlanRevision } from './assistance.doc'
import { loadHousehold } from './household'
import { chooseFrom, otherProblem, planLists } from './plan-choices'

function revisionOf(ctx: ActionContext, input: PlanInput, regionCode: string, revision: number): PlanRevision {
  const lists = planLists(regionCode, ctx.today)
  const measures = chooseFrom(lists.measures, input.measures, 'measures', '解困脱困措施')
  const plans = chooseFrom(lists.plans, input.plans, 'plans', '解困脱困计划')
  const problems = { otherMeasure: otherProblem(measures, input.otherMeasure, '措施'), otherPlan: otherProblem(plans, input.otherPlan, '计划') }
  const fields = Object.fromEntries(Object.entries(problems).filter(([, v]) => v)) as Record<string, string>
  const first = Object.values(fields)[0]
  if (first) throw new AppError('INVALID_INPUT', first, fields)
  return {
    ...{ revision, measures, plans, deadline: input.deadline },
    ...(input.otherMeasure ? { otherMeasure: input.otherMeasure } : {}),
    ...(input.otherPlan ? { otherPlan: input.otherPlan } : {}),
    ...(input.notes ? { notesSealed: ctx.deps.keys.seal(input.notes) } : {}),
    madeBy: { id: ctx.caller.userId, name: ctx.caller.displayName, at: ctx.now },
  }
}

function sameContent(a: PlanRevision, b: PlanRevision, open: (s: string) => string): boolean {
  const key = (r: PlanRevision) => JSON.stringify([r.measures, r.plans, r.deadline, r.otherMeasure, r.otherPlan, r.notesSealed ? open(r.notesSealed) : ''])
  return key(a) === key(b)
}

export async function makePlan(ctx: ActionContext, input: PlanInput): Promise<PlanView> {
  const { file, relations } = await loadHousehold(ctx, input.applicationId, ['staff', 'helper'])
  const open = (s: string) => ctx.deps.keys.open(s)
  const stored = await ctx.deps.store.get<PlanDoc>('plans', file.id)
  const next = revisionOf(ctx, input, file.regionCode, (stored?.revision ?? 0) + 1)
  if (stored?.status === 'awaitingConfirmation' && sameContent(stored.current, next, open)) return ctx.transact(() => Promise.resolve(toPlanView(stored, open)))
  // The worker's card names a union contact: the staff member who made the plan, else the file's union's first staff.
  const contactId = relations.includes('staff') ? ctx.caller.userId : (stored?.contactId ?? (await staffOfUnion(ctx.deps, file.unionId)).sort()[0])
  const fields = { current: next, revision: next.revision, status: 'awaitingConfirmation' as const, updatedAt: ctx.now, year: Number(ctx.today.slice(0, 4)) }
  const history = stored ? [stored.current, ...stored.history] : []
  return ctx.transact(async (tx) => {
    const saved = stored
      ? await tx.update<PlanDoc>('plans', file.id, stored.version, { ...fields, history, ...(contactId ? { contactId } : {}) })
      : await tx.insert<PlanDoc>('plans', file.id, {
          ...fields,
          ...{ applicationId: file.id, applicantId: file.applicantId, unionId: file.unionId, unionPath: file.unionPath, unionIds: file.unionIds, history },
          ...(contactId ? { contactId } : {}),
        })
    await audit(ctx, tx, {
      action: 'assistance.plan',
      targetCollection: 'plans',
      targetId: file.id,
      fields: Object.keys(input).filter((k) => k !== 'applicationId'),
    })
    const body = `${ctx.caller.displayName}为您家制定了帮扶计划（${input.deadline.replace('-', '年')}月底前实现解困脱困），请在“我的帮扶”中查看并签字确认。`
    await notify(ctx, tx, { kind: 'planAwaitingConfirmation', recipients: [file.applicantId], eventKey: `plan:${file.id}:${next.revision}`, body })
    return toPlanView(saved, open)
  })
}
