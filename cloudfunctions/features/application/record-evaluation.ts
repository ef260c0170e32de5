/** 民主评议: the meeting's date, attendance and result, as the minutes record them. */
import type { z } from 'zod'
import type { recordEvaluationInput } from '../../../src/domain/application/steps.schema'
import type { ActionContext } from '../../core/action'
import { runStep } from './run-step'

const RESULT_LABEL = { agree: '同意建档', disagree: '不同意建档' } as const

export function recordEvaluation(ctx: ActionContext, input: z.output<ReturnType<typeof recordEvaluationInput>>) {
  const { meetingDate, attendance, result, remarks } = input
  return runStep(ctx, 'recordEvaluation', input.applicationId, () => ({
    patch: { evaluation: { meetingDate, attendance, result, ...(remarks ? { remarks } : {}) } },
    remarks: `${meetingDate}召开评议会，${attendance}人参加，${RESULT_LABEL[result]}${remarks ? `；${remarks}` : ''}`,
    audited: ['evaluation'],
  }))
}
