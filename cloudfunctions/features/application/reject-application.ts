/** 不予建档: the application closes and its household claims are released, so the same people may apply again. */
import type { z } from 'zod'
import type { rejectInput } from '../../../src/domain/application/steps.schema'
import type { ActionContext } from '../../core/action'
import { releaseHousehold } from './household-claims'
import { runStep, stepEvent } from './run-step'

export function rejectApplication(ctx: ActionContext, input: z.output<ReturnType<typeof rejectInput>>) {
  return runStep(ctx, 'reject', input.applicationId, ({ app }) => ({
    patch: { closed: { reason: input.reason, falseDeclaration: false } },
    remarks: input.reason,
    audited: ['closed'],
    also: async (tx, fresh) => {
      await releaseHousehold(tx, fresh.householdHashes, fresh.id)
      return {}
    },
    notices: [
      { kind: 'applicationRejected', recipients: [app.applicantId], eventKey: stepEvent(app, 'reject'), body: `您的建档申请不予建档：${input.reason}。` },
    ],
  }))
}
