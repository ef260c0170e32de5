import type { AidEntryView, CampaignHousehold, CampaignResult, HouseholdOverview, Ledger, PlanView } from '../domain/assistance/assistance-views'

export type { HouseholdOverview }
import type { CardCopy } from '../domain/assistance/assistance.schema'
import { send } from './transport'

export type PlanForm = {
  applicationId: string
  measures: string[]
  plans: string[]
  otherMeasure?: string
  otherPlan?: string
  deadline: string
  notes?: string
}

export type AidForm = Record<string, unknown>

type Link = { url?: string; expiresInSeconds?: number }

/** The household's plan, card, aid and ledger (the `assistance` function). Writes carry the caller's Intent's request id. */
export const assistanceApi = {
  overview: (applicationId: string) => send<HouseholdOverview>({ fn: 'assistance', action: 'overview', data: { applicationId } }),
  plan: (data: PlanForm, requestId: string) => send<PlanView>({ fn: 'assistance', action: 'plan', data, requestId }),
  confirmPlan: (applicationId: string, requestId: string) => send<PlanView>({ fn: 'assistance', action: 'confirmPlan', data: { applicationId }, requestId }),
  awaiting: () => send<{ items: (PlanView & { name: string })[] }>({ fn: 'assistance', action: 'awaiting' }),
  contact: (applicationId: string, requestId: string) =>
    send<{ name: string; address?: string; mobile?: string }>({ fn: 'assistance', action: 'contact', data: { applicationId }, requestId }),
  printCard: (applicationId: string, copy: CardCopy, requestId: string) =>
    send<Link>({ fn: 'assistance', action: 'printCard', data: { applicationId, copy }, requestId }),
  record: (data: AidForm, requestId: string) => send<AidEntryView>({ fn: 'assistance', action: 'record', data, requestId }),
  households: (filter: Record<string, unknown>) =>
    send<{ items: CampaignHousehold[]; truncated: boolean }>({ fn: 'assistance', action: 'households', data: filter }),
  campaign: (data: Record<string, unknown>, requestId: string) => send<CampaignResult>({ fn: 'assistance', action: 'campaign', data, requestId }),
  ledger: (data: { applicationId?: string; year?: number }) => send<Ledger>({ fn: 'assistance', action: 'ledger', data }),
  reverse: (entryId: string, reason: string, requestId: string) =>
    send<{ reversal: AidEntryView }>({ fn: 'assistance', action: 'reverse', data: { entryId, reason }, requestId }),
  export: (data: { applicationId?: string; unionId?: string; year?: number }, requestId: string) =>
    send<Link & { entries: number }>({ fn: 'assistance', action: 'export', data, requestId }),
}
