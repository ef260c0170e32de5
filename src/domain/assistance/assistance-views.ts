/**
 * What the `assistance` function answers with. Amounts leave the server in
 * yuan (JSON numbers, exact to the fen); inside they are integer fen.
 */
import type { FundLevel } from './fund-rule'

export const PLAN_STATUSES = ['awaitingConfirmation', 'confirmed'] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = { awaitingConfirmation: '待职工确认', confirmed: '职工已确认' }

export type ChosenItem = { code: string; label: string }

export type PlanView = {
  applicationId: string
  year: number
  status: PlanStatus
  statusLabel: string
  /** Codes from the region's lists; `measureItems`/`planItems` carry their wording. */
  measures: string[]
  plans: string[]
  measureItems: ChosenItem[]
  planItems: ChosenItem[]
  otherMeasure?: string
  otherPlan?: string
  /** 'YYYY-MM': "YYYY年MM月底前实现解困脱困". */
  deadline: string
  deadlineText: string
  notes?: string
  revision: number
  madeBy: { name: string; at: string }
  /** 签字确认: who confirmed which revision, and when. Absent while awaiting confirmation. */
  confirmation?: { name: string; at: string; revision: number }
  /** Earlier revisions, newest first (what was confirmed before the plan changed). */
  history: { revision: number; deadline: string; measures: string[]; plans: string[]; madeBy: string; madeAt: string; confirmedAt?: string }[]
}

export type AidGoods = { name: string; value: number }

export type AidEntryView = {
  id: string
  applicationId: string
  applicantName: string
  fileNumber: string
  unionName: string
  date: string
  year: number
  kind: string
  /** Yuan; negative on a reversal. */
  amount: number
  goods?: AidGoods
  /** amount + goods value, yuan. */
  total: number
  fundLevel: FundLevel
  fund?: string
  project?: string
  remarks?: string
  handledBy: string
  recordedBy: { name: string; at: string }
  campaignId?: string
  hasReceipt: boolean
  /** A 5-minute link to the signed receipt photo: only in one household's ledger, for its staff and helpers. */
  receiptUrl?: string
  /** Set on a reversal entry: the entry it cancels and why. */
  reverses?: { entryId: string; reason: string }
  /** Set on an entry that was reversed later. */
  reversedBy?: { entryId: string; name: string; at: string; reason: string }
}

export type LedgerTotals = { byFundLevel: Record<string, number>; byKind: Record<string, number>; byYear: Record<string, number>; amount: number }

export type Ledger = { entries: AidEntryView[]; totals: LedgerTotals; truncated: boolean }

export type CampaignResult = {
  /** The households aided (application ids), whether in this call or by an earlier identical one. */
  recorded: string[]
  refused: { applicationId: string; message: string }[]
  /** Per household aided: its ledger entry. */
  entries: { applicationId: string; entryId: string }[]
  campaignId: string
}

export type CampaignHousehold = {
  applicationId: string
  name: string
  fileNumber: string
  fileLevel: string
  category: string
  union: { id: string; name: string }
}

/** 联系卡, the worker's copy as the screen shows it (the same fields the .docx prints). */
export type WorkerCard = {
  name: string
  sex: string
  birthMonth: string
  helperUnit: string
  helper: { name: string; title: string; phone: string }
  contact: { name: string; title: string; phone: string }
  measures: { label: string; ticked: boolean }[]
  plans: { label: string; ticked: boolean }[]
  otherMeasure?: string
  otherPlan?: string
  notes?: string
  deadlineText: string
}

export function deadlineText(deadline: string): string {
  const [y, m] = deadline.split('-')
  return `${y}年${Number(m)}月底前实现解困脱困`
}

/** What one household's 帮扶计划与台账 page shows (`assistance.overview`), for whoever may see it. */
export type HouseholdOverview = {
  applicationId: string
  name: string
  fileNumber: string
  fileLevel: string
  category: string
  union: { id: string; name: string }
  relations: ('staff' | 'helper' | 'worker')[]
  plan: PlanView | null
  card: WorkerCard
  /** The region's choices, for the plan form. */
  choices: { measures: { code: string; label: string }[]; plans: { code: string; label: string }[] }
  can: { plan: boolean; confirm: boolean; record: boolean; contact: boolean }
}
