/** 审批: a union at the approving level (county by default) or above approves; who did is the file's 审核人. */
import type { z } from 'zod'
import type { approveInput } from '../../../src/domain/application/steps.schema'
import type { ActionContext } from '../../core/action'
import { runStep } from './run-step'

export function approveApplication(ctx: ActionContext, input: z.output<ReturnType<typeof approveInput>>) {
  const unionName = ctx.caller.staff?.unionName ?? ''
  return runStep(ctx, 'approve', input.applicationId, () => ({
    patch: {
      approval: {
        at: ctx.now,
        unionName,
        by: { userId: ctx.caller.userId, name: ctx.caller.displayName },
        ...(input.remarks ? { remarks: input.remarks } : {}),
      },
    },
    remarks: input.remarks,
    audited: ['approval'],
  }))
}
