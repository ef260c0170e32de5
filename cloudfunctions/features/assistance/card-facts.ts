/**
 * Everything the two copies of the 联系卡 (seed 001 附件3) show, gathered in
 * one place: the worker's copy from the file, the plan and the profiles of
 * the helper and the union contact (职务, work phone); the helper's copy adds
 * what only the sealed form holds (address, work unit, household members,
 * causes, the worker's mobile), so only the card printout and the audited
 * contact view open it.
 */
import { deadlineText, type WorkerCard } from '../../../src/domain/assistance/assistance-views'
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import type { Union } from '../../../src/domain/union/union'
import { valueListsFor } from '../../../src/domain/value-lists/value-list-sets'
import type { ActionContext } from '../../core/action'
import type { UserDoc } from '../../core/caller'
import type { Doc } from '../../core/ports/store.port'
import type { ProfileDoc } from '../account/profile.doc'
import { openSealed } from '../application/application.doc'
import type { FileDoc } from '../visit/visit.doc'
import type { PlanDoc } from './assistance.doc'
import { planLists } from './plan-choices'

export type HelperCard = {
  fileNumber: string
  name: string
  sex: string
  birthMonth: string
  address: string
  employer: string
  members: string
  causes: string
  category: string
  deadlineText: string
  mobile: string
  helperUnit: string
  helperName: string
}

const BLANK_DEADLINE = '____年__月底前实现解困脱困'

async function personOf(ctx: ActionContext, userId: string | undefined): Promise<{ name: string; title: string; phone: string }> {
  const user = userId ? await ctx.deps.store.get<UserDoc>('users', userId) : null
  return { name: user?.displayName ?? '', title: user?.work?.title ?? '', phone: user?.work ? ctx.deps.keys.open(user.work.phoneSealed) : '' }
}

async function helperUnitOf(ctx: ActionContext, file: FileDoc): Promise<string> {
  const helper = await ctx.deps.store.get<UserDoc>('users', file.filed.helperId)
  const unit = helper?.helperUnionId ? await ctx.deps.store.get<Union>('unions', helper.helperUnionId) : null
  return unit?.name ?? file.unionName
}

export async function workerCard(ctx: ActionContext, file: Doc<FileDoc>, plan: PlanDoc | null): Promise<WorkerCard> {
  const profile = await ctx.deps.store.get<ProfileDoc>('profiles', file.applicantId)
  const lists = planLists(file.regionCode, ctx.today)
  const ticked = (chosen: { code: string }[] | undefined) => (item: { code: string; label: string }) => ({
    label: item.label,
    ticked: Boolean(chosen?.some((c) => c.code === item.code)),
  })
  const current = plan?.current
  return {
    ...{ name: file.applicantName, sex: profile?.sex ?? '', birthMonth: (profile?.birthDate ?? '').slice(0, 7), helperUnit: await helperUnitOf(ctx, file) },
    helper: await personOf(ctx, file.filed.helperId),
    contact: await personOf(ctx, plan?.contactId),
    measures: lists.measures.map(ticked(current?.measures)),
    plans: lists.plans.map(ticked(current?.plans)),
    ...(current?.otherMeasure ? { otherMeasure: current.otherMeasure } : {}),
    ...(current?.otherPlan ? { otherPlan: current.otherPlan } : {}),
    ...(current?.notesSealed ? { notes: ctx.deps.keys.open(current.notesSealed) } : {}),
    deadlineText: current ? deadlineText(current.deadline) : BLANK_DEADLINE,
  }
}

/** Opens the sealed form: callers audit it. */
export async function helperCard(ctx: ActionContext, file: Doc<FileDoc>, plan: PlanDoc | null): Promise<HelperCard> {
  const { form } = openSealed((s) => ctx.deps.keys.open(s), file)
  const lists = valueListsFor(resolvePolicy(file.regionCode, ctx.today).valueListSet)
  const labelOf = (list: readonly { code: string; label: string }[], code: string) => list.find((i) => i.code === code)?.label ?? code
  const profile = await ctx.deps.store.get<ProfileDoc>('profiles', file.applicantId)
  const causes = [form.mainCause, ...(form.secondaryCauses ?? [])].map((c) => labelOf(lists.hardshipCause, c))
  return {
    ...{ fileNumber: file.filed.fileNumber, name: file.applicantName, sex: profile?.sex ?? '', birthMonth: (profile?.birthDate ?? '').slice(0, 7) },
    ...{ address: form.address, employer: form.employer ?? '', category: file.filed.category },
    members: form.members.map((m) => `${m.name}（${labelOf(lists.relationship, m.relationship)}）`).join('、'),
    causes: causes.join('、'),
    deadlineText: plan ? deadlineText(plan.current.deadline) : BLANK_DEADLINE,
    mobile: form.mobile ?? '',
    helperUnit: await helperUnitOf(ctx, file),
    helperName: [file.filed.helperName, file.filed.secondHelperName].filter(Boolean).join('、'),
  }
}
