/** What a helper's household card says: visits against the target, the last visit, and what is due or overdue. */
import type { VisitStatus } from '../../../src/domain/visit/visit-status'
import type { OutboxItem } from '../../../src/outbox/outbox.types'
import { badgesOf, lastVisitLine, visitsLine } from '../../../src/packages/visits/households/household-status'
import { isVisitItem, shownState } from '../../../src/packages/visits/households/waiting-state'

function status(patch: Partial<VisitStatus> = {}): VisitStatus {
  return {
    year: 2026,
    visitsThisYear: 0,
    target: 2,
    lastVisitOn: null,
    windows: [
      { id: 'plan', label: '制定帮扶计划', start: '2026-03-01', end: '2026-03-31', state: 'overdue' },
      { id: 'evaluation', label: '年终评价', start: '2026-12-01', end: '2026-12-31', state: 'due' },
    ],
    due: ['evaluation'],
    overdue: ['plan'],
    ...patch,
  }
}

test('overdue first, then due with its last day', () => {
  expect(badgesOf({ status: status(), exitCandidate: false })).toEqual([
    { text: '制定帮扶计划走访已逾期', tone: 'danger' },
    { text: '年终评价走访待完成（12月31日前）', tone: 'warning' },
  ])
  expect(visitsLine({ status: status() })).toBe('今年已走访0次（目标2次）')
  expect(lastVisitLine({ status: status() })).toBe('最近走访：尚未走访')
})

test('a household at its target and an exit candidate say so', () => {
  const done = status({ visitsThisYear: 2, lastVisitOn: '2026-12-01', windows: [], due: [], overdue: [] })
  expect(badgesOf({ status: done, exitCandidate: true }).map((b) => b.text)).toEqual(['已达年度走访次数', '脱困候选'])
  expect(lastVisitLine({ status: done })).toBe('最近走访：2026-12-01')
})

const item = (id: string, state: OutboxItem['state'], steps: OutboxItem['steps'] = [], lastError?: string): OutboxItem => ({
  ...{ id, title: id, createdAt: 0, state, attempts: 0, nextAttemptAt: 0, steps },
  ...(lastError ? { lastError } : {}),
})

test('a saved visit waiting behind a photo that failed shows 失败·重试 with that failure', () => {
  const upload = { type: 'upload' as const, uploadId: 'photo-1', purpose: 'visitPhoto', localPath: 'p1', done: false }
  const visit = item('visit-r1', 'pending', [upload])
  expect(shownState(visit, [item('photo-1', 'failed', [], '网络不给力，请检查网络后重试'), visit])).toEqual({
    state: 'failed',
    error: '网络不给力，请检查网络后重试',
  })
  expect(shownState(visit, [item('photo-1', 'pending'), visit])).toEqual({ state: 'pending' })
  expect(shownState(item('visit-r2', 'done'), [])).toEqual({ state: 'done' })
  expect([isVisitItem(visit), isVisitItem(item('photo-1', 'done'))]).toEqual([true, false])
})
