/**
 * One household's assistance at a glance, for its staff, its helpers and the
 * worker: the file's summary, the plan in force (with who confirmed it), and
 * the worker's copy of the 联系卡 exactly as it prints. What the caller may
 * do next comes with it, so pages show only possible actions.
 */
import type { HouseholdOverview } from '../../../src/domain/assistance/assistance-views'
import type { ActionContext } from '../../core/action'
import { toPlanView, type PlanDoc } from './assistance.doc'
import { workerCard } from './card-facts'
import { loadHousehold } from './household'
import { planLists } from './plan-choices'

export async function overview(ctx: ActionContext, input: { applicationId: string }): Promise<HouseholdOverview> {
  const { file, relations } = await loadHousehold(ctx, input.applicationId, ['staff', 'helper', 'worker'])
  const plan = await ctx.deps.store.get<PlanDoc>('plans', file.id)
  const lists = planLists(file.regionCode, ctx.today)
  const pick = (l: readonly { code: string; label: string }[]) => l.map((i) => ({ code: i.code, label: i.label }))
  const staff = relations.includes('staff')
  return {
    ...{ applicationId: file.id, name: file.applicantName, fileNumber: file.filed.fileNumber, fileLevel: file.filed.fileLevel, category: file.filed.category },
    ...{ union: { id: file.unionId, name: file.unionName }, relations },
    plan: plan ? toPlanView(plan, (s) => ctx.deps.keys.open(s)) : null,
    card: await workerCard(ctx, file, plan),
    choices: { measures: pick(lists.measures), plans: pick(lists.plans) },
    can: {
      plan: staff || relations.includes('helper'),
      confirm: relations.includes('worker') && plan?.status === 'awaitingConfirmation',
      record: staff,
      contact: relations.includes('helper') || (staff && ctx.caller.staff?.unionId === file.unionId),
    },
  }
}
