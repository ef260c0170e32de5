/** What the `files` actions answer, shared with the mini-program. Names masked; no ID numbers in lists. */
import type { Proposal } from './file.schema'

export type CertificateItem = {
  applicationId: string
  year: number
  fileNumber: string
  name: string
  status: 'evaluated' | 'certified'
  proposal: Proposal
  perCapitaMonthlyIncome: number
  description: string
  causesRemoved: boolean
  exitTestMet: boolean
  reason?: string
  evaluators: string[]
  certifiedOn?: string
  chairName?: string
}

export type YearEndFile = {
  applicationId: string
  fileNumber: string
  name: string
  unionName: string
  helperName: string
  certificate: 'none' | 'evaluated' | 'certified'
  proposal?: string
  overdue: boolean
}

export type ExitRate = { exits: number; files: number; percent: number; targetPercent: number | null }

export type YearEndView = { year: number; files: YearEndFile[]; notRechecked: number; overdue: number; exitRate: ExitRate }

export type RosterRowView = {
  index: number
  fileNumber: string
  name: string
  sex: string
  idNumber: string
  contact: string
  category: string
  unitOrAddress: string
  helperName: string
  exitDate: string
}

export type RosterReportState = { status: 'reported' | 'received'; statusLabel: string; reportedAt: string; receivedAt: string | null }

export type RosterView = {
  unionId: string
  unionName: string
  year: number
  filledBy: string
  filledOn: string
  chairName: string
  rows: RosterRowView[]
  report: RosterReportState | null
}

export type RosterReportItem = {
  unionId: string
  unionName: string
  year: number
  exits: number
  status: 'reported' | 'received'
  statusLabel: string
  reportedAt: string
}

export const CERTIFICATE_STATE_LABELS = { none: '未填写认定书', evaluated: '待主席认定', certified: '已认定' } as const
