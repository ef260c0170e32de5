/**
 * 民主评议: the meeting's date, attendance and result, as the minutes record
 * them; optionally a photo of the minutes, which must be an attachment the
 * recording staff member uploaded.
 */
import type { z } from 'zod'
import type { recordEvaluationInput } from '../../../src/domain/application/steps.schema'
import { AppError } from '../../../src/domain/shared/app-error'
import type { ActionContext } from '../../core/action'
import { assertOwnUploads } from '../uploads/uploads'
import type { EvaluationRecord } from './application.doc'
import { runStep } from './run-step'
import { requireStepDateInOrder } from './step-dates'

const RESULT_LABEL = { agree: '同意建档', disagree: '不同意建档' } as const

/** The minutes photo as stored, or a field error on `minutesUploadId` (the form has one photo, not a list). */
async function minutesOf(ctx: ActionContext, uploadId: string | undefined): Promise<EvaluationRecord['minutes']> {
  if (!uploadId) return undefined
  try {
    const [doc] = await assertOwnUploads(ctx.deps.store, ctx.caller.userId, [uploadId], {
      field: 'minutesUploadId',
      label: '评议会议记录照片',
      purpose: 'attachment',
    })
    return doc ? { uploadId, path: doc.path } : undefined
  } catch (error) {
    if (error instanceof AppError && error.fields) throw new AppError(error.code, error.message, { minutesUploadId: error.message })
    throw error
  }
}

export function recordEvaluation(ctx: ActionContext, input: z.output<ReturnType<typeof recordEvaluationInput>>) {
  const { meetingDate, attendance, result, remarks } = input
  return runStep(ctx, 'recordEvaluation', input.applicationId, async ({ app }) => {
    requireStepDateInOrder(app, 'meetingDate', meetingDate)
    const minutes = await minutesOf(ctx, input.minutesUploadId)
    return {
      patch: { evaluation: { meetingDate, attendance, result, ...(remarks ? { remarks } : {}), ...(minutes ? { minutes } : {}) } },
      remarks: `${meetingDate}召开评议会，${attendance}人参加，${RESULT_LABEL[result]}${remarks ? `；${remarks}` : ''}`,
      audited: ['evaluation'],
    }
  })
}
