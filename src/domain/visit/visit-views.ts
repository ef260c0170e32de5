/**
 * What the `visit` actions answer, shared with the mini-program. Households
 * are shown masked (name, ID number); a visit's own texts are shown to the
 * people responsible for the household: its helpers and the staff above it.
 */
import type { Category, EligibilityResult } from '../eligibility/eligibility'
import type { VisitType } from './visit.schema'
import type { VisitStatus } from './visit-status'

export type HouseholdRef = {
  applicationId: string
  fileNumber: string
  /** Masked: 李**. */
  name: string
  idNumberMasked: string
  category: Category
  union: { id: string; name: string }
}

/** `visit.mine`: one paired household. */
export type MyHousehold = HouseholdRef & {
  householdSize: number
  role: 'primary' | 'second'
  status: VisitStatus
  /** The latest visit's updated incomes passed the exit test (6 months above 低保). */
  exitCandidate: boolean
}

export type VisitIncome = {
  monthlyIncomeFen: number[]
  perCapitaMonthlyIncomeFen: number
  /** The engine on the updated incomes; null where the region has no 低保 standard in force. */
  assessment: EligibilityResult | null
  exitCandidate: boolean
}

/** `visit.list`: one visit, photos through 5-minute links. */
export type VisitView = {
  id: string
  type: VisitType
  typeLabel: string
  happenedAt: string
  receivedAt: string
  helper: { id: string; name: string }
  participants: string[]
  situation: string
  changes?: string
  measures: { text: string; delivered: boolean }[]
  photos: { uploadId: string; url: string }[]
  location?: { latitude: number; longitude: number; accuracy?: number }
  acknowledgment: { acknowledged: boolean; by?: string }
  income?: VisitIncome
}

/** `visit.file`: what the helper sees once the visit is recorded. */
export type FiledVisit = { id: string; applicationId: string; happenedAt: string; receivedAt: string; exitCandidate: boolean; status: VisitStatus }

export type ComplianceFile = HouseholdRef & { helperName: string; visitsThisYear: number; target: number; lastVisitOn: string | null }

export type HelperPairing = {
  id: string
  name: string
  unionName: string
  households: number
  /** The policy's minimum for city and county cadres; null for helpers of other levels. */
  minimum: number | null
  belowMinimum: boolean
}

/**
 * `visit.compliance`: the staff member's subtree, one year. The counts are whole; each list is its first page, and
 * `next` holds the cursor of its next page (`visit.complianceList`), null when there is none.
 */
export type ComplianceView = {
  year: number
  counts: { files: number; visited: number; underTarget: number; neverVisited: number; due: number; overdue: number; exitCandidates: number }
  underTarget: ComplianceFile[]
  neverVisited: ComplianceFile[]
  exitCandidates: ComplianceFile[]
  next: { underTarget: string | null; neverVisited: string | null; exitCandidates: string | null; helpers: string | null }
  /** This year's figures are kept on each file and refreshed daily; the date they were last computed on. */
  asOf: string
  helpers: HelperPairing[]
}

/** The compliance view's lists of households, each paged by `visit.complianceList`. */
export type ComplianceList = 'underTarget' | 'neverVisited' | 'exitCandidates'

/** `visit.complianceList`: one more page of a compliance list. */
export type ComplianceListPage = { rows: ComplianceFile[]; nextCursor: string | null }

/** `visit.complianceHelpers`: one more page of the helpers and their pairing counts. */
export type HelperPairingPage = { rows: HelperPairing[]; nextCursor: string | null }

/** `visit.pair`: the household's helpers after the change. */
export type Pairing = { applicationId: string; helper: { id: string; name: string }; secondHelper: { id: string; name: string } | null; version: number }
