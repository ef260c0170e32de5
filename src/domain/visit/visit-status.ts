/**
 * Where a household stands with its helpers' visits this year: how many
 * against the policy's target, the last one, and each visit window (a whole
 * calendar month: March to agree the plan, December to evaluate) as
 *   done       — a visit happened inside the window;
 *   upcoming   — the window has not opened yet;
 *   due        — the window is open and nobody has visited yet;
 *   overdue    — the window closed without a visit;
 *   notRequired — the household was filed after the window closed.
 * Pure: dates are 'YYYY-MM-DD' (China time), `happenedAt` may carry a time after the date.
 */
import { VISIT_WINDOW_LABELS, type VisitPolicy, type VisitWindowId } from '../policy/policy'

export type WindowState = 'done' | 'upcoming' | 'due' | 'overdue' | 'notRequired'

export type WindowStatus = { id: VisitWindowId; label: string; start: string; end: string; state: WindowState; visitedOn?: string }

export type VisitStatus = {
  year: number
  visitsThisYear: number
  target: number
  /** The date of the latest visit ever filed, or null. */
  lastVisitOn: string | null
  windows: WindowStatus[]
  due: VisitWindowId[]
  overdue: VisitWindowId[]
}

export type VisitedFile = { filedOn: string }
export type VisitDate = { happenedAt: string }

const pad = (n: number) => String(n).padStart(2, '0')

/** The first and last day of a month, as dates. */
export function monthRange(year: number, month: number): { start: string; end: string } {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(lastDay)}` }
}

export const dateOf = (happenedAt: string) => happenedAt.slice(0, 10)

function windowState(range: { start: string; end: string }, visitedOn: string | undefined, filedOn: string, today: string): WindowState {
  if (visitedOn) return 'done'
  if (filedOn > range.end) return 'notRequired'
  if (today < range.start) return 'upcoming'
  return today <= range.end ? 'due' : 'overdue'
}

export function visitStatus(file: VisitedFile, visits: readonly VisitDate[], today: string, policy: VisitPolicy): VisitStatus {
  const year = Number(today.slice(0, 4))
  const dates = visits.map((v) => dateOf(v.happenedAt)).sort()
  const thisYear = dates.filter((d) => d.startsWith(`${year}-`))
  const windows = policy.visitWindows.map(({ id, month }): WindowStatus => {
    const range = monthRange(year, month)
    const visitedOn = thisYear.find((d) => d >= range.start && d <= range.end)
    const state = windowState(range, visitedOn, file.filedOn, today)
    return { id, label: VISIT_WINDOW_LABELS[id], ...range, state, ...(visitedOn ? { visitedOn } : {}) }
  })
  return {
    year,
    visitsThisYear: thisYear.length,
    target: policy.visitsPerYear,
    lastVisitOn: dates[dates.length - 1] ?? null,
    windows,
    due: windows.filter((w) => w.state === 'due').map((w) => w.id),
    overdue: windows.filter((w) => w.state === 'overdue').map((w) => w.id),
  }
}

/** ISO 8601 week of a date, e.g. '2026-W48': the key of a weekly digest. */
export function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  const weekday = d.getUTCDay() || 7
  // The Thursday of this week decides the week's year.
  const thursday = new Date(d.getTime() + (4 - weekday) * 86_400_000)
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1)
  const week = Math.ceil(((thursday.getTime() - yearStart) / 86_400_000 + 1) / 7)
  return `${thursday.getUTCFullYear()}-W${pad(week)}`
}
