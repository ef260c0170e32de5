/**
 * 公示: started on a date, it lasts the policy's working days (weekends
 * skipped, holidays not modelled: see src/domain/application/publicity.ts);
 * it can be ended only after its last day, by the Clock. The grassroots staff
 * hear that it is over from the scheduled sweep (publicity-sweep.ts); ending it
 * sends the application up and the approving union's staff get a 待审批 notice.
 * Objections received are counted on the timeline; their text is sealed.
 */
import type { z } from 'zod'
import { publicityEndDate, publicityOver } from '../../../src/domain/application/publicity'
import type { endPublicityInput, startPublicityInput } from '../../../src/domain/application/steps.schema'
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { AppError } from '../../../src/domain/shared/app-error'
import { maskName } from '../../../src/domain/shared/mask'
import type { ActionContext } from '../../core/action'
import { approvingStaff } from './application-recipients'
import { runStep, stepEvent } from './run-step'
import { requireStepDateInOrder } from './step-dates'

export function startPublicity(ctx: ActionContext, input: z.output<ReturnType<typeof startPublicityInput>>) {
  return runStep(ctx, 'startPublicity', input.applicationId, ({ app }) => {
    if (app.evaluation?.result !== 'agree') throw new AppError('CONFLICT', '民主评议未同意建档，不能公示')
    requireStepDateInOrder(app, 'startDate', input.startDate)
    const workingDays = resolvePolicy(app.regionCode, ctx.today).publicityWorkingDays
    const endDate = publicityEndDate(input.startDate, workingDays)
    return {
      patch: { publicity: { startDate: input.startDate, endDate, workingDays } },
      remarks: `公示期${input.startDate}至${endDate}（${workingDays}个工作日）`,
      audited: ['publicity'],
    }
  })
}

/** The timeline's words for the end of publicity: objections counted, staff remarks after. */
export function endRemarks(objectionCount: number, remarks: string | undefined): string {
  const base = objectionCount > 0 ? `公示期满，收到异议${objectionCount}条` : '公示期满无异议'
  return remarks ? `${base}；${remarks}` : base
}

export function endPublicity(ctx: ActionContext, input: z.output<ReturnType<typeof endPublicityInput>>) {
  return runStep(ctx, 'endPublicity', input.applicationId, async ({ app }) => {
    const endDate = app.publicity?.endDate ?? ctx.today
    if (!publicityOver(endDate, ctx.today)) throw new AppError('CONFLICT', `公示期至${endDate}，期满后才能结束公示`)
    const name = maskName(app.applicantName)
    const objections = input.objections ?? []
    const ended = {
      endedAt: ctx.now,
      objectionCount: objections.length,
      ...(objections.length ? { objectionsSealed: ctx.deps.keys.seal(JSON.stringify(objections)) } : {}),
    }
    return {
      patch: app.publicity ? { publicity: { ...app.publicity, ...ended } } : {},
      remarks: endRemarks(objections.length, input.remarks),
      audited: ['status', 'publicity'],
      notices: [
        {
          kind: 'applicationAwaitingApproval',
          recipients: await approvingStaff(ctx.deps, app, ctx.today),
          eventKey: stepEvent(app, 'endPublicity'),
          body: `${app.unionName}职工${name}的建档申请已公示期满，请审批。`,
        },
      ],
    }
  })
}
