/** 退回修改: back to the applicant with the reasons and the field paths to correct; the household keeps its claims. */
import type { z } from 'zod'
import type { returnInput } from '../../../src/domain/application/steps.schema'
import type { ActionContext } from '../../core/action'
import { runStep, stepEvent } from './run-step'

export function returnApplication(ctx: ActionContext, input: z.output<ReturnType<typeof returnInput>>) {
  return runStep(ctx, 'return', input.applicationId, ({ app }) => ({
    patch: { returned: { reasons: input.reasons, fields: input.fields ?? [] } },
    remarks: input.reasons.join('；'),
    audited: ['returned'],
    notices: [
      {
        kind: 'applicationReturned',
        recipients: [app.applicantId],
        eventKey: stepEvent(app, 'return'),
        body: `您的建档申请被退回修改：${input.reasons.join('；')}。请修改后重新提交。`,
      },
    ],
  }))
}
