/**
 * 建档: the approving union creates the file: level, category (a category
 * other than the engine's suggestion needs a reason), type, 建档标准 (the
 * engine's criterion when none is sent), the 解困脱困对象 section when decided,
 * and a helper (a user with the helper role under the filing union:
 * assignable-helpers.ts), whose union is the 帮扶单位. The staff member who
 * files is the 录入人. The applicant's own suggestions are never read here.
 * The 职工编号 is assigned from the region's yearly counter in the same
 * transaction (format in src/domain/application/file-number.ts). The
 * applicant and the helper get an 已建档 notice.
 */
import type { z } from 'zod'
import { fileNumberCounterId, formatFileNumber } from '../../../src/domain/application/file-number'
import { suggestedFilingCriterion } from '../../../src/domain/application/file-decision'
import { missingOverrideReason, type fileInput } from '../../../src/domain/application/steps.schema'
import { complianceStateOf } from '../visit/compliance-state'
import { householdFacets } from '../../../src/domain/assistance/household-facets'
import { choice } from '../../../src/domain/file-form/choice-fields'
import { targetingSchema, type TargetingDecision } from '../../../src/domain/file-form/targeting.schema'
import { WORKER_FIELDS } from '../../../src/domain/file-form/worker-fields'
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { AppError, invalidInput } from '../../../src/domain/shared/app-error'
import type { Union } from '../../../src/domain/union/union'
import type { ResolvedValueLists } from '../../../src/domain/value-lists/value-list'
import { valueListsFor } from '../../../src/domain/value-lists/value-list-sets'
import type { ActionContext } from '../../core/action'
import type { UserDoc } from '../../core/caller'
import type { Doc, DocOps } from '../../core/ports/store.port'
import { openSealed, type ApplicationDoc } from './application.doc'
import { isAssignableHelper, NOT_ASSIGNABLE } from './assignable-helpers'
import { reclaimFileNumber } from './restored-file-number'
import { runStep, stepEvent } from './run-step'

type Input = z.output<ReturnType<typeof fileInput>>
type Counter = { seq: number }

async function nextFileNumber(tx: DocOps, regionCode: string, year: string): Promise<string> {
  const id = fileNumberCounterId(regionCode, year)
  const counter = await tx.get<Counter>('counters', id)
  const seq = (counter?.seq ?? 0) + 1
  if (counter) await tx.update<Counter>('counters', id, counter.version, { seq })
  else await tx.insert<Counter>('counters', id, { seq })
  return formatFileNumber(regionCode, year, seq)
}

/** The helper's name and union (the 帮扶单位), when they are a helper the caller's union may assign (see assignable-helpers.ts). */
async function requireHelper(ctx: ActionContext, helperId: string): Promise<{ name: string; unitName: string }> {
  const user = await ctx.deps.store.get<UserDoc>('users', helperId)
  if (!user || !ctx.caller.staff || !isAssignableHelper(user, ctx.caller.staff))
    throw new AppError('INVALID_INPUT', NOT_ASSIGNABLE, { helperId: NOT_ASSIGNABLE })
  const unit = user.helperUnionId ? await ctx.deps.store.get<Union>('unions', user.helperUnionId) : null
  return { name: user.displayName, unitName: unit?.name ?? '' }
}

function prefixed(error: z.ZodError, key: string): AppError {
  return invalidInput({ issues: error.issues.map((issue) => ({ ...issue, path: [key, ...issue.path] })) } as z.ZodError)
}

/** 建档标准 and the 解困脱困对象 section, checked against the union's lists; the criterion defaults to the engine's. */
function decisionOf(ctx: ActionContext, app: Doc<ApplicationDoc>, input: Input, lists: ResolvedValueLists) {
  const code = input.filingCriterion ?? suggestedFilingCriterion(app.assessment?.criterion, lists)
  const criterion = choice(WORKER_FIELDS.filingCriterion.label, lists.filingCriterion).safeParse(code)
  if (!criterion.success) {
    const message = criterion.error.issues[0]?.message ?? `请选择${WORKER_FIELDS.filingCriterion.label}`
    throw new AppError('INVALID_INPUT', message, { filingCriterion: message })
  }
  let targeting: TargetingDecision | undefined
  if (input.targeting) {
    const parsed = targetingSchema({ today: ctx.today }, lists).safeParse(input.targeting)
    if (!parsed.success) throw prefixed(parsed.error, 'targeting')
    targeting = parsed.data
  }
  return { filingCriterion: criterion.data, ...(targeting ? { targeting } : {}) }
}

async function listsOf(ctx: ActionContext, app: Doc<ApplicationDoc>): Promise<ResolvedValueLists> {
  const union = await ctx.deps.store.get<Union>('unions', app.unionId)
  return valueListsFor(resolvePolicy(union?.regionCode ?? app.regionCode, ctx.today).valueListSet)
}

export function fileApplication(ctx: ActionContext, input: Input) {
  return runStep(ctx, 'file', input.applicationId, async ({ app }) => {
    const missing = missingOverrideReason(app.assessment?.category, input)
    if (missing) throw new AppError('INVALID_INPUT', missing, { overrideReason: missing })
    const decision = decisionOf(ctx, app, input, await listsOf(ctx, app))
    const helper = await requireHelper(ctx, input.helperId)
    const helperName = helper.name
    const { fileLevel, category, fileType, helperId, overrideReason } = input
    const enteredBy = { userId: ctx.caller.userId, name: ctx.caller.displayName }
    const body = `您的困难职工建档申请已建档（${category}），帮扶责任人：${helperName}。`
    return {
      patch: {},
      remarks: `${fileLevel}，${category}，${fileType}${overrideReason ? `；调整理由：${overrideReason}` : ''}`,
      audited: ['filed', ...(decision.targeting ? ['filed.targeting'] : [])],
      also: async (tx, fresh) => {
        const restored = fresh.restoresId ? await reclaimFileNumber(tx, fresh.restoresId, ctx.now) : null
        return {
          fileStatus: 'active',
          ...(restored ? { previousPeriods: restored.periods } : {}),
          filed: {
            fileNumber: restored?.fileNumber ?? (await nextFileNumber(tx, fresh.regionCode, ctx.today.slice(0, 4))),
            ...{ fileLevel, category, fileType, helperId, helperName, helperUnit: helper.unitName, filedAt: ctx.now, enteredBy },
            ...decision,
            ...(overrideReason ? { overrideReason } : {}),
          },
          // Derived once here, so picking households by cause or schooling never opens a form.
          facets: householdFacets(openSealed((s) => ctx.deps.keys.open(s), fresh).form),
          // Counted in this year's visit figures from the day it is filed (a new file is due its first visits).
          compliance: complianceStateOf(ctx.today, undefined, ctx.today, resolvePolicy(fresh.regionCode, ctx.today).visits),
        }
      },
      notices: [
        { kind: 'applicationFiled', recipients: [app.applicantId], eventKey: stepEvent(app, 'file'), body },
        {
          kind: 'applicationFiled',
          recipients: [helperId],
          eventKey: `${stepEvent(app, 'file')}:helper`,
          body: `${app.unionName}的一户困难职工家庭已建档，您是该户的帮扶责任人，请及时联系走访。`,
        },
      ],
      answer: (saved) => ({ fileNumber: saved.filed?.fileNumber }),
    }
  })
}
