import type { ApplicationSummary } from '../domain/application/application-views'
import { send } from './transport'

/** A returned application as sent (`application.returnedForm`): money as yuan text, papers with 5-minute links. */
export type ReturnedForm = {
  form: Record<string, unknown>
  declaration: Record<string, unknown>
  papers: { uploadId: string; type: string; url?: string }[]
}

/** The employee's own application: submitting, and correcting a returned one. */
export const applyApi = {
  returnedForm: (applicationId: string) => send<ReturnedForm>({ fn: 'application', action: 'returnedForm', data: { applicationId } }),
  submit: (data: unknown, requestId: string) => send<ApplicationSummary>({ fn: 'application', action: 'submit', data, requestId }),
  resubmit: (applicationId: string, data: object, requestId: string) =>
    send<ApplicationSummary>({ fn: 'application', action: 'resubmit', data: { applicationId, ...data }, requestId }),
}
