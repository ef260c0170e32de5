/**
 * A file's standing against the visit rules this year, kept on the file as
 * plain fields (`compliance`) so a subtree's figures are database counts and
 * its lists indexed pages: `visit.compliance` costs the same few requests for
 * ten households or a province's hundred thousand. It is written with every
 * visit and at filing, cleared when a file stops being active, and
 * recomputed daily by the scheduler (windows open and close with the date,
 * and a new year starts everyone at zero).
 */
import type { VisitPolicy } from '../../../src/domain/policy/policy'
import { summaryStatus } from '../../../src/domain/visit/visit-status'
import type { ComplianceList } from '../../../src/domain/visit/visit-views'
import type { Condition } from '../../core/ports/store.port'
import type { FileVisits } from './visit.doc'

export type ComplianceState = {
  /** The year these figures are for; a file not yet stamped for this year is left out of this year's counts. */
  year: number
  /** The date they were computed on: due and overdue move with it. */
  asOf: string
  visited: boolean
  underTarget: boolean
  due: boolean
  overdue: boolean
  exitCandidate: boolean
}

/** The standing of a file filed on `filedOn` with these visit figures, on `today`. */
export function complianceStateOf(filedOn: string, figures: FileVisits | undefined, today: string, policy: VisitPolicy): ComplianceState {
  const year = Number(today.slice(0, 4))
  const status = summaryStatus({ filedOn }, figures, today, policy)
  const income = figures?.latestIncome
  return {
    year,
    asOf: today,
    visited: status.visitsThisYear > 0,
    underTarget: status.visitsThisYear < status.target,
    due: status.due.length > 0,
    overdue: status.overdue.length > 0,
    exitCandidate: income?.happenedAt.startsWith(`${year}-`) ? income.exitCandidate : false,
  }
}

/** True when the stored state no longer says what `next` says (the daily job writes only these). */
export function complianceChanged(stored: ComplianceState | null | undefined, next: ComplianceState): boolean {
  if (!stored) return true
  return (['year', 'visited', 'underTarget', 'due', 'overdue', 'exitCandidate'] as const).some((k) => stored[k] !== next[k])
}

/** The conditions (beside the subtree and `status: filed`) that select one count or list for `year`. */
export function complianceWhere(year: number, which: ComplianceList | 'files' | 'visited' | 'due' | 'overdue'): Condition[] {
  const ofYear: Condition = { field: 'compliance.year', op: 'eq', value: year }
  const flag = (field: keyof ComplianceState, value: boolean): Condition[] => [ofYear, { field: `compliance.${field}`, op: 'eq', value }]
  switch (which) {
    case 'files':
      return [ofYear]
    case 'visited':
      return flag('visited', true)
    case 'neverVisited':
      return flag('visited', false)
    case 'underTarget':
      return flag('underTarget', true)
    case 'exitCandidates':
      return flag('exitCandidate', true)
    case 'due':
      return flag('due', true)
    case 'overdue':
      return flag('overdue', true)
  }
}
