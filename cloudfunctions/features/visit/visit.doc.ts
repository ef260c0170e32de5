/**
 * How visits are stored, and the filed application as the visit feature sees
 * it: the household file (一户一档) with its primary helper and an optional
 * second helper (seed 001: city and county cadres pair as 第二帮扶责任人).
 * A visit keeps its free texts, the incomes and the location sealed (they
 * describe a household's health, money and home); beside them only what
 * lists and compliance need. Queried fields: `visits` in core/collections.ts.
 */
import { isActiveFile } from '../../../src/domain/file/file-machine'
import type { EligibilityResult } from '../../../src/domain/eligibility/eligibility'
import type { VisitType } from '../../../src/domain/visit/visit.schema'
import { addVisit, summarize, type VisitSummary } from '../../../src/domain/visit/visit-status'
import { chinaDate } from '../../core/ports/clock.port'
import type { Doc } from '../../core/ports/store.port'
import type { ApplicationDoc, FiledRecord } from '../application/application.doc'

export type PairedRecord = FiledRecord & { secondHelperId?: string; secondHelperName?: string }

/** The latest visit that updated the incomes: it decides whether the household is an exit candidate. */
type LatestIncome = { happenedAt: string; receivedAt: string; exitCandidate: boolean }

/**
 * The household's visit figures, kept on the file and updated in the transaction that files a visit, so 我的帮扶户
 * and compliance read no visits. Files made before it have none: their visits are read once (visitSummariesOf).
 */
export type FileVisits = VisitSummary & { latestIncome?: LatestIncome }

/** A filed application: the household's file. */
export type FileDoc = Omit<ApplicationDoc, 'filed'> & {
  status: 'filed'
  filed: PairedRecord
  visitSummary?: FileVisits
}

export function isFiled(app: Doc<Omit<ApplicationDoc, 'filed'> & { filed?: PairedRecord }> | null): app is Doc<FileDoc> {
  // A cancelled or superseded file (file-machine.ts) is no one's household to visit any more.
  return app?.status === 'filed' && app.filed !== undefined && isActiveFile(app.fileStatus)
}

/** The household's helpers, primary first. */
export function helpersOf(file: Pick<FileDoc, 'filed'>): string[] {
  return [file.filed.helperId, ...(file.filed.secondHelperId ? [file.filed.secondHelperId] : [])]
}

export const filedOn = (file: Pick<FileDoc, 'filed'>) => chinaDate(new Date(file.filed.filedAt))

/** What `sealed` holds once opened. */
export type SealedVisit = {
  situation: string
  changes?: string
  location?: { latitude: number; longitude: number; accuracy?: number }
  monthlyIncomeFen?: number[]
}

export type VisitDoc = {
  applicationId: string
  unionId: string
  unionPath: string
  /** Own union and its ancestors: queried through core/subtree.ts. */
  unionIds: string[]
  helperId: string
  helperName: string
  type: VisitType
  /** As the helper gave it: 'YYYY-MM-DD' or 'YYYY-MM-DD HH:mm', China time. */
  happenedAt: string
  year: number
  /** When the server received it. */
  receivedAt: string
  participants: string[]
  measures: { text: string; delivered: boolean }[]
  photos: { uploadId: string; path: string }[]
  acknowledgment: { acknowledged: boolean; by?: string }
  /** Whether a location was captured (the coordinates are sealed). */
  located: boolean
  sealed: string
  /** Present when the visit updated the incomes: the engine's verdict on them and the exit test. */
  income?: { perCapitaMonthlyIncomeFen: number; assessment: EligibilityResult | null; exitCandidate: boolean }
}

/** The latest visit that updated the incomes decides whether the household is an exit candidate. */
export function exitCandidateOf(visits: readonly Pick<VisitDoc, 'happenedAt' | 'receivedAt' | 'income'>[]): boolean {
  const withIncome = visits.filter((v) => v.income).sort((a, b) => a.happenedAt.localeCompare(b.happenedAt) || a.receivedAt.localeCompare(b.receivedAt))
  return withIncome[withIncome.length - 1]?.income?.exitCandidate ?? false
}

const later = (a: LatestIncome, b: Pick<VisitDoc, 'happenedAt' | 'receivedAt'>) =>
  a.happenedAt.localeCompare(b.happenedAt) > 0 || (a.happenedAt === b.happenedAt && a.receivedAt > b.receivedAt)

/** `figures` with one more visit. */
export function withVisit(figures: FileVisits | undefined, visit: Pick<VisitDoc, 'happenedAt' | 'receivedAt' | 'income'>): FileVisits {
  const summary = addVisit(figures, visit.happenedAt)
  const kept = figures?.latestIncome
  const latestIncome =
    visit.income && !(kept && later(kept, visit))
      ? { happenedAt: visit.happenedAt, receivedAt: visit.receivedAt, exitCandidate: visit.income.exitCandidate }
      : kept
  return { ...summary, ...(latestIncome ? { latestIncome } : {}) }
}

/** The figures of a household's visits, for `year`: how a file made before figures were kept gets them. */
export function visitFigures(visits: readonly Pick<VisitDoc, 'happenedAt' | 'receivedAt' | 'income'>[], year: number): FileVisits {
  const withIncome = visits.filter((v) => v.income).sort((a, b) => a.happenedAt.localeCompare(b.happenedAt) || a.receivedAt.localeCompare(b.receivedAt))
  const last = withIncome[withIncome.length - 1]
  const latestIncome = last?.income ? { happenedAt: last.happenedAt, receivedAt: last.receivedAt, exitCandidate: last.income.exitCandidate } : undefined
  return { ...summarize(visits, year), ...(latestIncome ? { latestIncome } : {}) }
}
