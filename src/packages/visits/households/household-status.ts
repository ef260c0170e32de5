/** What a helper's household card says about its visits, in words and badge tones. Pure. */
import type { MyHousehold } from '../../../domain/visit/visit-views'

export type Badge = { text: string; tone: 'danger' | 'warning' | 'success' | 'info' }

const md = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

export function visitsLine(h: Pick<MyHousehold, 'status'>): string {
  return `今年已走访${h.status.visitsThisYear}次（目标${h.status.target}次）`
}

export function lastVisitLine(h: Pick<MyHousehold, 'status'>): string {
  return h.status.lastVisitOn ? `最近走访：${h.status.lastVisitOn}` : '最近走访：尚未走访'
}

/** Overdue first, then due, then the year's count and an exit candidate. */
export function badgesOf(h: Pick<MyHousehold, 'status' | 'exitCandidate'>): Badge[] {
  const badges: Badge[] = []
  for (const w of h.status.windows) {
    if (w.state === 'overdue') badges.push({ text: `${w.label}走访已逾期`, tone: 'danger' })
  }
  for (const w of h.status.windows) {
    if (w.state === 'due') badges.push({ text: `${w.label}走访待完成（${md(w.end)}前）`, tone: 'warning' })
  }
  if (h.status.visitsThisYear >= h.status.target) badges.push({ text: '已达年度走访次数', tone: 'success' })
  if (h.exitCandidate) badges.push({ text: '脱困候选', tone: 'info' })
  return badges
}
