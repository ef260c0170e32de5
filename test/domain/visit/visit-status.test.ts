/** The visit windows (March plan, December evaluation) and the yearly target, read on a given day. */
import { NATIONAL_DEFAULTS } from '../../../src/domain/policy/policy'
import { resolvePolicy } from '../../../src/domain/policy/resolve-policy'
import { isoWeek, monthRange, visitStatus, type WindowState } from '../../../src/domain/visit/visit-status'

const policy = resolvePolicy('130306', '2027-01-01').visits
const filed = { filedOn: '2026-11-22' }
const v = (...dates: string[]) => dates.map((happenedAt) => ({ happenedAt }))

describe('visit policy', () => {
  it('ships national defaults: 2 a year, March and December, 5 households per cadre', () => {
    expect(policy).toEqual({
      visitsPerYear: 2,
      visitWindows: [
        { id: 'plan', month: 3 },
        { id: 'evaluation', month: 12 },
      ],
      minHouseholdsPerCadre: 5,
    })
    expect(NATIONAL_DEFAULTS.visitsPerYear).toBe(2)
  })
})

describe('visitStatus', () => {
  it.each<[string, string, string[], WindowState, WindowState]>([
    ['before March', '2027-02-28', [], 'upcoming', 'upcoming'],
    ['March opens', '2027-03-01', [], 'due', 'upcoming'],
    ['last day of March', '2027-03-31', [], 'due', 'upcoming'],
    ['April without a March visit', '2027-04-01', [], 'overdue', 'upcoming'],
    ['visited in March', '2027-04-01', ['2027-03-05 09:30'], 'done', 'upcoming'],
    ['visited in February only', '2027-04-01', ['2027-02-20'], 'overdue', 'upcoming'],
    ['December opens', '2027-12-01', ['2027-03-05'], 'done', 'due'],
    ['visited in December', '2027-12-31', ['2027-03-05', '2027-12-10'], 'done', 'done'],
    ['last year’s March does not count', '2027-04-01', ['2026-03-10'], 'overdue', 'upcoming'],
  ])('%s (%s)', (_case, today, dates, plan, evaluation) => {
    const status = visitStatus(filed, v(...dates), today, policy)
    expect(status.windows.map((w) => w.state)).toEqual([plan, evaluation])
    expect(status.due).toEqual(status.windows.filter((w) => w.state === 'due').map((w) => w.id))
    expect(status.overdue).toEqual(status.windows.filter((w) => w.state === 'overdue').map((w) => w.id))
  })

  it('does not require a window that closed before the household was filed', () => {
    const status = visitStatus({ filedOn: '2026-11-22' }, [], '2026-12-01', policy)
    expect(status.windows).toEqual([
      { id: 'plan', label: '制定帮扶计划', start: '2026-03-01', end: '2026-03-31', state: 'notRequired' },
      { id: 'evaluation', label: '年终评价', start: '2026-12-01', end: '2026-12-31', state: 'due' },
    ])
  })

  it('counts this year’s visits against the target and keeps the last visit of any year', () => {
    expect(visitStatus(filed, v('2026-12-03', '2027-03-02', '2027-06-01 14:00'), '2027-07-01', policy)).toMatchObject({
      year: 2027,
      visitsThisYear: 2,
      target: 2,
      lastVisitOn: '2027-06-01',
      windows: [{ id: 'plan', visitedOn: '2027-03-02' }, { id: 'evaluation' }],
    })
    expect(visitStatus(filed, v('2026-12-03'), '2027-01-05', policy)).toMatchObject({ visitsThisYear: 0, lastVisitOn: '2026-12-03' })
    expect(visitStatus(filed, [], '2027-01-05', policy).lastVisitOn).toBeNull()
  })

  it('follows a policy with other windows', () => {
    const status = visitStatus(filed, [], '2027-07-15', { visitsPerYear: 3, visitWindows: [{ id: 'plan', month: 7 }], minHouseholdsPerCadre: 3 })
    expect(status).toMatchObject({ target: 3, due: ['plan'], windows: [{ start: '2027-07-01', end: '2027-07-31' }] })
  })
})

describe('calendar helpers', () => {
  it.each([
    [2027, 2, '2027-02-28'],
    [2028, 2, '2028-02-29'],
    [2027, 12, '2027-12-31'],
    [2027, 4, '2027-04-30'],
  ])('monthRange(%i, %i) ends on %s', (year, month, end) => expect(monthRange(year, month).end).toBe(end))

  it.each([
    ['2026-11-22', '2026-W47'],
    ['2026-11-23', '2026-W48'],
    ['2027-01-01', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
  ])('isoWeek(%s) = %s', (date, week) => expect(isoWeek(date)).toBe(week))
})
