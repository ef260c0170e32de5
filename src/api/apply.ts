import type { ApplicationSummary } from '../domain/application/application-views'
import { send } from './transport'

/** The employee's writes on their application; reads are in application.ts. */
export const applyApi = {
  submit: (data: unknown, requestId: string) => send<ApplicationSummary>({ fn: 'application', action: 'submit', data, requestId }),
  resubmit: (applicationId: string, data: object, requestId: string) =>
    send<ApplicationSummary>({ fn: 'application', action: 'resubmit', data: { applicationId, ...data }, requestId }),
}
