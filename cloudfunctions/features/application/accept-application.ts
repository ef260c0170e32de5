/** 受理: the grassroots union takes the application on and starts the home visit; who did is the file's 建档人. */
import type { z } from 'zod'
import type { acceptInput } from '../../../src/domain/application/steps.schema'
import type { ActionContext } from '../../core/action'
import { runStep } from './run-step'

export function acceptApplication(ctx: ActionContext, input: z.output<ReturnType<typeof acceptInput>>) {
  return runStep(ctx, 'accept', input.applicationId, () => ({
    patch: { acceptedBy: { userId: ctx.caller.userId, name: ctx.caller.displayName } },
    remarks: input.remarks,
    audited: ['status'],
  }))
}
