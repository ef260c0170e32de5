import type { ApplicationStatus } from '../domain/application/application-machine'
import type { ApplicationSummary, MyApplication } from '../domain/application/application-views'
import { send } from './transport'

export type ApplicationPage = { items: ApplicationSummary[]; nextCursor: string | null; counts: Record<ApplicationStatus, number> }

export const applicationApi = {
  mine: () => send<{ items: MyApplication[] }>({ fn: 'application', action: 'mine' }),
  list: (status?: ApplicationStatus, cursor?: string) =>
    send<ApplicationPage>({ fn: 'application', action: 'list', data: { ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) } }),
}
