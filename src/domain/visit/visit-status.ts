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

/**
 * What a status needs of a household's visits, kept small enough to live on the file and be updated on each
 * visit: the count and the first visit date of each month of one year, and the latest visit date ever.
 */
export type VisitSummary = {
  year: number
  count: number
  /** The earliest visit date in each month of `year`, keyed by month number ('1'..'12'). */
  firstInMonth: Record<string, string>
  lastOn: string | null
}

const monthOf = (date: string) => String(Number(date.slice(5, 7)))

/** `summary` (of any year, or none) with one more visit: a visit of a later year starts that year's figures. */
export function addVisit(summary: VisitSummary | undefined, happenedAt: string): VisitSummary {
  const date = dateOf(happenedAt)
  const year = Number(date.slice(0, 4))
  const lastOn = summary?.lastOn && summary.lastOn > date ? summary.lastOn : date
  if (!summary || year > summary.year) return { year, count: 1, firstInMonth: { [monthOf(date)]: date }, lastOn }
  if (year < summary.year) return { ...summary, lastOn }
  const first = summary.firstInMonth[monthOf(date)]
  return { ...summary, count: summary.count + 1, firstInMonth: { ...summary.firstInMonth, [monthOf(date)]: first && first < date ? first : date }, lastOn }
}

const laterOf = (lastOn: string | null, v: VisitDate) => (lastOn && lastOn > dateOf(v.happenedAt) ? lastOn : dateOf(v.happenedAt))

/** The summary of `visits` for `year`. */
export function summarize(visits: readonly VisitDate[], year: number): VisitSummary {
  const empty: VisitSummary = { year, count: 0, firstInMonth: {}, lastOn: null }
  return visits.reduce((s, v) => (Number(dateOf(v.happenedAt).slice(0, 4)) > year ? { ...s, lastOn: laterOf(s.lastOn, v) } : addVisit(s, v.happenedAt)), empty)
}

export function visitStatus(file: VisitedFile, visits: readonly VisitDate[], today: string, policy: VisitPolicy): VisitStatus {
  return summaryStatus(file, summarize(visits, Number(today.slice(0, 4))), today, policy)
}

/** The status from a summary: figures of another year than today's count as none (the year rolled over). */
export function summaryStatus(file: VisitedFile, summary: VisitSummary | undefined, today: string, policy: VisitPolicy): VisitStatus {
  const year = Number(today.slice(0, 4))
  const current = summary?.year === year ? summary : undefined
  const windows = policy.visitWindows.map(({ id, month }): WindowStatus => {
    const range = monthRange(year, month)
    const visitedOn = current?.firstInMonth[String(month)]
    const state = windowState(range, visitedOn, file.filedOn, today)
    return { id, label: VISIT_WINDOW_LABELS[id], ...range, state, ...(visitedOn ? { visitedOn } : {}) }
  })
  return {
    year,
    visitsThisYear: current?.count ?? 0,
    target: policy.visitsPerYear,
    lastVisitOn: summary?.lastOn ?? null,
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
