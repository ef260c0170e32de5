/** 受理: the grassroots union takes the application on and starts the home visit. */
import type { z } from 'zod'
import type { acceptInput } from '../../../src/domain/application/steps.schema'
import type { ActionContext } from '../../core/action'
import { runStep } from './run-step'

export function acceptApplication(ctx: ActionContext, input: z.output<ReturnType<typeof acceptInput>>) {
  return runStep(ctx, 'accept', input.applicationId, () => ({ patch: {}, remarks: input.remarks, audited: ['status'] }))
}
