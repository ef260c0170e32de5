/** Refuses a staff step dated before the steps it follows (see src/domain/application/step-dates.ts). */
import { stepDateProblem, type StepDateField } from '../../../src/domain/application/step-dates'
import { AppError } from '../../../src/domain/shared/app-error'
import { chinaDate } from '../../core/ports/clock.port'
import type { ApplicationDoc } from './application.doc'

export function requireStepDateInOrder(app: ApplicationDoc, field: StepDateField, date: string): void {
  const problem = stepDateProblem(field, date, {
    submitted: chinaDate(new Date(app.submittedAt)),
    visitDate: app.investigation?.visitDate,
    meetingDate: app.evaluation?.meetingDate,
  })
  if (problem) throw new AppError('INVALID_INPUT', problem, { [field]: problem })
}
