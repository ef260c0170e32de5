/**
 * 困难职工解困脱困认定书 (seed 001 附件4), one a file a year, id
 * `<applicationId>:<year>`. Grassroots staff and the paired helper fill it
 * (each evaluation replaces the figures, the evaluators accumulate); the
 * chair's 认定 makes it take effect and freezes it. Queried fields:
 * `certificates` in core/collections.ts.
 */
import type { Proposal } from '../../../src/domain/file/file.schema'

export type Evaluator = { userId: string; name: string; as: 'staff' | 'helper'; at: string }

export type CertificateDoc = {
  applicationId: string
  unionId: string
  unionPath: string
  /** The union and its ancestors (core/subtree.ts). */
  unionIds: string[]
  year: number
  /** For lists without reading the file: its number and the worker's masked name. */
  fileNumber: string
  nameMasked: string
  status: 'evaluated' | 'certified'
  perCapitaMonthlyIncomeFen: number
  description: string
  causesRemoved: boolean
  proposal: Proposal
  reason?: string
  /** The engine's exit test when it was filled: income above B for 6 months (latest visit) and causes removed. */
  exitTestMet: boolean
  incomeTestMet: boolean
  evaluators: Evaluator[]
  updatedAt: string
  certified?: { chairId: string; chairName: string; date: string; at: string }
}

export const certificateId = (applicationId: string, year: number) => `${applicationId}:${year}`

export type CertificateView = Omit<CertificateDoc, 'unionPath' | 'unionIds'> & { id: string; version: number; perCapitaMonthlyIncome: number }

export function toCertificateView(doc: CertificateDoc & { id: string; version: number }): CertificateView {
  const { unionPath: _path, unionIds: _ids, ...rest } = doc
  return { ...rest, perCapitaMonthlyIncome: doc.perCapitaMonthlyIncomeFen / 100 }
}
