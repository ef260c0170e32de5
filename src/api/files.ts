import type { CertificateItem, RosterReportItem, RosterView, YearEndView } from '../domain/file/file-views'
import type { Proposal } from '../domain/file/file.schema'
import { send } from './transport'

export type EvaluateData = {
  applicationId: string
  year: number
  perCapitaMonthlyIncome: string
  description: string
  causesRemoved: boolean
  proposal: Proposal
  reason?: string
}

/** A household file's life after filing (the `files` function): 认定书, 认定, 花名册. */
export const filesApi = {
  evaluate: (data: EvaluateData, requestId: string) => send<{ status: string }>({ fn: 'files', action: 'evaluate', data, requestId }),
  certify: (applicationId: string, year: number, requestId: string) =>
    send<{ fileStatus: string }>({ fn: 'files', action: 'certify', data: { applicationId, year }, requestId }),
  certificates: (year: number) => send<{ year: number; items: CertificateItem[] }>({ fn: 'files', action: 'certificates', data: { year } }),
  yearEnd: (year: number) => send<YearEndView>({ fn: 'files', action: 'yearEnd', data: { year } }),
  roster: (unionId: string, year: number) => send<RosterView>({ fn: 'files', action: 'roster', data: { unionId, year } }),
  rosterExport: (unionId: string, year: number, format: 'xlsx' | 'docx') =>
    send<{ url: string }>({ fn: 'files', action: 'rosterExport', data: { unionId, year, format } }),
  reportRoster: (unionId: string, year: number, requestId: string) =>
    send<{ status: string }>({ fn: 'files', action: 'reportRoster', data: { unionId, year }, requestId }),
  rosterReports: (year: number) => send<{ year: number; items: RosterReportItem[] }>({ fn: 'files', action: 'rosterReports', data: { year } }),
  receiveRoster: (unionId: string, year: number, requestId: string) =>
    send<{ status: string }>({ fn: 'files', action: 'receiveRoster', data: { unionId, year }, requestId }),
}
