import type { ApplicationStatus, ApplicationStep } from '../domain/application/application-machine'
import type { ApplicationDetailView, ApplicationSummary, HelperOption, MyApplication, StepResult } from '../domain/application/application-views'
import { send } from './transport'

/** `counts` comes with the first page only. */
export type ApplicationPage = { items: ApplicationSummary[]; nextCursor: string | null; counts: Record<ApplicationStatus, number> | null }

/** The steps staff take from the case detail (each action's input: src/domain/application/steps.schema.ts). */
export type StaffStep = Exclude<ApplicationStep, 'submit' | 'resubmit'>

export const applicationApi = {
  mine: () => send<{ items: MyApplication[] }>({ fn: 'application', action: 'mine' }),
  list: (status?: ApplicationStatus, cursor?: string) =>
    send<ApplicationPage>({ fn: 'application', action: 'list', data: { ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) } }),
  detail: (applicationId: string) => send<ApplicationDetailView>({ fn: 'application', action: 'detail', data: { applicationId } }),
  helpers: () => send<{ helpers: HelperOption[] }>({ fn: 'application', action: 'helpers' }),
  step: (step: StaffStep, data: Record<string, unknown>, requestId: string) => send<StepResult>({ fn: 'application', action: step, data, requestId }),
  /** One masked value in full, audited; a replayed request answers without `value` (ask again with a new id). */
  reveal: (applicationId: string, field: string, requestId: string) =>
    send<{ field: string; value?: string | number | boolean }>({ fn: 'application', action: 'reveal', data: { applicationId, field }, requestId }),
  print: (applicationId: string, requestId: string) =>
    send<{ fileNumber: string; url?: string }>({ fn: 'application', action: 'print', data: { applicationId }, requestId }),
}
