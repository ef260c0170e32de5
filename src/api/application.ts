import type { ApplicationStatus } from '../domain/application/application-machine'
import type { ApplicationDetailView, ApplicationSummary, MyApplication } from '../domain/application/application-views'
import { send } from './transport'

/** `counts` comes with the first page only. */
export type ApplicationPage = { items: ApplicationSummary[]; nextCursor: string | null; counts: Record<ApplicationStatus, number> | null }

export const applicationApi = {
  mine: () => send<{ items: MyApplication[] }>({ fn: 'application', action: 'mine' }),
  list: (status?: ApplicationStatus, cursor?: string) =>
    send<ApplicationPage>({ fn: 'application', action: 'list', data: { ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) } }),
  detail: (applicationId: string) => send<ApplicationDetailView>({ fn: 'application', action: 'detail', data: { applicationId } }),
  print: (applicationId: string, requestId: string) =>
    send<{ fileNumber: string; url?: string }>({ fn: 'application', action: 'print', data: { applicationId }, requestId }),
}
