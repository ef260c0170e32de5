/**
 * How plans and aid are stored. A plan is one document per household (id =
 * the application id) holding the current revision and the earlier ones; its
 * notes are sealed (they describe health and money). An aid entry is never
 * changed except to mark it reversed; a reversal is an entry of its own with
 * negative amounts. Amounts are integer fen. Queried fields: `plans` and
 * `aid` in core/collections.ts.
 */
import {
  deadlineText,
  PLAN_STATUS_LABELS,
  type AidEntryView,
  type ChosenItem,
  type PlanStatus,
  type PlanView,
} from '../../../src/domain/assistance/assistance-views'
import type { FundLevel } from '../../../src/domain/assistance/fund-rule'
import { fenToYuan } from '../../../src/domain/shared/money'
import type { Doc } from '../../core/ports/store.port'

export type PlanRevision = {
  revision: number
  measures: ChosenItem[]
  plans: ChosenItem[]
  otherMeasure?: string
  otherPlan?: string
  deadline: string
  notesSealed?: string
  madeBy: { id: string; name: string; at: string }
  confirmation?: { userId: string; name: string; at: string }
}

export type PlanDoc = {
  /** The revision in force; replaced whole by the next one, which moves this one to `history`. */
  current: PlanRevision
  revision: number
  applicationId: string
  applicantId: string
  unionId: string
  unionPath: string
  unionIds: string[]
  year: number
  status: PlanStatus
  /** The union contact named on the worker's card: the staff member who made the plan, or the first staff of the file's union. */
  contactId?: string
  history: PlanRevision[]
  updatedAt: string
}

export type AidDoc = {
  applicationId: string
  applicantId: string
  applicantName: string
  fileNumber: string
  fileLevel: string
  unionId: string
  unionName: string
  unionPath: string
  unionIds: string[]
  date: string
  year: number
  kind: string
  amountFen: number
  goods?: { name: string; valueFen: number }
  fundLevel: FundLevel
  fund?: string
  project?: string
  remarks?: string
  handledBy: string
  /** `unionName`: the union the staff member acted for, which gave the aid (the file's own union or one above it). */
  recordedBy: { id: string; name: string; at: string; unionName?: string }
  campaignId?: string
  receipt?: { uploadId: string; path: string }
  reverses?: { entryId: string; reason: string }
  reversedBy?: { entryId: string; name: string; at: string; reason: string }
}

export const totalFen = (aid: Pick<AidDoc, 'amountFen' | 'goods'>) => aid.amountFen + (aid.goods?.valueFen ?? 0)

export function toAidView(doc: Doc<AidDoc>): AidEntryView {
  return {
    ...{ id: doc.id, applicationId: doc.applicationId, applicantName: doc.applicantName, fileNumber: doc.fileNumber, unionName: doc.unionName },
    ...{ date: doc.date, year: doc.year, kind: doc.kind, amount: fenToYuan(doc.amountFen), total: fenToYuan(totalFen(doc)) },
    ...(doc.goods ? { goods: { name: doc.goods.name, value: fenToYuan(doc.goods.valueFen) } } : {}),
    ...{
      fundLevel: doc.fundLevel,
      handledBy: doc.handledBy,
      recordedBy: { name: doc.recordedBy.name, at: doc.recordedBy.at },
      hasReceipt: Boolean(doc.receipt),
    },
    ...(doc.fund ? { fund: doc.fund } : {}),
    ...(doc.project ? { project: doc.project } : {}),
    ...(doc.remarks ? { remarks: doc.remarks } : {}),
    ...(doc.campaignId ? { campaignId: doc.campaignId } : {}),
    ...(doc.reverses ? { reverses: doc.reverses } : {}),
    ...(doc.reversedBy ? { reversedBy: doc.reversedBy } : {}),
  }
}

export function toPlanView(doc: Doc<PlanDoc>, openNotes: (sealed: string) => string): PlanView {
  const codes = (items: ChosenItem[]) => items.map((i) => i.code)
  const c = doc.current
  return {
    ...{ applicationId: doc.applicationId, year: doc.year, status: doc.status, statusLabel: PLAN_STATUS_LABELS[doc.status] },
    ...{ measures: codes(c.measures), plans: codes(c.plans), measureItems: c.measures, planItems: c.plans },
    ...(c.otherMeasure ? { otherMeasure: c.otherMeasure } : {}),
    ...(c.otherPlan ? { otherPlan: c.otherPlan } : {}),
    ...{ deadline: c.deadline, deadlineText: deadlineText(c.deadline), revision: c.revision },
    ...(c.notesSealed ? { notes: openNotes(c.notesSealed) } : {}),
    madeBy: { name: c.madeBy.name, at: c.madeBy.at },
    ...(c.confirmation ? { confirmation: { name: c.confirmation.name, at: c.confirmation.at, revision: c.revision } } : {}),
    history: doc.history.map((h) => ({
      ...{ revision: h.revision, deadline: h.deadline, measures: codes(h.measures), plans: codes(h.plans), madeBy: h.madeBy.name, madeAt: h.madeBy.at },
      ...(h.confirmation ? { confirmedAt: h.confirmation.at } : {}),
    })),
  }
}
